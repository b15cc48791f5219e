// An entry as a citizen needs it on a phone: the point they asked first (the fee when they asked
// what it costs, the entry's short answer when they asked nothing in particular), in at most
// FIRST_REPLY_MAX characters, with the office; the rest one tap away (the other facets as buttons,
// facts and links in a card where the channel shows one). Channel-neutral: bot/ turns the view into
// text, buttons and a card.
import { LRUCache } from 'lru-cache';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { namesVolunteering, withoutDrinks } from './language/clubs';
import { asksIfIdCardWillDo, ownIdCardFromSixteen } from './language/documents';
import { isFacetWord, type Facet } from './language/facets';
import { asksByWhen, howElseAsked } from './language/how-else';
import { BEHALF_WORDS, behalfSaid, CANNOT_COME_WORDS, cannotComeToTheOffice } from './language/visits';
import { MONTHS } from './language/named-days';
import { normalize } from './language/normalize';
import { separableVerbs } from './language/separable';
import { OBJECTION_WORDS, saysNoticeIsWrong } from './language/objection';
import { asksAboutPenalty, PENALTY_WORDS } from './language/penalty';
import { asksForDiscount, DISCOUNT_WORDS } from './language/discount';
import { CONNECTIVES, DIALECT_FUNCTION_WORDS, STOPWORDS } from './language/stopwords';
import { asksOthersPrivateData, PRIVATE_DATA_WORDS } from './language/register';
import { tokenize } from './language/tokenize';
import type { Places } from './loader';
import type { Referral } from './referrals';
import { berlinWallClock, hoursOn, isOfficeOpen, nextOpening } from './hours';
import { WEEKDAYS, type Closure, type Entry, type Municipality, type Office, type OpeningPeriod, type Weekday } from './schema';
import { currentLanguage, texts, type Language } from './texts/index';

/** "Gebühren:", but a label that is a question ("Wann ist offen?", Leichte Sprache) takes no colon. */
export const labelled = (label: string): string => (label.endsWith('?') ? label : `${label}:`);

/** The first reply to a question is at most this long (about five lines on a phone). */
export const FIRST_REPLY_MAX = 400;
/** How much longer than FIRST_REPLY_MAX a first reply may be that answers two points asked together. */
const TWO_POINTS_STRETCH = 2;

/** What the assistant shows for an entry. */
export interface AnswerView {
  topic: string;
  title: string;
  /** The facet answered, or undefined for the short answer. */
  facet?: Facet;
  /** The topic's title, the asked point (or the short answer), the office and the review date, plain text, at most FIRST_REPLY_MAX characters. */
  text: string;
  /** Short facts for a card ("Gebühr", "Dauer", "Zuständig"), without the one the text already answers. */
  facts: Array<{ label: string; value: string }>;
  links: Array<{ title: string; url: string }>;
  online?: { title: string; url: string };
  /** The responsible office's phone, to call with one tap where the channel can ("06029 705-0", "tel:+4960297050"). */
  call?: { number: string; uri: string };
  /** The other facets this entry can answer, as buttons. */
  more: Facet[];
  /** A flow to offer ("Termin vereinbaren"). */
  flow?: string;
  /** "Quelle: …" */
  footer: string;
}

const dayName = (day: Weekday): string => texts().answers.days[WEEKDAYS.indexOf(day)]!;

/**
 * One line per day, days in a row with the same hours together: "Mo, Di 08:00–12:30, 14:00–17:00";
 * a period of some weeks only is its note ("jeden ersten Donnerstag …"); the days without hours
 * last ("Sa, So geschlossen"), so nobody has to infer them.
 */
export function formatHours(hours: OpeningPeriod[]): string[] {
  const groups: Array<{ days: Weekday[]; hours: string }> = [];
  for (const day of WEEKDAYS) {
    const periods = hours.filter((p) => p.days.includes(day));
    const regular = periods
      .filter((p) => !p.nthWeekdayOfMonth)
      .sort((a, b) => a.from.localeCompare(b.from))
      .map((p) => `${p.from}–${p.to}`);
    const t = texts().answers;
    const weekday = t.weekdays[WEEKDAYS.indexOf(day)]!;
    const notes = periods.flatMap((p) =>
      p.nthWeekdayOfMonth
        ? [t.nthWeekday(p.nthWeekdayOfMonth, weekday, p.from, p.to, periods.some((r) => !r.nthWeekdayOfMonth && r.to === p.from), p.note)]
        : p.note
          ? [p.note]
          : [],
    );
    const text = periods.length ? t.withNotes(regular.join(', '), notes) : '';
    const last = groups.at(-1);
    if (last && last.hours === text && text) last.days.push(day);
    else groups.push({ days: [day], hours: text });
  }
  const closedDays = WEEKDAYS.filter((day) => !hours.some((p) => p.days.includes(day)));
  const open = groups.filter((g) => g.hours).map((g) => `${g.days.map(dayName).join(', ')} ${g.hours}`);
  return open.length && closedDays.length ? [...open, `${closedDays.map(dayName).join(', ')} ${texts().answers.closed}`] : open;
}

/**
 * A day's hours as the citizen reads them: its spans ("08:00–20:00" on a long Thursday: adjoining
 * periods joined; undefined when closed) and why they differ (a closure's label, "Feiertag").
 */
