// One-time move from the JSON-file store of earlier versions (one file per key under
// DATA_DIR/store, named by the SHA-256 of the prefixed key, holding {key, value, eTag, expiresAt})
// into SQLite. Every live key is imported in one transaction, with its eTag and expiry; then the
// folder is renamed to DATA_DIR/migrated-json-<time>, so nothing is deleted and nothing is imported twice.
import { readdirSync, readFileSync } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { ImportedRecord, SqliteStore } from './sqlite';

const LEGACY_DIR = 'store';

const recordSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  eTag: z.string(),
  expiresAt: z.number().nullable(),
});

/** Imports DATA_DIR/store into `store` if that folder exists; returns the number of keys imported. */
export async function migrateJsonStore(dataDir: string, store: SqliteStore, logger: Logger): Promise<number> {
  const legacy = path.join(dataDir, LEGACY_DIR);
  if (!(await stat(legacy).catch(() => undefined))?.isDirectory()) return 0;
  const tally = { expired: 0, unreadable: 0 };
  // Files are read one at a time inside the transaction, so memory does not grow with their number.
  const imported = store.importRecords(liveRecords(legacy, Date.now(), tally));
  const movedTo = path.join(dataDir, `migrated-json-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await rename(legacy, movedTo);
  logger.info({ imported, ...tally, movedTo }, 'JSON-file store migrated to SQLite');
  return imported;
}

function* liveRecords(dir: string, now: number, tally: { expired: number; unreadable: number }): Generator<ImportedRecord> {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue; // *.tmp: an interrupted write, never a committed value
    const record = recordSchema.safeParse(parseJson(readFileSync(path.join(dir, name), 'utf8')));
    if (!record.success) tally.unreadable++;
    else if (record.data.expiresAt !== null && record.data.expiresAt <= now) tally.expired++;
    else yield record.data;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
