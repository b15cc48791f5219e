// What the learned classifier sees of a message: sparse features in three blocks.
//  - words: the stems of content words, plus (weaker) the words they stand for in the editors'
//    synonym groups and in the thesaurus ("Jawort" also gives "Heirat");
//  - letters: character 3- to 5-grams of each content word, which carry compounds
//    ("Restmülltonne"), dialect endings ("Pässle", "Büchle") and typos ("Reisepas", "Persoanlausweis");
//  - function words ("wer", "du", "bist"), weak, because "Wer bist du?" has nothing else.
// The town's own place names (its Ortsteile) all become one word, "a place of ours": moving from one
// Ortsteil to another is an Ummeldung whichever two they are.
// Each block is scaled to unit length, so a long story weighs as much as a short question; the
// sentence that asks (the last question of a story) counts once more.
import { GERMAN, type LanguageProfile } from './language/profile';
import { Synonyms } from './language/synonyms';
import { Thesaurus } from './language/thesaurus';
import { tokenize } from './language/tokenize';

/** A sparse feature vector: features (32-bit hashes of block and text, no strings built) and their values. */
export interface Features {
  keys: Uint32Array;
  values: Float32Array;
}

export interface FeatureOptions {
  /** Block weights after each block is scaled to unit length. */
  words: number;
  letters: number;
  functionWords: number;
  /** Extra weight of the asking sentence of a message with several sentences. */
  question: number;
  /** Weight of a word reached through a synonym group or the thesaurus, relative to a word as typed. */
  related: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { words: 1, letters: 1, functionWords: 0.3, question: 0.5, related: 0.5 };

const MIN_GRAM = 3;
const MAX_GRAM = 5;

type Block = 'w' | 'c' | 'f';
const SEED: Record<Block, number> = { w: 0x811c9dc5, c: 0x5bd1e995, f: 0x27d4eb2d };
/** The block is kept in the two lowest bits of a feature. */
const TAG: Record<Block, number> = { w: 0, c: 1, f: 2 };

/** FNV-1a over the characters of `text[from, to)`, continuing from `hash`. */
function fnv(hash: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The word every place name of the town becomes (no real stem contains "<"). */
const PLACE = '<ort>';

const tagged = (hash: number, block: Block): number => ((hash & ~3) | TAG[block]) >>> 0;

export class Featurizer {
  private readonly stems = new Map<string, string>();
  /** Reused between calls: featurizing thousands of texts allocates almost nothing. */
  private readonly scratch = new FeatureSums();
  private readonly blockWeights: Float64Array;
  private readonly places: ReadonlySet<string>;

  constructor(
    private readonly options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
    /** The town's place names (folded words). */
    places: readonly string[] = [],
    private readonly profile: LanguageProfile = GERMAN,
    private readonly synonyms: Synonyms = languageSynonyms(profile),
    private readonly thesaurus: Thesaurus = languageThesaurus(profile),
  ) {
    this.blockWeights = Float64Array.of(options.words, options.letters, options.functionWords);
    this.places = new Set(places.flatMap((p) => tokenize(profile.normalize(p))));
  }

  /** The features of a text. */
  features(text: string): Features {
    const sums = this.scratch;
    sums.reset();
    const sentences = askingSentence(text);
    this.addText(sentences.all, 1);
    if (sentences.asking) this.addText(sentences.asking, this.options.question);
    const norms = new Float64Array(3);
    for (let i = 0; i < sums.size; i++) norms[sums.keys[i]! & 3]! += sums.values[i]! * sums.values[i]!;
    // "Was kannst du alles?" has nothing but function words: then they are all there is to go by.
    const onlyFunctionWords = norms[TAG.w] === 0 && norms[TAG.c] === 0;
    for (let b = 0; b < 3; b++) {
      const weight = onlyFunctionWords && b === TAG.f ? this.options.words : this.blockWeights[b]!;
      norms[b] = norms[b]! > 0 ? weight / Math.sqrt(norms[b]!) : 0;
    }
    const keys = sums.keys.slice(0, sums.size);
    const values = new Float32Array(sums.size);
    for (let i = 0; i < sums.size; i++) values[i] = sums.values[i]! * norms[keys[i]! & 3]!;
    return { keys, values };
  }

  private bump(hash: number, block: Block, by: number): void {
    const key = tagged(hash, block);
    this.scratch.add(key, by);
  }

  private addText(text: string, weight: number): void {
    for (const word of tokenize(this.profile.normalize(text))) {
      if (word.length < 2 || this.profile.stopwords.has(word)) {
        this.bump(fnv(SEED.f, word), 'f', weight);
        continue;
      }
      if (this.places.has(word)) {
        this.bump(fnv(SEED.w, PLACE), 'w', weight);
        continue;
      }
      const s = this.stem(word);
      this.bump(fnv(SEED.w, s), 'w', weight);
      this.addLetters(word, weight);
      // A word the editors or the thesaurus relate to another ("Floriansjünger" → "Feuerwehrmann")
      // also brings the other word's stem and letters, more weakly.
      const canonical = this.synonyms.canonicalOf(word);
      for (const related of canonical ? [canonical, ...this.thesaurus.related(s)] : this.thesaurus.related(s)) {
        this.bump(fnv(SEED.w, this.stem(related)), 'w', weight * this.options.related);
        this.addLetters(related, weight * this.options.related);
      }
    }
  }

  private addLetters(word: string, weight: number): void {
    const padded = `<${word}>`;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let i = 0; i + n <= padded.length; i++) this.bump(fnv(SEED.c + n, padded, i, i + n), 'c', weight);
    }
  }

