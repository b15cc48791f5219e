// `npm run backup -- <target-file>`: a consistent copy of the SQLite store in DATA_DIR, taken with
// SQLite's online backup while the assistant goes on running. Exit codes: 0 written, 2 nothing to
// do here (usage, an existing target, or Redis, which is backed up with Redis's own means), 1 failed.
import 'dotenv/config';
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../bot/config';
import { scriptLogger } from '../bot/logger';
import { openSqliteStore } from '../bot/storage';
import { de } from '../knowledge/texts/de';

async function main(): Promise<number> {
  const config = loadConfig();
  if (config.REDIS_URL) {
    console.error(de.backup.redis);
    return 2;
  }
  const { positionals } = parseArgs({ allowPositionals: true });
  const [target] = positionals;
  if (positionals.length !== 1 || !target) {
    console.error(de.backup.usage);
    return 2;
  }
  if (existsSync(target)) {
    console.error(de.backup.exists(target));
    return 2;
  }
  const store = await openSqliteStore(config, scriptLogger(config.LOG_LEVEL));
  try {
    await store.backup(target);
  } finally {
    await store.close();
  }
  console.log(de.backup.done(target, (statSync(target).size / 1e6).toFixed(1)));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(String(error));
    process.exit(1);
  },
);
