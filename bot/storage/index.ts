import { retentionSeconds, type Config } from '../config';
import type { Logger } from '../logger';
import { migrateJsonStore } from './json-migration';
import { SqliteStore } from './sqlite';
import type { Store, StoreOptions } from './store';

export { SqliteStore } from './sqlite';
export { CREATE_ONLY, ETagConflictError, isRedisStore, type Store, type Unsubscribe, type WriteAlso } from './store';

const optionsOf = (config: Config): StoreOptions => ({ prefix: config.STORE_KEY_PREFIX, defaultTtlSeconds: retentionSeconds(config) });

/**
 * Redis when REDIS_URL is set, otherwise SQLite in DATA_DIR. Redis is waited for (it may start
 * after us) for STORE_STARTUP_TIMEOUT_MS, with a warning per failed attempt.
 */
export async function openStore(config: Config, logger: Logger): Promise<Store> {
  if (!config.REDIS_URL) return openSqliteStore(config, logger);
  // Loaded only here: see isRedisStore.
  const { RedisStore } = await import('./redis');
  return RedisStore.open(config.REDIS_URL, optionsOf(config), {
    timeoutMs: config.STORE_STARTUP_TIMEOUT_MS,
    waiting: (address, attempt, error) => logger.warn({ attempt, error }, `waiting for Redis at ${address}`),
  });
}

/** DATA_DIR/assistant.sqlite, after importing the JSON files of earlier versions if they are still there. */
export async function openSqliteStore(config: Config, logger: Logger): Promise<SqliteStore> {
  const store = SqliteStore.open(config.DATA_DIR, optionsOf(config));
  try {
    await migrateJsonStore(config.DATA_DIR, store, logger);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
