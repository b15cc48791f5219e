// Words from OpenThesaurus reach the knowledge's vocabulary, but only when they have one meaning.
import { readFileSync } from 'node:fs';
import { Analyzer, contentWords } from '../../knowledge/analyzer';
import { normalize } from '../../knowledge/language/normalize';
import { stem } from '../../knowledge/language/stem';
import { deriveThesaurus, Thesaurus, THESAURUS_FILE } from '../../knowledge/language/thesaurus';

// Lines in the format of the Debian package openthesaurus-de-text.
const SOURCE = [
  '# OpenThesaurus - German Thesaurus in text format',
  'Trauung;Vermählung;Eheschließung;Jawort (ugs.);Hochzeit;Ja-Wort (ugs.)',
  '(sich) trauen lassen;heiraten (Hauptform);trauen;vermählen',
  'es wagen;(sich) trauen;(den) Mut haben (zu)',
  'Feuerwehrmann;Floriansjünger',
  'Putztuch;Lappen;Wischtuch',
  'Pappe (ugs.);Führerschein;Lappen (ugs.);Fleppe (ugs.)',
  'Dummkopf;Lapp (derb, österr.);Hornochse (ugs.)',
].join('\n');

const vocabulary = new Set(['eheschliessung', 'heiraten', 'feurwehrmann', 'fuhrerschein', 'lappen'].map(stem));
const derived = deriveThesaurus(SOURCE, { has: (w) => vocabulary.has(stem(w)) });
const expanded = (word: string) => derived.expansions.get(normalize(word));

describe('deriving the thesaurus', () => {
  it('maps everyday words of one meaning to the knowledge words of their set', () => {
    expect(expanded('Jawort')).toEqual(['eheschliessung']);
    expect(expanded('Floriansjünger')).toEqual(['feurwehrmann']);
    expect(expanded('Trauung')).toEqual(['eheschliessung']);
  });

  it('leaves out a word with several meanings, so "Ich trau mich nicht" stays no wedding', () => {
    expect(expanded('trauen')).toBeUndefined();
    expect(derived.ambiguous).toContain(normalize('trauen'));
  });

  it('counts meanings per stem and needs a second knowledge word to trust an ambiguous target', () => {
    // "Lappen" means a cloth, the Führerschein and (as "Lapp") a fool: only the set that also contains
    // "Führerschein" may lead to it, so the insult does not.
    expect(expanded('Fleppe')).toEqual(['fuhrerschein', 'lappen']);
    expect(expanded('Hornochse')).toBeUndefined();
    expect(expanded('Wischtuch')).toBeUndefined();
  });
});

describe('the checked-in thesaurus', () => {
  const text = readFileSync(THESAURUS_FILE, 'utf8');

  it('carries the licence notice of OpenThesaurus', () => {
    expect(text).toMatch(/OpenThesaurus/);
    expect(text).toMatch(/GNU Lesser General Public License/);
  });

  it('expands regional and everyday words of citizens into the knowledge', () => {
    const thesaurus = new Thesaurus();
    expect(thesaurus.related(stem(normalize('Floriansjünger')))).toContain(normalize('Feuerwehrmann'));
    expect(thesaurus.related(stem(normalize('Jawort')))).toContain(normalize('Eheschließung'));
    expect(thesaurus.related(stem(normalize('trauen')))).toEqual([]);
  });

  it('reaches the retrieval at a lower weight than the editors\' synonyms', () => {
    const analyzer = new Analyzer();
    analyzer.learn(contentWords('Eheschließung anmelden, Heirat, Personalausweis'));
    const jawort = analyzer.analyze(contentWords('Jawort'), { correct: true });
    const perso = analyzer.analyze(contentWords('Perso'), { correct: true });
    expect(jawort.get(stem('eheschliessung'))).toBeGreaterThan(0);
    expect(jawort.get(stem('eheschliessung'))!).toBeLessThan(perso.get(stem('personalausweis'))!);
  });
});
