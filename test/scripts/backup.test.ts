// `npm run backup -- <file>`: a copy of the SQLite store taken while the assistant keeps writing,
// readable as a store of its own; with Redis the operator is sent to Redis's own backup.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, SqliteStore } from '../../bot/storage/sqlite';
import { tempDataDir } from '../helpers/harness';
import { REDIS_URL } from '../helpers/redis';

const root = path.resolve(__dirname, '../..');
const options = { prefix: 'ba:', defaultTtlSeconds: 3600 };

function backup(target: string | undefined, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/backup.ts', ...(target ? [target] : [])],
      { cwd: root, env: { ...process.env, DOTENV_CONFIG_PATH: '/nonexistent', LOG_LEVEL: 'silent', REDIS_URL: '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const state = (n: number) => ({ n, history: Array.from({ length: 20 }, (_, i) => `Nachricht ${i} in Gespräch ${n}`) });

test('a backup taken while the assistant writes opens as a store with everything written before it started', async () => {
  const dataDir = tempDataDir();
  const target = path.join(tempDataDir(), 'assistant-backup.sqlite');
  const running = SqliteStore.open(dataDir, options);
  try {
    for (let n = 0; n < 2000; n++) await running.write({ [`conversations/${n}`]: state(n) });
    await running.append('transcript', 'Hallo');
    let written = 2000;
    const writer = setInterval(() => {
      void running.write({ [`conversations/${written}`]: state(written), 'conversations/0': state(written) });
      written++;
    }, 2);
    const result = await backup(target, { DATA_DIR: dataDir });
    clearInterval(writer);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining(target) });
    expect(written).toBeGreaterThan(2000);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(existsSync(`${target}.partial`)).toBe(false);

    const restored = tempDataDir();
    copyFileSync(target, path.join(restored, DATABASE_FILE));
    const copy = SqliteStore.open(restored, options);
    try {
      const count = conversationsIn(path.join(restored, DATABASE_FILE));
      expect(count).toBeGreaterThanOrEqual(2000);
      expect(count).toBeLessThanOrEqual(written);
      const items = await copy.read(['conversations/1', 'conversations/1999', `conversations/${count - 1}`]);
      expect(items['conversations/1999']).toMatchObject(state(1999));
      // Every conversation in the copy is whole, also the ones written during the backup.
      expect(items[`conversations/${count - 1}`]).toMatchObject(state(count - 1));
      expect(await copy.list('transcript')).toEqual(['Hallo']);
    } finally {
      await copy.close();
    }
  } finally {
    await running.close();
  }
});

test('the backup refuses to overwrite a file, and with Redis it names Redis’s own means and exits 2', async () => {
  const dataDir = tempDataDir();
  const existing = path.join(dataDir, 'old-backup.sqlite');
  writeFileSync(existing, 'earlier backup');
  expect(await backup(existing, { DATA_DIR: dataDir })).toMatchObject({ code: 2, stderr: expect.stringContaining('gibt es schon') });
  expect(await backup(undefined, { DATA_DIR: dataDir })).toMatchObject({ code: 2, stderr: expect.stringContaining('npm run backup') });

  const target = path.join(dataDir, 'new-backup.sqlite');
  const withRedis = await backup(target, { DATA_DIR: dataDir, REDIS_URL });
  expect(withRedis).toMatchObject({ code: 2, stderr: expect.stringContaining('Redis mit dessen eigenen Mitteln') });
  expect(existsSync(target)).toBe(false);
});

/** How many conversation states a database file holds. */
function conversationsIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], number>(`SELECT count(*) FROM entries WHERE key LIKE 'ba:conversations/%'`).pluck().get()!;
  } finally {
    db.close();
  }
}
