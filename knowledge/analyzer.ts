// The language pipeline of the retrieval: normalize → tokenize → drop stop words → correct typos →
// synonyms and thesaurus → stem → decompound. Turns a text into weighted index terms. The knowledge
// side and the question side go through the same steps; only the question side is spell-corrected
// (against the knowledge vocabulary).
import { Decompounder } from './language/decompound';
import { GERMAN, type LanguageProfile } from './language/profile';
import { PARTICLES } from './language/separable';
import { SpellingCorrector } from './language/spelling';
import { Synonyms } from './language/synonyms';
import { Thesaurus } from './language/thesaurus';
import { tokenize } from './language/tokenize';

/** Weight of a term that only came from a compound's part or a synonym, relative to a word as typed. */
const PART_WEIGHT = 0.5;
const UNKNOWN_COMPOUND_PART_WEIGHT = 0.75;
const SYNONYM_WEIGHT = 0.8;
/** The thesaurus was not written for this town: its words count less than the editors' synonyms. */
const THESAURUS_WEIGHT = 0.4;
const MIN_COMPOUND = 7;
const MIN_MODIFIER = 4;
const MIN_HEAD = 4;

export type Terms = Map<string, number>;
const NO_PARTS: string[] = [];

function add(terms: Terms, term: string, weight: number): void {
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
}

/** Normalized content words of a text (stop words removed). */
export function contentWords(text: string, profile: LanguageProfile = GERMAN): string[] {
  // Normalizing the whole text once is much cheaper than word by word; folding never crosses a space.
  return tokenize(profile.normalize(text)).filter((w) => w.length > 1 && !profile.stopwords.has(w));
}

export interface AnalyzeOptions {
  /** Correct typos towards the knowledge vocabulary (questions only). */
  correct?: boolean;
  /** The weight of a typed word (everyday words count less). */
  weightOf?: (word: string) => number;
}

export class Analyzer {
  readonly synonyms: Synonyms;
  private readonly thesaurus: Thesaurus;
  private readonly speller = new SpellingCorrector();
  private readonly stems = new Set<string>();
  /** Stems of the knowledge vocabulary, computed once (questions' unknown words are stemmed fresh, not cached). */
  private readonly stemCache = new Map<string, string>();
  private readonly splitCache = new Map<string, string[]>();
  private readonly decompounder = new Decompounder((w) => this.stemCache.has(w) || this.stems.has(w));

  constructor(private readonly profile: LanguageProfile = GERMAN) {
    // The synonym groups and the thesaurus are German: an English question gets none of them.
    this.synonyms = profile.german ? new Synonyms() : new Synonyms([]);
    this.thesaurus = profile.german ? new Thesaurus() : new Thesaurus([]);
  }

  /**
   * Teaches the analyzer the vocabulary of a knowledge text's content words (before the index is built).
   * `spell`: typos are corrected towards these words (off for long body texts, whose rare words would
   * mostly attract false corrections and cost memory).
   */
  learn(words: readonly string[], spell = true): void {
    for (const word of words) {
      if (spell) this.speller.add(word);
      if (this.stemCache.has(word)) continue;
      const s = this.profile.stem(word);
      this.stemCache.set(word, s);
      this.stems.add(s);
    }
  }

  /** A normalized word as the knowledge spells it: itself when known, else its typo's correction, if there is one ("öffnungszeitn" → "öffnungszeiten"). */
  spelled(word: string): string {
    return this.knows(word) ? word : (this.speller.correct(word) ?? word);
  }

  /** Whether a normalized word is one of the knowledge's as written (not only by its stem). */
  learned(word: string): boolean {
    return this.stemCache.has(word);
  }

  knows(word: string): boolean {
    return this.stemCache.has(word) || this.stems.has(this.stemOf(word));
  }

