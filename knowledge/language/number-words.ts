// German number words one to twelve: read in citizens' times and counts (dialogs/dates.ts,
// dialogs/fields.ts) and refused in Leichte Sprache, which writes numbers as digits.

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
