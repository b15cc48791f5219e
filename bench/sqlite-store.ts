// Start speed and memory of the SQLite store with many conversations: writes BENCH_CONVERSATIONS
// (default 100,000) conversation states of about 2 KB through the store, then opens the file in a
// fresh process and measures the time to the first read, the file size and the RSS.
// `npm run bench:store`. Not a test: the figures depend on the machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../bot/storage/sqlite';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const OPTIONS = { prefix: 'ba:', defaultTtlSeconds: 30 * 86_400 };
const BATCH = 1_000;

const keyOf = (i: number): string => `conversations/webchat/bench-${i}`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A conversation state as the assistant keeps it: 1.5 to 2.5 KB of JSON, 2 KB on average. */
function stateOf(i: number): Record<string, unknown> {
  return {
    note: 'x'.repeat((i * 7919) % 1000),
    welcomed: true,
    turns: 12,
    lastTopic: 'personalausweis-beantragen',
    flow: { id: 'termin-buchen', step: 'time', answers: { service: 'Personalausweis', date: '2026-11-12' } },
    history: Array.from({ length: 10 }, (_, t) => ({
      at: new Date(1_780_000_000_000 + i * 1000 + t).toISOString(),
      topic: t % 2 ? 'hundesteuer' : 'personalausweis-beantragen',
      decision: 'answer',
      score: 0.87,
      facets: ['fees', 'documents'],
    })),
  };
}

function average(): number {
  const sample = Array.from({ length: 1000 }, (_, i) => JSON.stringify(stateOf(i)).length);
  return Math.round(sample.reduce((a, b) => a + b) / sample.length);
}

function sizeOf(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
}

async function write(dir: string): Promise<void> {
  const store = SqliteStore.open(dir, OPTIONS);
  const started = performance.now();
  for (let i = 0; i < CONVERSATIONS; i++) {
    await store.write({ [keyOf(i)]: stateOf(i) });
    if ((i + 1) % (CONVERSATIONS / 10) === 0) process.stdout.write('.');
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nwrote ${CONVERSATIONS} states of ${average()} bytes on average in ${seconds.toFixed(1)} s ` +
      `(${Math.round(CONVERSATIONS / seconds)} writes/s, one transaction each); writer RSS ${mb(process.memoryUsage().rss)}`,
  );
  await store.close();
}

/** In the fresh process: open, first read, then a thousand reads spread over the file. */
async function reopen(dir: string): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const store = SqliteStore.open(dir, OPTIONS);
  const first = await store.read([keyOf(CONVERSATIONS - 1)]);
  const firstReadMs = performance.now() - started;
  if (!first[keyOf(CONVERSATIONS - 1)]) throw new Error('first read found nothing');
  const rssFirst = process.memoryUsage().rss;
  for (let i = 0; i < BATCH; i++) await store.read([keyOf(Math.floor(Math.random() * CONVERSATIONS))]);
  const rssAfter = process.memoryUsage().rss;
  await store.close();
  console.log(JSON.stringify({ firstReadMs, rssBefore, rssFirst, rssAfter }));
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if (mode === '--reopen' && dir) return reopen(dir);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ba-bench-store-'));
  try {
    await write(dataDir);
    console.log(`file size ${mb(sizeOf(dataDir))} (${readdirSync(dataDir).join(', ')})`);
    const spawned = performance.now();
    const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--reopen', dataDir], { encoding: 'utf8' });
    const processMs = performance.now() - spawned;
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, number>;
    console.log(
      `reopen in a fresh process: open and first read ${result.firstReadMs!.toFixed(1)} ms; ` +
        `whole process (node, tsx, modules, open, read, ${BATCH} more reads) ${processMs.toFixed(0)} ms`,
    );
    console.log(
      `RSS: ${mb(result.rssBefore!)} before opening, ${mb(result.rssFirst!)} after the first read, ` +
        `${mb(result.rssAfter!)} after ${BATCH} random reads`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
