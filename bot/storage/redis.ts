// Redis store for several instances. SDK items live in a hash {doc, etag}; a batch write is one
// Lua script that first compares every expected eTag and only then writes, so a conflict writes
// nothing and two instances can never overwrite each other's update.
import { createHash, randomUUID } from 'node:crypto';
import { createClient, type RedisClientType } from 'redis';
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

// KEYS: the items' keys, then the keys of `also.set`, of `also.append`, then those of `also.increment`.
// ARGV[1]: ttl seconds of the items (0 = none), ARGV[2]: number of items, ARGV[3]: number of sets,
// ARGV[4]: number of lists appended to; then per item: expected eTag ('' = any), new eTag, doc; per
// set: value, ttl; per list: ttl, items to keep, number of items, then the items; per counter key:
// ttl, number of fields, then field and amount for each.
// Returns 0 on success, or the 1-based index of the first conflicting key.
const COMPARE_AND_SET_MANY = `
local items, sets, lists = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
for i = 1, items do
  local expected = ARGV[5 + (i - 1) * 3]
  if expected == ARGV_CREATE_ONLY then
    if redis.call('EXISTS', KEYS[i]) == 1 then return i end
  elseif expected ~= '' then
    local current = redis.call('HGET', KEYS[i], 'etag')
    if current ~= expected then return i end
  end
end
local ttl = tonumber(ARGV[1])
for i = 1, items do
  local base = 5 + (i - 1) * 3
  redis.call('DEL', KEYS[i])
  redis.call('HSET', KEYS[i], 'etag', ARGV[base + 1], 'doc', ARGV[base + 2])
  if ttl > 0 then redis.call('EXPIRE', KEYS[i], ttl) end
end
local a = 5 + items * 3
for i = items + 1, items + sets do
  if tonumber(ARGV[a + 1]) > 0 then redis.call('SET', KEYS[i], ARGV[a], 'EX', ARGV[a + 1]) else redis.call('SET', KEYS[i], ARGV[a]) end
  a = a + 2
end
-- Lists and counters with pcall: a script is not rolled back, so a list or counter that cannot be
-- written (a key of the wrong type) must not fail a write whose items are already written.
for i = items + sets + 1, items + sets + lists do
  local listTtl, keep, count = tonumber(ARGV[a]), tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  a = a + 3
  if count > 0 then redis.pcall('RPUSH', KEYS[i], unpack(ARGV, a, a + count - 1)) end
  a = a + count
  redis.pcall('LTRIM', KEYS[i], -keep, -1)
  if listTtl > 0 then redis.pcall('EXPIRE', KEYS[i], listTtl) end
end
for i = items + sets + lists + 1, #KEYS do
  local counterTtl, fields = tonumber(ARGV[a]), tonumber(ARGV[a + 1])
  a = a + 2
  for _ = 1, fields do
    redis.pcall('HINCRBY', KEYS[i], ARGV[a], ARGV[a + 1])
    a = a + 2
  end
  if counterTtl > 0 then redis.pcall('EXPIRE', KEYS[i], counterTtl) end
end
return 0`.replace('ARGV_CREATE_ONLY', `'${CREATE_ONLY}'`);

// The index of the listed key families (see LISTED_FAMILIES): a sorted set of their keys (all with
// score 0, so that a prefix is a range by name) and a sorted set of those with a time to live, by
// their expiry. Keys are added where they are written and removed where they are deleted; an
// expired key leaves the index at the next listing, which also drops members whose key is gone.

// KEYS[1]: the key, KEYS[2]: the index, KEYS[3]: the expiry index; ARGV[1]: the value, ARGV[2]: ttl
// seconds (0 = none), ARGV[3]: now (ms). Returns 1 when this caller got the key.
const CLAIM_LISTED = `
local ttl = tonumber(ARGV[2])
local got
if ttl > 0 then got = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ttl) else got = redis.call('SET', KEYS[1], ARGV[1], 'NX') end
if not got then return 0 end
redis.call('ZADD', KEYS[2], 0, KEYS[1])
if ttl > 0 then redis.call('ZADD', KEYS[3], tonumber(ARGV[3]) + ttl * 1000, KEYS[1]) else redis.call('ZREM', KEYS[3], KEYS[1]) end
return 1`;

// KEYS[1]: the index, KEYS[2]: the expiry index; ARGV[1]: now (ms), ARGV[2] and ARGV[3]: the range
// of names ('[first', '(bound'). Returns the keys in the range that exist.
const LIST_LISTED = `
for _, key in ipairs(redis.call('ZRANGE', KEYS[2], '-inf', ARGV[1], 'BYSCORE', 'LIMIT', 0, 1000)) do
  redis.call('ZREM', KEYS[2], key)
  if redis.call('EXISTS', key) == 0 then redis.call('ZREM', KEYS[1], key) end
end
local found = {}
for _, key in ipairs(redis.call('ZRANGE', KEYS[1], ARGV[2], ARGV[3], 'BYLEX')) do
  if redis.call('EXISTS', key) == 1 then found[#found + 1] = key else redis.call('ZREM', KEYS[1], key) end
end
return found`;

