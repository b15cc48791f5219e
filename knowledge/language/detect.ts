// Which language a citizen's message is written in, German or English, told by franc (trigram
// statistics, franc-min) only where the text is long enough to tell: short messages ("Anna Weber",
// "Was kostet ein Personalausweis?") are often mistaken, so they are never judged.
import { franc } from 'franc-min';
import { ENGLISH_STOPWORDS } from './english';
import { normalize } from './normalize';
import { STOPWORDS } from './stopwords';

/** Fewer words than this are not judged (measured: 4-word German questions come out English). */
const MIN_WORDS = 5;
const MIN_LETTERS = 20;

/**
 * The language of a message in a conversation held in `current`, when the message clearly is in the
 * other one of German and English; undefined when it is not, or too short to tell.
 */
export function otherLanguage(text: string, current: 'de' | 'en'): 'de' | 'en' | undefined {
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS || text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  if (current === 'en') return franc(text, { only: ['deu', 'eng'], minLength: MIN_LETTERS }) === 'deu' ? 'de' : undefined;
  // Trigrams of a short German question can look English ("wann war nochmal mein termin"): its
  // function words tell, so English needs more English than German ones. Counted first, because
  // franc is the costly part of a turn's language check and most German messages end here.
  if (countIn(words, ENGLISH_STOPWORDS, (w) => w) <= countIn(words, STOPWORDS, normalize)) return undefined;
  return franc(text, { only: ['deu', 'eng'], minLength: MIN_LETTERS }) === 'eng' ? 'en' : undefined;
}

function countIn(words: readonly string[], list: ReadonlySet<string>, fold: (word: string) => string): number {
  return words.filter((word) => list.has(fold(word.toLowerCase().replace(/[^\p{L}']/gu, '')))).length;
}
