// "Kann ich das per Post machen?", "muss ich da selber hin?", "Wann frühestens?", "Wann darf man
// fällen?": how else than in person, by when, or at what time of year or day a matter is done. The
// entries say it in a sentence of their short answer, procedure or notes ("schriftlich oder online",
// "frühestens eine Woche vorher"), not in a facet of its own; the router takes such a short
// question as a follow-up of the last topic.

/** "Wann muss ich die Grundsteuer zahlen?": when a payment is due. */
const WHEN_TO_PAY = String.raw`wann\s+(?:\p{L}+\s+){0,5}?(?:zahl\p{L}*|bezahl\p{L}*|überweis\p{L}*|ueberweis\p{L}*)`;
const WHEN_TO_PAY_ASKED = new RegExp(String.raw`(?<!\p{L})${WHEN_TO_PAY}(?!\p{L})`, 'iu');
/** "Wann frühestens?", "Bis wann muss ich zahlen?", "wann ist die fällig?", "Wann muss ich … zahlen?": by when, answered by the entry's deadlines where it has them. */
const BY_WHEN = new RegExp(
  String.raw`(?<!\p{L})(?:frühestens|fruehestens|spätestens|spaetestens|bis\s+wann|frist\p{L}*|fällig\p{L}*|faellig\p{L}*|${WHEN_TO_PAY}|at\s+the\s+earliest|at\s+the\s+latest|deadline)(?!\p{L})`,
  'iu',
);
/** Whether a question asks when a payment is due; a first question too is answered with the due dates. */
export const asksWhenToPay = (question: string): boolean => WHEN_TO_PAY_ASKED.test(question);
export const asksByWhen = (question: string): boolean => BY_WHEN.test(question);

/** Months, and days of the week, as questions and entries name them. */
const MONTHS = String.raw`januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december`;
const DAYS = String.raw`montag\p{L}*|dienstag\p{L}*|mittwoch\p{L}*|donnerstag\p{L}*|freitag\p{L}*|samstag\p{L}*|sonntag\p{L}*|werktag\p{L}*|feiertag\p{L}*|monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
/** "und im März?", "und am Sonntag?": the same question of another month or day. */
const AND_AT = (times: string) => new RegExp(String.raw`^\W*(?:und|and)\s+(?:im|am|in|on|at|ab|bis|from|until)\s+(?:${times})\s*\??\s*$`, 'iu');
const NAMING = (times: string) => new RegExp(String.raw`(?<!\p{L})(?:${times})(?!\p{L})`, 'iu');

/** Questions about how a matter is done when not in person, and the words an entry answers them with. */
const HOW_ELSE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // "Kann ich das per Post machen?", "geht das schriftlich?", "muss ich da selber hin?", "muss ich selber komme?" (trial 63)
  [
    /(?<!\p{L})(?:per\s+post|mit\s+der\s+post|postalisch|schriftlich|per\s+brief|brieflich|(?:selber|selbst)\s+(?:hin|komme\p{L}*|vorbei\p{L}*|erschein\p{L}*)|persönlich|personlich|vorbeikommen|by\s+post|in\s+person|in\s+writing)(?!\p{L})/iu,
    /(?<!\p{L})(?:schriftlich\p{L}*|per\s+post|post(?:weg|alisch)?|brief\p{L}*|zugeschickt|zuschicken|online|persönlich|vollmacht|in\s+writing|by\s+post|in\s+person)(?!\p{L})/iu,
  ],
  // "Kann das auch meine Frau für uns beide machen?", "kann mein Mann den für mich beantragen?": someone else, or one for all.
  [
    /(?<!\p{L})(?:(?:kann|darf|könnte|koennte|können|koennen)\s+(?:das\s+|den\s+|die\s+|es\s+)?(?:auch\s+)?(?:mein\p{L}*\s+(?:frau|mann|partner\p{L}*|tochter|sohn|mutter|vater|eltern|kind\p{L}*|bruder|schwester|nachbar\p{L}*|bekannt\p{L}*)|jemand(?:\s+anders|\s+anderes)?|eine?\s+andere\p{L}*\s+person|ein\s+bekannter|einer\s+für\s+alle)|für\s+uns\s+(?:beide|alle)|für\s+(?:die\s+)?ganze\s+familie|for\s+(?:me|us|both\s+of\s+us)|someone\s+else|my\s+(?:wife|husband|partner))(?!\p{L})/iu,
    /(?<!\p{L})(?:vollmacht\p{L}*|bevollmächtig\p{L}*|bevollmaechtig\p{L}*|andere\s+person|jemand\s+anders|volljährige\s+person|persönlich|authoris\p{L}*|authoriz\p{L}*|someone\s+else|in\s+person)(?!\p{L})/iu,
  ],
  // "mein Mann und ich sind getrennt, muss er auch unterschreiben?": whether the other parent must agree.
  [
    /(?<!\p{L})(?:muss|müssen|muessen|braucht|brauchen)\s+(?:er|sie|der\s+vater|die\s+mutter|der\s+papa|die\s+mama|mama|mami|mutti|papa|vati|(?:die|meine)\s+eltern|mein\p{L}*\s+(?:mann|frau|ex\p{L}*|mutter|vater)|beide)\s+(?:auch\s+|dann\s+|da\s+)*(?:unterschreiben|unterschrift|zustimmen|zustimmung|mitkommen|dabei\s+sein|einverstanden\s+sein)(?!\p{L})/iu,
    /(?<!\p{L})(?:zustimm\p{L}*|stimmen\s+(?:\p{L}+\s+){0,3}?zu|unterschr\p{L}*|sorgeberecht\p{L}*|einverst\p{L}*)(?!\p{L})/iu,
  ],
  // "Wann frühestens?", "bis wann spätestens?"
  [BY_WHEN, /(?<!\p{L})(?:frühestens|spätestens|innerhalb\s+(?:von|der|des|einer|eines)|bis\s+zum|frist\p{L}*|vorher|within\s+\p{N}|at\s+the\s+latest|at\s+the\s+earliest)(?!\p{L})/iu],
  // "Wann darf man überhaupt fällen?", "in welchen Monaten darf ich schneiden?": the time of year or day the entry names.
  [
    /(?<!\p{L})(?:wann|ab\s+wann|in\s+welche[mn]?\s+(?:zeit|monat\p{L}*|jahreszeit)|zu\s+welcher\s+zeit|welche\s+monate|when)\s+(?:\p{L}+\s+){0,3}?(?:darf|dürfen|duerfen|kann|können|koennen|muss|müssen|may|can|must)(?!\p{L})/iu,
    NAMING(String.raw`${MONTHS}|${DAYS}|\d{1,2}(?::\d{2})?\s+uhr`),
  ],
  // "und im März?" after the trees: a sentence that names months; "und am Sonntag?": one that names days.
  [AND_AT(MONTHS), NAMING(MONTHS)],
  [AND_AT(DAYS), NAMING(DAYS)],
];

/** The words of an entry's sentence that answers the question, when it asks how else or by when. */
export function howElseAsked(question: string): RegExp | undefined {
  return HOW_ELSE.find(([asks]) => asks.test(question))?.[1];
}
