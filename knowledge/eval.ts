// `npm run eval -- [--file F.jsonl] [--json] [--errors]`: asks the router about each line's text in a
// fresh conversation and scores it by the evaluation contract (docs/architecture.md): top-1 and top-3
// of in-scope lines, precision/recall/F1 of "out of scope", latency, and how often and how well the
// router asked back. A clarification is not a top-1 decision, and it is not "out of scope" either.
// Without --file it scores the project's own blind set (knowledge/eval/blind.jsonl).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { routerLanguageSchema, type RouterLanguage } from './language/profile';
import { KnowledgeBase } from './loader';
import { KNOWLEDGE_DIR } from './paths';
import type { Router } from './router';

export const DEFAULT_EVAL_FILE = path.join(KNOWLEDGE_DIR, 'eval', 'blind.jsonl');

const lineSchema = z.object({ text: z.string(), expect: z.union([z.string(), z.array(z.string()).min(1), z.null()]) });
export type EvalLine = z.infer<typeof lineSchema>;

export interface EvalReport {
  n: number;
  top1: number;
  top3: number;
  oos_precision: number;
  oos_recall: number;
  oos_f1: number;
  p50_ms: number;
  p99_ms: number;
  /** Share of lines answered with a clarification. */
  clarify_rate: number;
  /** Share of clarifications whose buttons contain an expected id. */
  clarify_hit: number;
}

export function readEvalFile(file: string): EvalLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l)
    .map(([l, n]) => {
      const parsed = lineSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/** What a router (ours or a baseline) decided for one text. */
export interface Decided {
  /** The topic answered; null for "out of scope" and for a clarification. */
  id: string | null;
  /** Ranked candidates (top-3 counts the first three); for a clarification, its buttons. */
  candidates: string[];
  clarify?: boolean;
  confidence?: number;
}

export interface Misrouted {
  text: string;
  expect: EvalLine['expect'];
  got: string | null;
  clarify: boolean;
  confidence: number;
  candidates: string[];
}

const expectedIds = (line: EvalLine): string[] | null => (line.expect === null ? null : Array.isArray(line.expect) ? line.expect : [line.expect]);

/** Scores decisions by the contract (without latency). */
export function score(lines: readonly EvalLine[], decisions: readonly Decided[]): { report: Omit<EvalReport, 'p50_ms' | 'p99_ms'>; errors: Misrouted[] } {
  let inScope = 0, top1 = 0, top3 = 0, tp = 0, fp = 0, fn = 0, clarified = 0, hits = 0;
  const errors: Misrouted[] = [];
  lines.forEach((line, i) => {
    const result = decisions[i]!;
    const expected = expectedIds(line);
    const none = result.id === null && !result.clarify;
    if (result.clarify) {
      clarified++;
      if (expected && result.candidates.some((c) => expected.includes(c))) hits++;
    }
    let ok: boolean;
    if (expected === null) {
      ok = none;
      if (ok) tp++;
      else fn++;
    } else {
      inScope++;
      ok = result.id !== null && !result.clarify && expected.includes(result.id);
      if (ok) top1++;
      if (result.candidates.slice(0, 3).some((c) => expected.includes(c))) top3++;
      if (none) fp++;
    }
    if (!ok) errors.push({ text: line.text, expect: line.expect, got: result.id, clarify: Boolean(result.clarify), confidence: result.confidence ?? 0, candidates: result.candidates.slice(0, 3) });
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    report: {
      n: lines.length,
      top1: r4(inScope ? top1 / inScope : 0),
      top3: r4(inScope ? top3 / inScope : 0),
      oos_precision: r4(precision),
      oos_recall: r4(recall),
      oos_f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
      clarify_rate: r4(lines.length ? clarified / lines.length : 0),
      clarify_hit: r4(clarified ? hits / clarified : 0),
    },
    errors,
  };
}

/** Asks a decide function about every line, timing each call, and scores the answers. */
export async function evaluate(lines: readonly EvalLine[], decide: (text: string) => Decided | Promise<Decided>): Promise<{ report: EvalReport; errors: Misrouted[] }> {
  const times: number[] = [];
  const decisions: Decided[] = [];
  for (const line of lines) {
    const start = process.hrtime.bigint();
    decisions.push(await decide(line.text));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const { report, errors } = score(lines, decisions);
  return { report: { ...report, p50_ms: r4(percentile(times, 50)), p99_ms: r4(percentile(times, 99)) }, errors };
}

/** Our router, as the contract asks: every line in a fresh conversation (no context). */
export const routerDecide =
  (router: Router, language: RouterLanguage = 'de') =>
  (text: string): Decided => {
    const r = router.decide(text, language === 'de' ? {} : { language });
    const clarify = r.action === 'clarify';
    return { id: clarify ? null : (r.decision?.id ?? null), candidates: r.candidates.map((c) => c.id), clarify, confidence: r.confidence };
  };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' }, language: { type: 'string', default: 'de' } } });
  const language = routerLanguageSchema.parse(values.language);
  const file = values.file ?? DEFAULT_EVAL_FILE;
  const kb = new KnowledgeBase();
  for (const p of kb.problems) console.error(`${p.file}: ${p.field || '(file)'}: ${p.message}`);
  if (language !== 'de' && !kb.routerFor(language)) throw new Error(`no training corpus for "${language}"`);
  const lines = readEvalFile(file);
  const decide = routerDecide(kb.router, language);
  for (const line of lines) decide(line.text); // warm up the JIT once, so latency reflects a running assistant
  const { report, errors } = await evaluate(lines, decide);
  if (values.errors) {
    for (const e of errors) {
      const got = e.clarify ? `clarify [${e.candidates.join(', ')}]` : `${e.got ?? 'none'} (${e.confidence}) top3 ${e.candidates.join(', ')}`;
      console.log(`✗ ${JSON.stringify(e.text)}  expected ${JSON.stringify(e.expect)}  got ${got}`);
    }
  }
  if (values.json) console.log(JSON.stringify(report));
  else {
    console.log(
      `n=${report.n} top1=${report.top1} top3=${report.top3} oos P/R/F1=${report.oos_precision}/${report.oos_recall}/${report.oos_f1} ` +
        `clarify rate/hit=${report.clarify_rate}/${report.clarify_hit} p50=${report.p50_ms}ms p99=${report.p99_ms}ms`,
    );
  }
  kb.close();
}

if (require.main === module) void main();
