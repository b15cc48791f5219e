// The learned half of the router: a classifier trained on the corpus and on the editors' own words
// for each topic (title, synonyms, example questions). A trained model is kept per content: in
// memory for the process and, when a cache folder is given, on disk, so that a restart with
// unchanged knowledge does not train again. Changed knowledge trains a new model.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_TRAIN_OPTIONS,
  predictServed,
  quantize,
  training,
  trainNow,
  type LinearWeights,
  type Sample,
  type ServedWeights,
  type TrainOptions,
} from './classifier';
import { DEFAULT_FEATURE_OPTIONS, Featurizer, isWordFeature, type FeatureOptions } from './features';
import { profileOf } from './language/profile';
import type { Example } from './training';

/** Bump when the features or the training change in a way the content hash cannot see. */
const MODEL_VERSION = 3;

export interface ModelOptions {
  features: FeatureOptions;
  train: TrainOptions;
  /** The town's place names, which the features treat as one word. */
  places: readonly string[];
  /** English models only (German is the default and leaves the field out, so German model keys stay as they were). */
  language?: 'en';
}
export const DEFAULT_MODEL_OPTIONS: ModelOptions = { features: DEFAULT_FEATURE_OPTIONS, train: DEFAULT_TRAIN_OPTIONS, places: [] };

const featurizerFor = (options: ModelOptions): Featurizer => new Featurizer(options.features, options.places, profileOf(options.language));

/** A trained classifier: probability of each class for a text. */
export class TopicModel {
  private readonly classIndex: Map<string, number>;
  /** Feature → row of the weights. Keyed by the feature as a signed 32-bit integer: V8 keeps those in the map itself, an unsigned one above 2³¹ as a number object of its own (90,000 of them for both models). */
  private readonly rows: Map<number, number>;
  private readonly weights: ServedWeights;

  constructor(
    readonly classes: readonly string[],
    /** The features in the order of the weights' rows. */
    private readonly vocabulary: readonly number[],
    weights: LinearWeights | ServedWeights,
    private readonly featurizer: Featurizer,
  ) {
    this.classIndex = new Map(classes.map((c, i) => [c, i]));
    this.rows = new Map(vocabulary.map((feature, row) => [feature | 0, row]));
    this.weights = 'scale' in weights ? weights : quantize(weights);
  }

  /** Probabilities of all classes, in the order of `classes`. */
  probabilities(text: string): Float64Array {
    const { keys, values } = this.featurizer.features(text);
    const index: number[] = [];
    const value: number[] = [];
    keys.forEach((feature, i) => {
      const row = this.rows.get(feature | 0);
      if (row !== undefined) {
        index.push(row);
        value.push(values[i]!);
      }
    });
    return predictServed(this.weights, index, value);
  }

  indexOf(label: string): number | undefined {
    return this.classIndex.get(label);
  }

  /** Serialized: a JSON head, the bias as raw float32 and the weights as raw int16. */
  toBuffer(): Buffer {
    const head = Buffer.from(JSON.stringify({ classes: this.classes, vocabulary: this.vocabulary, scale: this.weights.scale }));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(head.length);
    return Buffer.concat([size, head, Buffer.from(this.weights.bias.buffer), Buffer.from(this.weights.weights.buffer)]);
  }

  /** A model from its file form; `featurizer` must be built with the options it was trained with. */
  static fromBuffer(buffer: Buffer, featurizer: Featurizer): TopicModel {
    const headLength = buffer.readUInt32LE(0);
    const head = z
      .object({ classes: z.array(z.string()), vocabulary: z.array(z.number().int()), scale: z.number().positive() })
      .parse(JSON.parse(buffer.subarray(4, 4 + headLength).toString('utf8')));
    const classes = head.classes.length;
    const start = buffer.byteOffset + 4 + headLength;
    // Copied out of the file buffer: typed arrays need their element size's alignment.
    const bias = new Float32Array(buffer.buffer.slice(start, start + classes * 4));
    const weights = new Int16Array(buffer.buffer.slice(start + classes * 4, buffer.byteOffset + buffer.length));
    if (bias.length !== classes || weights.length !== classes * head.vocabulary.length) throw new Error('model file does not match its head');
    return new TopicModel(head.classes, head.vocabulary, { classes, weights, scale: head.scale, bias }, featurizer);
  }
}

const FEATURIZE_SLICE = 100;

