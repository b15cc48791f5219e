// The files of the JSON-file store of earlier versions, written exactly as it wrote them: one file
// per key in DATA_DIR/store, named by the SHA-256 of the prefixed key, holding the prefixed key,
// the value (an SDK item without its eTag, a plain value, a list as an array, counters as an
// object), the eTag and the expiry in Unix milliseconds (null: none).
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface JsonStoreRecord {
  key: string;
  value: unknown;
  eTag?: string;
  expiresAt?: number | null;
}

/** Writes the records into `dataDir` as that store did; returns the eTags it gave them. */
export function writeJsonStore(dataDir: string, prefix: string, records: JsonStoreRecord[]): Record<string, string> {
  const dir = path.join(dataDir, 'store');
  mkdirSync(dir, { recursive: true });
  const eTags: Record<string, string> = {};
  for (const { key, value, eTag = randomUUID(), expiresAt = null } of records) {
    const prefixed = prefix + key;
    const file = path.join(dir, `${createHash('sha256').update(prefixed).digest('hex')}.json`);
    writeFileSync(file, JSON.stringify({ key: prefixed, value, eTag, expiresAt }));
    eTags[key] = eTag;
  }
  return eTags;
}
