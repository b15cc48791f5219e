// German compounds are split against the vocabulary of the knowledge base, so that
// "Reisepassverlängerung" finds "Reisepass" and "Verlängerung", and "Restmülltonne" finds "Mülltonne".
// Works on normalized words. Greedy from the right (the head of a German compound is its last part),
// allowing the linking elements -s-, -n-, -en-, -e-, -es-.

const LINKS = ['', 's', 'n', 'en', 'e', 'es'];
const MIN_PART = 3;

export class Decompounder {
  constructor(private readonly isWord: (word: string) => boolean) {}

  /** The parts of a compound (2 or more), or [] when the word is not a compound of known words. */
  split(word: string): string[] {
    return this.splitFrom(word, 0) ?? [];
  }

  private splitFrom(word: string, depth: number): string[] | undefined {
    if (depth > 3 || word.length < 2 * MIN_PART) return undefined;
    // Prefer the longest head: "hundesteuer" → "hunde" + "steuer", not "hundesteu" + "er".
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      const head = word.slice(cut);
      if (!this.isWord(head)) continue;
      const modifier = word.slice(0, cut);
      for (const link of LINKS) {
        if (link && !modifier.endsWith(link)) continue;
        const base = modifier.slice(0, modifier.length - link.length);
        if (base.length < MIN_PART) continue;
        if (this.isWord(base)) return [base, head];
        const deeper = this.splitFrom(base, depth + 1);
        if (deeper) return [...deeper, head];
      }
    }
    return undefined;
  }
}
