// `npm run kb:calibrate`: chooses the router's constants by k-fold cross-validation on the training
// corpus. Each fold's examples are held out, a model is trained on the rest (and on the editors' own
// words), and the router's evidence for the held-out examples is kept. The constants are then chosen
// to score best on all held-out examples together, and written to training/calibration.json.
// No evaluation set is read: those measure the result, they do not choose it.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainNow } from './classifier';
import { score, type Decided, type EvalLine } from './eval';
import { featureSignature } from './features';
import { calibrationFileOf, englishDocs, englishExamples, germanCorpusFor, entryDoc, intentDoc, KnowledgeBase, modelOptionsFor, namingExamples, trainingDirOf, type Places } from './loader';
import { profileOf, routerLanguageSchema, type RouterLanguage } from './language/profile';
import { modelKey, trainModel } from './model';
import { actionOf, closeTopics, decideOn, fuse, Router, type Calibration, type Evidence, type Fused, type TopicDoc } from './router';
import { isOutOfScope, readCorpus, type Example } from './training';

/** Deterministic fold numbers, stratified by label: every topic is spread evenly over the folds. */
export function folds(examples: readonly Example[], k: number, seed = 1): number[] {
  const byLabel = new Map<string, number[]>();
  examples.forEach((e, i) => byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), i]));
  const fold = new Array<number>(examples.length);
  let offset = seed;
  for (const indices of byLabel.values()) {
    // A fixed rotation per label, so that small topics do not all start in fold 0.
    indices.forEach((n, j) => (fold[n] = (j + offset) % k));
    offset++;
  }
  return fold;
}

export interface HeldOut {
  line: EvalLine;
  evidence: Evidence;
}

/** The router's evidence for every corpus example, from a model that did not see it. */
export function crossValidate(
  docs: readonly TopicDoc[],
  corpus: readonly Example[],
  k: number,
  places: Places = { town: [], around: [], neighbours: [] },
  language: RouterLanguage = 'de',
  /** Examples every fold's model also learns from, never judged (the English model's German messages). */
  alsoTrainOn: readonly Example[] = [],
): HeldOut[] {
  const fold = folds(corpus, k);
  const naming = [...namingExamples(docs), ...alsoTrainOn];
  const heldOut: HeldOut[] = [];
  for (let f = 0; f < k; f++) {
    const model = trainNow(trainModel([...naming, ...corpus.filter((_, i) => fold[i] !== f)], modelOptionsFor(language, places.town)));
    const router = new Router(docs, { model, placeNames: [...places.town, ...places.around], profile: profileOf(language) });
    corpus.forEach((e, i) => {
      if (fold[i] !== f) return;
      heldOut.push({ line: { text: e.text, expect: isOutOfScope(e.label) ? null : e.label }, evidence: router.evidence(e.text) });
    });
  }
  return heldOut;
}

/** What a clarification that offers the right topic is worth, against a right answer (1) and a wrong one (0): one tap more for the citizen, but no misleading answer. */
const CLARIFY_WORTH = 0.7;

type Report = ReturnType<typeof score>['report'];

/**
 * What the constants are chosen for: top-1 plus out-of-scope F1 (the contract's measures). A question
 * back that offers the right topic costs the citizen one tap, a wrong answer misleads: it counts
 * CLARIFY_WORTH of a right answer; one without the right topic counts as wrong.
 */
export function objective(report: Report, inScopeShare: number, clarifyWorth = CLARIFY_WORTH): number {
  const clarified = report.clarify_rate / Math.max(inScopeShare, 1e-9);
  return report.top1 + report.oos_f1 + clarifyWorth * clarified * report.clarify_hit;
}

const GRID = {
  lambda: [0, 1, 2, 3, 4, 5, 6, 8, 10, 12],
  outOfScopeFit: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
  answer: [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5],
  close: [0.5, 0.6, 0.7, 0.8, 0.9, 1.01],
  clarify: [0.3, 0.5, 0.7, 0.9, 1.01],
};

const decided = (fused: Fused, calibration: Calibration, docs: readonly TopicDoc[]): Decided => {
  const r = decideOn(fused, calibration, docs);
  const clarify = r.action === 'clarify';
  return { id: clarify ? null : (r.decision?.id ?? null), candidates: r.candidates.map((c) => c.id), clarify };
};

/** The axes of the grid, in the order of a point's indices ("l,o,a,c,k"). */
export const AXES = [GRID.lambda, GRID.outOfScopeFit, GRID.answer, GRID.close, GRID.clarify] as const;

/**
 * The grid point whose neighbourhood scores best: its objective averaged with its neighbours' along
 * each axis. The sharpest single point is chance as much as merit: a few more corpus lines moved it
 * from one corner to another (the clarification threshold from 0.9 to "never"), and the held-out
 * sets of other authors scored worse each time. A point in a broad plateau holds on new questions.
 */
