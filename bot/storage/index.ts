import { retentionSeconds, type Config } from '../config';
import { EmbeddedStore } from './embedded';
import { RedisStore } from './redis';
import type { Store } from './store';

export { RedisStore } from './redis';
export { CREATE_ONLY, ETagConflictError, type Store, type Unsubscribe } from './store';

/** Redis when REDIS_URL is set, otherwise the embedded store under DATA_DIR. */
export async function openStore(config: Config): Promise<Store> {
  const options = { prefix: config.STORE_KEY_PREFIX, defaultTtlSeconds: retentionSeconds(config) };
  return config.REDIS_URL ? RedisStore.open(config.REDIS_URL, options) : EmbeddedStore.open(config.DATA_DIR, options);
}
