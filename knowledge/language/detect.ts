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
const FRANC_CODES = { de: 'deu', en: 'eng' } as const;

/**
 * The language of a message in a conversation held in `current`, when the message clearly is in the
 * other one of German and English; undefined when it is not, or too short to tell.
 */
export function otherLanguage(text: string, current: 'de' | 'en'): 'de' | 'en' | undefined {
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS || text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  // Trigrams of a short message can look like the other language ("wann war nochmal mein termin",
  // "and how much does it cost?"): its function words tell, so the other language needs more of
  // its own than of the current one's. Words of both ("in", "an") and dialect ("is", "de") count
  // for neither. Counted first, because franc is the costly part of a turn's language check.
  const english = words.filter(isEnglishOnly).length;
  const german = words.filter(isGermanOnly).length;
  const other = current === 'en' ? 'de' : 'en';
  const more = other === 'en' ? english > german : german > english;
  return more && franc(text, { only: ['deu', 'eng'], minLength: MIN_LETTERS }) === FRANC_CODES[other] ? other : undefined;
}

/** Everyday English words of a short reply that are no German words ("next tuesday morning", "tomorrow at 9 please"). */
const ENGLISH_EVERYDAY = new Set(
  'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening tonight tomorrow today yesterday week next please thanks thank yes yeah okay appointment book register office time early late'.split(' '),
);

/**
 * Whether a reply too short to judge still reads as English: English words only, none of German's
 * ("next tuesday morning"). Asked only while the switch to English is offered.
 */
export function readsAsEnglish(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const english = words.filter((w) => isEnglishOnly(w) || ENGLISH_EVERYDAY.has(bare(w))).length;
  return english > 0 && !words.some(isGermanOnly);
}

/** Dialect and short forms that are English words too ("is e laterne kaputt", "an de bushaltestell", Bavarian "a neier perso"). */
const DIALECT = new Set(['is', 'de', 'e', 'a', 'en', 'un', 'mer', 'des', 'net', 'so', 'do', 'hat', 'was', 'will', 'man', 'am', 'um', 'also', 'war']);
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}']/gu, '');
const isEnglishOnly = (word: string): boolean =>
  ENGLISH_STOPWORDS.has(bare(word)) && !STOPWORDS.has(normalize(bare(word))) && !DIALECT.has(bare(word));
const isGermanOnly = (word: string): boolean =>
  STOPWORDS.has(normalize(bare(word))) && !ENGLISH_STOPWORDS.has(bare(word)) && !DIALECT.has(bare(word));

/** Letters of scripts other than Latin: Cyrillic, Arabic, Greek, Hebrew, Armenian, Georgian and the scripts of Asia. */
const OTHER_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Ethiopic}]/u;
/** Letters that neither German nor English uses, of Latin-script languages spoken in Germany: Turkish, Polish, Romanian, Czech, Croatian (and the ó of Spanish). */
const OTHER_LATIN = /[ıİşŞğĞłŁąĄęĘżŻźŹćĆńŃśŚóÓșȘțȚăĂřŘůŮěĚčČđĐ]/u;

/**
 * Whether a message is written in a language the assistant does not speak: mostly letters of
 * another script ("Здравствуйте, я потерял паспорт"), or two lower-case words (or the first) with letters of
 * another Latin alphabet and no German or English function word of three letters or more ("nüfus
 * cüzdanımı kaybettim, ne yapmalıyım?"; a name is capitalized: "Termin für Paweł Dąbrowski" is
 * German). franc is no judge here: it takes a twelfth of the lines of our eval sets, most of them in
 * dialect, for Dutch, Spanish or Turkish.
 */
export function inAnotherLanguage(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  if (letters.filter((letter) => OTHER_SCRIPT.test(letter)).length * 2 > letters.length) return true;
  const words = text.trim().split(/\s+/);
  // The first word is capitalized as a sentence's ("Dzień dobry, czy mówi pan po polsku?").
  const foreign = words.filter((w, i) => (i === 0 || /^\p{Ll}/u.test(w)) && OTHER_LATIN.test(w)).length;
  return foreign >= 2 && !words.some((w) => bare(w).length >= 3 && (isGermanOnly(w) || isEnglishOnly(w)));
}
