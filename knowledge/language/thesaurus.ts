// Everyday and regional words the editors did not think of, from OpenThesaurus: "Floriansjünger"
// means "Feuerwehrmann", "Jawort" means "Eheschließung", "Lichtbildausweis" means "Personalausweis".
// `npm run kb:thesaurus` derives the sets that touch the knowledge's vocabulary into
// thesaurus.txt (checked in, with its licence notice); the assistant only reads that file.
// A thesaurus word is expanded only when it has one meaning: "trauen" (heiraten / wagen / vertrauen)
// is left alone, so "Ich trau mich nicht" never becomes a wedding.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_DIR } from '../paths';
import { normalize } from './normalize';
import { stem } from './stem';

export const THESAURUS_FILE = path.join(KNOWLEDGE_DIR, 'language', 'thesaurus.txt');

/** Single words of a thesaurus term, folded; "(sich) das Ja-Wort geben (ugs.)" → [] (a phrase), "Ja-Wort (ugs.)" → "jawort". */
function singleWord(term: string): string | undefined {
  const bare = term.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!bare || /\s/.test(bare) || !/^[\p{L}-]+$/u.test(bare)) return undefined;
  const word = normalize(bare.replace(/-/g, ''));
  return word.length >= 4 ? word : undefined;
}

export interface DerivedThesaurus {
  /** Source word (folded) → the knowledge words of its one meaning. */
  expansions: Map<string, string[]>;
  /** Words skipped because they have several meanings that lead to different knowledge words. */
  ambiguous: string[];
}

/** How the knowledge's vocabulary is asked about a folded word. */
export interface Vocabulary {
  /** The word is one of the knowledge's own words. */
  has(word: string): boolean;
}

/**
 * Derives the expansions from OpenThesaurus text (one synonym set per line, terms separated by ";").
 * `ignore` excludes words that never name a topic (function and everyday words) as source or target.
 */
export function deriveThesaurus(text: string, vocabulary: Vocabulary, ignore: (word: string) => boolean = () => false): DerivedThesaurus {
  const sets: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    // A set left with one word still counts as a meaning of that word ("(sich) trauen" = wagen).
    const words = [...new Set(line.split(';').map(singleWord).filter((w): w is string => w !== undefined && !ignore(w)))];
    if (words.length) sets.push(words);
  }
  // Meanings are counted per stem: "Lapp" (an insult) and "Lappen" (a cloth, money, the Führerschein)
  // are the same word to the router.
  const senses = new Map<string, number[]>();
  sets.forEach((words, i) => words.forEach((w) => senses.set(stem(w), [...new Set([...(senses.get(stem(w)) ?? []), i])])));
  const sensesOf = (w: string): number[] => senses.get(stem(w))!;
  // A target is reliable in a set when it has only this meaning, or when two of the knowledge's own
  // words in the same set confirm that this meaning is the knowledge's ("Lappen" as Führerschein
  // is not confirmed in the set of insults, so "Hornochse" expands to nothing).
  const targetsOf = (i: number): string[] => {
    const inVocabulary = sets[i]!.filter((w) => vocabulary.has(w));
    return inVocabulary.length >= 2 ? inVocabulary : inVocabulary.filter((w) => sensesOf(w).length === 1);
  };
  const expansions = new Map<string, string[]>();
  const ambiguous: string[] = [];
  for (const word of new Set(sets.flat())) {
    if (vocabulary.has(word)) continue;
    const targets = sensesOf(word).map(targetsOf);
    if (!targets.some((t) => t.length > 0)) continue;
    const distinct = new Set(targets.map((t) => [...t].sort().join(' ')));
    if (distinct.size > 1) {
      ambiguous.push(word);
      continue;
    }
    expansions.set(word, [...targets[0]!].sort());
  }
  return { expansions: new Map([...expansions].sort(([a], [b]) => a.localeCompare(b))), ambiguous: ambiguous.sort() };
}

/** Expansions by the stem of the source word, read from the checked-in file. */
export class Thesaurus {
  private readonly byStem = new Map<string, string[]>();

  constructor(lines: Iterable<[string, string[]]> = readThesaurusFile()) {
    for (const [word, targets] of lines) this.byStem.set(stem(word), targets);
  }

  /** The knowledge words a word stands for, by the word's stem (empty when it has none or more than one meaning). */
  related(wordStem: string): readonly string[] {
    return this.byStem.get(wordStem) ?? NONE;
  }

  get size(): number {
    return this.byStem.size;
  }

  /** Every expansion (for the model's content hash). */
  pairs(): Array<[string, readonly string[]]> {
    return [...this.byStem];
  }
}

const NONE: readonly string[] = [];

/** Lines "word<TAB>target target …" of thesaurus.txt; a missing file yields no expansions. */
function readThesaurusFile(file: string = THESAURUS_FILE): Array<[string, string[]]> {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [word = '', targets = ''] = l.split('\t');
      return [word, targets.split(' ').filter(Boolean)] as [string, string[]];
    })
    .filter(([word, targets]) => word && targets.length);
}
