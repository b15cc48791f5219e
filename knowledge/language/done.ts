// "Bin innerhalb vom Ort umgezogen, Hund is übrigens schon angemeldet. Muss ich die neue Anschrift
// melden?", "… ein Formular für unser Vereinsfest? Zuschuss haben wir schon beantragt": a matter told
// as done is not the one asked, though its words may lead the model to it. The router decides on the
// rest only where the done clause comes near what the model found and the rest is a sure matter of its
// own; another body's service named only in what is told aside (done, lacking, feared) is not asked.
// Kept to these words on purpose: any participle after "schon" lifted the long stories of blind set 82
// but cost older sets.

/** Participles and words of a thing done or settled. */
const DONE_WORDS = String.raw`(?:angemeldet|abgemeldet|umgemeldet|gemeldet|beantragt|erledigt|bezahlt|überwiesen|ueberwiesen|geklärt|geklaert|geregelt|eingereicht|bestellt|gebucht|genehmigt|bewilligt|abgeholt|umgeschrieben|gemacht|dran|gesperrt|sperren\s+lassen|besorgt|drin|durch|bescheid|gegeben|mitgegeben|ausgefüllt|ausgefuellt|unterschrieben)`;
/**
 * "schon angemeldet", "Angemeldet haben wir sie schon", "bereits beantragt", "mit der Rentenversicherung ist alles
 * geklärt", "die Rente wird weiter überwiesen": something done or settled, told without a question.
 */
const DONE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:schon|bereits|scho|schoo|alles)\s+(?:\p{L}+\s+){0,3}?${DONE_WORDS}|${DONE_WORDS}\s+(?:\p{L}+\s+){0,3}?(?:schon|bereits|scho)|weiter(?:hin)?\s+(?:überwiesen|ueberwiesen|gezahlt|bezahlt)|(?:läuft|laeuft|laufen|ist|sind)\s+(?:\p{L}+\s+)?(?:schon|bereits)\s+(?:auf|über|ueber)\s+(?:uns|mich))(?!\p{L})`,
  'iu',
);
/** "sonst gibt es später Ärger mit dem Rundfunkbeitrag": a consequence feared, not the matter asked. */
const CONSEQUENCE = /^\W*sonst(?!\p{L})/iu;
/** Done elsewhere or before ("in Alzenau war er schon gemeldet"): what is asked is still to come here. */
const ELSEWHERE = /(?<!\p{L})(?:[Ii]n\s+\p{Lu}\p{L}+|dort|vorher|früher|frueher|alte[nmr]?\s+(?:gemeinde|wohnort|stadt|heimat))(?!\p{L})/u;
/** A clause that asks something is no report of a thing done ("ob das schon angemeldet ist?"). */
const ASKS = /\?|(?<!\p{L})(?:ob|wann|wie|was|wo|warum|wieso|muss|müssen|muessen|kann|können|koennen)(?!\p{L})/iu;
/** Fewer words than these left is no question of its own. */
const MIN_WORDS_LEFT = 4;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** "sonst wird das Elterngeld nicht weiter gezahlt", "noch nicht beantragt": not done. */
const NEGATED = /(?<!\p{L})(?:nicht|net|ned|nit|kein\p{L}*|nie)(?!\p{L})/iu;
/** "und hab noch kein führerschein": something one lacks, told on the way (the rest is asked). */
const LACKING = /(?<!\p{L})(?:hab|habe|hat|haben|hab's)\s+(?:noch\s+|auch\s+)?(?:kein\p{L}*|nie\s+(?:einen|ein|eine))\s+\p{L}+\s*[.!]?\s*$/iu;
const toldDone = (clause: string): boolean =>
  ((DONE.test(clause) && !NEGATED.test(clause)) || LACKING.test(clause)) && !ASKS.test(clause) && !ELSEWHERE.test(clause);

/** The message's clauses: "," and dashes inside each sentence. */
const clausesOf = (text: string): string[] => text.split(/(?<=[.!?;])\s+/u).flatMap((sentence) => sentence.split(/,\s+|\s+[–—-]\s+/u));

/** The message split into the clauses that tell something done and the rest, if it has both. */
export function splitDone(text: string): { done: string; rest: string } | undefined {
  const clauses = clausesOf(text);
  const done = clauses.filter(toldDone);
  const left = clauses.filter((c) => !toldDone(c)).join(', ');
  return done.length && wordCount(left) >= MIN_WORDS_LEFT ? { done: done.join('. '), rest: left } : undefined;
}

/**
 * The message without what it tells aside: matters done or settled, and consequences feared ("sonst …").
 * Another body's service named there is not asked ("Mit der Rentenversicherung ist alles geklärt").
 */
export const withoutToldAside = (text: string): string =>
  clausesOf(text)
    .filter((c) => !toldDone(c) && !CONSEQUENCE.test(c))
    .join(', ');
