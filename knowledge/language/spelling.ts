// Typo correction against the vocabulary of the knowledge base ("beantargen" → "beantragen",
// "Wertstofhof" → "Wertstoffhof"). A symmetric-delete index (SymSpell) finds candidates within
// edit distance 2 without comparing against every word, so it stays fast with a large vocabulary.
// Candidates are verified with the optimal-string-alignment distance (a swap counts as one edit).

/** Optimal string alignment distance (Levenshtein plus adjacent transposition). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** How many edits a word of this length may have: none for short words, where typos collide with real words. */
function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

// Delete variants are keyed by a 30-bit polynomial hash instead of the variant string: with a large
// vocabulary the index would otherwise hold hundreds of thousands of strings. A collision only adds
// a candidate, and every candidate is verified with the edit distance.
const BASE = 31;
const KEY_MASK = 0x3fffffff;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, BASE) + word.charCodeAt(i)) | 0;
  return h & KEY_MASK;
}

/** The hash of the word itself and of each variant with one letter deleted, without building the variants. */
function deleteHashes(word: string, out: number[]): void {
  const n = word.length;
  const prefix = new Int32Array(n + 1);
  const power = new Int32Array(n + 1);
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i]!, BASE);
  }
  out.push(prefix[n]! & KEY_MASK);
  for (let i = 0; i < n; i++) {
    // hash(word without letter i) = hash(prefix) · BASE^(rest) + hash(rest)
    const rest = n - i - 1;
    const suffix = (prefix[n]! - Math.imul(prefix[i + 1]!, power[rest]!)) | 0;
    out.push(((Math.imul(prefix[i]!, power[rest]!) + suffix) | 0) & KEY_MASK);
  }
}

export class SpellingCorrector {
  /** Hash of a delete variant → index of the word(s) it comes from; a single word is stored without an array (most keys have one). */
  private readonly byDelete = new Map<number, number | number[]>();
  private readonly words: string[] = [];
  private readonly frequency = new Map<string, number>();
  private readonly keys: number[] = [];

  /** Words are normalized; frequency breaks ties between equally close words. */
  add(word: string, count = 1): void {
    const known = this.frequency.get(word);
    this.frequency.set(word, (known ?? 0) + count);
    if (known !== undefined || allowedEdits(word.length + 2) === 0) return;
    const index = this.words.push(word) - 1;
    this.keys.length = 0;
    deleteHashes(word, this.keys);
    for (const key of this.keys) {
      const known = this.byDelete.get(key);
      if (known === undefined) this.byDelete.set(key, index);
      else if (typeof known === 'number') {
        if (known !== index) this.byDelete.set(key, [known, index]);
      } else if (known[known.length - 1] !== index) known.push(index);
    }
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  /** The closest known word, or undefined when the word is known or nothing is close enough. */
  correct(word: string): string | undefined {
    if (this.frequency.has(word)) return undefined;
    const max = allowedEdits(word.length);
    if (max === 0) return undefined;
    const candidates = new Set<number>();
    const probe = (key: string) => {
      const found = this.byDelete.get(hashOf(key));
      if (typeof found === 'number') candidates.add(found);
      else found?.forEach((w) => candidates.add(w));
    };
    probe(word);
    const firstDeletes = deletes(word);
    firstDeletes.forEach(probe);
    if (max >= 2) for (const d of firstDeletes) deletes(d).forEach(probe);
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestFrequency = -1;
    for (const index of candidates) {
      const candidate = this.words[index]!;
      const distance = editDistance(word, candidate, max);
      const frequency = this.frequency.get(candidate) ?? 0;
      if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
        best = candidate;
        bestDistance = distance;
        bestFrequency = frequency;
      }
    }
    return bestDistance <= max ? best : undefined;
  }
}
