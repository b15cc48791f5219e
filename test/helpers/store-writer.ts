// Child process of the crash test: writes to the SQLite store in the given DATA_DIR as fast as it
// can (a two-key compare-and-set, a list append and a counter per round) and prints the number of
// each round once all of its writes have returned, until it is killed.
import { writeSync } from 'node:fs';
import { SqliteStore } from '../../bot/storage/sqlite';

async function main(dataDir: string): Promise<never> {
  const store = SqliteStore.open(dataDir, { prefix: 'ba:', defaultTtlSeconds: 3600 });
  const pad = 'x'.repeat(2000);
  const first = ((await store.read(['a'])).a?.n as number | undefined) ?? 0;
  for (let round = first + 1; ; round++) {
    const current = await store.read(['a', 'b']);
    await store.write({ a: { ...current.a, n: round, pad }, b: { ...current.b, n: round, pad } });
    await store.append('rounds', round);
    await store.increment('stats', { rounds: 1 });
    writeSync(1, `${round}\n`);
  }
}

void main(process.argv[2]!);
