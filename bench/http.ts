// HTTP load benchmark of whole turns (POST /api/messages, deliveryMode expectReplies) under
// autocannon, against a bare express 5 route as the ceiling of this machine: in one run, at 50 and
// 200 connections, once with a fixed conversation per connection and once with a new conversation
// per request, each cell measured on the bare route, the assistant on SQLite and on Redis one right
// after the other (and, with --rounds, that many times, with the medians). Each server is
// a separate process (the built dist, as `npm start` runs it), so the load generator's CPU is not
// the server's — as far as the machine's cores allow: on 2 cores both still compete, and other
// work on a shared machine shows in the figures (the load average is printed with them).
//
// `npm run bench:http [-- --duration 5] [-- --rounds 3] [-- --cpu-prof DIR] [-- --no-build]`
import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createClient } from 'redis';
import { z } from 'zod';
import { DEFAULT_MODEL_CACHE } from '../knowledge/loader';

const root = path.resolve(__dirname, '..');
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    'cpu-prof': { type: 'string' },
    // e.g. "sqlite,redis" to leave out the others (ratios then are missing).
    targets: { type: 'string', default: 'express,sqlite,redis' },
    modes: { type: 'string', default: 'fixed,new' },
    connections: { type: 'string', default: '50,200' },
    'no-build': { type: 'boolean', default: false },
    // Seconds the instance idles after its runs before its memory is read again.
    settle: { type: 'string', default: '60' },
    // Each cell measured this many times; with more than one, the medians are printed as well.
    rounds: { type: 'string', default: '1' },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = args.connections.split(',').map(Number);
const MODES = args.modes.split(',') as Mode[];
const ROUNDS = Number(args.rounds);
const WARMUP_SECONDS = 3;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// Questions the router answers from the knowledge base, a greeting and one it cannot answer (kept
// as unanswered). Asked in turn, so a conversation never fails twice in a row and stays with the
// assistant (two failures would hand it to staff, a start phrase would start a request).
const QUESTIONS = [
  'Was kostet ein Personalausweis?',
  'Wann hat das Bürgerbüro geöffnet?',
  'Hallo',
  'Wie viel Hundesteuer zahle ich?',
  'xqzv plimm',
];

// The bare route parses the same JSON body and answers a fixed reply of the size of a typical
// turn's (one activity with buttons, about 1 KB): what express itself costs for this exchange.
const BARE_SERVER = `
const express = require('express');
const reply = { activities: [{ type: 'message', text: ${JSON.stringify('x'.repeat(600))}, textFormat: 'plain', locale: 'de-DE',
  suggestedActions: { to: [], actions: ['Unterlagen', 'Ablauf', 'Hilfreich', 'Nicht hilfreich'].map((t) => ({ type: 'imBack', title: t, value: t })) },
  conversation: { id: 'c' }, from: { id: 'bot' }, recipient: { id: 'u' } }] };
const app = express();
app.post('/api/messages', express.json({ limit: '256kb' }), (req, res) => { res.json(reply); });
const server = app.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

interface Target {
  name: 'express' | 'sqlite' | 'redis';
  argv: string[];
  env: Record<string, string>;
}

interface Server {
  url: string;
  child: ChildProcessWithoutNullStreams;
  stop(): Promise<void>;
}

async function startServer(target: Target): Promise<Server> {
  const prof = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  if (args['cpu-prof'])
    prof.push('--cpu-prof', '--cpu-prof-dir', path.resolve(args['cpu-prof']), '--cpu-prof-name', `${target.name}.cpuprofile`);
  const child = spawn(process.execPath, [...prof, ...target.argv], {
    cwd: root,
    env: { ...process.env, DOTENV_CONFIG_PATH: '/nonexistent', ...target.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + String(chunk)).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target.name} did not start: ${output}`)), 60_000);
    child.stdout.on('data', () => {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => reject(new Error(`${target.name} exited: ${output}`)));
  });
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Node's arguments as `npm start` runs the assistant (its V8 flags included): what is measured is what runs. */
function startArguments(): { argv: string[]; env: Record<string, string> } {
  const { scripts } = z
    .object({ scripts: z.object({ start: z.string() }) })
    .parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
  const words = scripts.start.split(/\s+/);
  // "MALLOC_ARENA_MAX=2 node …": the environment npm start sets before the command.
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0] ?? '')) {
    const [name, value] = words.shift()!.split('=') as [string, string];
    env[name] = value;
  }
  const [command, ...argv] = words;
  if (command !== 'node') throw new Error(`npm start does not run node: ${scripts.start}`);
  return { argv, env };
}

/** CPU time (user + system) a process used so far, in ms (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory of a process in MB (Linux). */
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

function activity(conversationId: string, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    text,
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'citizen' },
    recipient: { id: 'bot' },
  });
}

type Mode = 'fixed' | 'new';

