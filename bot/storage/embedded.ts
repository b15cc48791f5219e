// The default store for a single-instance installation: everything in memory, every change
// persisted as one small JSON file per key under <dataDir>/store (written to a temporary file and
// renamed, so a crash never leaves half a file). Loaded again on start; expired entries are swept.
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { StoreItems } from '@microsoft/agents-hosting';
import { CREATE_ONLY, ETagConflictError, type Store, type StoreOptions, type Unsubscribe } from './store';

const recordSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  eTag: z.string(),
  expiresAt: z.number().nullable(),
});
type StoredRecord = z.infer<typeof recordSchema>;

const SWEEP_INTERVAL_MS = 60_000;

export class EmbeddedStore implements Store {
  private readonly records = new Map<string, StoredRecord>();
  private readonly pendingWrites = new Map<string, Promise<void>>();
  private readonly events = new EventEmitter();
  private readonly dir: string;
  private sweeper?: NodeJS.Timeout;

  private constructor(
    dataDir: string,
    private readonly options: StoreOptions,
  ) {
    this.dir = path.resolve(dataDir, 'store');
    this.events.setMaxListeners(0);
  }

  static async open(dataDir: string, options: StoreOptions): Promise<EmbeddedStore> {
    const store = new EmbeddedStore(dataDir, options);
    await store.load();
    store.sweeper = setInterval(() => void store.sweep(), SWEEP_INTERVAL_MS);
    store.sweeper.unref();
    return store;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys?.length) throw new TypeError('read: keys are required');
    const items: StoreItems = {};
    for (const key of keys) {
      const record = this.live(key);
      if (record && isObject(record.value)) items[key] = { ...structuredClone(record.value), eTag: record.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || Object.keys(changes).length === 0) throw new TypeError('write: changes are required');
    // Check every item first so that a conflict writes nothing (single process: no await between).
    for (const [key, item] of Object.entries(changes)) {
      const expected = item?.eTag;
      const current = this.live(key);
      const conflict =
        expected === CREATE_ONLY ? current !== undefined : Boolean(expected && expected !== '*' && current?.eTag !== expected);
      if (conflict) throw new ETagConflictError(key);
    }
    const writes = Object.entries(changes).map(([key, item]) => {
      const { eTag: _ignored, ...value } = item ?? {};
      return this.put(key, structuredClone(value), this.options.defaultTtlSeconds);
    });
    await Promise.all(writes);
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.remove(key)));
  }

  async claim(key: string, value: unknown, ttlSeconds = 0): Promise<boolean> {
    if (this.live(key)) return false;
    await this.put(key, structuredClone(value), ttlSeconds);
    return true;
  }

  async set(key: string, value: unknown, ttlSeconds = 0): Promise<void> {
    await this.put(key, structuredClone(value), ttlSeconds);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const record = this.live(key);
    return record ? (structuredClone(record.value) as T) : undefined;
  }

  async append(key: string, item: unknown, ttlSeconds = 0): Promise<number> {
    const current = this.live(key);
    const items = Array.isArray(current?.value) ? [...current.value, structuredClone(item)] : [structuredClone(item)];
    await this.put(key, items, ttlSeconds);
    return items.length;
  }

  async increment(key: string, counts: Readonly<Record<string, number>>, ttlSeconds = 0): Promise<void> {
    if (!Object.keys(counts).length) return;
    // Read and write without an await in between: concurrent increments in this process never lose a count.
    const current = this.countersNow(key);
    for (const [field, by] of Object.entries(counts)) current[field] = (current[field] ?? 0) + by;
    // Without a TTL the counters keep the expiry they have (as in Redis).
    const keep = this.live(key)?.expiresAt;
    await this.put(key, current, ttlSeconds > 0 || !keep ? ttlSeconds : Math.ceil((keep - Date.now()) / 1000));
  }

  async counters(key: string): Promise<Record<string, number>> {
    return this.countersNow(key);
  }

  private countersNow(key: string): Record<string, number> {
    const value = this.live(key)?.value;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, number>) } : {};
  }

  async list<T>(key: string, from = 0): Promise<T[]> {
    const value = this.live(key)?.value;
    return Array.isArray(value) ? (structuredClone(value.slice(from)) as T[]) : [];
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.records.keys()].filter((key) => key.startsWith(prefix) && this.live(key));
  }

  async ttl(key: string): Promise<number | undefined> {
    const expiresAt = this.live(key)?.expiresAt;
    return expiresAt ? Math.ceil((expiresAt - Date.now()) / 1000) : undefined;
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
    await mkdir(this.dir, { recursive: true });
  }

  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.events.removeAllListeners();
    await Promise.all(this.pendingWrites.values());
  }

  /** Removes expired records from memory and disk (retention). */
  async sweep(): Promise<number> {
    const now = Date.now();
    const expired = [...this.records.values()].filter((r) => r.expiresAt !== null && r.expiresAt <= now);
    await Promise.all(expired.map((r) => this.remove(r.key)));
    return expired.length;
  }

  private live(key: string): StoredRecord | undefined {
    const record = this.records.get(key);
    if (record && record.expiresAt !== null && record.expiresAt <= Date.now()) return undefined;
    return record;
  }

  private put(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    const record: StoredRecord = { key, value, eTag: randomUUID(), expiresAt: ttlSeconds > 0 ? Date.now() + ttlSeconds * 1000 : null };
    this.records.set(key, record);
    return this.persist(key, () => this.writeFileAtomically(key, record));
  }

  private remove(key: string): Promise<void> {
    this.records.delete(key);
    return this.persist(key, () => rm(this.fileOf(key), { force: true }));
  }

  /** Serializes file operations per key so that the last change always wins on disk. */
  private persist(key: string, operation: () => Promise<void>): Promise<void> {
    const previous = this.pendingWrites.get(key) ?? Promise.resolve();
    const next = previous.then(operation, operation);
    this.pendingWrites.set(key, next);
    void next
      .finally(() => {
        if (this.pendingWrites.get(key) === next) this.pendingWrites.delete(key);
      })
      .catch(() => undefined);
    return next;
  }

  private async writeFileAtomically(key: string, record: StoredRecord): Promise<void> {
    const file = this.fileOf(key);
    const tmp = `${file}.${randomUUID()}.tmp`;
    await writeFile(tmp, JSON.stringify({ ...record, key: `${this.options.prefix}${key}` }));
    await rename(tmp, file);
  }

  private fileOf(key: string): string {
    return path.join(
      this.dir,
      `${createHash('sha256')
        .update(this.options.prefix + key)
        .digest('hex')}.json`,
    );
  }

  private async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const now = Date.now();
    for (const name of await readdir(this.dir)) {
      const file = path.join(this.dir, name);
      if (name.endsWith('.tmp')) {
        await rm(file, { force: true }); // left over from a crash mid-write
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const parsed = recordSchema.safeParse(safeJson(await readFile(file, 'utf8')));
      if (!parsed.success || !parsed.data.key.startsWith(this.options.prefix)) continue;
      const record = { ...parsed.data, key: parsed.data.key.slice(this.options.prefix.length) };
      if (record.expiresAt !== null && record.expiresAt <= now) await rm(file, { force: true });
      else this.records.set(record.key, record);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
