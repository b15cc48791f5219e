// Redis for tests: a real server at REDIS_URL (default redis://127.0.0.1:6379). Without one, the
// Redis suites are skipped locally; with REQUIRE_REDIS=1 (CI) they fail instead.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function probe(): boolean {
  try {
    const { hostname, port } = new URL(REDIS_URL);
    // Synchronous so that describe blocks can be chosen at collection time.
    execFileSync(
      process.execPath,
      [
        '-e',
        `
      const s = require('net').connect(${Number(port) || 6379}, ${JSON.stringify(hostname)});
      s.on('connect', () => { s.write('PING\\r\\n'); });
      s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 1));
      s.on('error', () => process.exit(1));
      setTimeout(() => process.exit(1), 1500);`,
      ],
      { stdio: 'ignore' },
    );
    return true;
  } catch {
    return false;
  }
}

const redisAvailable = probe();

if (!redisAvailable && process.env.REQUIRE_REDIS === '1') {
  throw new Error(`REQUIRE_REDIS=1 but no Redis answers at ${REDIS_URL}`);
}

/** `describe` when Redis is reachable; otherwise the suite is reported as skipped (never in CI). */
export const describeWithRedis: jest.Describe = redisAvailable ? describe : describe.skip;

/** A key prefix no other test run uses, so suites can share one Redis. */
export const uniquePrefix = (name: string): string => `test:${name}:${randomUUID().slice(0, 8)}:`;