function dayHours(office: Pick<Office, 'hours' | 'closures'>, town: Municipality, date: string): { spans?: string; label?: string } {
  const day = hoursOn(date, office.hours, office.closures, town.alsoClosedOn ?? []);
  const joined: Array<{ from: string; to: string }> = [];
  for (const p of [...day.spans].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = joined.at(-1);
    if (last && p.from <= last.to) last.to = p.to > last.to ? p.to : last.to;
    else joined.push({ from: p.from, to: p.to });
  }
  const t = texts().answers;
  const label = day.closure?.label ?? (day.holiday ? t.holiday : day.eve ? t.mayDiffer(day.eve) : undefined);
  const spans = joined.map((p) => `${p.from}–${p.to}`).join(', ') || undefined;
  // Heiligabend, Silvester: the weekday's hours are what holds on other weeks, not a promise (the
  // town enters that day's own hours in the console as a changed day).
  const unsure = !day.closure && !day.holiday && day.eve !== undefined;
  return { spans: spans && unsure ? t.usually(spans) : spans, label };
}

/** "Heute, Dienstag: 08:00–12:30, 14:00–17:00. Jetzt ist geschlossen, wieder geöffnet heute ab 14:00 Uhr." */
function todayText(office: Pick<Office, 'hours' | 'closures'>, town: Municipality, now: Date): string {
  const t = texts();
  const { date, weekday } = berlinWallClock(now);
  const closedOn = town.alsoClosedOn ?? [];
  const { spans, label } = dayHours(office, town, date);
  const open = isOfficeOpen(office.hours, now, closedOn, office.closures);
  const next = open ? undefined : nextOpening(office.hours, now, closedOn, office.closures);
  const weekdayName = t.answers.weekdays[WEEKDAYS.indexOf(weekday)]!;
  return t.answers.today(weekdayName, spans, label, open, next && t.handoff.reopens(next, now));
}

/** "Am Mittwoch, 2. Dezember: 08:00–12:00.": the hours of a day the question names, its closure or holiday included. */
function dayText(office: Pick<Office, 'hours' | 'closures'>, town: Municipality, date: string): string {
  const { spans, label } = dayHours(office, town, date);
  return texts().answers.onDay(new Date(`${date}T12:00:00Z`), spans, label);
}

/** "12.03.2026" from "2026-03-12". */
const formatDate = (iso: string): string => iso.split('-').reverse().join('.');

const officeOf = (key: string, town: Municipality): Office => town.offices[key] ?? town.offices.rathaus!;
/** An office's hours and single days; an office of the Markt without its own keeps the Rathaus's, an external body's are unknown. */
const hoursOf = (office: Office, town: Municipality): Pick<Office, 'hours' | 'closures' | 'hoursChanged'> =>
  office.hours.length ? office : office.external ? { hours: [], closures: [] } : town.offices.rathaus!;

/**
 * "Kann ich mit jemand vom Bauamt schreiben?", "the citizens office": the office of the Markt (not the Rathaus as a whole, not
 * another body) a message names, by the first word of its name that is no article ("das Standesamt, …" is named by "Standesamt",
 * never by "das") or by its English name before the bracket; `keep` narrows the offices that count.
 */
export function officeNamedIn(question: string, town: Municipality, keep: (office: Office) => boolean = () => true): string | undefined {
  const said = new Set(tokenize(normalize(question)));
  const nameWord = (office: Office) => tokenize(normalize(office.name)).find((word) => !STOPWORDS.has(word));
  return Object.entries(town.offices).find(([key, office]) => {
    const word = nameWord(office);
    const named = (word !== undefined && said.has(word)) || englishNameIn(question, office);
    return key !== 'rathaus' && !office.external && keep(office) && named;
  })?.[0];
}

/**
 * "Hat das Bürgerbüro an Heiligabend offen?": the office of the Markt the question names that keeps
 * hours of its own besides the Rathaus's (its editors may close it on a day the Rathaus is open;
 * trial 50: "is the citizens office open …" had got the Rathaus's hours).
 */
export const officeNamedForHours = (question: string, town: Municipality): string | undefined =>
  officeNamedIn(question, town, (office) => office.hours.length > 0);

/** Whether a question names an office by its English name ("Citizens' office": "citizens office", "citizen's office"). */
function englishNameIn(question: string, office: Office): boolean {
  const words = (office.translations?.en?.name ?? '').split('(')[0]!.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  if (!words.length) return false;
  const phrase = words.map((w) => `${w.replace(/(?:['’]s|s['’]|['’])$/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:s|['’]s|s['’])?`).join('\\s+');
  return new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, 'iu').test(question);
}

/** The topic whose short answer is the Rathaus's hours as the town has set them (not a text that could go stale). */
export const HOURS_TOPIC = 'oeffnungszeiten';
/** The request that books an appointment (topics.yaml), offered under the answers that name it. */
const BOOKING_FLOW = 'termin-buchen';
/** Single days closed or changed are announced this many days ahead. */
const CLOSURES_AHEAD_DAYS = 60;

