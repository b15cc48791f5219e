// "Wie geht es Ihnen?" is small talk, not a question about a service: the model, which knows
// no such line, found the Fundbüro in it. Recognized here, answered kindly. A message
// that also asks something ("Hallo, wie geht's? Ich brauche einen Ausweis") is that question.

/** How are you, asked of someone ("wie geht es Ihnen", "wie geht's dir", "how are you"). */
const HOW_ARE_YOU = new RegExp(
  [
    String.raw`wie\s+geht(?:\s*es|\s*['’´]?\s*s)?\s+(?:es\s+)?(?:ihnen|dir|euch|dem\s+assistenten)`,
    String.raw`wie\s+gehts\s+(?:ihnen|dir|euch)`,
    String.raw`(?:alles\s+)?(?:gut|klar|fit|okay|ok)\s+bei\s+(?:ihnen|dir|euch)`,
    String.raw`how\s+are\s+(?:you|u)(?:\s+doing)?`,
    String.raw`how(?:['’]s|\s+is)\s+it\s+going`,
  ].join('|'),
  'iu',
);

/** Asked of nobody in particular: small talk only at the start, after an answer it may mean "how does it work". */
const HOW_IS_IT = /(?<!\p{L})wie\s+geht(?:['’´]?s|\s+es)(?:\s+so)?(?!\p{L})|(?<!\p{L})was\s+geht(?:\s+ab)?(?!\p{L})/iu;

/** Every small-talk phrase of a message, to take out and see whether anything else is asked. */
const SMALL_TALK = new RegExp(`${HOW_ARE_YOU.source}|${HOW_IS_IT.source}`, 'giu');
const withoutSmallTalk = (text: string): string => text.replace(SMALL_TALK, ' ');

/**
 * Small talk that asks how the assistant is: one asked of someone always, a bare "wie geht's"
 * only where no answer came before it (`afterAnswer`). `asksMore` says whether the rest of the
 * message names a matter of its own (then it is that matter's question, not small talk).
 */
export function isSmallTalk(text: string, { afterAnswer, asksMore }: { afterAnswer: boolean; asksMore: (rest: string) => boolean }): boolean {
  const askedOfSomeone = HOW_ARE_YOU.test(text);
  if (!askedOfSomeone && (afterAnswer || !HOW_IS_IT.test(text))) return false;
  return !asksMore(withoutSmallTalk(text));
}

/**
 * "Sind Sie ein echter Mensch?": whether the assistant is a person or a machine (not a wish to
 * talk to one, "Ich will mit einem echten Menschen sprechen"). "Mensch" led the model to the handoff.
 */
const WHAT_ARE_YOU =
  /^(?:[^?]*[.!,]\s*)?(?:bist\s+du|sind\s+sie|seid\s+ihr|is\s+des|ist\s+das|are\s+you|is\s+this)\s+(?:hier\s+)?(?:ein(?:e)?\s+|a\s+|an\s+)?(?:echte[rs]?\s+|richtige[rs]?\s+|real\s+|wirkliche[rs]?\s+)?(?:mensch|person|bot|chatbot|roboter|maschine|computer|programm|ki|human|robot|machine)\b[^?]*\?\s*$/iu;
/** Whether a message asks if the assistant is a person or a machine. */
export const asksWhatIAm = (text: string): boolean => WHAT_ARE_YOU.test(text.trim());

