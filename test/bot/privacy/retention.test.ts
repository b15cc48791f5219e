// Retention: what the assistant stores disappears by itself after its time to live.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { FileStore } from '../../../bot/channels/files';
import { ConversationStateStore, conversationDataSchema } from '../../../bot/state';
import { SqliteStore } from '../../../bot/storage';
import { RedisStore } from '../../../bot/storage/redis';
import { DATABASE_FILE } from '../../../bot/storage/sqlite';
import { tempDataDir } from '../../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithRedis('with Redis', () => {
  test('conversation state written with a short retention is gone from Redis after it expires', async () => {
    const prefix = uniquePrefix('retention');
    const store = await RedisStore.open(REDIS_URL, { prefix, defaultTtlSeconds: 1 });
    const raw = createClient({ url: REDIS_URL });
    await raw.connect();
    try {
      const states = new ConversationStateStore(store);
      const key = ConversationStateStore.keyOf('test', 'retention-1');
      await states.save(key, await states.load(key), conversationDataSchema.parse({ welcomed: true }));
      expect(await raw.exists(`${prefix}${key}`)).toBe(1);
      await sleep(2200);
      expect(await raw.exists(`${prefix}${key}`)).toBe(0);
      expect((await states.load(key)).data.welcomed).toBe(false);
    } finally {
      await raw.close();
      await store.close();
    }
  });
});

test('an expired upload is purged from the SQLite file and from its write-ahead log', async () => {
  const dataDir = tempDataDir();
  const store = SqliteStore.open(dataDir, { prefix: 'ba:', defaultTtlSeconds: 0 });
  try {
    const files = new FileStore(store, 1, 40_000_000);
    const saved = await files.save('retention-2', 'foto.png', PNG);
    const base64 = saved.data.toString('base64');
    const onDisk = () =>
      readdirSync(dataDir)
        .filter((name) => name.startsWith(DATABASE_FILE))
        .some((name) => readFileSync(path.join(dataDir, name)).includes(base64));
    expect(onDisk()).toBe(true);
    await sleep(1100);
    expect(await files.load(saved.id)).toBeUndefined();
    expect(store.purge()).toBeGreaterThanOrEqual(2);
    expect(onDisk()).toBe(false);
  } finally {
    await store.close();
  }
});
