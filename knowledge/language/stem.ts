// Step 3: Snowball (Porter) German stemming, so "beantragen", "beantragt" and "Beantragung" meet.
// The single module is imported on purpose: natural's package root loads database drivers.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer_de');

/** Stems one normalized (lowercase, folded) word; very short words are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const s = stemmer.stem(word);
  return s.length >= 3 ? s : word;
}
