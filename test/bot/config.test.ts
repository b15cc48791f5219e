import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';

const root = path.resolve(__dirname, '../..');

describe('configuration', () => {
  test('defaults start the assistant on port 3978 with the embedded store', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.CONVERSATION_RETENTION_DAYS).toBe(30);
  });

  test('empty values count as unset', () => {
    expect(loadConfig({ REDIS_URL: '', PORT: ' ' }).PORT).toBe(3978);
  });

  test.each([
    ['PORT', 'abc'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['CONVERSATION_RETENTION_DAYS', '-3'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
  ])('a wrong %s is named in one line', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(name);
    expect(message).toContain(JSON.stringify(value));
  });

  test('start-up with a wrong variable stops with exit code 1 and names it', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'not-a-port', DOTENV_CONFIG_PATH: '/nonexistent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: PORT:/);
  });
});
