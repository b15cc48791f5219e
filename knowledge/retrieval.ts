// The retrieval half of the router: BM25F over the fields of each topic (title, synonyms, example
// questions, summary, details) with the language pipeline of analyzer.ts. For a question it gives
// each matching topic a score and says how much of the question the topic explains with the words
// that name it (title, synonyms, example questions) — a question whose subject the knowledge does
// not contain meets topics only in body text or through everyday words, and is explained little.
import { Analyzer, contentWords, type Terms } from './analyzer';
import { isFacetWord } from './language/facets';
import { isGenericWord } from './language/generic';
import { GERMAN, type LanguageProfile } from './language/profile';
import { separableVerbs } from './language/separable';

/** What the router indexes for one topic. */
export interface TopicDoc {
  id: string;
  kind: TopicKind;
  title: string;
  synonyms: string[];
  questions: string[];
  summary?: string;
  /** Everything else the answer says (documents, fees, procedure …). */
  text?: string;
}

export type TopicKind = 'answer' | 'flow' | 'system';

/** Field weights: the words an editor chose to name a topic count more than its body text. */
const FIELDS = { title: 3, synonyms: 2.5, questions: 1.5, summary: 1, text: 0.3 } as const;
const K1 = 1.2;
const B = 0.5;
/** A term counts as fully present in a topic's naming fields once its weighted frequency there reaches this value. */
const PRESENT_AT = 1.5;
/**
 * A word the knowledge does not contain at all counts with this share of the rarest word's IDF in
 * the question's information mass: stories around a question bring unknown words ("Fichte",
 * "Herbst"), but a question made only of unknown words is about something else.
 */
const UNKNOWN_SHARE = 0.8;
/** BM25 score, in units of the rarest term's IDF (so it holds for any number of topics), at which the match strength reaches 63 %. */
const SCORE_SCALE = 1.35;
/** Query weight of a facet word ("kostet", "dauert", "Termin") relative to a topic word. */
const FACET_WEIGHT = 0.3;
/** Query weight of an everyday word ("kaufen", "bestellen") relative to a topic word. */
const GENERIC_WEIGHT = 0.4;

/** A topic found for a question. */
export interface Match {
  doc: number;
  score: number;
  /**
   * How well the topic fits, 0–1: half the share of the question's information the topic's naming
   * words explain, half the absolute strength of the match.
   */
  fit: number;
}

/** A growable Int32Array/Float32Array pair: the build appends millions of numbers without an object per number. */
class NumberList<T extends Int32Array | Float32Array> {
  length = 0;
  constructor(public data: T) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

export class RetrievalIndex {
  readonly analyzer: Analyzer;
  /** Term → term id; the postings of term t are docs/tfs[postingStart[t] .. postingStart[t + 1]). */
  private readonly termIds = new Map<string, number>();
  private readonly postingStart: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingTfs: Float32Array;
  /** Per posting: the weighted frequency in the fields that name the topic (title, synonyms, questions). */
  private readonly postingNamingTfs: Float32Array;
  private readonly lengthNorm: Float64Array;
  private readonly maxIdf: number;
  private readonly ignored: Set<string>;