/** "Do 24.12.: geschlossen (Heiligabend)" for each coming closed or changed day. */
function formatClosures(closures: readonly Closure[], now: Date): string[] {
  const today = berlinWallClock(now).date;
  const last = new Date(Date.parse(`${today}T12:00:00Z`) + CLOSURES_AHEAD_DAYS * 24 * 3600_000).toISOString().slice(0, 10);
  return closures
    .filter((c) => c.date >= today && c.date <= last)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => {
      const day = dayName(WEEKDAYS[(new Date(`${c.date}T12:00:00Z`).getUTCDay() + 6) % 7]!);
      const hours = c.hours.length ? c.hours.map((h) => `${h.from}–${h.to}`).join(', ') : texts().answers.closed;
      return `${day} ${formatDate(c.date).slice(0, 6)}: ${hours} (${c.label})`;
    });
}

/** The regular hours, one line per day. */
function weekText(office: Pick<Office, 'hours'>): string | undefined {
  const hours = formatHours(office.hours);
  return hours.length ? `${labelled(texts().answers.hours)}\n${hours.join('\n')}` : undefined;
}

/** The coming closed or changed days, and `others` (the other offices' beside the Rathaus's). */
function changedDaysText(office: Pick<Office, 'closures'>, now: Date, others: readonly string[] = []): string | undefined {
  const closures = [...formatClosures(office.closures, now), ...others];
  return closures.length ? `${labelled(texts().answers.changedDays)}\n${closures.join('\n')}` : undefined;
}

/**
 * With the Rathaus's hours, the coming closed or changed days of the Markt's offices that keep hours of their own
 * ("Bürgerbüro: Do 10.12.: geschlossen (Betriebsausflug)"): "Habt ihr am Donnerstag offe?" asks of them all (trial 60: the
 * Bürgerbüro's closure had been said only where it was named).
 */
function othersChangedDays(office: Office, town: Municipality, now: Date, except?: string): string[] {
  return othersWithHours(office, town).flatMap((other) =>
    formatClosures(
      other.closures.filter((c) => c.date !== except),
      now,
    ).map((line) => `${nameIn(other)}: ${line}`),
  );
}

/** The Markt's offices with hours of their own, told with the Rathaus's (none with another office's). */
const othersWithHours = (office: Office, town: Municipality): Office[] =>
  office === town.offices.rathaus
    ? Object.entries(town.offices)
        .filter(([key, other]) => key !== 'rathaus' && !other.external && other.hours.length > 0)
        .map(([, other]) => other)
    : [];

/** "Bürgerbüro: an diesem Tag geschlossen (Betriebsausflug).": the day asked, closed for another office (trial 61: said only further down). */
function othersClosedOn(office: Office, town: Municipality, date: string): string[] {
  return othersWithHours(office, town).flatMap((other) => {
    const closure = other.closures.find((c) => c.date === date && c.hours.length === 0);
    return closure ? [texts().answers.closedThatDay(nameIn(other), closure.label)] : [];
  });
}

/** The regular hours, one line per day, and the coming closed or changed days. */
function hoursText(office: Pick<Office, 'hours' | 'closures'>, now: Date, others: readonly string[] = []): string | undefined {
  return [weekText(office), changedDaysText(office, now, others)].filter(Boolean).join('\n') || undefined;
}

/**
 * The hours topic's short answer in `room` characters: today first, then the changed days (what
 * differs from the usual is what a citizen cannot know), then the week if it still fits; the
 * whole week is one tap away ("Zuständig und Öffnungszeiten").
 */
function hoursSummary(office: Office, town: Municipality, now: Date, room: number, day?: string): string | undefined {
  const hours = hoursOf(office, town);
  const week = weekText(hours);
  if (!week) return undefined;
  const date = day ?? berlinWallClock(now).date;
  const first = day && day !== berlinWallClock(now).date ? dayText(hours, town, day) : todayText(hours, town, now);
  const closedToo = othersClosedOn(office, town, date);
  const lead = [[first, ...closedToo].join(' '), changedDaysText(hours, now, othersChangedDays(office, town, now, closedToo.length ? date : undefined))]
    .filter(Boolean)
    .join('\n');
  return `${lead}\n${week}`.length <= room ? `${lead}\n${week}` : lead;
}

/** An office's name in the answer's language (English answers keep the German name in brackets). */
const nameIn = (office: Office): string => (currentLanguage() === 'en' && office.translations?.en?.name) || office.name;

/**
 * A telephone number as a tel: URI in international form ("06029 705-0" → "tel:+4960297050"), so a
 * phone dials it from anywhere; a note in brackets ("(gebührenfrei)") is no part of it. Only digits
 * and the usual separators: libphonenumber would read letters as a vanity number.
 */
export function telUri(number: string): string | undefined {
  const typed = number.replace(/\(.*?\)/g, '').trim();
  const parsed = /^[\d\s+()\-/]+$/u.test(typed) ? parsePhoneNumberFromString(typed, 'DE') : undefined;
  return parsed?.isValid() ? parsed.getURI() : undefined;
}

/**
 * The tel: links of the profile's numbers, parsed once: libphonenumber-js's metadata lookup cost
 * about a twentieth of a whole turn (npm run bench:http), for the same few numbers on every answer.
 * Bounded, since editors may change the numbers while the assistant runs.
 */
const profileTelUris = new LRUCache<string, { uri?: string }>({ max: 64 });

