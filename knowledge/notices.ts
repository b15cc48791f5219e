// Whether a citizen's question is about the matter of a notice ("Wasser in Schimborn weg?" and
// "Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen"): the words of both, stemmed
// as the retrieval does, plus the days they name ("24.12."), must share enough.
import { contentWords } from './analyzer';
import { FIXED_DAYS } from './language/named-days';
import { stem } from './language/stem';
import { asksCurrentNotices, asksWhatsNew } from './language/council';

/** Shared words needed, and the share of the question's words they must be. */
const MIN_SHARED = 2;
const MIN_SHARE = 0.4;
/** A word and a compound that starts with it count as one ("wasser" in "Wasserrohrbruch"); shorter prefixes are too vague. */
const MIN_PREFIX = 4;

/** Days of fixed date named by their name ("an Heiligabend" is the notice's "24.12."). */
const NAMED_DAYS: ReadonlyArray<[RegExp, string]> = FIXED_DAYS.map(({ day, words }) => [
  new RegExp(String.raw`(?<!\p{L})(?:${words})(?!\p{L})`, 'iu'),
  day,
]);

/** Days named as "24.12." or "12.6.2026", or by a name of a fixed day ("Heiligabend"), as "d.m". */
const daysIn = (text: string): string[] => [
  ...[...text.matchAll(/\b(\d{1,2})\.(\d{1,2})\./g)].map(([, d, m]) => `${Number(d)}.${Number(m)}`),
  ...NAMED_DAYS.filter(([name]) => name.test(text)).map(([, day]) => day),
];

const termsOf = (text: string): Set<string> => new Set([...contentWords(text).map(stem), ...daysIn(text)]);

const alike = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= MIN_PREFIX && (a.startsWith(b) || b.startsWith(a)));

/** Whether the office is open or closed, asked in a word ("offen", "geöffnet", "zu"). */
const OPEN_OR_CLOSED = /(?<!\p{L})(?:offen|auf|geöffnet|geoeffnet|geschlossen|zu|open|closed)(?!\p{L})/iu;

/**
 * "Gibts grad Baustellen in Mömbris?", "Are there any road closures at the moment?", "Straßensperrungen" alone, "Wo finde ich aktuelle
 * Straßensperrungen?": whether anything is closed or disturbed now, which every current notice answers, whatever its words (trial 53:
 * no answer, and in English the special use of the road; trial 59: "keine gesicherte Auskunft" under the closure's notice).
 */
const ASKS_WHAT_IS_DISTURBED =
  /(?<!\p{L})(?:gibt\s*(?:es|s|'s)|gibts|sind|welche|aktuelle|wo\s+(?:sind|gibt)|any|are\s+there|is\s+there|current)\s+(?:\p{L}+\s+){0,3}?(?:baustelle\p{L}*|\p{L}*sperrung\p{L}*|umleitung\p{L}*|störung\p{L}*|stoerung\p{L}*|road\s*works?|road\s+closures?|closures?|detours?|disruptions?)(?!\p{L})|^\W*(?:\p{L}*sperrungen|baustellen|umleitungen|road\s+closures)\W*$|(?<!\p{L})(?:ist|is|isch)\s+(?:\p{L}+\s+){0,3}?(?:(?:was|etwas|irgendwas|ebbes)\s+(?:gesperrt|gesperrd)|(?:e|die)\s+straß\p{L}*\s+(?:gesperrt|gesperrd|zu))(?!\p{L})/iu;
export const asksWhatIsDisturbed = (question: string): boolean =>
  ASKS_WHAT_IS_DISTURBED.test(question) || asksCurrentNotices(question) || asksWhatsNew(question);

/**
 * A question that names a notice's Ortsteil ("We have no water in Strötzbach, what is going on?"): in another language than the
 * notice's German its words share none with it, and the place is what it asks about (trial 47: the English got only the general text).
 */
export const namesPlaceOf = (question: string, notice: { ortsteile: readonly string[] }): boolean => namesAPlace(termsOf(question), notice.ortsteile);
const namesAPlace = (asked: ReadonlySet<string>, ortsteile: readonly string[]): boolean =>
  ortsteile.some((ortsteil) => [...termsOf(ortsteil)].every((term) => asked.has(term)));

/** The Ortsteil a question names, not the town's own name, which is no Ortsteil of a question ("Ich wohn in Brücken, ist bei mir was gesperrt?": "Brücken"). */
export function ortsteilNamedIn(question: string, ortsteile: readonly string[], townName: string): string | undefined {
  const asked = termsOf(question);
  return ortsteile.find((ortsteil) => ortsteil !== townName && namesAPlace(asked, [ortsteil]));
}

/**
 * A notice for other Ortsteile than the one a question names (`named`, from ortsteilNamedIn: "Ich wohne in Hohl, was gibt es Neues?" and a
 * road closed in Rappach): not for this asker (trial 63: every Ortsteil's notice had come).
 */
export const forAnotherPlace = (question: string, notice: { ortsteile: readonly string[] }, named: string | undefined): boolean =>
  notice.ortsteile.length > 0 && named !== undefined && !namesPlaceOf(question, notice);

/**
 * True when the question shares at least two words (or days) with the notice, and they are a good part
 * of the question; or when it names a day the notice names and asks nothing but that day or whether
 * it is open ("und am 31.12.?", "Hat das Bürgerbüro am 24.12. offen?").
 */
export function isAboutNotice(question: string, notice: { text: string; ortsteile: readonly string[] }): boolean {
  const asked = [...termsOf(question)];
  if (!asked.length) return false;
  const days = daysIn(question);
  const noticeDays = daysIn(notice.text);
  if (days.some((day) => noticeDays.includes(day)) && (asked.length === new Set(days).size || OPEN_OR_CLOSED.test(question))) return true;
  const said = [...termsOf(`${notice.text} ${notice.ortsteile.join(' ')}`)];
  const shared = asked.filter((term) => said.some((other) => alike(term, other))).length;
  // The notice's Ortsteil and a word of its matter are enough, however long the rest ("bei uns in schimborn kommt
  // kaa wasser mehr aus der leitung, was is do los?"; trial 43: the share of its words had been too small).
  const places = new Set(notice.ortsteile.flatMap((o) => [...termsOf(o)]));
  const inPlace = asked.some((term) => places.has(term)) && asked.some((term) => !places.has(term) && said.some((other) => !places.has(other) && alike(term, other)));
  return shared >= MIN_SHARED && (shared / asked.length >= MIN_SHARE || inPlace);
}
