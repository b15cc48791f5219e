// The one storage abstraction of the assistant. It is the Agents SDK's `Storage` (read, write,
// delete with eTags) plus the few primitives that state shared between instances needs:
// set-if-absent claims, append-only lists, key listing and pub/sub. Two implementations:
// SqliteStore (one process, one SQLite file in DATA_DIR) and RedisStore (several instances).
import type { Storage, StoreItems } from '@microsoft/agents-hosting';
import type { RedisStore } from './redis';

export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`eTag conflict on storage key "${key}"`);
    this.name = 'ETagConflictError';
  }
}

/**
 * An eTag for an item that must not exist yet: the write succeeds only if no other writer created
 * the key first. (The SDK's "no eTag" means "overwrite", which would let two first turns of a new
 * conversation overwrite each other.)
 */
export const CREATE_ONLY = '@create-only';

export type Unsubscribe = () => Promise<void>;

/**
 * Writes that go with a batch of items (Store.write): made in the same step as the items, and only
 * when every eTag of the batch matched. A turn saves its state, the conversation's reference and its
 * usage counters this way: one round trip (one transaction) instead of three, and nothing is
 * counted for a turn that lost an eTag race and runs again.
 */
export interface WriteAlso {
  /** Plain values, as `set` writes them. */
  set?: ReadonlyArray<{ key: string; value: unknown; ttlSeconds?: number }>;
  /** Items added to the end of a list (as `append` adds them) that then keeps only its last `keep` items. */
  append?: ReadonlyArray<{ key: string; items: readonly unknown[]; keep: number; ttlSeconds?: number }>;
  /** Counters, as `increment` adds to them. */
  increment?: ReadonlyArray<{ key: string; counts: Readonly<Record<string, number>>; ttlSeconds?: number }>;
}

export interface Store extends Storage {
  /** Which store this is; see isRedisStore. */
  readonly kind: 'sqlite' | 'redis';
  /** Items that do not exist are absent from the result. */
  read(keys: string[]): Promise<StoreItems>;
  /**
   * Writes each item. Without eTag (or with "*") the write is unconditional; otherwise it is an
   * atomic compare-and-set that throws ETagConflictError when the stored eTag differs or the
   * item no longer exists; with CREATE_ONLY when the item already exists. Items get a fresh eTag and the store's default time to live.
   * `also` is written in the same step, only when the items are (see WriteAlso).
   */
  write(changes: StoreItems, also?: WriteAlso): Promise<void>;
  delete(keys: string[]): Promise<void>;

  /** Sets `key` only if it does not exist. Returns true if this caller got it. */
  claim(key: string, value: unknown, ttlSeconds?: number): Promise<boolean>;
  /** Sets `key` unconditionally (plain values, not SDK items). */
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  /** Reads a value written by claim or set (or undefined). */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Appends to a list and returns its new length; the TTL (if any) is renewed. */
  append(key: string, item: unknown, ttlSeconds?: number): Promise<number>;
  /** The list items from index `from` (inclusive). */
  list<T = unknown>(key: string, from?: number): Promise<T[]>;
  /** All keys that start with `prefix`, which must lie in a listed family (LISTED_FAMILIES). */
  keys(prefix: string): Promise<string[]>;
  /**
   * Adds to named counters of `key` in one atomic step (Redis HINCRBY in a transaction), so that
   * several instances count together; the TTL (if any) is renewed.
   */
  increment(key: string, counts: Readonly<Record<string, number>>, ttlSeconds?: number): Promise<void>;
  /** The counters of `key` (empty when it does not exist). */
  counters(key: string): Promise<Record<string, number>>;
  /** Seconds until `key` expires, or undefined without expiry or when it does not exist. */
  ttl(key: string): Promise<number | undefined>;

  publish(channel: string, message: unknown): Promise<void>;
  subscribe(channel: string, handler: (message: unknown) => void): Promise<Unsubscribe>;

  /** Throws when the store is not reachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The Redis store, told apart by its kind and not by its class: an instance on SQLite then never
 * loads the Redis client (about 20 MB of memory it would not use).
 */
export function isRedisStore(store: Store): store is RedisStore {
  return store.kind === 'redis';
}

export interface StoreOptions {
  /** Prepended to every key, so that several installations can share one Redis. */
  prefix: string;
  /** Default time to live for SDK writes (conversation state), in seconds; 0 = no expiry. */
  defaultTtlSeconds: number;
  /** The key families `keys` can list (default LISTED_FAMILIES). */
  listed?: readonly string[];
}

/**
 * The key families that `Store.keys` lists: cases with their work and runs, appointment slots, the
 * outbox, handoff, knowledge edits, town data and unanswered questions (each module's prefix).
 * Redis keeps an index of these keys, so that listing never walks the whole keyspace, which is
 * mostly conversations. Listing another prefix, or writing such a key with `write` (whose keys are
 * not indexed), is a programming error in both stores.
 */
const LISTED_FAMILIES: readonly string[] = [
  'appointments/slots/',
  'case-runs/',
  'case-work/',
  'cases/',
  'handoff/',
  'knowledge/edits/',
  'outbox/',
  'town/',
  'unanswered/',
];

export class KeyFamilies {
  constructor(private readonly families: readonly string[] = LISTED_FAMILIES) {}

  /** Whether `key` belongs to a listed family. */
  has(key: string): boolean {
    return this.families.some((family) => key.startsWith(family));
  }

  /** The same families under a key prefix (full keys, as Redis sees them). */
  under(prefix: string): KeyFamilies {
    return new KeyFamilies(this.families.map((family) => prefix + family));
  }

  /** Throws unless every key of `prefix` belongs to a listed family. */
  checkListable(prefix: string): void {
    if (!this.has(prefix)) throw new Error(`keys("${prefix}"): not a listed key family (LISTED_FAMILIES in storage/store.ts)`);
  }

  /** Throws when `write` is given a key of a listed family (write's keys are not indexed). */
  checkWritable(keys: Iterable<string>): void {
    for (const key of keys) if (this.has(key)) throw new Error(`write("${key}"): a listed key family is written with set, claim or append`);
  }
}

/** Every key a `write` touches: its items' and those of `also`. */
export function* writtenKeys(entries: ReadonlyArray<readonly [string, unknown]>, also: WriteAlso): Generator<string> {
  for (const [key] of entries) yield key;
  for (const part of [also.set, also.append, also.increment]) for (const { key } of part ?? []) yield key;
}
