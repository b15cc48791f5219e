// Follow-up questions ask for one facet of the topic just answered: "Und was kostet das?",
// "Wie lange dauert das?", "Brauche ich einen Termin?", "Was muss ich mitbringen?".
import { normalize } from './normalize';
import { tokenize } from './tokenize';

export type Facet = 'fees' | 'duration' | 'appointment' | 'documents';

// Normalized word prefixes per facet (prefixes cover inflections: "kostet", "Gebühren", "dauert").
const FACET_WORDS: Array<[Facet, string[]]> = [
  ['fees', ['kost', 'gebuhr', 'preis', 'teuer', 'bezahl', 'zahl', 'gunstig', 'euro', 'umsonst', 'kostenlos']],
  ['duration', ['dauer', 'lange', 'wartezeit', 'bearbeitungszeit', 'fertig', 'schnell', 'wann bekomm']],
  ['appointment', ['termin', 'vorbeikommen', 'vorbei', 'personlich', 'offnungszeit', 'wann offen']],
  ['documents', ['unterlag', 'dokument', 'mitbring', 'mitnehm', 'nachweis', 'brauch ich', 'benotig']],
];

/** The prefixes in normalized spelling ("dauer" folds to "daur" like "dauert" does). */
const FACETS: Array<[Facet, string[]]> = FACET_WORDS.map(([facet, prefixes]) => [facet, prefixes.map(normalize)]);

/** Whether a normalized word only names a facet ("kostet", "dauert", "Termin") and not a topic. */
export function isFacetWord(word: string): boolean {
  return FACETS.some(([, prefixes]) => prefixes.some((p) => !p.includes(' ') && word.startsWith(p)));
}

/** The facet a question asks about, or undefined. The first matching facet wins. */
export function facetOf(text: string): Facet | undefined {
  const words = tokenize(text).map(normalize);
  const joined = ` ${words.join(' ')} `;
  for (const [facet, prefixes] of FACETS) {
    if (prefixes.some((p) => (p.includes(' ') ? joined.includes(` ${p}`) : words.some((w) => w.startsWith(p))))) return facet;
  }
  return undefined;
}
