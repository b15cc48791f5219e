import { ConfigError, loadConfig } from '../../../bot/config';

const strong = 'q8Zr4Lw1Xc9Vb2Nm7Kp3Jh6Gf5Ds0Aa!';

describe('production secrets', () => {
  it('refuses start-up in production without signing secrets, naming them', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DIRECTLINE_TOKEN_SECRET[\s\S]*STAFF_SESSION_SECRET/);
  });
  it('refuses short or placeholder secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DIRECTLINE_TOKEN_SECRET: 'changeme', STAFF_SESSION_SECRET: strong })).toThrow(
      /DIRECTLINE_TOKEN_SECRET/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', DIRECTLINE_TOKEN_SECRET: strong, STAFF_SESSION_SECRET: 'a'.repeat(40) })).toThrow(
      /STAFF_SESSION_SECRET/,
    );
  });
  it('starts in production with strong secrets and in development without any', () => {
    const delivery = {
      CASE_WEBHOOK_URL: 'https://rathaus.example/cases',
      CASE_WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
      PUBLIC_URL: 'https://chat.moembris.example',
    };
    expect(
      loadConfig({ NODE_ENV: 'production', DIRECTLINE_TOKEN_SECRET: strong, STAFF_SESSION_SECRET: strong + 'x', ...delivery }).NODE_ENV,
    ).toBe('production');
    expect(loadConfig({}).CASE_RETENTION_DAYS).toBe(90);
  });
});
