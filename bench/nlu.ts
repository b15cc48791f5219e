// `npm run bench:nlu`: our router beside two baselines a developer would otherwise pick, in one
// process, on the same knowledge base, the same training corpus and the same questions:
//  - NLP.js (@nlpjs/nlp + @nlpjs/lang-de), trained on the corpus and the topics' titles, synonyms and
//    example questions (out-of-scope examples as its "None" intent);
//  - plain BM25 search (minisearch) over the same fields plus the corpus, with the same normalization
//    and stemmer, its out-of-scope threshold tuned on the questions themselves (in its favour).
// Also: the time to train our model from scratch (the start-up without a cached model), the start-up
// with a cached model, and RSS. Then the scaling of our retrieval with 1,000 and 10,000 synthetic
// entries (each size in a fresh child process, so that memory figures are not mixed).
//   npm run bench:nlu -- [--file eval.jsonl] [--entries dir] [--no-scale]
// Without --file: the project's blind set (knowledge/eval/blind.jsonl).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { contentWords } from '../knowledge/analyzer';
import { seededRandom, trainNow } from '../knowledge/classifier';
import { DEFAULT_EVAL_FILE, evaluate, readEvalFile, routerDecide, type Decided, type EvalLine, type EvalReport } from '../knowledge/eval';
import { stem } from '../knowledge/language/stem';
import { KnowledgeBase, ENTRIES_DIR, namingExamples } from '../knowledge/loader';
import { trainModel } from '../knowledge/model';
import { Router, type TopicDoc } from '../knowledge/router';
import { isOutOfScope, readCorpus, type Example } from '../knowledge/training';

async function nlpjsBaseline(docs: TopicDoc[], corpus: Example[]): Promise<(text: string) => Promise<Decided>> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { containerBootstrap } = require('@nlpjs/core');
  const { Nlp } = require('@nlpjs/nlp');
  const { LangDe } = require('@nlpjs/lang-de');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangDe);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.nlu = { log: false };
  nlp.addLanguage('de');
  for (const doc of docs) for (const text of [doc.title, ...doc.synonyms, ...doc.questions]) nlp.addDocument('de', text, doc.id);
  for (const e of corpus) nlp.addDocument('de', e.text, isOutOfScope(e.label) ? 'None' : e.label);
  const log = console.log;
  console.log = () => undefined; // NLP.js prints every training epoch
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  return async (text) => {
    const r = await nlp.process('de', text);
    const candidates = (r.classifications as Array<{ intent: string; score: number }>)
      .filter((c) => c.intent !== 'None' && c.score > 0)
      .map((c) => c.intent);
    return { id: r.intent && r.intent !== 'None' ? r.intent : null, candidates, confidence: r.score };
  };
}

/** BM25 (minisearch) with our normalization and the same Snowball stemmer; out of scope below a score threshold. */
function minisearchBaseline(
  docs: TopicDoc[],
  corpus: Example[],
  lines: EvalLine[],
): { decide: (text: string) => Decided; threshold: number } {
  const search = new MiniSearch<TopicDoc & { syn: string; qs: string }>({
    fields: ['title', 'syn', 'qs', 'summary', 'text'],
    storeFields: ['id'],
    tokenize: (text) => contentWords(text),
    processTerm: (term) => stem(term),
    searchOptions: { boost: { title: 3, syn: 2.5, qs: 1.5, summary: 1, text: 0.3 }, fuzzy: 0.2, prefix: false, combineWith: 'OR' },
  });
  const examples = (id: string) => corpus.filter((e) => e.label === id).map((e) => e.text);
  search.addAll(docs.map((d) => ({ ...d, syn: d.synonyms.join(' '), qs: [...d.questions, ...examples(d.id)].join(' ') })));
  const ranked = (text: string) => search.search(text).slice(0, 5);
  // The threshold is chosen on the same questions (the most favourable setting for the baseline).
  const tops = lines.map((l) => ({ expect: l.expect, score: ranked(l.text)[0]?.score ?? 0 }));
  let threshold = 0;
  let bestF1 = -1;
  for (const t of [...new Set(tops.map((x) => x.score))].sort((a, b) => a - b)) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const x of tops) {
      const none = x.score < t;
      if (x.expect === null) {
        if (none) tp++;
        else fn++;
      } else if (none) fp++;
    }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > bestF1) [bestF1, threshold] = [f1, t];
  }
  return {
    threshold,
    decide: (text) => {
      const r = ranked(text);
      const top = r[0];
      return { id: top && top.score >= threshold ? String(top.id) : null, candidates: r.map((x) => String(x.id)) };
    },
  };
}

// ---- scaling with synthetic entries -----------------------------------------------------------

const CONSONANTS = [...'bcdfghklmnprstwz'];
const VOWELS = [...'aeiou'];

/** Synthetic entries: real vocabulary mixed with invented compound words, shaped like real entries. */
export function syntheticDocs(n: number, seedDocs: readonly TopicDoc[]): TopicDoc[] {
  // Deterministic, so that every run measures the same knowledge base.
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const real = [...new Set(seedDocs.flatMap((d) => contentWords([d.title, d.summary ?? '', ...d.questions].join(' '))))];
  // Invented words (5–12 letters) stand for the vocabulary a large knowledge base adds.
  const inventWord = () => Array.from({ length: 5 + Math.floor(random() * 8) }, (_, i) => pick(i % 2 ? VOWELS : CONSONANTS)).join('');
  const invented = Array.from({ length: Math.max(2000, n * 4) }, inventWord);
  const word = () => (random() < 0.5 ? pick(real) : pick(invented));
  const sentence = (len: number) => Array.from({ length: len }, word).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    kind: 'answer' as const,
    title: sentence(4),
    synonyms: Array.from({ length: 4 }, () => sentence(2)),
    questions: Array.from({ length: 6 }, () => `${sentence(8)}?`),
    summary: sentence(30),
    text: sentence(80),
  }));
}