interface Measurement {
  rps: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, connections: number, mode: Mode, seconds: number): Promise<Measurement> {
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    duration: seconds,
    // Each connection gets its own requests: a fixed conversation keeps its id, a new one gets a fresh id per request.
    setupClient: (client) => {
      const conversation = `bench-${randomUUID()}`;
      let asked = Math.floor(Math.random() * QUESTIONS.length);
      client.setRequests([
        {
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({
            ...request,
            body: activity(mode === 'fixed' ? conversation : `bench-${randomUUID()}`, QUESTIONS[asked++ % QUESTIONS.length]!),
          }),
        },
      ]);
    },
  });
  return {
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

interface Row {
  round: number;
  server: Target['name'];
  conversations: Mode;
  connections: number;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'req/s ratio': number;
  'p99 ratio': number;
  'server CPU µs/req': number;
  errors: number;
  load1: string;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : +((sorted[middle - 1]! + sorted[middle]!) / 2).toFixed(2);
};

/** Per server and cell, the median over the rounds of what varies with the machine's speed. */
function medians(rows: Row[]): Array<Record<string, string | number>> {
  const cells = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.server}/${row.conversations}/${row.connections}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  return [...cells.values()].map((runs) => ({
    server: runs[0]!.server,
    conversations: runs[0]!.conversations,
    connections: runs[0]!.connections,
    rounds: runs.length,
    'median req/s': median(runs.map((r) => r['req/s'])),
    'median req/s ratio': median(runs.map((r) => r['req/s ratio'])),
    'median p99 ratio': median(runs.map((r) => r['p99 ratio'])),
    'median server CPU µs/req': median(runs.map((r) => r['server CPU µs/req'])),
  }));
}

async function clearRedis(prefix: string): Promise<void> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) if (keys.length) await client.unlink(keys);
  await client.close();
}

async function main(): Promise<void> {
  if (!args['no-build']) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  const prefix = `bench-http:${randomUUID().slice(0, 8)}:`;
  // As npm start runs it: its node arguments and the environment it sets.
  const { argv: assistant, env: startEnv } = startArguments();
  const assistantEnv = {
    ...startEnv,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    MODEL_CACHE_DIR: DEFAULT_MODEL_CACHE,
    // Every message runs the whole pipeline: the per-conversation limit (30 a minute) would answer most with "too many".
    RATE_LIMIT_MESSAGES_PER_MINUTE: '1000000000',
  };
  const dirs: string[] = [];
  const dataDir = () => {
    dirs.push(mkdtempSync(path.join(tmpdir(), 'ba-bench-http-')));
    return dirs.at(-1)!;
  };
  const targets: Target[] = [
    { name: 'express', argv: ['-e', BARE_SERVER], env: {} },
    { name: 'sqlite', argv: assistant, env: { ...assistantEnv, DATA_DIR: dataDir() } },
    {
      name: 'redis',
      argv: assistant,
      env: { ...assistantEnv, DATA_DIR: dataDir(), REDIS_URL, STORE_KEY_PREFIX: prefix, CONVERSATION_RETENTION_DAYS: '1' },
    },
  ].filter((t) => args.targets.split(',').includes(t.name)) as Target[];
  const rows: Row[] = [];
  const memory: Array<Record<string, string | number>> = [];
  const servers: Array<{ target: Target; server: Server; atStart: number }> = [];
  try {
    // All servers run at once (an idle one costs nothing), so that each cell measures them one
    // right after the other: this machine's speed drifts by up to half within minutes, and a ratio
    // is only meaningful between runs taken at the same time.
    for (const target of targets) {
      const server = await startServer(target);
      servers.push({ target, server, atStart: rssMb(server.child.pid!) });
      // JIT and caches warm up before anything is measured.
      await load(server.url, 50, 'fixed', WARMUP_SECONDS);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const mode of MODES) {
        for (const connections of CONNECTIONS) {
          let base: Measurement | undefined;
          for (const { target, server } of servers) {
            const load1 = loadavg()[0]!.toFixed(1);
            const cpuBefore = cpuMs(server.child.pid!);
            const m = await load(server.url, connections, mode, DURATION);
            const cpu = (cpuMs(server.child.pid!) - cpuBefore) / m.requests;
            if (target.name === 'express') base = m;
            rows.push({
              round,
              server: target.name,
              conversations: mode,
              connections,
              'req/s': m.rps,
              'p50 ms': m.p50,
              'p99 ms': m.p99,
              'req/s ratio': base ? +(m.rps / base.rps).toFixed(2) : NaN,
              'p99 ratio': base ? +(m.p99 / Math.max(1, base.p99)).toFixed(1) : NaN,
              // The server's own CPU per request: less dependent on what else runs on the machine than req/s.
              'server CPU µs/req': Math.round(cpu * 1000),
              errors: m.errors,
              load1,
            });
            process.stderr.write(`round ${round}: ${target.name} ${mode} ${connections}: ${m.rps} req/s, p99 ${m.p99} ms\n`);
          }
        }
      }
    }
    const afterRuns = servers.map(({ server }) => rssMb(server.child.pid!));
    // V8 leaves the garbage of a burst in the heap until its memory reducer notices the idle
    // instance (20 to 40 s here, depending on the machine): what an instance holds is read after that, its peak before.
    await new Promise((resolve) => setTimeout(resolve, Number(args.settle) * 1000));
    servers.forEach(({ target, server, atStart }, i) =>
      memory.push({
        server: target.name,
        'RSS MB at start': atStart,
        'RSS MB after the runs': afterRuns[i]!,
        [`RSS MB ${args.settle} s later`]: rssMb(server.child.pid!),
      }),
    );
  } finally {
    await Promise.all(servers.map(({ server }) => server.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    await clearRedis(prefix).catch((error: unknown) => console.error(`Redis keys ${prefix}* not removed: ${String(error)}`));
  }
  console.log(
    `${DURATION} s per run, ${new Date().toISOString()}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.table(rows);
  if (ROUNDS > 1) console.table(medians(rows));
  console.table(memory);
}

void main();