  constructor(
    readonly docs: readonly TopicDoc[],
    /** Names that say where, not what (the town and its districts): ignored for ranking. */
    placeNames: readonly string[] = [],
    private readonly profile: LanguageProfile = GERMAN,
  ) {
    this.analyzer = new Analyzer(profile);
    this.ignored = new Set(placeNames.flatMap((name) => contentWords(name, profile)));
    // Pass 1: the vocabulary (decompounding needs every word). Each distinct word is learned once;
    // a word's occurrences are kept as ids with their field weight, so pass 2 tokenizes nothing again.
    const wordIds = new Map<string, number>();
    const words: string[] = [];
    const spelled: boolean[] = [];
    const occurrences = new NumberList(new Int32Array(1 << 16));
    const occurrenceWeights = new NumberList(new Float32Array(1 << 16));
    const docStart = new Int32Array(docs.length + 1);
    docs.forEach((doc, i) => {
      for (const { text, weight } of fieldTexts(doc)) {
        // Long body texts do not teach typo correction: their rare words would mostly attract false corrections.
        const spell = weight > FIELDS.text;
        for (const word of this.words(text)) {
          let id = wordIds.get(word);
          if (id === undefined) {
            wordIds.set(word, (id = words.push(word) - 1));
            spelled.push(false);
          }
          if (spell && !spelled[id]) spelled[id] = true;
          occurrences.push(id);
          occurrenceWeights.push(weight);
        }
      }
      docStart[i + 1] = occurrences.length;
    });
    words.forEach((word, id) => this.analyzer.learn([word], spelled[id]));

    // Pass 2: the terms of each distinct word once (flat arrays: word w's terms are at
    // wordTermStart[w] ..), then each topic's weighted term frequencies.
    const wordTermStart = new Int32Array(words.length + 1);
    const wordTerms = new NumberList(new Int32Array(words.length * 2 + 16));
    const wordTermWeights = new NumberList(new Float32Array(words.length * 2 + 16));
    words.forEach((word, w) => {
      for (const [term, weight] of this.analyzer.analyze([word])) {
        let id = this.termIds.get(term);
        if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
        wordTerms.push(id);
        wordTermWeights.push(weight);
      }
      wordTermStart[w + 1] = wordTerms.length;
    });
    const termCount = this.termIds.size;
    const tf = new Float64Array(termCount);
    const namingTf = new Float64Array(termCount);
    const seen = new Int32Array(termCount);
    const pairDocs = new NumberList(new Int32Array(1 << 16));
    const pairTerms = new NumberList(new Int32Array(1 << 16));
    const pairTfs = new NumberList(new Float32Array(1 << 16));
    const pairNamingTfs = new NumberList(new Float32Array(1 << 16));
    const lengths = new Float64Array(docs.length);
    const occurrenceIds = occurrences.data;
    const occurrenceWeightData = occurrenceWeights.data;
    const termData = wordTerms.data;
    const termWeightData = wordTermWeights.data;
    for (let i = 0; i < docs.length; i++) {
      let length = 0;
      let seenCount = 0;
      for (let k = docStart[i]!; k < docStart[i + 1]!; k++) {
        const word = occurrenceIds[k]!;
        const fieldWeight = occurrenceWeightData[k]!;
        for (let j = wordTermStart[word]!; j < wordTermStart[word + 1]!; j++) {
          const term = termData[j]!;
          const f = termWeightData[j]! * fieldWeight;
          if (tf[term] === 0) seen[seenCount++] = term;
          tf[term]! += f;
          // Title, synonyms and example questions are the editor's words for what the topic is about.
          if (fieldWeight >= FIELDS.questions) namingTf[term]! += f;
          length += f;
        }
      }
      lengths[i] = length;
      for (let j = 0; j < seenCount; j++) {
        const term = seen[j]!;
        pairDocs.push(i);
        pairTerms.push(term);
        pairTfs.push(tf[term]!);
        pairNamingTfs.push(namingTf[term]!);
        tf[term] = 0;
        namingTf[term] = 0;
      }
    }
    // The postings in one block per term (counting sort by term; topics stay in ascending order).
    const terms = termCount;
    this.postingStart = new Int32Array(terms + 1);
    for (let k = 0; k < pairTerms.length; k++) this.postingStart[pairTerms.data[k]! + 1]!++;
    for (let t = 0; t < terms; t++) this.postingStart[t + 1]! += this.postingStart[t]!;
    this.postingDocs = new Int32Array(pairTerms.length);
    this.postingTfs = new Float32Array(pairTerms.length);
    this.postingNamingTfs = new Float32Array(pairTerms.length);
    const fill = this.postingStart.slice(0, terms);
    for (let k = 0; k < pairTerms.length; k++) {
      const at = fill[pairTerms.data[k]!]!++;
      this.postingDocs[at] = pairDocs.data[k]!;
      this.postingTfs[at] = pairTfs.data[k]!;
      this.postingNamingTfs[at] = pairNamingTfs.data[k]!;
    }
    const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    this.lengthNorm = lengths.map((length) => K1 * (1 - B + (B * length) / (avg || 1)));
    this.maxIdf = this.idf(0);
  }

