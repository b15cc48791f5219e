// Snowball (Porter) German stemming, so "beantragen", "beantragt" and "Beantragung" meet.
// The single module is imported on purpose: natural's package root loads database drivers.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer_de');

/**
 * Stems one normalized (lowercase, folded) word; very short words are kept as they are.
 * Snowball leaves the verb endings -t/-et of the 3rd person and participles ("kostet", "beantragt",
 * "dauert"); citizens ask in exactly those forms, so they are removed after a consonant too.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let s = stemmer.stem(word);
  if (s.length >= 6 && s.endsWith('et')) s = stemmer.stem(s.slice(0, -2));
  else if (s.length >= 5 && s.endsWith('t') && !/[aeiout]$/.test(s.slice(0, -1))) s = stemmer.stem(s.slice(0, -1));
  return s.length >= 3 ? s : word;
}