/** The phone to call about an office's matter: its own line, or the Rathaus's for an office of the Markt without one. */
function phoneToCall(key: string, town: Municipality): AnswerView['call'] {
  const office = officeOf(key, town);
  const number = office.phone ?? (office.external ? undefined : town.offices.rathaus!.phone);
  if (!number) return undefined;
  let parsed = profileTelUris.get(number);
  if (!parsed) profileTelUris.set(number, (parsed = { uri: telUri(number) }));
  return parsed.uri ? { number, uri: parsed.uri } : undefined;
}

/** "Zuständig: Bürgerbüro, Telefon 06029 705-0." — the one line every answer carries. */
function officeLine(key: string, town: Municipality): string {
  const t = texts().answers;
  const office = officeOf(key, town);
  const rathaus = town.offices.rathaus!;
  // An external body is reached where it is, not through the Rathaus (which cannot help with its cases).
  const reach = office.phone ?? office.email ?? office.website ?? (office.external ? office.address : null);
  const name = nameIn(office);
  if (reach) return t.officeLine(name, office.phone ? `${t.phone} ${office.phone}` : reach);
  return office.external ? t.officeOnly(name) : t.officeViaRathaus(name, nameIn(rathaus), rathaus.phone);
}

/** Who is responsible, how to reach them and when they are open: the answer to "Zuständig und Öffnungszeiten". */
export function officeText(key: string, town: Municipality, now: Date = new Date()): string {
  const t = texts().answers;
  const office = officeOf(key, town);
  const rathaus = town.offices.rathaus!;
  const contact = [
    office.address && `${labelled(t.address)} ${office.address}`,
    office.phone && `${labelled(t.phone)} ${office.phone}`,
    // An office of the Markt without a line of its own is called through the Rathaus ("wen muss ich anrufen?").
    !office.phone && !office.email && !office.external && rathaus.phone && `${labelled(t.phone)} ${rathaus.phone} (${nameIn(rathaus)})`,
    office.email && `${labelled(t.email)} ${office.email}`,
    office.website && `${labelled(t.website)} ${office.website}`,
  ].filter(Boolean);
  return [
    `${labelled(t.responsible)} ${nameIn(office)}`,
    contact.length ? contact.join('\n') : t.askRathaus(nameIn(rathaus), rathaus.phone),
    hoursText(hoursOf(office, town), now, othersChangedDays(office, town, now)),
    office.note,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The text of a facet, or undefined when the entry does not say. */
function facetText(entry: Entry, facet: Facet, town: Municipality, officeKey: string = entry.office): string | undefined {
  const d = entry.details;
  const t = texts().answers;
  switch (facet) {
    case 'fees':
      return d.fees && `${labelled(t.fees)} ${d.fees}`;
    case 'duration':
      return [d.processingTime && `${labelled(t.processingTime)} ${d.processingTime}`, d.deadlines && `${labelled(t.deadlines)} ${d.deadlines}`].filter(Boolean).join('\n') || undefined;
    case 'documents': {
      const items = [...d.documents, ...d.requirements];
      return items.length ? `${labelled(t.documents)}\n${items.map((i) => `• ${i}`).join('\n')}` : undefined;
    }
    case 'procedure':
      return d.procedure.length ? `${labelled(t.procedure)}\n${d.procedure.map((p, i) => `${i + 1}. ${p}`).join('\n')}` : undefined;
    case 'appointment':
      return d.appointment && `${labelled(t.appointment)} ${d.appointment}`;
    case 'office':
      return officeText(officeKey, town);
    case 'online':
      // Without a service of its own: what the entry says about doing it online, if it says it.
      return entry.online ? t.onlineAt(entry.online.title, entry.online.url) : sentenceAbout(ONLINE, [entry.summary, ...d.procedure]);
  }
}

/** Doing something online, in the entries' languages; not a compound's part ("PIN-Brief für die Online-Ausweisfunktion" says nothing of applying online). */
const ONLINE = /(?<!\p{L})(online|internet)(?![\p{L}-])/iu;

/**
 * The entry's sentence that answers a question about how else or by when the matter is done
 * ("Kann ich das per Post machen?": "Abmeldung im Bürgerbüro, schriftlich oder online."), when the
 * question asks that and the entry says it; for a follow-up that names no facet.
 */
export function sentenceAnswering(entry: Entry, question: string): string | undefined {
  const d = entry.details;
  // "Bis wann muss ich zahlen?": the deadlines are the answer, in whatever words ("15. Februar, 15. Mai …").
  if (d.deadlines && asksByWhen(question)) return d.deadlines;
  // The deadlines first: "innerhalb Deutschlands" in a short answer is no "by when".
  const sources = [d.deadlines ?? '', entry.summary, ...d.procedure, d.appointment ?? '', ...d.notes];
  const says = howElseAsked(question);
  return says && sentenceAbout(says, sources);
}

/** A piece that ends in a date's or a number's dot ("Vom 1.", "bis 30.") or an abbreviation ("z. B.", "ggf."): the sentence goes on. */
const GOES_ON = /(?:\d|(?<!\p{L})\p{L}|(?<!\p{L})(?:bzw|ca|ggf|evtl|inkl|Nr|Str|Abs|Art|vgl|usw|Tel|max|min|gem|lt|bspw|sog|Mo|Di|Mi|Do|Fr|Sa|So))\.$/u;

/** A text's sentences: split after a full stop, question or exclamation mark, but not after a date's or an abbreviation's dot. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(/(?<=[.!?])\s+/)) {
    const last = sentences.at(-1);
    if (last !== undefined && GOES_ON.test(last)) sentences[sentences.length - 1] = `${last} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/** The first sentence of the texts that matches, if one does. */
function sentenceAbout(pattern: RegExp, sources: readonly string[]): string | undefined {
  return sources.flatMap(sentencesOf).find((sentence) => pattern.test(sentence));
}

/** In Leichte Sprache every sentence stands on a line of its own (Netzwerk Leichte Sprache; trial 41: answers came as blocks). */
const onePerLine = (text: string): string => (currentLanguage() === 'ls' ? text.split('\n').flatMap(sentencesOf).join('\n') : text);

/** Cuts a text to a limit at a line or sentence end (the rest stays one tap away). */
function fit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const window = text.slice(0, limit - 1);
  const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. ') + 1);
  return `${(cut > limit / 2 ? window.slice(0, cut) : window).trimEnd()} …`;
}

/**
 * Whether a first reply cannot show the short answer whole (in every first reply), and which notes it
 * cannot show whole when a question names them (noteNamedIn). For the editors' warning.
 */
export function cutInFirstReply(entry: Entry, town: Municipality): { summary: boolean; notes: number[] } {
  const shown = (lead?: string) => answerView(entry, town, undefined, true, lead === undefined ? {} : { lead }).text;
  return {
    // (The hours' topic shows the office's hours instead of its short answer.)
    summary: entry.id !== HOURS_TOPIC && !shown().includes(entry.summary.trim()),
    notes: entry.details.notes.flatMap((note, i) => (shown(note).includes(note) ? [] : [i])),
  };
}

/** Whether an entry has something to say on a facet (fees, documents, …) beyond who is responsible. */
export const hasFacet = (entry: Entry, facet: Facet): boolean => facet !== 'office' && facetsOf(entry).includes(facet);

/** The facets an entry can answer (the buttons under an answer). */
function facetsOf(entry: Entry): Facet[] {
  const d = entry.details;
  const has: Record<Facet, boolean> = {
    documents: d.documents.length + d.requirements.length > 0,
    fees: Boolean(d.fees),
    duration: Boolean(d.processingTime || d.deadlines),
    procedure: d.procedure.length > 0,
    appointment: false, // offered as the flow's button where there is one
    office: true,
    online: Boolean(entry.online),
  };
  return (['documents', 'fees', 'procedure', 'office', 'online'] as Facet[]).filter((f) => has[f]);
}

// A Leichte Sprache compound's dots joined ("Park·ausweis" is one word, as "Parkausweis" is asked; its parts had counted as named already).
const folded = (text: string): string[] => tokenize(text.replace(/·/gu, '')).map(normalize);
/** A bank account named ("IBAN", "Kontonummer", "BIC"). */
const ACCOUNT_ASKED = /(?<!\p{L})(?:iban|bic|kontonummer\p{L}*|kontoverbindung\p{L}*|bankverbindung\p{L}*|bank\s+details|account\s+number)(?!\p{L})/iu;
/**
 * How many letters two words of one stem share at their beginning ("gartenhauschen", "gartenhauser":
 * 10), or 0: all but the last three letters of the shorter, and at least five ("krankenhaus" is not
 * "krankenkasse").
 */
function sharedStem(a: string, b: string): number {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(5, Math.min(a.length, b.length) - 3) ? common : 0;
}

/**
 * "wie melde ich ihn ab?", "kann ich den hier im chat abmelden?" after the dog tax: the step of the procedure that names the
 * verb asked (its particle joined back, "melde … ab" → "abmelde"), where the short answer shown only says that it is done
 * (trial 48: "nichts Genaueres", though the procedure says how).
 */
export function stepNamedIn(entry: Entry, question: string): string | undefined {
  const steps = entry.details.procedure.map((step) => ({ step, words: folded(step) }));
  const named = (word: string) => steps.some((s) => s.words.some((w) => sharedStem(word, w) > 0));
  const verbs = [...folded(question), ...separableVerbs(question, named)].filter((w) => w.length >= 6 && !STOPWORDS.has(w));
  return steps.find((s) => s.words.some((w) => verbs.some((v) => sharedStem(v, w) > 0)))?.step;
}

const NO_PLACES: Places = { town: [], around: [], neighbours: [] };
/**
 * Words of asking for leave or help ("brauch ich eine Erlaubnis?") and of the asker's own language
 * ("ich spreche wenig deutsch"; "my German ID card", trial 46: the note on losing it abroad): they name no note ("Erlaubt sind
 * nur Pflegeschnitte", "die deutsche Botschaft").
 */
const ASKING_WORDS = ['erlaubnis', 'erlaubt', 'genehmig', 'bewillig', 'zustimm', 'informationen', 'auskunft', 'deutsch', 'sprache', 'spreche', 'englisch', 'german', 'english', 'language'].map(normalize);
/** The place names' words as folded, once per set of places (a knowledge base keeps its own for its life). */
const placeWordsOf = new WeakMap<Places, ReadonlySet<string>>();
function placeWords(places: Places): ReadonlySet<string> {
  let words = placeWordsOf.get(places);
  if (!words) placeWordsOf.set(places, (words = new Set([...places.town, ...places.around].flatMap(folded))));
  return words;
}

/** A month names a date, not a note's subject ("am 20. Dezember e Weihnachtsmarkt": not the fireworks of 31 December; trial 45). */
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map(normalize));

