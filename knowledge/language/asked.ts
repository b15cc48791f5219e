// A long story asks its question at the end, after much told on the way ("… das Auto ist in der
// Werkstatt, meine Frau hat den Führerschein umgetauscht … Was muss ich mitbringen, damit ich
// einen neuen Ausweis kriege?"). Where the whole story leaves the model unsure, the question and
// the sentence just before it, which names what the question points back to, are read alone.
import { sentencesOf } from './tokenize';

/** Fewer sentences are no story: the question is already most of the message. */
const STORY_SENTENCES = 3;

/** The sentence before a story's first question and its questions; undefined for a short message or one that opens with its question. */
export function askedInStory(text: string): string | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < STORY_SENTENCES) return undefined;
  const first = sentences.findIndex((s) => s.endsWith('?'));
  if (first < 1) return undefined;
  return [sentences[first - 1]!, ...sentences.slice(first).filter((s) => s.endsWith('?'))].join(' ');
}

/**
 * "wir haben nen hund, muss ich den anmelden?", "muss der angemeldet werden?", "do I have to register
 * my dog?": whether it must be registered at all, a question the request's topic answers (trial 42:
 * it had started the form with its first question instead).
 */
const WHETHER_IT_MUST_BE_REGISTERED =
  /(?<!(?:^|\s)(?:wie|wo|wann|wohin|womit|warum|wieso|weshalb|was|wem|wen|welche\p{L}*)\s+)(?<!\p{L})(?:muss|muß|müss\p{L}*|muess\p{L}*)\s+(?:ich|man|wir|mer|mr|der|die|das|er|sie|es)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:an)?(?:melden|gemeldet|angemeldet|anzeigen|angezeigt)(?:\s+(?:werden|lassen))?\s*\?|(?:^|[,.;:!?]\s*|(?<!\p{L})and\s+)(?:do|must|should)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+)?register(?!\p{L})[^.!?]{0,40}\?/iu;
export const asksWhetherItMustBeRegistered = (text: string): boolean => WHETHER_IT_MUST_BE_REGISTERED.test(text);