export function flattestBest(values: ReadonlyMap<string, number>): Calibration {
  let best: { at: number[]; smoothed: number } | undefined;
  for (const [key, value] of values) {
    const at = key.split(',').map(Number);
    let sum = value;
    let n = 1;
    at.forEach((i, axis) => {
      for (const step of [-1, 1]) {
        const neighbour = values.get(at.map((j, other) => (other === axis ? i + step : j)).join());
        if (neighbour !== undefined) {
          sum += neighbour;
          n++;
        }
      }
    });
    const smoothed = sum / n;
    if (!best || smoothed > best.smoothed + 1e-9) best = { at, smoothed };
  }
  const [lambda, outOfScopeFit, answer, close, clarify] = best!.at.map((i, axis) => AXES[axis]![i]!) as [number, number, number, number, number];
  return { lambda, outOfScopeFit, answer, close, clarify };
}

/** The constants that score best on the held-out evidence (the grid above, every combination; see flattestBest). */
export function search(heldOut: readonly HeldOut[], docs: readonly TopicDoc[], clarifyWorth = CLARIFY_WORTH): { calibration: Calibration; report: Report; objective: number } {
  const lines = heldOut.map((h) => h.line);
  const inScopeShare = lines.filter((l) => l.expect !== null).length / Math.max(1, lines.length);
  // The objective at every point of the grid, by the points' indices along the axes.
  const values = new Map<string, number>();
  GRID.lambda.forEach((lambda, l) => {
    GRID.outOfScopeFit.forEach((outOfScopeFit, o) => {
      // Fusing depends on these two only; the thresholds are then tried on the same fused results,
      // counting only what they change (the full scoring runs once, for the winner).
      const fused = heldOut.map((h) => fuse(h.evidence, { lambda, outOfScopeFit }));
      const facts = fused.map((f, i) => {
        const expect = lines[i]!.expect;
        const ids = expect === null ? null : Array.isArray(expect) ? expect : [expect];
        const hit = (doc: number | undefined) => ids !== null && doc !== undefined && ids.includes(docs[doc]!.id);
        return { inScope: ids !== null, bestRight: hit(f.ranked[0]?.doc), clarifyRight: closeTopics(f).some((c) => hit(c.doc)) };
      });
      GRID.answer.forEach((answer, a) => {
        GRID.close.forEach((close, c) => {
          GRID.clarify.forEach((clarify, k) => {
            const calibration = { lambda, outOfScopeFit, answer, close, clarify };
            let top1 = 0, tp = 0, fp = 0, fn = 0, hits = 0, inScope = 0;
            fused.forEach((f, i) => {
              const action = actionOf(f, calibration);
              const { inScope: relevant, bestRight, clarifyRight } = facts[i]!;
              if (relevant) inScope++;
              if (action === 'clarify' && clarifyRight) hits++;
              if (!relevant) {
                if (action === 'none') tp++;
                else fn++;
              }
              else if (action === 'answer' && bestRight) top1++;
              else if (action === 'none') fp++;
            });
            const precision = tp + fp ? tp / (tp + fp) : 0;
            const recall = tp + fn ? tp / (tp + fn) : 0;
            const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
            values.set([l, o, a, c, k].join(), top1 / Math.max(1, inScope) + f1 + (clarifyWorth * hits) / Math.max(1, inScope));
          });
        });
      });
    });
  });
  const calibration = flattestBest(values);
  const { report } = score(lines, heldOut.map((h) => decided(fuse(h.evidence, calibration), calibration, docs)));
  return { calibration, report, objective: objective(report, inScopeShare, clarifyWorth) };
}

function main(): void {
  const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, out: { type: 'string' }, language: { type: 'string', default: 'de' } } });
  const language = routerLanguageSchema.parse(values.language);
  const out = values.out ?? calibrationFileOf(language);
  const k = Number(values.folds);
  const started = Date.now();
  const kb = new KnowledgeBase();
  const german = [...kb.entries.map(entryDoc), ...kb.intents.filter((i) => !kb.entry(i.id)).map(intentDoc)];
  const docs = language === 'en' ? englishDocs(german) : german;
  const ids = new Set(docs.map((d) => d.id));
  const corpus = readCorpus(trainingDirOf(language)).examples.filter((e) => ids.has(e.label) || isOutOfScope(e.label));
  const germanCorpus = language === 'en' ? readCorpus().examples : [];
  const heldOut = crossValidate(docs, corpus, k, kb.places, language, germanCorpusFor(docs, germanCorpus));
  const { calibration, report, objective: value } = search(heldOut, docs);
  const examples = language === 'en' ? englishExamples(docs, corpus, germanCorpus) : [...namingExamples(docs), ...corpus];
  const result: Calibration = {
    ...calibration,
    chosenBy: {
      method: `${k}-fold cross-validation on the training corpus (stratified by topic), grid search`,
      objective: `top1 + oos_f1 + ${CLARIFY_WORTH} × the share of in-scope questions answered with a clarification that offers the right topic`,
      examples: corpus.length,
      model: modelKey(examples, modelOptionsFor(language, kb.places.town), featureSignature(profileOf(language))),
      crossValidated: { ...report, objective: Math.round(value * 10000) / 10000 },
      date: new Date().toISOString().slice(0, 10),
    },
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${out}: ${JSON.stringify(calibration)}`);
  console.log(`cross-validated on ${corpus.length} examples in ${k} folds (${((Date.now() - started) / 1000).toFixed(1)} s): ${JSON.stringify(report)}`);
  kb.close();
}

if (require.main === module) main();