async function scaleChild(n: number, file: string, entries: string): Promise<void> {
  const kb = new KnowledgeBase({ dir: entries });
  const lines = readEvalFile(file);
  const docs = [
    ...syntheticDocs(
      n,
      kb.entries.map((e) => kb.router.topic(e.id)!),
    ),
    ...kb.entries.map((e) => kb.router.topic(e.id)!),
  ];
  kb.close();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  // The retrieval alone: a model is trained on the corpus of real topics, which synthetic ones have not.
  const router = new Router(docs);
  const buildMs = performance.now() - start;
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const line of lines) {
      const t = performance.now();
      router.decide(line.text);
      if (round > 0) times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const p99 = times[Math.ceil(0.99 * times.length) - 1]!;
  console.log(JSON.stringify({ n, buildMs, rssMb: rss / 2 ** 20, indexMb: (rss - rssBefore) / 2 ** 20, p99Ms: p99 }));
}

/** Start-up of the knowledge base in a new process: entries, index, and the model from the cache. */
function startChild(entries: string): void {
  const started = performance.now();
  const kb = new KnowledgeBase({ dir: entries });
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 2 ** 20 }));
  kb.close();
}

const f = (x: number, digits = 3) => x.toFixed(digits);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      entries: { type: 'string' },
      'no-scale': { type: 'boolean' },
      'scale-child': { type: 'string' },
      'start-child': { type: 'boolean' },
    },
  });
  const file = values.file ?? DEFAULT_EVAL_FILE;
  const entries = values.entries ?? ENTRIES_DIR;
  if (values['scale-child']) return scaleChild(Number(values['scale-child']), file, entries);
  if (values['start-child']) return startChild(entries);

  const kb = new KnowledgeBase({ dir: entries });
  // A fresh process, so that the model comes from the disk cache the line above filled, not from memory.
  const start = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, __filename, '--start-child', '--entries', entries], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!,
  ) as { ms: number; rssMb: number };
  const docs = [...kb.entries.map((e) => e.id), ...kb.intents.map((i) => i.id)].map((id) => kb.router.topic(id)!).filter(Boolean);
  const ids = new Set(docs.map((d) => d.id));
  const corpus = readCorpus().examples.filter((e) => ids.has(e.label) || isOutOfScope(e.label));
  const lines = readEvalFile(file);
  console.log(
    `knowledge: ${kb.entries.length} entries + ${kb.intents.length} flows/intents; corpus: ${corpus.length} examples; questions: ${lines.length} (${path.relative(process.cwd(), file)})\n`,
  );
  const trainStart = performance.now();
  trainNow(trainModel([...namingExamples(docs), ...corpus]));
  const trainMs = performance.now() - trainStart;

  const ours = routerDecide(kb.router);
  const nlpjs = await nlpjsBaseline(docs, corpus);
  const mini = minisearchBaseline(docs, corpus, lines);
  const systems: Array<[string, (t: string) => Decided | Promise<Decided>]> = [
    ['ours (knowledge/router)', ours],
    ['NLP.js 4 (lang-de)', nlpjs],
    [`minisearch BM25 (t=${f(mini.threshold, 2)})`, mini.decide],
  ];
  const reports: Array<[string, EvalReport]> = [];
  for (const [name, decide] of systems) {
    for (const line of lines) await decide(line.text); // warm-up: every system answers with a warm JIT
    reports.push([name, (await evaluate(lines, decide)).report]);
  }
  const header = ['system', 'top-1', 'top-3', 'OOS P', 'OOS R', 'OOS F1', 'p50 ms', 'p99 ms'];
  const rows = reports.map(([name, r]) => [
    name,
    f(r.top1),
    f(r.top3),
    f(r.oos_precision),
    f(r.oos_recall),
    f(r.oos_f1),
    f(r.p50_ms),
    f(r.p99_ms),
  ]);
  printTable(header, rows);
  global.gc?.();
  console.log(
    `\nour model: training from scratch ${f(trainMs / 1000, 2)} s (a start without a cached model); ` +
      `start-up of the knowledge base with the cached model ${f(start.ms / 1000, 2)} s (RSS ${f(start.rssMb, 0)} MB); ` +
      `RSS of this process with all three systems ${f(process.memoryUsage().rss / 2 ** 20, 0)} MB`,
  );

  if (values['no-scale']) return;
  console.log('\nscaling of the retrieval with synthetic entries (targets at 10,000: build ≤ 3 s, p99 ≤ 20 ms, ≤ 300 MB RSS)\n');
  const scaleRows: string[][] = [];
  for (const n of [1000, 10000]) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, '--expose-gc', __filename, '--scale-child', String(n), '--file', file, '--entries', entries],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out.trim().split('\n').pop()!) as { n: number; buildMs: number; rssMb: number; indexMb: number; p99Ms: number };
    scaleRows.push([String(r.n), f(r.buildMs / 1000, 2), f(r.rssMb, 0), f(r.indexMb, 0), f(r.p99Ms, 2)]);
  }
  printTable(['entries', 'build s', 'RSS MB', 'index MB', 'p99 ms'], scaleRows);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

if (require.main === module) void main();
