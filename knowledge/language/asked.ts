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