/**
 * A note of the entry about something the question names and the entry's title and short answer do
 * not ("Brauche ich für ein Gartenhaus eine Baugenehmigung?": the note on small garden sheds), so
 * that it comes first. Undefined when the question names nothing of the kind. A place (`places`:
 * "meine Tochter wohnt in Aschaffenburg") says where, not what: it names no note.
 */
export function noteNamedIn(entry: Entry, question: string, places: Places = NO_PLACES): string | undefined {
  const general = folded(`${entry.title} ${entry.summary}`);
  // A one-word name of the entry's own names the topic, no note, unless a note says that very word: "Wo krieg ich en Angelschein?"
  // (trial 60: the note on angling had come before where the licence is issued), but "Carport" has its note. Names of several
  // words do not count ("gelbe Tonne" has its note).
  const notesSay = folded(entry.details.notes.join(' '));
  const ownNames = new Set(
    folded(entry.synonyms.filter((name) => !/\s/u.test(name.trim())).join(' ')).filter((name) => !notesSay.some((word) => word.startsWith(name))),
  );
  const where = placeWords(places);
  // Named by the entry already: a word of its title or short answer, also as part of a compound
  // ("gemeinderat" in "marktgemeinderats", "sitzung" in "gemeinderatssitzung").
  const within = (whole: string, part: string) => part.length >= 6 && whole.includes(part.slice(0, -2));
  // A participle there names its verb too ("gemeldet": "wo müsse mer des melde", trial 62: the note on the Meldebehörde had come first).
  const known = (word: string) => general.some((g) => sharedStem(word, g) || within(g, word) || within(word, g) || (g.startsWith('ge') && sharedStem(word, g.slice(2)) > 0));
  // Five letters name a thing too ("gelbe Säcke": the note on them, not the summary only; trial 48).
  const named = folded(question).filter(
    (word) =>
      word.length >= 5 &&
      !STOPWORDS.has(word) &&
      !CONNECTIVES.has(word) &&
      // ("wo müsse mer des melde", trial 62: "müsse" had named the note that says "müssen Sie niemanden".)
      !DIALECT_FUNCTION_WORDS.has(word) &&
      !isFacetWord(word) &&
      !ASKING_WORDS.some((asking) => word.startsWith(asking)) &&
      !MONTH_WORDS.has(word) &&
      !where.has(word) &&
      !ownNames.has(word) &&
      !known(word),
  );
  // "Der Bescheid ist falsch": the note on objections, though neither word is said.
  if (saysNoticeIsWrong(question)) named.push(...OBJECTION_WORDS);
  // "Wie ist die IBAN von der Gemeinde?": the note on the town's bank details, which "IBAN" is too short to name (trial 64: the direct debit came alone).
  if (ACCOUNT_ASKED.test(question)) named.push(normalize('Bankverbindung'));
  // "muss ich dann Strafe zahlen?": the note on the fine (Bußgeld), though it says no "Strafe".
  if (asksAboutPenalty(question)) named.push(...PENALTY_WORDS);
  // "Wer wohnt in der Kirchstraße 3?": the note that says it is not given out, though "wohnt" is all it shares (trial 62).
  if (asksOthersPrivateData(question)) named.push(...PRIVATE_DATA_WORDS);
  // "ich bin Rentnerin, gibts da was?" in the dog's registration: the note on reductions, though it says no "Rentnerin" (trial 48).
  if (asksForDiscount(question)) named.push(...DISCOUNT_WORDS);
  // "… e Weihnachtsmarkt mit Glühwein, was müsse mer beachte?": the note on serving alcohol, though "Alkohol" is not said (trial 45).
  if (!withoutDrinks(question)) named.push(normalize('Alkohol'));
  // "Reisepass oder reicht der Perso?": the note on travelling with the ID card, which "Perso" is too short to name.
  if (asksIfIdCardWillDo(question)) named.push(normalize('Personalausweis'));
  // "Mei Sohn is 16 und braucht en Perso": the note on applying oneself from 16, without the parents (trial 65: the children's documents).
  if (ownIdCardFromSixteen(question)) named.push(normalize('Eltern'));
  // "kann nicht mehr so gut laufen … selbst hinkommen?": the note on a visit at home or the exemption.
  if (cannotComeToTheOffice(question)) named.push(...CANNOT_COME_WORDS);
  // "Kann ich für meine Frau gleich mit anmelden?": the note on a power of attorney or a family registered together.
  if (behalfSaid(question) !== undefined) named.push(...BEHALF_WORDS);
  // "… für den Sportverein, als Übungsleiter": the note on volunteering, though "Ehrenamt" is not said (trial 58: only the fee came).
  if (namesVolunteering(question)) named.push(normalize('Ehrenamt'));
  // The note that shares the most letters with a named word ("Finderlohn" before "Finder"); of two that share as many, the one that
  // names more of the words ("Einspruch gegen den Messbescheid vom Finanzamt": the Finanzamt's note, not the town's notice's).
  let best: { note: string; shared: number; words: number } | undefined;
  for (const note of named.length ? entry.details.notes : []) {
    const stems = folded(note);
    const byWord = named.map((word) => Math.max(0, ...stems.map((n) => sharedStem(word, n))));
    const shared = Math.max(0, ...byWord);
    const words = byWord.filter((s) => s > 0).length;
    if (shared > (best?.shared ?? 0) || (best !== undefined && shared === best.shared && words > best.words)) best = { note, shared, words };
  }
  return best?.note;
}

