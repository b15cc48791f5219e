// Load benchmark of whole turns over HTTP on loopback (POST /api/messages, expectReplies):
// throughput and latency on the SQLite store and on Redis, with many conversations at once.
// Bounded: a fixed number of turns per run, only to 127.0.0.1. `npm run bench:turns`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { startAssistant } from '../bot/runtime';
import { DEFAULT_MODEL_CACHE } from '../knowledge/loader';

const TURNS = Number(process.env.BENCH_TURNS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const QUESTIONS = [
  'Was kostet ein Personalausweis?',
  'Wann hat das Bürgerbüro geöffnet?',
  'Hallo',
  'Wo melde ich meinen Hund an?',
  'xqzv plimm',
];

async function run(label: string, env: Record<string, string>) {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ba-bench-')),
    MODEL_CACHE_DIR: DEFAULT_MODEL_CACHE,
    ...env,
  });
  const running = await startAssistant(config, createLogger('silent'));
  const conversations = Array.from({ length: CONCURRENCY * 5 }, () => `bench-${randomUUID()}`);
  const latencies: number[] = [];
  let next = 0;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const worker = async () => {
    while (next < TURNS) {
      const i = next++;
      const body = JSON.stringify({
        type: 'message',
        text: QUESTIONS[i % QUESTIONS.length],
        channelId: 'bench',
        serviceUrl: 'http://127.0.0.1:1',
        deliveryMode: 'expectReplies',
        conversation: { id: conversations[i % conversations.length] },
        from: { id: 'u' },
        recipient: { id: 'bot' },
      });
      const t0 = performance.now();
      const res = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  await running.stop();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  return {
    store: label,
    turns: TURNS,
    concurrency: CONCURRENCY,
    'turns/s': Math.round(TURNS / seconds),
    p50_ms: pct(50),
    p99_ms: pct(99),
    rss_growth_mb: Math.round((process.memoryUsage().rss - rssBefore) / 1e6),
  };
}

async function main() {
  const rows = [await run('sqlite', {})];
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  try {
    rows.push(
      await run('redis', { REDIS_URL: redisUrl, STORE_KEY_PREFIX: `bench:${randomUUID().slice(0, 8)}:`, CONVERSATION_RETENTION_DAYS: '1' }),
    );
  } catch (error) {
    console.error(`Redis run skipped: ${(error as Error).message}`);
  }
  console.table(rows);
}

void main();