  /**
   * Whether a question's word names something known: as typed, as a typo or participle of a known
   * word, or by a part of a compound, also its head alone ("Trinkwasser": "Wasser").
   */
  recognizes(word: string): boolean {
    if (this.knows(word) || this.knows(this.understand(word)) || this.splitOf(word).some((part) => this.knows(part))) return true;
    // A synonym of a known word ("kiga gebühren?": the Kita's fees, not a point without a matter).
    const canonical = this.synonyms.canonicalOf(word);
    if (canonical !== undefined && this.knows(canonical)) return true;
    for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
      const head = word.slice(cut);
      if (!this.profile.stopwords.has(head) && this.knows(head)) return true;
    }
    return false;
  }

  private knownModifier(word: string): string[] {
    for (let cut = word.length - MIN_HEAD; cut >= MIN_MODIFIER; cut--) {
      const modifier = word.slice(0, cut);
      if (!this.profile.stopwords.has(modifier) && this.knows(modifier)) return [modifier, word.slice(cut)];
    }
    return NO_PARTS;
  }

  /**
   * An unknown word of a question: a participle of a known verb ("gelöscht" → "löscht"), also of a
   * separable one ("abgebucht" → "abbucht", "angemeldet" → "anmeldet"), or a typo of a known word.
   */
  private understand(word: string): string {
    if (!this.profile.german) return this.speller.correct(word) ?? word;
    if (word.startsWith('ge') && word.length > 5 && this.knows(word.slice(2))) return word.slice(2);
    for (const particle of PARTICLES) {
      if (!word.startsWith(`${particle}ge`) || word.length < particle.length + 5) continue;
      const verb = particle + word.slice(particle.length + 2);
      if (this.knows(verb)) return verb;
    }
    return this.speller.correct(word) ?? word;
  }

  /** The term a word is indexed under (its stem), without its parts or related words. */
  termOf(word: string): string {
    return this.stemOf(word);
  }

  private stemOf(word: string): string {
    return this.stemCache.get(word) ?? this.profile.stem(word);
  }

  private splitOf(word: string): string[] {
    const cached = this.splitCache.get(word);
    if (cached) return cached;
    let split = this.decompounder.split(word).filter((p) => !this.profile.stopwords.has(p));
    // A question's compound whose modifier is a known word but whose head is not ("Reisepassverlängerung"
    // when the knowledge only says "verlängern") is still understood through its modifier.
    if (!split.length && !this.stemCache.has(word)) split = this.knownModifier(word);
    const parts = split.length ? split : NO_PARTS;
    if (this.stemCache.has(word)) this.splitCache.set(word, parts);
    return parts;
  }

  /** The weighted terms of a text's content words. */
  analyze(words: readonly string[], { correct = false, weightOf = () => 1 }: AnalyzeOptions = {}): Terms {
    const terms: Terms = new Map();
    for (const typed of words) {
      const word = correct && !this.knows(typed) ? this.understand(typed) : typed;
      this.addWord(terms, word, weightOf(typed));
    }
    return terms;
  }

  private addWord(terms: Terms, word: string, weight: number): void {
    // English has few closed compounds; its long words are not split (German ones mixed in are learned whole).
    const parts = this.profile.german && word.length >= MIN_COMPOUND ? this.splitOf(word) : NO_PARTS;
    // A compound the knowledge never uses ("Reisepassverlängerung") is understood through its parts;
    // the unknown whole keeps some weight, so that a new concept ("Kindergeld") is not mistaken for its parts.
    const unknownCompound = parts.length > 0 && !this.knows(word);
    add(terms, this.stemOf(word), unknownCompound ? weight * PART_WEIGHT : weight);
    const canonical = this.synonyms.canonicalOf(word);
    if (canonical) add(terms, this.stemOf(canonical), weight * SYNONYM_WEIGHT);
    for (const related of this.thesaurus.related(this.stemOf(word))) add(terms, this.stemOf(related), weight * THESAURUS_WEIGHT);
    const partWeight = unknownCompound ? weight * UNKNOWN_COMPOUND_PART_WEIGHT : weight * PART_WEIGHT;
    for (const part of parts) {
      add(terms, this.stemOf(part), partWeight);
      const partCanonical = this.synonyms.canonicalOf(part);
      if (partCanonical) add(terms, this.stemOf(partCanonical), partWeight * SYNONYM_WEIGHT);
    }
  }
}