/**
 * A first reply cut to its limit before the office line, which comes whole after it: who is responsible and how to reach them is
 * never cut off (trial 58: "kei Wasser mehr aus der Leitung" had ended in "…" without the Rathaus's number).
 */
function fitBeforeOffice(text: string, office: string | undefined, limit: number): string {
  if (text.length <= limit || office === undefined || !text.endsWith(`\n${office}`)) return fit(text, limit);
  return `${fit(text.slice(0, -office.length - 1), limit)}\n${office}`;
}

const FIGURE = /\d+(?:[.,]\d+)*/g;
/**
 * The sentences of a short answer without those whose figures the point shown beside it repeats ("Seit dem 7. Februar
 * 2026 kostet er 46,00 Euro …" beside the fees, which say it again); undefined when none is left.
 */
function withoutFiguresOf(summary: string, point: string): string | undefined {
  const figures = new Set(point.match(FIGURE));
  const kept = sentencesOf(summary).filter((sentence) => {
    const own = sentence.match(FIGURE) ?? [];
    return own.length === 0 || own.some((figure) => !figures.has(figure));
  });
  return kept.length ? kept.join(' ') : undefined;
}

/**
 * What to show for an entry, answering `facet` first when one was asked. A first reply is cut to
 * FIRST_REPLY_MAX characters; a facet the citizen tapped for is shown whole.
 */
