// `npm run eval -- --file F.jsonl [--json] [--errors]`: asks the router about each line's text in a
// fresh conversation and scores it by the evaluation contract of ../shared/design.md.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { KnowledgeBase } from './loader';
import type { Router } from './router';

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

export interface Misrouted {
  text: string;
  expect: EvalLine['expect'];
  got: string | null;
  confidence: number;
  candidates: string[];
}

/** Scores any decide function (ours or a baseline) by the contract. */
export interface Decided {
  id: string | null;
  candidates: string[];
  confidence?: number;
}

export async function evaluate(lines: EvalLine[], decide: (text: string) => Decided | Promise<Decided>): Promise<{ report: EvalReport; errors: Misrouted[] }> {
  let inScope = 0, top1 = 0, top3 = 0, tp = 0, fp = 0, fn = 0;
  const times: number[] = [];
  const errors: Misrouted[] = [];
  for (const line of lines) {
    const start = process.hrtime.bigint();
    const result = await decide(line.text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const expected = line.expect === null ? null : Array.isArray(line.expect) ? line.expect : [line.expect];
    let ok: boolean;
    if (expected === null) {
      ok = result.id === null;
      if (ok) tp++;
      else fn++;
    } else {
      inScope++;
      ok = result.id !== null && expected.includes(result.id);
      if (ok) top1++;
      if (result.candidates.slice(0, 3).some((c) => expected.includes(c))) top3++;
      if (result.id === null) fp++;
    }
    if (!ok) errors.push({ text: line.text, expect: line.expect, got: result.id, confidence: result.confidence ?? 0, candidates: result.candidates.slice(0, 3) });
  }
  times.sort((a, b) => a - b);
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
      p50_ms: r4(percentile(times, 50)),
      p99_ms: r4(percentile(times, 99)),
    },
    errors,
  };
}

/** Our router, as the contract asks: every line in a fresh conversation (no context). */
export const routerDecide = (router: Router) => (text: string) => {
  const r = router.decide(text, {});
  return { id: r.decision?.id ?? null, candidates: r.candidates.map((c) => c.id), confidence: r.confidence };
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' } } });
  if (!values.file) {
    console.error('usage: npm run eval -- --file F.jsonl [--json] [--errors]');
    process.exit(2);
  }
  const kb = new KnowledgeBase();
  for (const p of kb.problems) console.error(`${p.file}: ${p.field || '(file)'}: ${p.message}`);
  const lines = readEvalFile(values.file);
  const decide = routerDecide(kb.router);
  for (const line of lines) decide(line.text); // warm up the JIT once, so latency reflects a running assistant
  const { report, errors } = await evaluate(lines, decide);
  if (values.errors) {
    for (const e of errors) console.log(`✗ ${JSON.stringify(e.text)}  expected ${JSON.stringify(e.expect)}  got ${e.got ?? 'none'} (${e.confidence})  top3 ${e.candidates.join(', ')}`);
  }
  if (values.json) console.log(JSON.stringify(report));
  else {
    console.log(`n=${report.n} top1=${report.top1} top3=${report.top3} oos P/R/F1=${report.oos_precision}/${report.oos_recall}/${report.oos_f1} p50=${report.p50_ms}ms p99=${report.p99_ms}ms`);
  }
}

if (require.main === module) void main();