/** The examples turned into samples over a vocabulary of the features they contain. */
function* prepare(examples: readonly Example[], featurizer: Featurizer): Generator<void, { samples: Sample[]; vocabulary: Map<number, number>; classes: string[] }> {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  // Featurizing the corpus takes about as long as a slice of training per FEATURIZE_SLICE examples.
  const featured: Array<ReturnType<Featurizer['features']>> = [];
  for (const e of examples) {
    featured.push(featurizer.features(e.text));
    if (featured.length % FEATURIZE_SLICE === 0) yield;
  }
  // Letter and pair features seen in one example only teach nothing that generalizes.
  const counts = new Map<number, number>();
  for (const f of featured) for (const feature of f.keys) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = new Map<number, number>();
  for (const [feature, count] of counts) if (count > 1 || isWordFeature(feature)) vocabulary.set(feature, vocabulary.size);
  const samples = featured.map((f, n) => {
    const index: number[] = [];
    const value: number[] = [];
    for (let i = 0; i < f.keys.length; i++) {
      const at = vocabulary.get(f.keys[i]!);
      if (at === undefined) continue;
      index.push(at);
      value.push(f.values[i]!);
    }
    return { index: Int32Array.from(index), value: Float32Array.from(value), label: classIndex.get(examples[n]!.label)! };
  });
  return { samples, vocabulary, classes };
}

/** The training run for a set of examples; `trainNow` or a sliced loop finishes it. */
export function* trainModel(examples: readonly Example[], options: ModelOptions = DEFAULT_MODEL_OPTIONS, featurizer = featurizerFor(options)): Generator<void, TopicModel> {
  const { samples, vocabulary, classes } = yield* prepare(examples, featurizer);
  const weights = yield* training(samples, vocabulary.size, classes.length, options.train);
  return new TopicModel(classes, [...vocabulary.keys()], weights, featurizer);
}

/** What a model is trained from, as a hash: equal content, equal model. */
export function modelKey(examples: readonly Example[], options: ModelOptions, signature: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ v: MODEL_VERSION, options, signature }));
  for (const e of examples) hash.update(`${e.label}\t${e.text}\n`);
  return hash.digest('hex').slice(0, 32);
}

const inProcess = new Map<string, TopicModel>();
/** Trainings under way in this process, by key. */
const underway = new Map<string, Promise<TopicModel>>();

interface LoadOptions {
  key: string;
  cacheDir?: string;
  model?: ModelOptions;
  yieldEvery?: () => Promise<void>;
}

/**
 * The model for these examples: from memory, from the cache folder, or trained (and cached).
 * `yieldEvery` lets the event loop run between slices of training (a reload in a running assistant).
 */
export async function loadOrTrain(examples: readonly Example[], options: LoadOptions): Promise<TopicModel> {
  const found = cached(options.key, options.cacheDir, options.model);
  if (found) return found;
  // Two knowledge bases in one process (instances of a test, an editor's burst of changes) train a
  // model once; should the other caller stop its training, this one trains on its own.
  const running = underway.get(options.key);
  if (running) {
    try {
      return await running;
    } catch {
      // stopped by its caller
    }
  }
  const run = trainInSlices(examples, options);
  underway.set(options.key, run);
  try {
    return await run;
  } finally {
    if (underway.get(options.key) === run) underway.delete(options.key);
  }
}

async function trainInSlices(examples: readonly Example[], options: LoadOptions): Promise<TopicModel> {
  const run = trainModel(examples, options.model);
  let step = run.next();
  while (!step.done) {
    await options.yieldEvery?.();
    step = run.next();
  }
  return remember(options.key, step.value, options.cacheDir);
}

/** The same, synchronously (start-up, scripts). */
export function loadOrTrainNow(examples: readonly Example[], options: Omit<LoadOptions, 'yieldEvery'>): TopicModel {
  return cached(options.key, options.cacheDir, options.model) ?? remember(options.key, trainNow(trainModel(examples, options.model)), options.cacheDir);
}

function cached(key: string, cacheDir: string | undefined, model: ModelOptions = DEFAULT_MODEL_OPTIONS): TopicModel | undefined {
  const inMemory = inProcess.get(key);
  if (inMemory || !cacheDir) return inMemory;
  try {
    const loaded = TopicModel.fromBuffer(readFileSync(path.join(cacheDir, `${key}.model`)), featurizerFor(model));
    inProcess.set(key, loaded);
    return loaded;
  } catch {
    return undefined; // not cached yet, or unreadable: train
  }
}

function remember(key: string, model: TopicModel, cacheDir: string | undefined): TopicModel {
  inProcess.set(key, model);
  if (cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const file = path.join(cacheDir, `${key}.model`);
      // Written whole, then renamed: another instance never reads half a model.
      writeFileSync(`${file}.${process.pid}.tmp`, model.toBuffer());
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      // A read-only or full disk only costs the next start a training run.
    }
  }
  return model;
}
