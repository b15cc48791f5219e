// A linear classifier over sparse features: multinomial logistic regression (softmax), trained with
// AdaGrad and L2 regularization. Its output is a probability per class, which the router fuses
// with the retrieval ranking.
//
// Written here rather than taken from a library: the JavaScript libraries for this (natural's
// LogisticRegressionClassifier, ml-logistic-regression, TensorFlow.js) work on dense vectors or
// one-vs-rest models; with ~100,000 sparse features and ~90 classes they need minutes and
// gigabytes, this needs about a second and a few megabytes. The algorithm is the textbook one
// (Bishop, PRML 4.3.4; Duchi et al. 2011 for AdaGrad).

/** One training example: feature indices and values, and the index of its class. */
export interface Sample {
  index: Int32Array;
  value: Float32Array;
  label: number;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** L2 penalty on the weights of the features an example has. */
  l2: number;
  /** Seed of the example order (training is deterministic). */
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 3, rate: 0.3, l2: 1e-3, seed: 7 };

/** Weights of a trained model: weights[f * classes + c], bias[c]. */
export interface LinearWeights {
  classes: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Class probabilities for a sparse input. */
export function predict(model: LinearWeights, index: ArrayLike<number>, value: ArrayLike<number>, out = new Float64Array(model.classes)): Float64Array {
  const { classes: c, weights, bias } = model;
  for (let k = 0; k < c; k++) out[k] = bias[k]!;
  for (let j = 0; j < index.length; j++) {
    const base = index[j]! * c;
    const v = value[j]!;
    for (let k = 0; k < c; k++) out[k]! += weights[base + k]! * v;
  }
  return softmax(out);
}

/**
 * Weights as a served model keeps them: 16-bit integers times one scale, half the memory of
 * float32 (16 MB less for the German and English models); a probability moves by less than 1e-4.
 */
export interface ServedWeights {
  classes: number;
  weights: Int16Array;
  scale: number;
  bias: Float32Array;
}

export function quantize({ classes, weights, bias }: LinearWeights): ServedWeights {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const quantized = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantized[i] = Math.round(weights[i]! / scale);
  return { classes, weights: quantized, scale, bias };
}

/**
 * Class probabilities of a served model. A function of its own rather than `predict` with either
 * kind of array: training runs in serving processes too, and one loop over two array kinds is slower for both.
 */
export function predictServed(model: ServedWeights, index: ArrayLike<number>, value: ArrayLike<number>): Float64Array {
  const { classes: c, weights, scale, bias } = model;
  const out = new Float64Array(c);
  for (let j = 0; j < index.length; j++) {
    const base = index[j]! * c;
    const v = value[j]! * scale;
    for (let k = 0; k < c; k++) out[k]! += weights[base + k]! * v;
  }
  for (let k = 0; k < c; k++) out[k]! += bias[k]!;
  return softmax(out);
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}

/** Deterministic pseudo-random numbers (mulberry32: 32-bit integer arithmetic, so the sequence does not degenerate in floating point). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gradients smaller than this are skipped: late in training most classes are already near 0. */
const NEGLIGIBLE = 1e-3;

/**
 * Trains in slices: each `next()` runs about `slice` examples (about 20 ms for 100), so that a
 * running assistant can retrain between turns without holding one up noticeably. `trainNow` runs it to the end.
 */
export function* training(samples: readonly Sample[], features: number, classes: number, options: TrainOptions = DEFAULT_TRAIN_OPTIONS, slice = 100): Generator<void, LinearWeights> {
  const weights = new Float32Array(features * classes);
  const bias = new Float32Array(classes);
  const squares = new Float32Array(features * classes);
  const biasSquares = new Float32Array(classes);
  const p = new Float64Array(classes);
  const order = samples.map((_, i) => i);
  const next = seededRandom(options.seed);
  const model = { classes, weights, bias };
  let done = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { index, value, label } = samples[n]!;
      predict(model, index, value, p);
      p[label]! -= 1; // now the gradient of the loss with respect to each class's score
      for (let k = 0; k < classes; k++) {
        const g = p[k]!;
        if (g > -NEGLIGIBLE && g < NEGLIGIBLE) continue;
        biasSquares[k]! += g * g;
        bias[k]! -= (options.rate * g) / Math.sqrt(biasSquares[k]! + 1e-8);
      }
      for (let j = 0; j < index.length; j++) {
        const base = index[j]! * classes;
        const v = value[j]!;
        for (let k = 0; k < classes; k++) {
          const g0 = p[k]!;
          if (g0 > -NEGLIGIBLE && g0 < NEGLIGIBLE) continue;
          const at = base + k;
          const g = g0 * v + options.l2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (options.rate * g) / Math.sqrt(squares[at]! + 1e-8);
        }
      }
      if (++done % slice === 0) yield;
    }
  }
  return model;
}

/** Runs a sliced training to the end at once. */
export function trainNow<T>(run: Generator<void, T>): T {
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
