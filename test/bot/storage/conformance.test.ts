// One conformance suite for both stores: what the assistant relies on, written once.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { RedisStore } from '../../../bot/storage/redis';
import { DATABASE_FILE, SqliteStore } from '../../../bot/storage/sqlite';
import { CREATE_ONLY, ETagConflictError, type Store } from '../../../bot/storage';
import { tempDataDir } from '../../helpers/harness';
import { eventually } from '../../helpers/staff';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';

interface Harness {
  /** Opens a client of the same backing store (for Redis: another connection). */
  open(): Promise<Store>;
  /** Closes every client opened. */
  close(): Promise<void>;
}

function conformance(name: string, makeHarness: () => Harness) {
  let harness: Harness;
  let store: Store;
  const open = () => harness.open();

  beforeEach(async () => {
    harness = makeHarness();
    store = await open();
  });
  afterEach(() => harness.close());

  test(`${name}: a written item reads back with an eTag, and a missing key is absent`, async () => {
    await store.write({ a: { n: 1, text: 'Grüße aus Mömbris' } });
    const items = await store.read(['a', 'missing']);
    expect(items.a).toMatchObject({ n: 1, text: 'Grüße aus Mömbris' });
    expect(typeof items.a.eTag).toBe('string');
    expect('missing' in items).toBe(false);
  });

  test(`${name}: writing with the current eTag updates and changes the eTag`, async () => {
    await store.write({ a: { n: 1 } });
    const first = (await store.read(['a'])).a;
    await store.write({ a: { ...first, n: 2 } });
    const second = (await store.read(['a'])).a;
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  test(`${name}: a stale eTag is a conflict and the whole batch writes nothing`, async () => {
    await store.write({ a: { n: 1 }, b: { n: 1 } });
    const stale = await store.read(['a', 'b']);
    await store.write({ a: { ...stale.a, n: 2 } });
    await expect(store.write({ b: { ...stale.b, n: 5 }, a: { ...stale.a, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    const now = await store.read(['a', 'b']);
    expect(now.a.n).toBe(2);
    expect(now.b.n).toBe(1);
  });

  test(`${name}: writes made at once each keep their own outcome, and a conflicting one counts nothing`, async () => {
    await store.write({ a: { n: 1 }, b: { n: 1 } });
    const stale = await store.read(['a', 'b']);
    const counted = { increment: [{ key: 'stats', counts: { turns: 1 } }] };
    const outcomes = await Promise.allSettled([
      store.write({ a: { ...stale.a, n: 2 } }, counted),
      // Made with the same eTag as the first, which has changed it by then.
      store.write({ a: { ...stale.a, n: 3 } }, counted),
      store.write({ b: { ...stale.b, n: 4 } }, counted),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(ETagConflictError);
    const now = await store.read(['a', 'b']);
    expect([now.a.n, now.b.n]).toEqual([2, 4]);
    expect(await store.counters('stats')).toEqual({ turns: 2 });
  });

  test(`${name}: a write appends to a list that keeps its last items, and a conflicting write appends nothing`, async () => {
    const appended = (items: string[]) => ({ append: [{ key: 'recent', items, keep: 3, ttlSeconds: 60 }] });
    await store.write({ a: { n: 1 } }, appended(['eins', 'zwei']));
    const current = (await store.read(['a'])).a;
    await store.write({ a: { ...current, n: 2 } }, appended(['drei', 'vier']));
    await expect(store.write({ a: { ...current, n: 3 } }, appended(['fünf']))).rejects.toBeInstanceOf(ETagConflictError);
    expect(await store.list('recent')).toEqual(['zwei', 'drei', 'vier']);
    expect(await store.ttl('recent')).toBeGreaterThan(50);
    await store.append('recent', 'sechs');
    expect(await store.list('recent', -2)).toEqual(['vier', 'sechs']);
  });

  test(`${name}: what is asked right after a write, without waiting for it, sees the write`, async () => {
    const written = store.write({ k: { n: 1 } });
    const [read, claimed] = [store.read(['k']), store.claim('other', true)];
    await written;
    expect((await read).k.n).toBe(1);
    expect(await claimed).toBe(true);
    const rewritten = store.write({ k: { n: 2 } }, { set: [{ key: 'ref', value: 'r' }] });
    const [value, items] = [store.get('ref'), store.read(['k'])];
    await rewritten;
    expect(await value).toBe('r');
    expect((await items).k.n).toBe(2);
  });

  test(`${name}: changes made at once take effect in call order, each with its own result`, async () => {
    const results = await Promise.all([
      store.claim('c', 1),
      store.claim('c', 2),
      store.append('l', 'a'),
      store.append('l', 'b'),
      store.delete(['c']),
      store.claim('c', 3),
    ]);
    expect(results).toEqual([true, false, 1, 2, undefined, true]);
    expect(await store.get('c')).toBe(3);
    expect(await store.list('l')).toEqual(['a', 'b']);
  });

  test(`${name}: a change that fails, made together with others, fails alone`, async () => {
    const outcomes = await Promise.allSettled([store.set('a', 1), store.set('b', { amount: 10n }), store.claim('c', 3)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual([1, undefined, 3]);
  });

  test(`${name}: without eTag or with "*" the write is unconditional`, async () => {
    await store.write({ a: { n: 1 } });
    await store.write({ a: { n: 2 } });
    await store.write({ a: { n: 3, eTag: '*' } });
    expect((await store.read(['a'])).a.n).toBe(3);
  });

  test(`${name}: CREATE_ONLY succeeds once and then conflicts`, async () => {
    await store.write({ fresh: { n: 1, eTag: CREATE_ONLY } });
    await expect(store.write({ fresh: { n: 2, eTag: CREATE_ONLY } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await store.read(['fresh'])).fresh.n).toBe(1);
  });

  test(`${name}: an eTag for an item deleted meanwhile is a conflict (no resurrection)`, async () => {
    await store.write({ a: { n: 1 } });
    const read = (await store.read(['a'])).a;
    await store.delete(['a']);
    await expect(store.write({ a: { ...read, n: 2 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect(await store.read(['a'])).toEqual({});
  });

  test(`${name}: batch read, write and delete`, async () => {
    await store.write({ x: { v: 'x' }, y: { v: 'y' }, z: { v: 'z' } });
    expect(Object.keys(await store.read(['x', 'y', 'z'])).sort()).toEqual(['x', 'y', 'z']);
    await store.delete(['x', 'z']);
    const left = await store.read(['x', 'y', 'z']);
    expect(Object.keys(left)).toEqual(['y']);
  });

  test(`${name}: two clients incrementing the same key concurrently lose no update`, async () => {
    const other = await open();
    await store.write({ counter: { n: 0 } });
    const increment = async (client: Store) => {
      for (;;) {
        const current = (await client.read(['counter'])).counter;
        try {
          await client.write({ counter: { ...current, n: current.n + 1 } });
          return;
        } catch (error) {
          if (!(error instanceof ETagConflictError)) throw error;
        }
      }
    };
    const work = Array.from({ length: 40 }, (_, i) => increment(i % 2 ? store : other));
    await Promise.all(work);
    expect((await store.read(['counter'])).counter.n).toBe(40);
  });

  test(`${name}: state writes get the default time to live`, async () => {
    await store.write({ a: { n: 1 } });
    const ttl = await store.ttl('a');
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  test(`${name}: claim is granted to exactly one of many concurrent callers`, async () => {
    const other = await open();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? store : other).claim('slot', { by: i }, 60)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.get<{ by: number }>('slot')).toEqual({ by: results.indexOf(true) });
  });

  test(`${name}: counters add up, also when many increments run at once`, async () => {
    expect(await store.counters('stats')).toEqual({});
    await Promise.all(Array.from({ length: 50 }, () => store.increment('stats', { messages: 1, 'topic:hundesteuer': 2 }, 60)));
    await store.increment('stats', { messages: -1 });
    expect(await store.counters('stats')).toEqual({ messages: 49, 'topic:hundesteuer': 100 });
    expect(await store.ttl('stats')).toBeGreaterThan(0);
  });

  test(`${name}: what goes with a write (values, counters) is written with its items, and not at all on a conflict`, async () => {
    await store.write({ state: { n: 1 } });
    const read = (await store.read(['state'])).state;
    const also = {
      set: [{ key: 'ref', value: { url: 'x' }, ttlSeconds: 60 }],
      increment: [{ key: 'day', counts: { messages: 1, 'topic:a': 2 }, ttlSeconds: 120 }],
    };
    await store.write({ state: { ...read, n: 2 } }, also);
    expect(await store.get('ref')).toEqual({ url: 'x' });
    expect(await store.ttl('ref')).toBeLessThanOrEqual(60);
    expect(await store.counters('day')).toEqual({ messages: 1, 'topic:a': 2 });
    expect(await store.ttl('day')).toBeGreaterThan(60);
    await expect(
      store.write(
        { state: { ...read, n: 3 } },
        { set: [{ key: 'ref', value: { url: 'y' } }], increment: [{ key: 'day', counts: { messages: 1 } }] },
      ),
    ).rejects.toBeInstanceOf(ETagConflictError);
    expect((await store.read(['state'])).state.n).toBe(2);
    expect(await store.get('ref')).toEqual({ url: 'x' });
    expect(await store.counters('day')).toEqual({ messages: 1, 'topic:a': 2 });
  });

  test(`${name}: lists append in order and read from an index`, async () => {
    expect(await store.append('log', { i: 0 })).toBe(1);
    await store.append('log', { i: 1 });
    await store.append('log', { i: 2 }, 60);
    expect(await store.list('log')).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
    expect(await store.list('log', 2)).toEqual([{ i: 2 }]);
    expect(await store.list('nothing')).toEqual([]);
  });

  test(`${name}: keys are listed by prefix and isolated from other prefixes`, async () => {
    await store.set('town/notices/1', 1);
    await store.claim('town/notices/2', 2);
    await store.append('town/notices-archive', 3);
    await store.set('town/offices/bauamt', 4);
    expect((await store.keys('town/notices/')).sort()).toEqual(['town/notices/1', 'town/notices/2']);
    expect((await store.keys('town/')).sort()).toEqual(['town/notices-archive', 'town/notices/1', 'town/notices/2', 'town/offices/bauamt']);
  });

  test(`${name}: a listed key that expired or was deleted is no longer listed, and one written again is`, async () => {
    await store.set('cases/a', 'expires', 1);
    await store.claim('cases/b', 'deleted');
    await store.append('cases/c', 'stays', 60);
    await store.increment('cases/d', { n: 1 });
    await store.claim('cases/e', 'expires', 1);
    await store.delete(['cases/b']);
    expect((await store.keys('cases/')).sort()).toEqual(['cases/a', 'cases/c', 'cases/d', 'cases/e']);
    await sleep(1100);
    // Written again without a time to live after it expired: its earlier expiry must not take it out of the listing.
    await store.append('cases/a', 'again');
    expect((await store.keys('cases/')).sort()).toEqual(['cases/a', 'cases/c', 'cases/d']);
    await store.claim('cases/b', 'again');
    expect((await store.keys('cases/')).sort()).toEqual(['cases/a', 'cases/b', 'cases/c', 'cases/d']);
  });

  test(`${name}: listing a prefix outside the listed families, or writing a listed key with write, is refused`, async () => {
    await expect(store.keys('directline/')).rejects.toThrow(/not a listed key family/);
    await expect(store.keys('')).rejects.toThrow(/not a listed key family/);
    await expect(store.write({ 'cases/x': { n: 1 } })).rejects.toThrow(/listed key family/);
    await expect(store.write({ a: { n: 1 } }, { set: [{ key: 'outbox/x', value: 1 }] })).rejects.toThrow(/listed key family/);
    expect(await store.read(['a'])).toEqual({});
  });

  test(`${name}: a published message reaches every subscriber`, async () => {
    const other = await open();
    const received = new Promise((resolve) => void other.subscribe('news', resolve));
    const unsubscribe = await other.subscribe('noise', () => undefined);
    await new Promise((r) => setTimeout(r, 50));
    await store.publish('news', { hello: 'Mömbris' });
    await expect(received).resolves.toEqual({ hello: 'Mömbris' });
    await unsubscribe();
  });

  test(`${name}: a closed store fails its ping`, async () => {
    await store.ping();
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });

  test(`${name}: read and write reject empty arguments`, async () => {
    await expect(store.read([])).rejects.toThrow();
    await expect(store.write({})).rejects.toThrow();
  });
}

describe('SqliteStore', () => {
  const options = { prefix: 'ba:', defaultTtlSeconds: 3600 };

  conformance('sqlite', () => {
    // One process holds one store per file (pub/sub stays in the process): a "second client" is the same instance.
    const store = SqliteStore.open(tempDataDir(), options);
    return { open: async () => store, close: () => store.close() };
  });

  test('data survives a restart in one database file, and what expired meanwhile is gone from it', async () => {
    const dataDir = tempDataDir();
    const first = SqliteStore.open(dataDir, options);
    await first.write({ conversation: { welcomed: true } });
    await first.append('transcript', 'Hallo');
    await first.increment('stats', { messages: 3 });
    await first.set('short', 'lived', 1);
    await first.close();
    await sleep(1100);

    const second = SqliteStore.open(dataDir, options);
    try {
      expect((await second.read(['conversation'])).conversation).toMatchObject({ welcomed: true });
      expect(await second.list('transcript')).toEqual(['Hallo']);
      expect(await second.counters('stats')).toEqual({ messages: 3 });
      expect(await second.get('short')).toBeUndefined();
      expect(readdirSync(dataDir).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))).toEqual([DATABASE_FILE]);
      expect(statSync(path.join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
      expect(rowKeys(dataDir)).toEqual(['ba:conversation', 'ba:stats', 'ba:transcript']);
    } finally {
      await second.close();
    }
  });

  test('the write-ahead log is copied into the database in the background, so it does not grow with every write', async () => {
    const dataDir = tempDataDir();
    const store = SqliteStore.open(dataDir, options);
    const wal = path.join(dataDir, `${DATABASE_FILE}-wal`);
    const state = { recent: Array.from({ length: 8 }, (_, i) => ({ from: 'citizen', text: `${i} ${'x'.repeat(250)}` })) };
    try {
      let grown = 0;
      const database = path.join(dataDir, DATABASE_FILE);
      for (let round = 0; round < 5; round++) {
        const before = statSync(wal).size;
        const copied = statSync(database).size;
        for (let i = 0; i < 300; i++) await store.write({ [`c${round}-${i}`]: state });
        grown = Math.max(grown, statSync(wal).size - before);
        // The checkpointer runs every 250 ms; after a complete checkpoint the next write starts the log again.
        // Waited for by its effect, the database file growing by the round's rows, not by a fixed time (a loaded machine is slower).
        await eventually(async () => statSync(database).size > copied);
        await sleep(300);
      }
      expect(grown).toBeGreaterThan(0);
      expect(statSync(wal).size).toBeLessThan(2 * grown);
    } finally {
      await store.close();
    }
  });

  test('a second connection to the same file sees every write: no claim or compare-and-set is won twice', async () => {
    const dataDir = tempDataDir();
    const [a, b] = [SqliteStore.open(dataDir, options), SqliteStore.open(dataDir, options)];
    try {
      await a.write({ conversation: { n: 1 } });
      const [readByA, readByB] = [(await a.read(['conversation'])).conversation, (await b.read(['conversation'])).conversation];
      await a.write({ conversation: { ...readByA, n: 2 } });
      await expect(b.write({ conversation: { ...readByB, n: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
      expect(await a.claim('slot', 'a', 60)).toBe(true);
      expect(await b.claim('slot', 'b', 60)).toBe(false);
      await b.append('log', 1);
      expect(await a.append('log', 2)).toBe(2);
      expect(await b.list('log')).toEqual([1, 2]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

function rowKeys(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare<[], string>('SELECT key FROM entries ORDER BY key').pluck().all();
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('RedisStore', () => {
  conformance('redis', () => {
    const prefix = uniquePrefix('conformance');
    const clients: Store[] = [];
    return {
      open: async () => {
        const client = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 3600 });
        clients.push(client);
        return client;
      },
      close: async () => void (await Promise.all(clients.map((c) => c.close()))),
    };
  });

  test('listing reads the index: no walk through the keyspace, however many conversations are stored', async () => {
    const prefix = uniquePrefix('listing');
    const store = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 60 });
    const client = store.redisClient();
    try {
      await client.mSet(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`${prefix}webchat/conversations/c${i}`, 'x'])));
      await store.claim('handoff/owner/c1', { staff: 'anna' });
      // The store's own SCANs: Redis's command statistics count every client's, and other suites running
      // beside this one open stores too (a reindex walks the keyspace once), which made the count flaky.
      const scan = jest.spyOn(client, 'scan');
      for (let i = 0; i < 20; i++) expect(await store.keys('handoff/owner/')).toEqual(['handoff/owner/c1']);
      expect(scan).not.toHaveBeenCalled();
    } finally {
      await store.close();
    }
  });

  test('keys of listed families written without the index (an earlier version, a rolling update) are listed once the store is opened again', async () => {
    const prefix = uniquePrefix('reindex');
    const first = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 60 });
    try {
      // As an instance of an earlier version writes them: plain commands, no index.
      await first.redisClient().set(`${prefix}outbox/webhook/MOE-2026-0001`, JSON.stringify({ pending: true }));
      await first.redisClient().set(`${prefix}cases/MOE-2026-0002`, JSON.stringify({}), { EX: 1 });
      expect(await first.keys('outbox/')).toEqual([]);
      const second = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 60 });
      try {
        expect(await second.keys('outbox/')).toEqual(['outbox/webhook/MOE-2026-0001']);
        expect(await first.keys('cases/')).toEqual(['cases/MOE-2026-0002']);
        await sleep(1100);
        expect(await first.keys('cases/')).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });

  test('a command Redis does not answer fails after its deadline (5 to 6 s), without a timer of its own', async () => {
    const store = await RedisStore.open(REDIS_URL, { prefix: uniquePrefix('deadline'), defaultTtlSeconds: 60 });
    try {
      const started = Date.now();
      await expect(store.within(new Promise(() => undefined))).rejects.toThrow(/did not answer within 5000 ms/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
      expect(Date.now() - started).toBeLessThan(6500);
      await expect(store.within(store.ping())).resolves.toBeUndefined();
    } finally {
      await store.close();
    }
  }, 10_000);
});
