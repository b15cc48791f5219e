// The store of a single-instance installation: one SQLite file under DATA_DIR (better-sqlite3,
// synchronous). WAL lets readers (npm run report, npm run backup) work while the assistant writes;
// synchronous=NORMAL loses nothing when the process crashes, only the last commits on power loss.
// Nothing is cached per key in JavaScript: memory stays flat however many conversations are kept.
// Every call runs to completion without an await, so calls of this process never interleave; the
// read-check-write steps run in IMMEDIATE transactions, so other connections to the file cannot either.
// Changes wait for the group commit at the end of the event loop's turn (see `change`).
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { chmod, rename, rm } from 'node:fs/promises';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { StoreItems } from '@microsoft/agents-hosting';
import {
  CREATE_ONLY,
  ETagConflictError,
  KeyFamilies,
  writtenKeys,
  type Store,
  type StoreOptions,
  type Unsubscribe,
  type WriteAlso,
} from './store';

/** The database file inside DATA_DIR. */
export const DATABASE_FILE = 'assistant.sqlite';

const SCHEMA_VERSION = 1;
const PURGE_INTERVAL_MS = 60_000;
/**
 * Checkpoints (copying the write-ahead log into the database file, with an fsync of each) run in a
 * worker thread on a connection of its own, every CHECKPOINT_INTERVAL_MS. Left to the commits, as
 * SQLite does by default after every 1,000 pages, each stopped every turn in flight for tens of
 * milliseconds (half the throughput under load). The main connection still checkpoints by itself
 * when the log reaches WAL_AUTOCHECKPOINT_PAGES (80 MB), should the worker ever fall behind or fail.
 */
