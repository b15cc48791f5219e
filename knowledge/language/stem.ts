// Snowball (Porter) German stemming, so "beantragen", "beantragt" and "Beantragung" meet.
// @orama/stemmers is the Snowball algorithm alone (natural, used before, gave the same stem for all
// 12,608 words of the knowledge base but brought database drivers and WordNet: 70 MB).
// The package's "exports" map is not read by this project's module resolution, hence require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snowball: { stemmer(word: string): string } = require('@orama/stemmers/german');
const stemmer = { stem: snowball.stemmer };

/**
 * Stems one normalized (lowercase, folded) word; very short words are kept as they are.
 * Snowball leaves the verb endings -t/-et of the 3rd person and participles ("kostet", "beantragt",
 * "dauert"); citizens ask in exactly those forms, so they are removed after a consonant too.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  // Snowball strips the adjective's -ig: "vorläufig" (a provisional ID card) would meet "Vorlauf" (notice ahead).
  if (word.startsWith('vorlaufig')) return 'vorlaufig';
  let s = stemmer.stem(word);
  if (s.length >= 6 && s.endsWith('et')) s = stemmer.stem(s.slice(0, -2));
  else if (s.length >= 5 && s.endsWith('t') && !/[aeiout]$/.test(s.slice(0, -1))) s = stemmer.stem(s.slice(0, -1));
  return s.length >= 3 ? s : word;
}