  /** Content words of a text without the town's place names. */
  words(text: string): string[] {
    return contentWords(text, this.profile).filter((w) => !this.ignored.has(w));
  }

  /** Whether a topic's own texts use a word (its stem; not its compound parts or related words). */
  uses(doc: number, word: string): boolean {
    const t = this.termIds.get(this.analyzer.termOf(word));
    if (t === undefined) return false;
    for (let i = this.postingStart[t]!; i < this.postingStart[t + 1]!; i++) if (this.postingDocs[i] === doc) return true;
    return false;
  }

  private idf(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The weighted terms of a question. */
  query(text: string): Terms {
    const words = this.words(text);
    if (!this.profile.german) return this.analyzer.analyze(words, { correct: true });
    words.push(...separableVerbs(text, (w) => this.analyzer.knows(w)));
    // Facet words ("kostet", "dauert", "Termin") say what about, not which topic, and everyday words
    // ("kaufen", "machen") say neither: both count less than the words that name a subject.
    return this.analyzer.analyze(words, { correct: true, weightOf: (w) => (isFacetWord(w) ? FACET_WEIGHT : isGenericWord(w) ? GENERIC_WEIGHT : 1) });
  }

  /** The best `k` topics for a question, best first. */
  search(text: string, k = 8): Match[] {
    const query = this.query(text);
    // Dense score arrays and a list of touched topics: fast with 10,000 topics and common terms.
    const scores = new Float64Array(this.docs.length);
    const explained = new Float64Array(this.docs.length);
    const touched: number[] = [];
    let mass = 0;
    for (const [term, qw] of query) {
      const t = this.termIds.get(term);
      const from = t === undefined ? 0 : this.postingStart[t]!;
      const to = t === undefined ? 0 : this.postingStart[t + 1]!;
      const idf = t !== undefined ? this.idf(to - from) : this.maxIdf * UNKNOWN_SHARE;
      mass += qw * idf;
      for (let i = from; i < to; i++) {
        const doc = this.postingDocs[i]!;
        const tf = this.postingTfs[i]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += (qw * idf * tf * (K1 + 1)) / (tf + this.lengthNorm[doc]!);
        // Only the words that name the topic explain the question: a word found in the body text alone
        // ("kaufen" in a sentence about fees) adds to the match strength, not to what the topic is about.
        explained[doc]! += qw * idf * Math.min(1, this.postingNamingTfs[i]! / PRESENT_AT);
      }
    }
    if (mass === 0) return [];
    return topK(touched, scores, k).map((doc) => {
      const strength = 1 - Math.exp(-scores[doc]! / (SCORE_SCALE * this.maxIdf));
      return { doc, score: scores[doc]!, fit: 0.5 * (explained[doc]! / mass) + 0.5 * strength };
    });
  }
}

function fieldTexts(doc: TopicDoc): Array<{ text: string; weight: number }> {
  return [
    { text: doc.title, weight: FIELDS.title },
    ...doc.synonyms.map((text) => ({ text, weight: FIELDS.synonyms })),
    ...doc.questions.map((text) => ({ text, weight: FIELDS.questions })),
    { text: doc.summary ?? '', weight: FIELDS.summary },
    { text: doc.text ?? '', weight: FIELDS.text },
  ];
}

/** The k best topics by score, best first (partial selection: no full sort of thousands of topics). */
function topK(touched: number[], scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (const doc of touched) {
    if (best.length === k && scores[doc]! <= scores[best[k - 1]!]!) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && scores[best[i - 1]!]! < scores[doc]!) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = doc;
  }
  return best;
}
