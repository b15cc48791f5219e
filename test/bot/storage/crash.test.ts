// A crash (SIGKILL, power kept) in the middle of writing: after reopening, every write that had
// returned is there, and no multi-key write is there in part.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE, SqliteStore } from '../../../bot/storage/sqlite';
import { tempDataDir } from '../../helpers/harness';

const root = path.resolve(__dirname, '../../..');
const options = { prefix: 'ba:', defaultTtlSeconds: 3600 };

/** Runs the writer until it reported `rounds` more rounds, then kills it; returns the rounds reported as done. */
async function writeAndKill(dataDir: string, rounds: number): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/store-writer.ts', dataDir], { cwd: root });
  let output = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const reported = () => output.split('\n').filter(Boolean).map(Number);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const seen = reported();
      if (seen.at(-1)! - seen[0]! >= rounds) resolve();
    });
    void exited.then(() => reject(new Error(`writer exited: ${stderr}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  // What it printed before the kill landed counts too: those rounds had returned.
  return reported();
}

test('after a SIGKILL mid-writes every completed write is in the file and no two-key write is half there', async () => {
  const dataDir = tempDataDir();
  const done: number[] = [];
  for (const rounds of [200, 300, 400, 500]) {
    done.push(...(await writeAndKill(dataDir, rounds)));
    const store = SqliteStore.open(dataDir, options);
    try {
      const { a, b } = await store.read(['a', 'b']);
      expect(a!.n).toBe(b!.n);
      expect(a!.n).toBeGreaterThanOrEqual(done.at(-1)!);
      // A round writes the pair, then appends its number, then counts: a kill between them leaves
      // the later writes of that one round out, and nothing else.
      const list = await store.list<number>('rounds');
      expect(list).toEqual(expect.arrayContaining(done));
      expect(list).toEqual([...new Set(list)].sort((x, y) => x - y));
      expect([a!.n - 1, a!.n]).toContain(list.at(-1));
      const { rounds: counted } = await store.counters('stats');
      expect(counted).toBeGreaterThanOrEqual(done.length);
      expect(counted).toBeLessThanOrEqual(list.length);
    } finally {
      await store.close();
    }
  }
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
});