const CHECKPOINT_INTERVAL_MS = 250;
const WAL_AUTOCHECKPOINT_PAGES = 10_000;
// A PASSIVE checkpoint never waits for the writer: it copies what is committed and returns.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (a backup, a TRUNCATE checkpoint after a purge): the next round copies it.
  }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});`;
const BUSY_TIMEOUT_MS = 5_000;
// Key ranges end below the highest code point, so that a prefix query can use the primary key.
const PREFIX_END = String.fromCodePoint(0x10ffff);

// A key's row holds its expiry and eTag. Values, SDK items and counters are JSON in `value`; a
// list's items are rows of list_items (appending writes one row instead of rewriting the list).
// Rowid tables, not WITHOUT ROWID: a large value (a long flow's state, a day's counters) fits in its page instead of spilling into overflow pages.
const SCHEMA = `
CREATE TABLE entries (
  key TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('value', 'list')),
  value TEXT,
  etag TEXT NOT NULL,
  expires_at INTEGER
);
CREATE INDEX entries_expiry ON entries (expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE list_items (
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  item TEXT NOT NULL,
  PRIMARY KEY (key, position)
);`;

type StoreItem = StoreItems[string];

/** A change waiting for the group commit; it runs in the batch's transaction, in a savepoint of its own. */
interface WaitingChange {
  /** The keys it changes: a read of one of them commits the batch first. */
  keys: readonly string[];
  apply(now: number): unknown;
  /** Counters of a write, added once per key for the whole batch if the write stands. */
  increment?: WriteAlso['increment'];
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

interface Row {
  kind: 'value' | 'list';
  value: string | null;
  etag: string;
  expires_at: number | null;
}

/** A record of the JSON-file store (see json-migration.ts), with its full key (prefix included). */
export interface ImportedRecord {
  key: string;
  value: unknown;
  eTag: string;
  /** Unix milliseconds, or null without expiry. */
  expiresAt: number | null;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly events = new EventEmitter();
  private readonly purger: NodeJS.Timeout;
  private readonly checkpointer: { worker: Worker; exited: Promise<void> };
  private readonly sql;
  /** better-sqlite3 builds a transaction's wrappers anew on every db.transaction(): built once here. */
  private readonly transaction: Database.Transaction<(step: (now: number) => unknown, now: number) => unknown>;
  /** Changes waiting for the group commit at the end of this turn of the event loop. */
  private waiting: WaitingChange[] = [];
  /** The families `keys` lists: SQLite needs no index for them (the key is the primary key), only the same rules as Redis. */
  private readonly families: KeyFamilies;

  private constructor(
    private readonly db: Database.Database,
    private readonly options: StoreOptions,
  ) {
    this.events.setMaxListeners(0);
    this.families = new KeyFamilies(options.listed);
    this.checkpointer = startCheckpointer(db.name);
    this.sql = {
      row: db.prepare<[string, number], Row>(
        'SELECT kind, value, etag, expires_at FROM entries WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)',
      ),
      // An eTag check needs no value: a state's JSON is not read and decoded only to be compared away.
      etag: db
        .prepare<[string, number], string>('SELECT etag FROM entries WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)')
        .pluck(),
      upsert: db.prepare<[string, Row['kind'], string | null, string, number | null]>(
        `INSERT INTO entries (key, kind, value, etag, expires_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at`,
      ),
      expire: db.prepare<[number | null, string]>('UPDATE entries SET expires_at = ? WHERE key = ?'),
      // A live list's new expiry; no change when the key is no list or expired.
      renewList: db.prepare<[number | null, string, number]>(
        "UPDATE entries SET expires_at = ? WHERE key = ? AND kind = 'list' AND (expires_at IS NULL OR expires_at > ?)",
      ),
      remove: db.prepare<[string]>('DELETE FROM entries WHERE key = ?'),
      removeItems: db.prepare<[string]>('DELETE FROM list_items WHERE key = ?'),
      nextPosition: db.prepare<[string], number>('SELECT coalesce(max(position) + 1, 0) FROM list_items WHERE key = ?').pluck(),
      addItem: db.prepare<[string, number, string]>('INSERT INTO list_items (key, position, item) VALUES (?, ?, ?)'),
      // After the list's last item, in one statement: its position is returned.
      appendItem: db
        .prepare<[{ key: string; item: string }], number>(
          'INSERT INTO list_items (key, position, item) SELECT @key, coalesce(max(position) + 1, 0), @item FROM list_items WHERE key = @key RETURNING position',
        )
        .pluck(),
      trimItems: db.prepare<[string, number]>('DELETE FROM list_items WHERE key = ? AND position < ?'),
      items: db.prepare<[string, number], string>('SELECT item FROM list_items WHERE key = ? AND position >= ? ORDER BY position').pluck(),
      keys: db
        .prepare<[string, string, number], string>(
          'SELECT key FROM entries WHERE key >= ? AND key < ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY key',
        )
        .pluck(),
      purgeItems: db.prepare<[number]>('DELETE FROM list_items WHERE key IN (SELECT key FROM entries WHERE expires_at <= ?)'),
      purgeEntries: db.prepare<[number]>('DELETE FROM entries WHERE expires_at <= ?'),
      ping: db.prepare('SELECT 1').pluck(),
    };
    // Inside the batch's transaction (see commitWaiting) a savepoint: a change that throws rolls back itself only.
    this.transaction = db.transaction((step: (now: number) => unknown, now: number) => step(now));
    this.purger = setInterval(() => {
      try {
        this.purge();
      } catch {
        // The database was busy (a backup, a report): the next round purges it.
      }
    }, PURGE_INTERVAL_MS);
    this.purger.unref();
  }

  /** Opens (or creates) DATA_DIR/assistant.sqlite and removes what expired while it was closed. */
  static open(dataDir: string, options: StoreOptions): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, DATABASE_FILE);
    const created = !existsSync(file);
    const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    try {
      // Personal data: a new file is its owner's only; SQLite gives -wal and -shm the same mode.
      if (created) chmodSync(file, 0o600);
      // For a new file: SQLite's 4 KB pages. A conversation state is a few hundred bytes since its
      // recent messages became a list of their own, and a commit writes every page it changed into
      // the log: 8 KB pages cost 6-8 % more CPU per turn (npm run bench:http).
      db.pragma('page_size = 4096');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      // Deleted rows (erased or expired personal data) are overwritten, not left in free pages.
      db.pragma('secure_delete = ON');
      migrateSchema(db);
    } catch (error) {
      db.close();
      throw error;
    }
    const store = new SqliteStore(db, options);
    store.purge();
    return store;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys?.length) throw new TypeError('read: keys are required');
    if (this.waiting.some((change) => change.keys.some((key) => keys.includes(key)))) this.commitWaiting();
    const now = Date.now();
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.live(this.k(key), now);
      const value = valueOf(row);
      if (row && isObject(value)) items[key] = { ...value, eTag: row.etag };
    }
    return items;
  }

  write(changes: StoreItems, also: WriteAlso = {}): Promise<void> {
    const entries = Object.entries(changes ?? {});
    if (entries.length === 0) return Promise.reject(new TypeError('write: changes are required'));
    const keys = [...writtenKeys(entries, also)];
    try {
      this.families.checkWritable(keys);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.change(keys, (now) => this.writeItems(entries, also, now), also.increment);
  }

  delete(keys: string[]): Promise<void> {
    return this.change(keys, () => keys.forEach((key) => this.put(this.k(key), undefined)));
  }

  claim(key: string, value: unknown, ttlSeconds = 0): Promise<boolean> {
    return this.change([key], (now) => {
      if (this.live(this.k(key), now)) return false;
      this.put(this.k(key), 'value', JSON.stringify(value), expiryOf(ttlSeconds, now));
      return true;
    });
  }

  set(key: string, value: unknown, ttlSeconds = 0): Promise<void> {
    return this.change([key], (now) => this.put(this.k(key), 'value', JSON.stringify(value), expiryOf(ttlSeconds, now)));
  }

  async get<T>(key: string): Promise<T | undefined> {
    this.commitWaiting();
    const row = this.live(this.k(key), Date.now());
    // A list read with get is its items, as with the JSON-file store this store replaces.
    return (row?.kind === 'list' ? this.itemsOf(this.k(key), 0) : valueOf(row)) as T | undefined;
  }

  append(key: string, item: unknown, ttlSeconds = 0): Promise<number> {
    return this.change([key], (now) => this.appendItems(this.k(key), [item], ttlSeconds, now));
  }

  async list<T>(key: string, from = 0): Promise<T[]> {
    this.commitWaiting();
    const full = this.k(key);
    if (this.live(full, Date.now())?.kind !== 'list') return [];
    // A negative index counts from the end, as in Redis LRANGE.
    const start = from < 0 ? Math.max(0, this.sql.nextPosition.get(full)! + from) : from;
    return this.itemsOf(full, start) as T[];
  }

  async keys(prefix: string): Promise<string[]> {
    this.families.checkListable(prefix);
    this.commitWaiting();
    const from = this.k(prefix);
    return this.sql.keys.all(from, from + PREFIX_END, Date.now()).map((key) => key.slice(this.options.prefix.length));
  }

  async increment(key: string, counts: Readonly<Record<string, number>>, ttlSeconds = 0): Promise<void> {
    if (!Object.keys(counts).length) return;
    await this.change([key], (now) => this.addCounts(this.k(key), counts, ttlSeconds, now));
  }

  async counters(key: string): Promise<Record<string, number>> {
    this.commitWaiting();
    return countersOf(this.live(this.k(key), Date.now()));
  }

  async ttl(key: string): Promise<number | undefined> {
    this.commitWaiting();
    const now = Date.now();
    const expiresAt = this.live(this.k(key), now)?.expires_at;
    return expiresAt ? Math.ceil((expiresAt - now) / 1000) : undefined;
  }

  async publish(channel: string, message: unknown): Promise<void> {
    const copy = structuredClone(message);
    // Asynchronous like Redis pub/sub, so publishers never run subscriber code inline.
    setImmediate(() => this.events.emit(channel, copy));
  }

  async subscribe(channel: string, handler: (message: unknown) => void): Promise<Unsubscribe> {
    this.events.on(channel, handler);
    return async () => void this.events.off(channel, handler);
  }

  async ping(): Promise<void> {
    this.sql.ping.get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.commitWaiting();
    clearInterval(this.purger);
    this.events.removeAllListeners();
    // The worker's connection first: the last connection to close checkpoints and removes the log.
    // Referenced again until it has exited, so that a script waiting here is not ended meanwhile.
    this.checkpointer.worker.ref();
    this.checkpointer.worker.postMessage('close');
    await this.checkpointer.exited;
    if (this.db.open) this.db.close();
  }

  /** Deletes expired rows (retention); returns how many keys went. */
  purge(): number {
    if (!this.db.open) return 0;
    const removed = this.immediately((now) => {
      this.sql.purgeItems.run(now);
      return this.sql.purgeEntries.run(now).changes;
    });
    // Expired personal data must not stay readable in the write-ahead log either.
    if (removed > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return removed;
  }

  /**
   * A consistent copy of the database into `target` (SQLite's online backup), while this and other
   * connections go on writing. Written beside the target first, so a target never holds half a copy.
   */
  async backup(target: string): Promise<void> {
    const partial = `${target}.partial`;
    try {
      // All pages in one step: a step-wise backup restarts whenever the assistant writes meanwhile.
      await this.db.backup(partial, { progress: () => 0x7fffffff });
      await chmod(partial, 0o600);
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
  }

  /** Imports records of the JSON-file store in one transaction (their eTags kept); an array becomes a list. */
  importRecords(records: Iterable<ImportedRecord>): number {
    return this.immediately(() => {
      let count = 0;
      for (const { key, value, eTag, expiresAt } of records) {
        if (Array.isArray(value)) {
          this.put(key, 'list', null, expiresAt, eTag);
          value.forEach((item: unknown, position) => this.sql.addItem.run(key, position, JSON.stringify(item)));
        } else {
          this.put(key, 'value', JSON.stringify(value), expiresAt, eTag);
        }
        count++;
      }
      return count;
    });
  }

  /**
   * Runs `step` in a transaction that takes the write lock at once (so no other connection can
   * change what it read before it writes); a throw rolls everything back.
   */
  private immediately<R>(step: (now: number) => R): R {
    this.commitWaiting();
    return this.transaction.immediate(step, Date.now()) as R;
  }

  /**
   * Changes wait for the end of this turn of the event loop and are committed together with the
   * changes of other conversations made meanwhile (group commit): a commit (its WAL frames and
   * locks) is most of what a change costs, and under load a dozen turns share one. Each change keeps
   * its own outcome (a savepoint each: a conflict rolls back that change only) and resolves once
   * committed. Any other call, and a read of a key with a change waiting, commits the waiting
   * changes first, so the store behaves as if each change had been committed at once, in call order.
   */
  private change<R>(keys: readonly string[], step: (now: number) => R, increment?: WriteAlso['increment']): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => this.commitWaiting());
      this.waiting.push({
        keys,
        apply: (now) => this.transaction(step, now),
        increment,
        resolve: resolve as (result: unknown) => void,
        reject,
      });
    });
  }

  /** Commits the changes that wait (see change) in one transaction; each resolves or fails on its own. */
  private commitWaiting(): void {
    if (this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    const outcomes = new Map<WaitingChange, { result?: unknown; error?: unknown }>();
    try {
      this.transaction.immediate((now: number) => {
        const counts = new Map<string, { counts: Record<string, number>; ttlSeconds: number }>();
        for (const change of batch) {
          try {
            outcomes.set(change, { result: change.apply(now) });
          } catch (error) {
            outcomes.set(change, { error });
            continue;
          }
          // The counters of the writes that stand, added once per key for the whole batch.
          for (const { key, counts: added, ttlSeconds = 0 } of change.increment ?? []) {
            const sum = counts.get(key) ?? { counts: {}, ttlSeconds };
            for (const field in added) sum.counts[field] = (sum.counts[field] ?? 0) + added[field]!;
            sum.ttlSeconds = Math.max(sum.ttlSeconds, ttlSeconds);
            counts.set(key, sum);
          }
        }
        for (const [key, sum] of counts) this.addCounts(this.k(key), sum.counts, sum.ttlSeconds, now);
      }, Date.now());
    } catch (error) {
      // Nothing of the batch was committed (the disk full, the database locked too long).
      for (const change of batch) change.reject(error);
      return;
    }
    for (const change of batch) {
      const outcome = outcomes.get(change)!;
      if ('error' in outcome) change.reject(outcome.error);
      else change.resolve(outcome.result);
    }
  }

  /** A turn's write (see write), inside the batch's transaction. */
  private writeItems(entries: Array<[string, StoreItem | undefined]>, also: WriteAlso, now: number): void {
    // Every eTag is checked before anything is written; a conflict throws and rolls back the write.
    for (const [key, item] of entries) {
      const expected: unknown = item?.eTag;
      const current = this.sql.etag.get(this.k(key), now);
      const conflict = expected === CREATE_ONLY ? current !== undefined : Boolean(expected && expected !== '*' && current !== expected);
      if (conflict) throw new ETagConflictError(key);
    }
    const expiresAt = expiryOf(this.options.defaultTtlSeconds, now);
    for (const [key, item] of entries) {
      const { eTag: _ignored, ...doc } = item ?? {};
      this.put(this.k(key), 'value', JSON.stringify(doc), expiresAt);
    }
    for (const { key, value, ttlSeconds = 0 } of also.set ?? [])
      this.put(this.k(key), 'value', JSON.stringify(value), expiryOf(ttlSeconds, now));
    for (const { key, items, keep, ttlSeconds = 0 } of also.append ?? []) {
      const full = this.k(key);
      this.sql.trimItems.run(full, this.appendItems(full, items, ttlSeconds, now) - keep);
    }
  }

  private live(key: string, now: number): Row | undefined {
    return this.sql.row.get(key, now);
  }

  /**
   * Replaces the row of `key` (full key) and drops any list items it had; without a kind, deletes
   * the key. Runs inside the caller's transaction.
   */
  private put(
    key: string,
    kind: Row['kind'] | undefined,
    json: string | null = null,
    expiresAt: number | null = null,
    eTag: string = randomUUID(),
  ) {
    this.sql.removeItems.run(key);
    if (kind) this.sql.upsert.run(key, kind, json, eTag, expiresAt);
    else this.sql.remove.run(key);
  }

  /** Adds to the counters of `key` (full key); runs inside the caller's transaction. */
  private addCounts(key: string, counts: Readonly<Record<string, number>>, ttlSeconds: number, now: number): void {
    if (!Object.keys(counts).length) return;
    const row = this.live(key, now);
    const current = countersOf(row);
    for (const [field, by] of Object.entries(counts)) current[field] = (current[field] ?? 0) + by;
    // Without a TTL the counters keep the expiry they have (as in Redis).
    this.put(key, 'value', JSON.stringify(current), ttlSeconds > 0 ? expiryOf(ttlSeconds, now) : (row?.expires_at ?? null));
  }

  /** Appends to the list `key` (full key) in the caller's transaction; returns the position after its last item. */
  private appendItems(key: string, items: readonly unknown[], ttlSeconds: number, now: number): number {
    // Without a TTL the list keeps the expiry it has (as in Redis). A statement less per call counts: every turn appends.
    const live =
      ttlSeconds > 0 ? this.sql.renewList.run(expiryOf(ttlSeconds, now), key, now).changes > 0 : this.live(key, now)?.kind === 'list';
    if (!live) this.put(key, 'list', null, expiryOf(ttlSeconds, now));
    if (items.length === 0) return this.sql.nextPosition.get(key)!;
    let next = this.sql.appendItem.get({ key, item: JSON.stringify(items[0]) })! + 1;
    for (const item of items.slice(1)) this.sql.addItem.run(key, next++, JSON.stringify(item));
    return next;
  }

  private itemsOf(key: string, from: number): unknown[] {
    return this.sql.items.all(key, from).map((item) => JSON.parse(item) as unknown);
  }

  private k(key: string): string {
    return this.options.prefix + key;
  }
}

function startCheckpointer(file: string): { worker: Worker; exited: Promise<void> } {
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: { module: require.resolve('better-sqlite3'), file, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A worker that fails leaves the checkpoints to the main connection (WAL_AUTOCHECKPOINT_PAGES).
  worker.on('error', () => undefined);
  // It never keeps a process alive (scripts that open the store and exit).
  worker.unref();
  return { worker, exited };
}

function migrateSchema(db: Database.Database): void {
  // Read inside the write lock: two processes opening a new file at once create the tables once.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${DATABASE_FILE} has schema version ${version}; this version of the assistant knows ${SCHEMA_VERSION}`);
    }
    if (version === SCHEMA_VERSION) return;
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function expiryOf(ttlSeconds: number, now: number): number | null {
  return ttlSeconds > 0 ? now + ttlSeconds * 1000 : null;
}

/** The JSON value of a plain row (undefined for a list or no row). */
function valueOf(row: Row | undefined): unknown {
  return row?.kind === 'value' && row.value !== null ? JSON.parse(row.value) : undefined;
}

function countersOf(row: Row | undefined): Record<string, number> {
  const value = valueOf(row);
  return isObject(value) ? { ...(value as Record<string, number>) } : {};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
