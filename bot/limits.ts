// Rate limits, in one place. With Redis the counters live there, so a limit holds across all
// instances; with the SQLite store they are kept in this process (one instance only).
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { isRedisStore, type Store } from './storage';

/**
 * Keys a per-conversation limit keeps in this process. rate-limiter-flexible's memory store holds a
 * record and a timer per key for the whole window: with a new conversation per message (a flood,
 * bench:http) that was 67 MB after a minute. A real town has a few hundred conversations a minute.
 */
const CONVERSATION_KEYS_KEPT = 10_000;

export interface LimitRule {
  /** How many actions are allowed … */
  points: number;
  /** … per this many seconds. */
  durationSeconds: number;
}

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface Limiter {
  /** Counts one action of `key` (an IP address, a conversation id). */
  consume(key: string): Promise<LimitResult>;
  /** Gives one counted action of `key` back (e.g. a login attempt that succeeded). */
  refund(key: string): Promise<void>;
  /** Forgets the count of `key` (e.g. after a successful login). */
  reset(key: string): Promise<void>;
}

/**
 * A fixed window per key in a bounded LRU (lru-cache: expiry read on access, no timers). The least
 * recently counted key goes first when it is full, so only for keys that cost nothing to forget:
 * a conversation's messages, not a login's attempts.
 */
function boundedLimiter(rule: LimitRule): Limiter {
  const windows = new LRUCache<string, { used: number }>({ max: CONVERSATION_KEYS_KEPT, ttl: rule.durationSeconds * 1000 });
  return {
    consume: async (key) => {
      const window = windows.get(key);
      if (!window) windows.set(key, { used: 1 });
      else if (window.used >= rule.points)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(windows.getRemainingTTL(key) / 1000)) };
      else window.used += 1;
      return { allowed: true };
    },
    refund: async (key) => {
      const window = windows.get(key);
      if (window && window.used > 0) window.used -= 1;
    },
    reset: async (key) => {
      windows.delete(key);
    },
  };
}

export class RateLimits {
  constructor(private readonly store: Store) {}

  /**
   * A named limit; the name keeps the counters of different limits apart. `perConversation`: its
   * keys are conversations, many and short-lived, kept bounded in this process without Redis.
   */
  limiter(name: string, rule: LimitRule, { perConversation = false } = {}): Limiter {
    if (perConversation && !isRedisStore(this.store)) return boundedLimiter(rule);
    const options = { keyPrefix: `rl:${name}`, points: rule.points, duration: rule.durationSeconds };
    const limiter: RateLimiterAbstract = isRedisStore(this.store)
      ? new RateLimiterRedis({
          ...options,
          keyPrefix: `${this.store.keyPrefix}rl:${name}`,
          storeClient: this.store.redisClient(),
          useRedisPackage: true,
        })
      : new RateLimiterMemory(options);
    // The limiter's Redis commands get the store's deadline (redisClient() has no timeouts of its own).
    const store = this.store;
    const within = <T>(command: Promise<T>): Promise<T> => (isRedisStore(store) ? store.within(command) : command);
    return {
      consume: async (key) => {
        try {
          await within(limiter.consume(key));
          return { allowed: true };
        } catch (rejection) {
          // A RateLimiterRes means "over the limit"; anything else (Redis down) is a real error.
          if (rejection instanceof RateLimiterRes)
            return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
          throw rejection;
        }
      },
      refund: async (key) => {
        await within(limiter.reward(key, 1));
      },
      reset: async (key) => {
        await within(limiter.delete(key));
      },
    };
  }
}
