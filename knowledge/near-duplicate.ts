// Near-duplicate detection between example questions and evaluation questions: a training line
// must never be a copy or a light paraphrase of a line it is measured on. Texts are compared as
// folded words: equal word sequences, or a Jaccard overlap of word-trigram shingles of at least
// NEAR. The development set of the project's sponsor is kept only as fingerprints (hashes of
// shingles), so the guard runs in a clone that does not have the set itself.
import { createHash } from 'node:crypto';
import { normalize } from './language/normalize';
import { tokenize } from './language/tokenize';

/** Shingle overlap from which two texts count as the same question. */
const NEAR = 0.5;

export interface Fingerprint {
  /** Hash of the folded word sequence. */
  exact: string;
  /** Hashes of the word trigrams (the whole text when it has fewer than three words). */
  shingles: number[];
}

const hash32 = (text: string): number => createHash('sha256').update(text).digest().readUInt32LE(0);

export function fingerprint(text: string): Fingerprint {
  const words = tokenize(normalize(text));
  const shingles = new Set<number>();
  if (words.length < 3) shingles.add(hash32(words.join(' ')));
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(hash32(words.slice(i, i + 3).join(' ')));
  return { exact: createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16), shingles: [...shingles].sort((a, b) => a - b) };
}

/** How similar two fingerprints are: 1 for the same words, else the shingles' Jaccard overlap. */
function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.exact === b.exact) return 1;
  const other = new Set(b.shingles);
  const shared = a.shingles.filter((s) => other.has(s)).length;
  return shared / (a.shingles.length + b.shingles.length - shared || 1);
}

export const isNearDuplicate = (a: Fingerprint, b: Fingerprint): boolean => similarity(a, b) >= NEAR;

/** How much of the shorter text the longer one contains (shared shingles over the smaller set): a short question inside a long story counts. */
export function containment(a: Fingerprint, b: Fingerprint): number {
  if (a.exact === b.exact) return 1;
  const other = new Set(b.shingles);
  const shared = a.shingles.filter((s) => other.has(s)).length;
  return shared / (Math.min(a.shingles.length, b.shingles.length) || 1);
}

/** Fingerprints indexed by shingle, so that thousands of lines are checked against thousands quickly. */
export class NearDuplicateIndex<T> {
  private readonly byShingle = new Map<number, number[]>();
  private readonly items: Array<{ print: Fingerprint; value: T }> = [];

  /** How many fingerprints were added (it only grows). */
  get size(): number {
    return this.items.length;
  }

  add(print: Fingerprint, value: T): void {
    const i = this.items.push({ print, value }) - 1;
    for (const s of print.shingles) this.byShingle.set(s, [...(this.byShingle.get(s) ?? []), i]);
  }

  /** The first indexed value that the fingerprint nearly duplicates. */
  find(print: Fingerprint): T | undefined {
    const seen = new Set<number>();
    for (const s of print.shingles) {
      for (const i of this.byShingle.get(s) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        if (isNearDuplicate(print, this.items[i]!.print)) return this.items[i]!.value;
      }
    }
    return undefined;
  }
}
