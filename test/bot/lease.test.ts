// Leases on both stores: one owner at a time, renewed by the owner, taken over only after expiry
// or release; concurrent takers get it once.
import { Leases } from '../../bot/lease';
import { SqliteStore, type Store } from '../../bot/storage';
import { RedisStore } from '../../bot/storage/redis';
import { tempDataDir } from '../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function leaseRules(open: () => Promise<Store>) {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('has one owner at a time, renewed by it and taken over only after it expired', async () => {
    // Margins of most of a second each, so that a busy machine (jest's workers, CI) does not decide.
    const a = new Leases(store, 2000);
    const b = new Leases(store, 2000);
    expect(await a.acquire('job-1')).toBe(true);
    expect(await b.acquire('job-1')).toBe(false);
    await sleep(1200);
    expect(await a.acquire('job-1')).toBe(true); // renewed: another 2 s from here
    await sleep(1200);
    expect(await b.acquire('job-1')).toBe(false); // past the first lease's end, within the renewed one
    await sleep(1500);
    expect(await b.acquire('job-1')).toBe(true); // a stopped renewing
    expect(await a.acquire('job-1')).toBe(false);
  });

  it('is free at once after a release, and only its owner can release it', async () => {
    const a = new Leases(store, 60_000);
    const b = new Leases(store, 60_000);
    expect(await a.acquire('job-2')).toBe(true);
    await b.release('job-2');
    expect(await b.acquire('job-2')).toBe(false);
    await a.release('job-2');
    expect(await b.acquire('job-2')).toBe(true);
  });

  it('goes to exactly one of many concurrent takers', async () => {
    const takers = Array.from({ length: 8 }, () => new Leases(store, 60_000));
    const results = await Promise.all(takers.map((t) => t.acquire('job-3')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
}

describe('leases on the SQLite store', () => {
  leaseRules(async () => SqliteStore.open(tempDataDir(), { prefix: 'ba:', defaultTtlSeconds: 0 }));
});

describeWithRedis('leases on Redis', () => {
  leaseRules(() => RedisStore.open(REDIS_URL, { prefix: uniquePrefix('lease'), defaultTtlSeconds: 60 }));
});
