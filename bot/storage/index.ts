import { retentionSeconds, type Config } from '../config';
import { EmbeddedStore } from './embedded';
import { RedisStore } from './redis';
import type { Logger } from '../logger';
import type { Store } from './store';

export { RedisStore } from './redis';
export { CREATE_ONLY, ETagConflictError, type Store, type Unsubscribe } from './store';

/**
 * Redis when REDIS_URL is set, otherwise the embedded store under DATA_DIR. Redis is waited for
 * (it may start after us) for STORE_STARTUP_TIMEOUT_MS, with a warning per failed attempt.
 */
export async function openStore(config: Config, logger?: Logger): Promise<Store> {
  const options = { prefix: config.STORE_KEY_PREFIX, defaultTtlSeconds: retentionSeconds(config) };
  if (!config.REDIS_URL) return EmbeddedStore.open(config.DATA_DIR, options);
  return RedisStore.open(config.REDIS_URL, options, {
    timeoutMs: config.STORE_STARTUP_TIMEOUT_MS,
    waiting: (address, attempt, error) => logger?.warn({ attempt, error }, `waiting for Redis at ${address}`),
  });
}