export function answerView(
  entry: Entry,
  town: Municipality,
  facet?: Facet,
  first = true,
  {
    now = new Date(),
    lead,
    day,
    alsoFacet,
    hoursOffice,
    besides = false,
  }: {
    now?: Date;
    /** A note the question named (noteNamedIn), said before the short answer. */
    lead?: string;
    /** The day the question names ("morgen", "am 24.12."), "YYYY-MM-DD": the hours answer starts with it instead of today. */
    day?: string;
    /** A second point asked in the same question ("Was kostet … und wie lange dauert es?"): answered too when it fits. */
    alsoFacet?: Facet;
    /** The office whose hours the hours topic shows, when the question names one (officeNamedForHours); else the entry's. */
    hoursOffice?: string;
    /** The question asks more than the point asked, which the short answer (or the `lead` note) answers (askedBesideTheFacets). */
    besides?: boolean;
  } = {},
): AnswerView {
  const t = texts().answers;
  const d = entry.details;
  const officeKey = entry.id === HOURS_TOPIC && hoursOffice ? hoursOffice : entry.office;
  const office = officeLine(officeKey, town);
  // ("Öffnungszeiten Bürgerbüro": the office named, its closed days with it; trial 61: the Rathaus's block had come.)
  const asked = facet && facetText(entry, facet, town, officeKey);
  // A point the entry does not cover is said honestly before its short answer, with the office that
  // knows. "Wie geht das?" is answered by the short answer itself, and so is every question about
  // the opening hours ("wie lange habt ihr heute noch offen": today's hours, not a duration).
  // "Do I need an appointment?" where the assistant books them: where to book, not "no information".
  // "Geht das auch online?" where the assistant takes the request itself: here, with its button.
  const takenHere = entry.flow !== undefined && entry.flow !== BOOKING_FLOW;
  const unknownOf = (point: Facet): string | undefined =>
    point === 'procedure' || point === 'office' || entry.id === HOURS_TOPIC
      ? undefined
      : point === 'appointment' && entry.flow === BOOKING_FLOW
        ? t.appointmentBookable
        : point === 'appointment' && takenHere
          ? t.appointmentNotNeeded
          : point === 'online' && takenHere
            ? t.onlineHere
            : t.unknownFacet[point];
  const unknown = facet && !asked ? unknownOf(facet) : undefined;
  // The hours as the editors saved them are as new as that day, whatever the entry's own review says.
  const hoursChanged = entry.id === HOURS_TOPIC ? hoursOf(officeOf(officeKey, town), town).hoursChanged : undefined;
  const reviewed = `${labelled(t.reviewed)} ${formatDate(hoursChanged && hoursChanged > entry.reviewed ? hoursChanged : entry.reviewed)}`;
  // The hours of an office the question named are titled with it ("Wann hat des Standesamt offe?", trial 60: "… des Rathauses und Bürgerbüros").
  const hoursTitle = entry.id === HOURS_TOPIC && officeKey !== entry.office ? nameIn(officeOf(officeKey, town)) : undefined;
  const title = hoursTitle && !entry.title.includes(hoursTitle) ? t.hoursOf(hoursTitle) : entry.title;
  const compose = (body: string) => [title, body, facet === 'office' ? undefined : office].filter(Boolean).join('\n');
  const limit = FIRST_REPLY_MAX - reviewed.length - 1;
  const room = limit - compose('x').length + 1;
  const summary = (entry.id === HOURS_TOPIC && hoursSummary(officeOf(officeKey, town), town, now, room, day)) || entry.summary.trim();
  // The named note before the short answer; alone when both do not fit: the note is what was asked.
  // Unless the short answer warns of what to do now (a 112 to call): that is never left out.
  const urgent = /\b112\b|\b110\b|notruf/i.test(summary);
  // Where both do not fit, the short answer's first sentence still comes with a short note ("Schenken Sie Alkohol aus …" and the week's notice; trial 45).
  const opening = sentencesOf(summary)[0] ?? summary;
  const fits = (body: string) => compose(body).length <= limit;
  const led =
    lead && (fits(`${lead}\n${summary}`) || !first || urgent ? `${lead}\n${summary}` : fits(`${lead}\n${opening}`) ? `${lead}\n${opening}` : lead);
  // A second point the entry does not cover is said honestly too ("Wie lange ist die Ruhezeit … und was kostet das?", trial 59).
  const other = alsoFacet && alsoFacet !== facet ? alsoFacet : undefined;
  const otherText = other && facetText(entry, other, town, officeKey);
  const second = asked && other ? (otherText ?? unknownOf(other)) : undefined;
  // "wie bekomm ich nen kitaplatz und was kosted das": how to, where the entry has no steps, is its short answer (as "Wie geht das?" alone is), before the point;
  // so is a part no point answers ("ab wann kann mei Kleine in die Kita und was kost des", "Do I have to pay dog tax?"), or the note it names.
  const beside = asked && !second && (besides || (alsoFacet === 'procedure' && facet !== 'procedure')) ? (lead ?? withoutFiguresOf(summary, asked)) : undefined;
  const pair = second ? `${asked}\n${second}` : beside ? `${beside}\n${asked}` : undefined;
  // Two points asked are both answered, even a little beyond the first reply's length: half an
  // answer to "Was kostet … und wie lange dauert das?" sends the citizen back with the other half.
  const both = pair && compose(pair).length <= limit * TWO_POINTS_STRETCH ? pair : asked;
  // A point not known beside one the entry answers ("wie meld ich mei gewerb an, brauch ich do en termin?", trial 60: only
  // "keine gesicherte Angabe" had come): the one it answers first, then the honest word.
  // (How to, where the entry has no steps, is its short answer, as above.)
  const known = unknown && other ? (otherText ?? (other === 'procedure' ? summary : undefined)) : undefined;
  const withUnknown = compose((known ? [known, unknown] : [unknown, led || summary]).filter(Boolean).join('\n'));
  // A point it cannot answer is said with the office that can; the short answer only where both fit.
  // "Wen soll ich anrufen?" about a burst main: what to do now (the 112 when the Rathaus is closed) before the office.
  const withWhatToDo = urgent && facet === 'office' && both ? `${summary}\n${both}` : both;
  const full =
    withWhatToDo ? compose(withWhatToDo) : unknown && withUnknown.length > limit * (known ? TWO_POINTS_STRETCH : 1) ? compose(unknown) : withUnknown;
  const facts = [
    facet !== 'fees' && d.fees && { label: t.fees, value: d.fees },
    facet !== 'duration' && d.processingTime && { label: t.processingTime, value: d.processingTime },
    // The same office and name as the answer's line (in English with its German name beside it).
    { label: t.responsible, value: nameIn(officeOf(officeKey, town)) },
  ].filter((f): f is { label: string; value: string } => Boolean(f));
  const call = phoneToCall(officeKey, town);
  return {
    topic: entry.id,
    title,
    ...(facet ? { facet } : {}),
    // The point asked is shown whole: a list of documents cut short sends the citizen without one.
    text: `${onePerLine(first && !asked ? fitBeforeOffice(full, facet === 'office' ? undefined : office, limit) : full)}\n${reviewed}`,
    facts,
    links: entry.links,
    ...(entry.online ? { online: entry.online } : {}),
    ...(call ? { call } : {}),
    more: facetsOf(entry).filter((f) => f !== facet && !(both !== asked && f === alsoFacet)),
    ...(entry.flow ? { flow: entry.flow } : {}),
    footer: t.footer(entry.source),
  };
}

/** Who helps with a matter of another body, and how to reach them. */
export function renderReferral(referral: Referral, town: Municipality, language: Language = 'de'): string {
  const t = texts().answers;
  const office = referral.office ? town.offices[referral.office] : undefined;
  const translated = language === 'de' ? undefined : referral.translations[language];
  const phone = translated?.phone ?? referral.phone;
  const contact = [
    office?.address && `${labelled(t.address)} ${office.address}`,
    phone && `${labelled(t.phone)} ${phone}`,
    referral.website && `${labelled(t.website)} ${referral.website}`,
  ].filter(Boolean);
  const lead = referral.townMayBeAsked ? '' : `${t.notOurs(town.name)} `;
  return [`${lead}${translated?.matter ?? referral.matter}`, contact.length ? `${referral.name} – ${contact.join(' · ')}` : undefined]
    .filter(Boolean)
    .join('\n');
}
