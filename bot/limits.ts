// Rate limits, in one place. With Redis the counters live there, so a limit holds across all
// instances; with the SQLite store they are kept in this process (one instance only).
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RedisStore, type Store } from './storage';

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

export class RateLimits {
  constructor(private readonly store: Store) {}

  /** A named limit; the name keeps the counters of different limits apart. */
  limiter(name: string, rule: LimitRule): Limiter {
    const options = { keyPrefix: `rl:${name}`, points: rule.points, duration: rule.durationSeconds };
    const limiter: RateLimiterAbstract =
      this.store instanceof RedisStore
        ? new RateLimiterRedis({
            ...options,
            keyPrefix: `${this.store.keyPrefix}rl:${name}`,
            storeClient: this.store.redisClient(),
            useRedisPackage: true,
          })
        : new RateLimiterMemory(options);
    // The limiter's Redis commands get the store's deadline (redisClient() has no timeouts of its own).
    const store = this.store;
    const within = <T>(command: Promise<T>): Promise<T> => (store instanceof RedisStore ? store.within(command) : command);
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
