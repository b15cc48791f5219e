// Redis store for several instances. SDK items live in a hash {doc, etag}; a batch write is one
// Lua script that first compares every expected eTag and only then writes, so a conflict writes
// nothing and two instances can never overwrite each other's update.
import { randomUUID } from 'node:crypto';
import { createClient, type RedisClientType } from 'redis';
import type { StoreItems } from '@microsoft/agents-hosting';
import { CREATE_ONLY, ETagConflictError, type Store, type StoreOptions, type Unsubscribe } from './store';

// KEYS: the items' keys. ARGV[1]: ttl seconds (0 = none); then per key: expected eTag ('' = any), new eTag, doc.
// Returns 0 on success, or the 1-based index of the first conflicting key.
const COMPARE_AND_SET_MANY = `
for i, key in ipairs(KEYS) do
  local expected = ARGV[2 + (i - 1) * 3]
  if expected == ARGV_CREATE_ONLY then
    if redis.call('EXISTS', key) == 1 then return i end
  elseif expected ~= '' then
    local current = redis.call('HGET', key, 'etag')
    if current ~= expected then return i end
  end
end
local ttl = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local base = 2 + (i - 1) * 3
  redis.call('DEL', key)
  redis.call('HSET', key, 'etag', ARGV[base + 1], 'doc', ARGV[base + 2])
  if ttl > 0 then redis.call('EXPIRE', key, ttl) end
end
return 0`.replace('ARGV_CREATE_ONLY', `'${CREATE_ONLY}'`);

export class RedisStore implements Store {
  private subscriber?: RedisClientType;

  private constructor(
    private readonly client: RedisClientType,
    private readonly options: StoreOptions,
  ) {}

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
    return new RedisStore(client, options);
  }

  /** The connection itself, for libraries that keep their own keys in Redis (rate limits in bot/limits.ts). */
  redisClient(): RedisClientType {
    return this.client;
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
    const multi = this.client.multi();
    for (const key of keys) multi.hGetAll(this.k(key));
    const replies = (await multi.exec()) as unknown as Array<Record<string, string>>;
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const hash = replies[i];
      if (hash?.doc && hash.etag) items[key] = { ...JSON.parse(hash.doc), eTag: hash.etag };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes ?? {});
    if (entries.length === 0) throw new TypeError('write: changes are required');
    const args = [String(this.options.defaultTtlSeconds)];
    for (const [, item] of entries) {
      const { eTag, ...doc } = item ?? {};
      args.push(eTag && eTag !== '*' ? String(eTag) : '', randomUUID(), JSON.stringify(doc));
    }
    const conflict = Number(await this.client.eval(COMPARE_AND_SET_MANY, { keys: entries.map(([key]) => this.k(key)), arguments: args }));
    if (conflict > 0) throw new ETagConflictError(entries[conflict - 1]![0]);
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length) await this.client.del(keys.map((key) => this.k(key)));
  }

  async claim(key: string, value: unknown, ttlSeconds = 0): Promise<boolean> {
    const reply = await this.client.set(this.k(key), JSON.stringify(value), ttlSeconds > 0 ? { NX: true, EX: ttlSeconds } : { NX: true });
    return reply === 'OK';
  }

  async set(key: string, value: unknown, ttlSeconds = 0): Promise<void> {
    await this.client.set(this.k(key), JSON.stringify(value), ttlSeconds > 0 ? { EX: ttlSeconds } : {});
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.client.get(this.k(key));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async append(key: string, item: unknown, ttlSeconds = 0): Promise<number> {
    const multi = this.client.multi().rPush(this.k(key), JSON.stringify(item));
    if (ttlSeconds > 0) multi.expire(this.k(key), ttlSeconds);
    const [length] = (await multi.exec()) as unknown as [number];
    return Number(length);
  }

  async increment(key: string, counts: Readonly<Record<string, number>>, ttlSeconds = 0): Promise<void> {
    const entries = Object.entries(counts);
    if (!entries.length) return;
    const multi = this.client.multi();
    for (const [field, by] of entries) multi.hIncrBy(this.k(key), field, by);
    if (ttlSeconds > 0) multi.expire(this.k(key), ttlSeconds);
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
    const found: string[] = [];
    for await (const batch of this.client.scanIterator({ MATCH: `${escapeGlob(this.k(prefix))}*`, COUNT: 500 })) {
      for (const key of batch) found.push(key.slice(this.options.prefix.length));
    }
    return found;
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
