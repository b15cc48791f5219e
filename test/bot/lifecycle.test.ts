// Health, readiness and a clean stop, as the town's IT sees them.
import { once } from 'node:events';
import Database from 'better-sqlite3';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { DATABASE_FILE } from '../../bot/storage/sqlite';
import { startTestAssistant, tempDataDir } from '../helpers/harness';
import { spawnAssistant, startAssistantProcess } from '../helpers/process';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';
import { eventually } from '../helpers/staff';

test('/healthz and /readyz answer on the SQLite store', async () => {
  const assistant = await startTestAssistant();
  try {
    expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${assistant.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  } finally {
    await assistant.stop();
  }
});

describeWithRedis('with Redis', () => {
  test('/readyz answers 503 when Redis is not reachable, /healthz stays 200', async () => {
    const assistant = await startTestAssistant({ REDIS_URL, STORE_KEY_PREFIX: uniquePrefix('ready') });
    try {
      expect((await fetch(`${assistant.url}/readyz`)).status).toBe(200);
      await assistant.services.store.close();
      const res = await fetch(`${assistant.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ reason: 'store not writable' });
      expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
    } finally {
      await assistant.stop();
    }
  });

  test('SIGTERM lets a turn in flight finish, then closes Redis and exits 0', async () => {
    await sigtermScenario({ REDIS_URL, STORE_KEY_PREFIX: uniquePrefix('sigterm') });
  });
});

test('SIGTERM on the SQLite store lets a turn in flight finish and exits 0', async () => {
  await sigtermScenario({});
});

async function sigtermScenario(env: Record<string, string>) {
  const server = await startAssistantProcess(env);
  const { port, child, exited } = server;
  try {
    // Start a turn whose body is still arriving when SIGTERM comes.
    const body = JSON.stringify({
      type: 'message',
      text: 'Hallo',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:1',
      deliveryMode: 'expectReplies',
      conversation: { id: 'sigterm' },
      from: { id: 'u' },
      recipient: { id: 'bot' },
    });
    let req!: http.ClientRequest;
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/messages',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += String(d)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
    });
    req.write(body.slice(0, 20));
    // A request on a second connection answered means the server has also read the first one's
    // headers (accepted and read before it): a timer alone raced a busy CI machine, where SIGTERM
    // could come before the server had read anything and the unread connection counted as idle.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    child.kill('SIGTERM');
    setTimeout(() => req.end(body.slice(20)), 300);

    const answered = await response;
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Markt Mömbris');
    expect(await exited).toBe(0);
    expect(server.output()).toContain('assistant stopped');
  } finally {
    child.kill('SIGKILL');
  }
}

test('/readyz answers 503 while the SQLite store cannot write (locked by another program), and 200 again when it can', async () => {
  const dataDir = tempDataDir();
  const server = await startAssistantProcess({ DATA_DIR: dataDir, REDIS_URL: '' });
  // Another program (a backup tool, the sqlite3 shell) holding the write lock: every write of the
  // assistant would fail now, so it must not say "ready".
  const other = new Database(path.join(dataDir, DATABASE_FILE));
  try {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    other.exec('BEGIN EXCLUSIVE');
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ reason: 'store not writable' });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    other.exec('ROLLBACK');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    // Logged by the other process: read from its pipe, which may come a moment after the answer.
    const warned = /"level":40[^\n]*"error":"SQLITE_BUSY"[^\n]*store does not accept a write/;
    await eventually(async () => warned.test(server.output())).catch(() => undefined);
    expect(server.output()).toMatch(warned);
  } finally {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
    await server.stop();
  }
});

test('Redis unreachable at start: says so while it retries, then fails after STORE_STARTUP_TIMEOUT_MS with one line and exit code 1', async () => {
  // A port where nothing listens.
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));

  const started = Date.now();
  const assistant = spawnAssistant({ REDIS_URL: `redis://:geheimes-redis-passwort@127.0.0.1:${port}`, STORE_STARTUP_TIMEOUT_MS: '1500' });
  try {
    expect(await assistant.exited).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    const output = assistant.output();
    expect(output).toContain(`waiting for Redis at 127.0.0.1:${port}`);
    expect(output.match(/waiting for Redis/g)!.length).toBeGreaterThan(1); // retried
    const failure = output.split('\n').filter((line) => line.startsWith('Start-up failed'));
    expect(failure).toEqual([expect.stringMatching(new RegExp(`Redis at 127\\.0\\.0\\.1:${port} .*1\\.5 s.*ECONNREFUSED`))]);
    expect(output).not.toContain('geheimes-redis-passwort');
  } finally {
    assistant.child.kill('SIGKILL');
  }
});