  private stem(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = this.profile.stem(word);
      // Questions bring endless new words; only a bounded number is remembered.
      if (this.stems.size < 200_000) this.stems.set(word, s);
    }
    return s;
  }
}

/** The German synonym groups and thesaurus, for German only. */
const languageSynonyms = (profile: LanguageProfile): Synonyms => (profile.german ? new Synonyms() : new Synonyms([]));
const languageThesaurus = (profile: LanguageProfile): Thesaurus => (profile.german ? new Thesaurus() : new Thesaurus([]));

/** The language data the features depend on, as one string: a model trained with other data is not reused. */
export function featureSignature(profile: LanguageProfile = GERMAN): string {
  const data = [[...profile.stopwords], languageSynonyms(profile).pairs(), languageThesaurus(profile).pairs(), MIN_GRAM, MAX_GRAM];
  // The German signature stays as it was, so that models and calibrations made before English came remain valid.
  return JSON.stringify(profile.german ? data : [...data, profile.language]);
}

/** Whether a feature is a word feature (kept even when only one example has it). */
export const isWordFeature = (feature: number): boolean => (feature & 3) === TAG.w;

/**
 * A story's question is usually its last sentence that asks ("…, was muss ich tun?"), or its last
 * sentence. Only messages with several sentences have one.
 */
function askingSentence(text: string): { all: string; asking?: string } {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => tokenize(s).length > 0);
  if (sentences.length < 2) return { all: text };
  const asking = [...sentences].reverse().find((s) => s.endsWith('?')) ?? sentences[sentences.length - 1]!;
  return { all: text, asking };
}

/**
 * Sums per feature in flat typed arrays with an open-addressing index: featurizing thousands of
 * texts with a Map per text spent most of its time collecting garbage.
 */
class FeatureSums {
  keys = new Uint32Array(1024);
  values = new Float64Array(1024);
  size = 0;
  /** Slot → entry index + 1 (0: empty); a power of two, at most half full. */
  private slots = new Int32Array(4096);

  reset(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  add(key: number, by: number): void {
    const mask = this.slots.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) break;
      if (this.keys[at - 1] === key) {
        this.values[at - 1]! += by;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (this.size === this.keys.length) this.grow();
    this.keys[this.size] = key;
    this.values[this.size] = by;
    this.slots[slot] = ++this.size;
    if (this.size * 2 > this.slots.length) this.rehash();
  }

  private grow(): void {
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let i = 0; i < this.size; i++) {
      let slot = Math.imul(this.keys[i]!, 0x9e3779b1) >>> 0 & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    }
  }
}
