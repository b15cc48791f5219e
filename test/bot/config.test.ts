import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';

const root = path.resolve(__dirname, '../..');

describe('configuration', () => {
  test('defaults start the assistant on port 3978 with the SQLite store', () => {
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

  test.each([
    ['TELEGRAM_BOT_TOKEN', 'kein-token-aber-geheim-4711'],
    ['DIRECTLINE_TOKEN_SECRET', 'zu-kurz-4711'],
    ['CASE_WEBHOOK_SECRET', 'kurz-4711'],
    ['REDIS_URL', 'http://:geheimes-passwort-4711@redis.intern:6379'],
    ['CASE_SMTP_URL', 'ftp://nutzer:geheimes-passwort-4711@mail.intern'],
  ])('a wrong %s is named but its value never shown', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Configuration error: ${name}: .*\\(value not shown\\)$`, 'm'));
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message).not.toContain('4711');
    }
  });

  test('a weak secret in production stops start-up without appearing in the output', () => {
    const secret = 'changeme';
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        STAFF_SESSION_SECRET: secret,
        DIRECTLINE_TOKEN_SECRET: 'also-too-short-4711',
        DOTENV_CONFIG_PATH: '/nonexistent',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DIRECTLINE_TOKEN_SECRET/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
    expect(`${result.stdout}${result.stderr}`).not.toContain('4711');
  });

  test('production without a delivery channel for requests refuses to start, with a one-line reason', () => {
    const strong = 'q8Zr4Lw1Xc9Vb2Nm7Kp3Jh6Gf5Ds0Aa!x';
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        STAFF_SESSION_SECRET: strong,
        DIRECTLINE_TOKEN_SECRET: `${strong}y`,
        CASE_WEBHOOK_URL: '',
        CASE_SMTP_URL: '',
        DOTENV_CONFIG_PATH: '/nonexistent',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const reason = result.stderr.split('\n').filter((line) => /delivery channel/.test(line));
    expect(reason).toEqual([expect.stringMatching(/CASE_WEBHOOK_URL or CASE_SMTP_URL/)]);
    // With an e-mail channel it starts (the configuration is valid).
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        STAFF_SESSION_SECRET: strong,
        DIRECTLINE_TOKEN_SECRET: `${strong}y`,
        CASE_SMTP_URL: 'smtp://mail.rathaus.example:587',
        CASE_MAIL_FROM: 'assistent@rathaus.example',
        PUBLIC_URL: 'https://chat.moembris.example',
      }),
    ).not.toThrow();
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
