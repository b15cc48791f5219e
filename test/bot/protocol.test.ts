// POST /api/messages: the Bot Framework protocol, its errors and its authentication.
import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';

const activity = (extra: Record<string, unknown> = {}) => ({
  type: 'message',
  text: 'Hallo',
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:1',
  deliveryMode: 'expectReplies',
  conversation: { id: 'proto-1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  ...extra,
});

async function post(base: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.text() };
}

describe('without an app id (development)', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant();
  });
  afterAll(() => assistant.stop());

  test('expectReplies returns the replies in the response body', async () => {
    const res = await post(assistant.url, JSON.stringify(activity()));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { activities: Array<Record<string, unknown>> };
    expect(body.activities.length).toBeGreaterThanOrEqual(1);
    // Addressed back to the sender, with the protocol's field names (channelId, not the SDK's _channelId).
    for (const reply of body.activities) {
      expect(reply).toMatchObject({
        type: 'message',
        channelId: 'test',
        conversation: { id: 'proto-1' },
        from: { id: 'bot' },
        recipient: { id: 'u1' },
      });
      expect(Object.keys(reply)).not.toContain('_channelId');
    }
  });

  test.each([
    ['malformed JSON', '{"type": "message",', 400, /malformed JSON/],
    ['an activity without conversation', JSON.stringify({ type: 'message', text: 'Hallo' }), 400, /conversation/],
    ['an activity without type', JSON.stringify({ conversation: { id: 'x' } }), 400, /type/],
    ['a JSON array', '[]', 400, /invalid activity/],
  ])('%s gets a 400 with a reason', async (_name, body, status, reason) => {
    const res = await post(assistant.url, body);
    expect(res.status).toBe(status);
    expect(res.body).toMatch(reason);
  });

  test('a body over the limit gets 413', async () => {
    const res = await post(assistant.url, JSON.stringify(activity({ text: 'a'.repeat(300_000) })));
    expect(res.status).toBe(413);
    expect(res.body).toMatch(/too large/);
  });

  test('a body that is not JSON gets 400', async () => {
    const res = await post(assistant.url, 'type=message', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(400);
  });

  test('an unknown path gets a JSON 404', async () => {
    const res = await fetch(`${assistant.url}/api/unknown`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
  });

  test('the words staff type for the console lead to it', async () => {
    for (const typed of ['/console', '/konsole', '/admin']) {
      const res = await fetch(`${assistant.url}${typed}`, { redirect: 'manual' });
      expect([typed, res.status, res.headers.get('location')]).toEqual([typed, 301, '/staff']);
    }
  });

  test('a browser following an old link gets a German page with the way to the chat and the phone', async () => {
    const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
    const res = await fetch(`${assistant.url}/formulare/hundesteuer.pdf`, { headers: { accept } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const page = await res.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<h1>Diese Seite gibt es nicht.</h1>');
    expect(page).toContain('<a href="/">Zum Chat des Bürger-Assistenten</a>');
    expect(page).toContain('Telefon 06029 705-0');
  });
});

describe('with an app id configured', () => {
  let assistant: TestAssistant;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  beforeAll(async () => {
    assistant = await startTestAssistant({
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-00000000abcd',
      MICROSOFT_APP_PASSWORD: 'test-secret',
    });
  });
  afterAll(() => assistant.stop());

  test('a request without a token gets 401', async () => {
    const res = await post(assistant.url, JSON.stringify(activity()));
    expect(res.status).toBe(401);
  });

  test('a malformed Authorization header gets 401', async () => {
    const res = await post(assistant.url, JSON.stringify(activity()), { 'content-type': 'application/json', authorization: 'Basic abc' });
    expect(res.status).toBe(401);
  });

  test('a token for another audience gets 401', async () => {
    const token = jwt.sign({ aud: 'someone-else', iss: 'https://api.botframework.com', serviceurl: 'http://127.0.0.1:1' }, privateKey, {
      algorithm: 'RS256',
      expiresIn: 300,
      keyid: 'k1',
    });
    const res = await post(assistant.url, JSON.stringify(activity()), {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(401);
  });

  test('garbage instead of a JWT gets 401', async () => {
    const res = await post(assistant.url, JSON.stringify(activity()), {
      'content-type': 'application/json',
      authorization: 'Bearer not.a.jwt',
    });
    expect(res.status).toBe(401);
  });
});

describe('in production', () => {
  test('without an app id, /api/messages refuses unauthenticated requests', async () => {
    const assistant = await startTestAssistant({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://chat.moembris.example',
      DIRECTLINE_TOKEN_SECRET: 'q8Zr4Lw1Xc9Vb2Nm7Kp3Jh6Gf5Ds0Aa!',
      STAFF_SESSION_SECRET: 'p7Yt3Kv0Wb8Uc1Ml6Jo2Ig5He4Fr9Sq#',
      CASE_WEBHOOK_URL: 'https://rathaus.example/cases',
      CASE_WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
    });
    try {
      const res = await post(assistant.url, JSON.stringify(activity()));
      expect(res.status).toBe(401);
      expect(res.body).toMatch(/MICROSOFT_APP_ID/);
    } finally {
      await assistant.stop();
    }
  });
});