/** A Lua script with its SHA1, by which Redis runs it once it knows it. */
const script = (text: string) => ({ text, sha: createHash('sha1').update(text).digest('hex') });
const SCRIPTS = { compareAndSet: script(COMPARE_AND_SET_MANY), claimListed: script(CLAIM_LISTED), listListed: script(LIST_LISTED) };
type Script = (typeof SCRIPTS)[keyof typeof SCRIPTS];

/** How long a command may take before it fails (node-redis's default for its own timeouts). */
const COMMAND_TIMEOUT_MS = 5_000;

/**
 * Deadlines for the commands of every turn (reading and writing its state), checked by one timer
 * instead of node-redis's: that gives each command a timer of its own (AbortSignal.timeout), which
 * lives on for the full 5 s after the reply. At thousands of commands a second those timers cost
 * a fifth of the server's CPU per turn and, promoted to the old generation, 100 MB of memory
 * (npm run bench:http). A command fails between 5 and 6 s after it was sent.
 */
class Deadlines {
  private readonly pending = new Set<{ since: number; reject: (error: Error) => void }>();
  private readonly timer = setInterval(() => this.expire(), 1_000).unref();

  within<T>(command: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry = { since: Date.now(), reject };
      this.pending.add(entry);
      command.then(
        (value) => {
          this.pending.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          this.pending.delete(entry);
          reject(error);
        },
      );
    });
  }

  private expire(): void {
    const now = Date.now();
    // A Set keeps insertion order: the first entry that is young enough ends the search.
    for (const entry of this.pending) {
      if (now - entry.since < COMMAND_TIMEOUT_MS) return;
      this.pending.delete(entry);
      entry.reject(new Error(`Redis did not answer within ${COMMAND_TIMEOUT_MS} ms`));
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}

export class RedisStore implements Store {
  readonly kind = 'redis';
  private subscriber?: RedisClientType;
  /** The same connection without node-redis's per-command timers, for the commands under `deadlines`. */
  private readonly untimed: RedisClientType;
  private readonly deadlines = new Deadlines();
  private readonly families: KeyFamilies;
  /** The index of the listed key families (full keys), and its members with a time to live by expiry. */
  private readonly index: { keys: string; expiry: string };

  private constructor(
    private readonly client: RedisClientType,
    private readonly options: StoreOptions,
  ) {
    this.untimed = client.withCommandOptions({ timeout: 0 }) as RedisClientType;
    this.families = new KeyFamilies(options.listed);
    this.index = { keys: this.k('store-index/keys'), expiry: this.k('store-index/expiry') };
  }

  /**
   * Connects, retrying while Redis is not reachable (it may start after us); each failed attempt is
   * reported to `waiting`. Throws after `startupTimeoutMs` without a connection.
   */
  static async open(
    url: string,
    options: StoreOptions,
    startup: { timeoutMs: number; waiting?: (address: string, attempt: number, error: string) => void } = { timeoutMs: 30_000 },
  ): Promise<RedisStore> {
    const client: RedisClientType = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2000) } });
    const address = redisAddress(url);
    let attempts = 0;
    let lastError = 'no answer';
    const onStartupError = (error: NodeJS.ErrnoException) => {
      // The code (ECONNREFUSED) or the server's reply; never the URL, which may hold the password.
      lastError = error.code ?? error.message;
      startup.waiting?.(address, ++attempts, lastError);
    };
    client.on('error', onStartupError);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.connect(),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new RedisUnreachableError(address, startup.timeoutMs, lastError)), startup.timeoutMs);
        }),
      ]);
    } catch (error) {
      client.destroy();
      throw error instanceof RedisUnreachableError ? error : new RedisUnreachableError(address, startup.timeoutMs, lastError);
    } finally {
      clearTimeout(timer);
      client.off('error', onStartupError);
    }
    // From now on errors surface through commands and /readyz; an unhandled 'error' event would crash the process.
    client.on('error', () => undefined);
    const store = new RedisStore(client, options);
    try {
      await store.indexExisting();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /**
   * Adds the keys of listed families that are not in the index yet: those of a version before the
   * index, or written by one during a rolling update (the last instance to start sees them all). One
   * walk through the keyspace per start; listing itself never walks it.
   */
  private async indexExisting(): Promise<void> {
    const fullFamilies = this.families.under(this.options.prefix);
    for await (const batch of this.client.scanIterator({ MATCH: `${escapeGlob(this.options.prefix)}*`, COUNT: 1000 })) {
      const keys = batch.filter((key) => fullFamilies.has(key));
      if (!keys.length) continue;
      const ttls = (await Promise.all(keys.map((key) => this.client.pTTL(key)))).map(Number);
      const now = Date.now();
      const multi = this.client.multi();
      keys.forEach((key, i) => {
        multi.zAdd(this.index.keys, { score: 0, value: key });
        if (ttls[i]! > 0) multi.zAdd(this.index.expiry, { score: now + ttls[i]!, value: key });
      });
      await multi.exec();
    }
  }

  /**
   * The connection itself, for libraries that keep their own keys in Redis (rate limits in
   * bot/limits.ts). Its commands have no timeout of their own: pass them through `within`.
   */
  redisClient(): RedisClientType {
    return this.untimed;
  }

  /** Fails a command of redisClient() that Redis does not answer in time. */
  within<T>(command: Promise<T>): Promise<T> {
    return this.deadlines.within(command);
  }

  /** Prefix of this installation's keys. */
  get keyPrefix(): string {
    return this.options.prefix;
  }

  private k(key: string): string {
    return this.options.prefix + key;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys?.length) throw new TypeError('read: keys are required');
    const replies = await this.hashes(keys);
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const hash = replies[i];
      if (hash?.doc && hash.etag) items[key] = { ...JSON.parse(hash.doc), eTag: hash.etag };
    });
    return items;
  }

  async write(changes: StoreItems, also: WriteAlso = {}): Promise<void> {
    const entries = Object.entries(changes ?? {});
    if (entries.length === 0) throw new TypeError('write: changes are required');
    this.families.checkWritable(writtenKeys(entries, also));
    const sets = also.set ?? [];
    const lists = also.append ?? [];
    const counters = (also.increment ?? []).filter(({ counts }) => Object.keys(counts).length);
    const keys = [
      ...entries.map(([key]) => key),
      ...sets.map(({ key }) => key),
      ...lists.map(({ key }) => key),
      ...counters.map(({ key }) => key),
    ].map((key) => this.k(key));
    const args = [String(this.options.defaultTtlSeconds), String(entries.length), String(sets.length), String(lists.length)];
    for (const [, item] of entries) {
      const { eTag, ...doc } = item ?? {};
      args.push(eTag && eTag !== '*' ? String(eTag) : '', randomUUID(), JSON.stringify(doc));
    }
    for (const { value, ttlSeconds = 0 } of sets) args.push(JSON.stringify(value), String(ttlSeconds));
    for (const { items, keep, ttlSeconds = 0 } of lists) {
      args.push(String(ttlSeconds), String(keep), String(items.length), ...items.map((item) => JSON.stringify(item)));
    }
    for (const { counts, ttlSeconds = 0 } of counters) {
      const fields = Object.entries(counts);
      args.push(String(ttlSeconds), String(fields.length), ...fields.flatMap(([field, by]) => [field, String(by)]));
    }
    const conflict = Number(await this.evalScript(SCRIPTS.compareAndSet, keys, args));
    if (conflict > 0) throw new ETagConflictError(entries[conflict - 1]![0]);
  }

  private async hashes(keys: string[]): Promise<Array<Record<string, string>>> {
    // One key (a turn's state) needs no transaction around its one command.
    if (keys.length === 1) return [await this.deadlines.within(this.untimed.hGetAll(this.k(keys[0]!)))];
    const multi = this.client.multi();
    for (const key of keys) multi.hGetAll(this.k(key));
    return (await multi.exec()) as unknown as Array<Record<string, string>>;
  }

  /** A script by its hash (Redis keeps it after the first call), by its text only when Redis does not know it yet. */
  private async evalScript({ text, sha }: Script, keys: string[], args: string[]): Promise<unknown> {
    try {
      return await this.deadlines.within(this.untimed.evalSha(sha, { keys, arguments: args }));
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
      return this.deadlines.within(this.untimed.eval(text, { keys, arguments: args }));
    }
  }

  /** Adds a key of a listed family to the index, in the transaction that writes it. */
  private indexIn(multi: ReturnType<RedisClientType['multi']>, key: string, ttlSeconds: number, keepsTtl: boolean): void {
    if (!this.families.has(key)) return;
    multi.zAdd(this.index.keys, { score: 0, value: this.k(key) });
    if (ttlSeconds > 0) multi.zAdd(this.index.expiry, { score: Date.now() + ttlSeconds * 1000, value: this.k(key) });
    else if (!keepsTtl) multi.zRem(this.index.expiry, this.k(key));
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys.length) return;
    const full = keys.map((key) => this.k(key));
    const listed = keys.filter((key) => this.families.has(key)).map((key) => this.k(key));
    if (!listed.length) {
      await this.client.del(full);
      return;
    }
    await this.client.multi().del(full).zRem(this.index.keys, listed).zRem(this.index.expiry, listed).exec();
  }

  async claim(key: string, value: unknown, ttlSeconds = 0): Promise<boolean> {
    if (this.families.has(key)) {
      const args = [JSON.stringify(value), String(Math.max(0, ttlSeconds)), String(Date.now())];
      return Number(await this.evalScript(SCRIPTS.claimListed, [this.k(key), this.index.keys, this.index.expiry], args)) === 1;
    }
    const reply = await this.client.set(this.k(key), JSON.stringify(value), ttlSeconds > 0 ? { NX: true, EX: ttlSeconds } : { NX: true });
    return reply === 'OK';
  }

  async set(key: string, value: unknown, ttlSeconds = 0): Promise<void> {
    const multi = this.client.multi().set(this.k(key), JSON.stringify(value), ttlSeconds > 0 ? { EX: ttlSeconds } : {});
    this.indexIn(multi, key, ttlSeconds, false);
    await multi.exec();
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.client.get(this.k(key));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async append(key: string, item: unknown, ttlSeconds = 0): Promise<number> {
    const multi = this.client.multi().rPush(this.k(key), JSON.stringify(item));
    if (ttlSeconds > 0) multi.expire(this.k(key), ttlSeconds);
    this.indexIn(multi, key, ttlSeconds, true);
    const [length] = (await multi.exec()) as unknown as [number];
    return Number(length);
  }

  async increment(key: string, counts: Readonly<Record<string, number>>, ttlSeconds = 0): Promise<void> {
    const entries = Object.entries(counts);
    if (!entries.length) return;
    const multi = this.client.multi();
    for (const [field, by] of entries) multi.hIncrBy(this.k(key), field, by);
    if (ttlSeconds > 0) multi.expire(this.k(key), ttlSeconds);
    this.indexIn(multi, key, ttlSeconds, true);
    await multi.exec();
  }

  async counters(key: string): Promise<Record<string, number>> {
    const raw = await this.client.hGetAll(this.k(key));
    return Object.fromEntries(Object.entries(raw).map(([field, value]) => [field, Number(value)]));
  }

  async list<T>(key: string, from = 0): Promise<T[]> {
    const raw = await this.client.lRange(this.k(key), from, -1);
    return raw.map((entry) => JSON.parse(entry) as T);
  }

  async keys(prefix: string): Promise<string[]> {
    this.families.checkListable(prefix);
    const first = this.k(prefix);
    // The first name after every name that starts with the prefix: its last character, one higher.
    const bound = first.slice(0, -1) + String.fromCodePoint(first.codePointAt(first.length - 1)! + 1);
    const args = [String(Date.now()), `[${first}`, `(${bound}`];
    const found = (await this.evalScript(SCRIPTS.listListed, [this.index.keys, this.index.expiry], args)) as string[];
    return found.map((key) => key.slice(this.options.prefix.length));
  }

  async ttl(key: string): Promise<number | undefined> {
    const seconds = await this.client.ttl(this.k(key));
    return seconds > 0 ? seconds : undefined;
  }

  async publish(channel: string, message: unknown): Promise<void> {
    await this.client.publish(this.k(channel), JSON.stringify(message));
  }

  async subscribe(channel: string, handler: (message: unknown) => void): Promise<Unsubscribe> {
    if (!this.subscriber) {
      this.subscriber = this.client.duplicate();
      this.subscriber.on('error', () => undefined);
      await this.subscriber.connect();
    }
    const subscriber = this.subscriber;
    const listener = (raw: string) => handler(JSON.parse(raw));
    await subscriber.subscribe(this.k(channel), listener);
    return async () => {
      if (subscriber.isOpen) await subscriber.unsubscribe(this.k(channel), listener);
    };
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    this.deadlines.close();
    await Promise.allSettled([this.subscriber?.isOpen && this.subscriber.close(), this.client.isOpen && this.client.close()]);
  }
}

/** Redis could not be reached at start-up; the message names host and port only. */
class RedisUnreachableError extends Error {
  constructor(address: string, timeoutMs: number, reason: string) {
    super(`Redis at ${address} not reachable within ${timeoutMs / 1000} s (STORE_STARTUP_TIMEOUT_MS): ${reason}`);
    this.name = 'RedisUnreachableError';
  }
}

/** "host:port" of a Redis URL, without user and password. */
function redisAddress(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 6379}`;
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
