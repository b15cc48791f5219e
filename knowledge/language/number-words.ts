// German number words one to twelve: read in citizens' times and counts (dialogs/dates.ts,
// dialogs/fields.ts) and refused in Leichte Sprache, which writes numbers as digits; and digits said
// one by one, as voice input writes a telephone number.

/** German number words one to twelve (times, counts). */
export const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
};

/** Digits said one by one, as voice input writes a telephone number ("null sechs null zwo neun …"); "ein" is left out (an article). */
const DIGIT_WORDS: Record<string, string> = {
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  fünf: '5',
  fuenf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const SPOKEN_DIGIT = new RegExp(String.raw`(?<!\p{L})(?:${Object.keys(DIGIT_WORDS).join('|')})(?!\p{L})`, 'giu');
/** Fewer digit words than this are counts or times ("zwei Hunde", "um drei"), not a number said digit by digit. */
const MIN_SPOKEN_DIGITS = 6;

/** "meine Nummer is null sechs null zwo neun eins zwo drei vier" → "meine Nummer is 060291234" (trial 58: not recognised); else unchanged. */
export function withSpokenDigits(said: string): string {
  if ((said.match(SPOKEN_DIGIT) ?? []).length < MIN_SPOKEN_DIGITS) return said;
  return said.replace(SPOKEN_DIGIT, (word) => DIGIT_WORDS[word.toLowerCase()]!).replace(/(\d)[\s,–-]+(?=\d)/gu, '$1');
}
