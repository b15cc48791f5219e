// English stories told with errands done on the way ("We already have the birth certificate", "the
// notary contract is signed"): what is told done is not the matter asked, as in German (done.ts), though
// its words may lead the English model there (blind sets 106 and 112).

/**
 * What an English story tells as done or settled ("We already have the birth certificate", "the notary
 * contract is signed", "I have informed the pension insurance", "the Jobcenter already knows"): not the
 * matter asked, though its words may lead the English model there. A time or reason told with it ("since I signed it") is the story's, not a thing done;
 * nor is a car sold ("i sold my car … how do i deregister it": the reason to deregister it, blind set 200), nor a club that "is registered verein now" (what it is, blind set 205).
 */
const ENGLISH_DONE =
  /\balready\b|\b(?:is|are|was|were|been)\s+(?:all\s+)?(?:done|sorted|arranged|signed|cancel+ed|paid|booked|sold|settled|updated|changed|registered(?!\s+(?:verein|association|club|charity|society|e\.?\s?v\b))|fine|in(?!\s+(?:it|there|the|my|his|her|our|their)\b))\b|(?<!\b(?:since|when|after|before|because|until|if|as)\s+)\b(?:i|we)\s+(?:have\s+|'ve\s+|had\s+)?(?:informed|told|arranged|ordered|cancel+ed|booked|paid|updated|sold(?!\s+(?:my|our|the)\s+(?:old\s+)?(?:car|vehicle|motorbike|motorcycle|van|scooter|camper)\b)|signed)\b|\b(?:knows|arrived|came)\s*$|\b(?:is|are|was|were)\s+(?:submitted|filed|handed\s+in)\b|\b(?:we'll|i'll|we\s+will|i\s+will)\s+(?:\p{L}+\s+){0,2}?later\b/iu;
/** A clause that asks is no report of a thing done. */
const ENGLISH_ASKS = /\?|\b(?:how|what|where|when|which|who|whether|can|could|do\s+(?:i|we)|does|must|need|should|is\s+there)\b/iu;
const englishClausesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?;])\s+|,\s+(?:and\s+)?|\s+and\s+(?=(?:i|we|my|our|the|her|his)\b)/iu)
    .map((c) => c.trim())
    .filter(Boolean);

/** "… went back to turkey already in may and he forgot to deregister": a thing left undone is the matter (blind set 196). */
const LEFT_UNDONE = /\b(?:forgot|forgotten|forget|didn'?t|did\s+not|haven'?t|hasn'?t|have\s+not|has\s+not|not\s+yet|never)\b/iu;
const toldDoneInEnglish = (clause: string): boolean =>
  ENGLISH_DONE.test(clause.replace(/[.!;]+$/u, '')) && !ENGLISH_ASKS.test(clause) && !LEFT_UNDONE.test(clause);

/** The message split into the clauses `aside` keeps apart and the rest, if it has both. */
function splitClauses(text: string, aside: (clause: string) => boolean): { done: string; rest: string } | undefined {
  const clauses = englishClausesOf(text);
  const done = clauses.filter(aside);
  const rest = clauses.filter((c) => !aside(c));
  return done.length && rest.length ? { done: done.join(' '), rest: rest.join(' ') } : undefined;
}

/** An English story split into what it tells done and the rest, if it has both. */
export const splitDoneInEnglish = (text: string): { done: string; rest: string } | undefined => splitClauses(text, toldDoneInEnglish);

/** The story without its clauses told as done; the text itself where none is. */
export const withoutDoneInEnglish = (text: string): string => splitDoneInEnglish(text)?.rest ?? text;

/**
 * For choosing what an answer leads with: the text also without what the writer was given ("the landlord
 * gave us the paper"). Not for routing: "The US Social Security Administration sent me a form" names the matter.
 */
const RECEIVED = /\b(?:gave|given|sent|handed)\s+(?:us|me)\b/iu;
export const withoutReceivedInEnglish = (text: string): string =>
  splitClauses(text, (c) => toldDoneInEnglish(c) || (RECEIVED.test(c) && !ENGLISH_ASKS.test(c)))?.rest ?? text;
