// The website channel's Direct Line endpoint, driven by the unmodified botframework-directlinejs
// client (as inside Web Chat) over WebSocket and polling, plus the protocol's error statuses.
import { SignJWT } from 'jose';
import sharp from 'sharp';
import { de } from '../../../knowledge/texts/de';
import { loadConfig } from '../../../bot/config';
import { ConnectionStatus, type Message } from 'botframework-directlinejs';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';
import { isBotMessage, isCitizenMessage, newToken, TestDirectLineClient } from '../../helpers/directline';
import { decompressionBombPng, samePixels } from '../../helpers/images';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';

const SECRET = 'test-directline-secret-0123456789abcdef';
const ENV = {
  DIRECTLINE_TOKEN_SECRET: SECRET,
  DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
  DIRECTLINE_CORS_ORIGINS: 'https://www.moembris.example',
};
// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const clients: TestDirectLineClient[] = [];
const client = (options: ConstructorParameters<typeof TestDirectLineClient>[0]) => {
  const c = new TestDirectLineClient(options);
  clients.push(c);
  return c;
};
afterEach(() => clients.splice(0).forEach((c) => c.end()));

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('Direct Line endpoint with botframework-directlinejs', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant(ENV);
  });
  afterAll(() => assistant.stop());

  it.each([
    ['WebSocket', true],
    ['polling', false],
  ])('greets, echoes the citizen and answers over %s', async (_name, webSocket) => {
    const { token } = await newToken(assistant.url);
    const dl = client({ baseUrl: assistant.url, token, webSocket });

    const welcome = (await dl.waitFor(isBotMessage)) as Message;
    expect(welcome.text).toMatch(/kein Mensch/);
    expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(0);

    const before = dl.received.length;
    const id = await dl.post({ text: 'Wann hat das Rathaus geöffnet?', channelData: { clientActivityID: 'c-1' } });
    const echo = await dl.waitFor(isCitizenMessage, before);
    expect(echo.id).toBe(id);
    expect(echo.channelData).toMatchObject({ clientActivityID: 'c-1' });
    const answer = (await dl.waitFor(isBotMessage, before)) as Message;
    expect(answer.text).toBeTruthy();
    // The protocol's field names, not the SDK's internal _channelId.
    expect(answer).toMatchObject({ channelId: 'directline', conversation: { id: expect.any(String) } });
    expect(Object.keys(answer)).not.toContain('_channelId');
    expect(dl.received.indexOf(answer)).toBeGreaterThan(dl.received.indexOf(echo));
    expect(dl.status).toBe(ConnectionStatus.Online);
  });

  it('resumes a conversation with its token after a reload (whole history, no second welcome)', async () => {
    const { token, conversationId } = await newToken(assistant.url);
    const first = client({ baseUrl: assistant.url, token, webSocket: true });
    await first.waitFor(isBotMessage);
    await first.post({ text: 'Erste Frage' });
    await first.waitFor((a) => isBotMessage(a) && a !== first.received.find(isBotMessage));
    first.end();

    for (const options of [{ webSocket: true }, { webSocket: false, conversationId }]) {
      const again = client({ baseUrl: assistant.url, token, ...options });
      await again.waitFor((a) => isBotMessage(a) && again.received.filter(isBotMessage).length >= 2);
      const texts = again.received.filter((a) => a.type === 'message').map((a) => (a as Message).text);
      expect(texts).toContain('Erste Frage');
      expect(texts.filter((t) => /kein Mensch/.test(t ?? ''))).toHaveLength(1);
      again.end();
    }
  });

  it('accepts a photo through /upload and shows it through a signed link', async () => {
    const { token } = await newToken(assistant.url);
    const dl = client({ baseUrl: assistant.url, token, webSocket: true });
    await dl.waitFor(isBotMessage);
    const before = dl.received.length;
    await dl.post({
      text: 'Hier ist ein Foto',
      attachments: [{ contentType: 'image/png', contentUrl: `data:image/png;base64,${PNG.toString('base64')}`, name: 'schlagloch.png' }],
    });
    const echo = (await dl.waitFor(isCitizenMessage, before)) as Message;
    const link = (echo.attachments?.[0] as { contentUrl?: string } | undefined)?.contentUrl ?? '';
    expect(link).toMatch(new RegExp(`^${assistant.url}/files/[0-9a-f-]{36}\\?sig=`));
    const image = await fetch(link);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    // Stored re-encoded (without metadata): the same picture, not the same bytes.
    expect(await samePixels(Buffer.from(await image.arrayBuffer()), PNG)).toBe(true);
    expect((await fetch(link.replace(/\?sig=.*/, ''))).status).toBe(404);
    expect((await fetch(`${link}x`)).status).toBe(404);
  });
});

describe('Direct Line status codes and limits', () => {
  let assistant: TestAssistant;
  let url: string;
  beforeAll(async () => {
    assistant = await startTestAssistant({ ...ENV, DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '40' });
    url = `${assistant.url}/v3/directline`;
  });
  afterAll(() => assistant.stop());

  const started = async () => {
    const issued = await newToken(assistant.url);
    const res = await fetch(`${url}/conversations`, { method: 'POST', headers: auth(issued.token) });
    expect(res.status).toBe(201);
    return issued;
  };
  const upload = (conversationId: string, token: string, file: Blob, name: string) => {
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message', text: 'Foto' })], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', file, name);
    return fetch(`${url}/conversations/${conversationId}/upload?userId=x`, { method: 'POST', headers: auth(token), body: form });
  };

  it('answers 401 without a token and 403 for an expired, forged or foreign token', async () => {
    const { conversationId, token, userId } = await started();
    expect((await fetch(`${url}/conversations/${conversationId}/activities`)).status).toBe(401);

    const expired = await new SignJWT({ conv: conversationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('buerger-assistent')
      .setAudience('directline')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));
    const res = await fetch(`${url}/conversations/${conversationId}/activities`, { headers: auth(expired) });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'TokenExpired' } });
    expect((await fetch(`${url}/tokens/refresh`, { method: 'POST', headers: auth(expired) })).status).toBe(403);

    const forged = await new SignJWT({ conv: conversationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer('buerger-assistent')
      .setAudience('directline')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-another-secret-123456'));
    expect((await fetch(`${url}/conversations/${conversationId}/activities`, { headers: auth(forged) })).status).toBe(403);

    const other = await started();
    expect((await fetch(`${url}/conversations/${other.conversationId}/activities`, { headers: auth(token) })).status).toBe(403);
  });

  it('answers 404 for a conversation that was never started', async () => {
    const { conversationId, token } = await newToken(assistant.url);
    expect((await fetch(`${url}/conversations/${conversationId}/activities`, { headers: auth(token) })).status).toBe(404);
    expect((await fetch(`${url}/conversations/${conversationId}?watermark=0`, { headers: auth(token) })).status).toBe(404);
  });

  it('refreshes a token for the same conversation', async () => {
    const { conversationId, token } = await started();
    const res = await fetch(`${url}/tokens/refresh`, { method: 'POST', headers: auth(token) });
    const body = (await res.json()) as { token: string; conversationId: string; expires_in: number };
    expect(body.conversationId).toBe(conversationId);
    expect(body.expires_in).toBe(1800);
    const page = await fetch(`${url}/conversations/${conversationId}/activities?watermark=0`, { headers: auth(body.token) });
    expect(page.status).toBe(200);
    const activities = (await page.json()) as { activities: Message[]; watermark: string };
    expect(activities.activities.some((a) => /kein Mensch/.test(a.text ?? ''))).toBe(true);
    expect(Number(activities.watermark)).toBe(activities.activities.length);
  });

  it('rejects malformed activities and watermarks with 400 and a reason, and nothing is stored', async () => {
    const { conversationId, token } = await started();
    const post = (body: string) =>
      fetch(`${url}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { ...auth(token), 'content-type': 'application/json' },
        body,
      });
    for (const body of [
      '{"type":"hack"}',
      '{"type":"message","text":' + JSON.stringify('x'.repeat(5000)) + '}',
      '{"type":"message","attachments":[{"contentUrl":"http://evil.example/x"}]}',
      '{oops',
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toHaveProperty('error');
    }
    expect((await fetch(`${url}/conversations/${conversationId}/activities?watermark=-1`, { headers: auth(token) })).status).toBe(400);
    const page = (await (await fetch(`${url}/conversations/${conversationId}/activities`, { headers: auth(token) })).json()) as {
      activities: Message[];
    };
    expect(page.activities.filter((a) => a.from.role === 'user')).toHaveLength(0);
  });

  it('limits uploads: 413 when too large, 415 for a type that is not allowed, 400 for an empty file', async () => {
    const { conversationId, token } = await started();
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await upload(conversationId, token, new Blob([big], { type: 'image/png' }), 'gross.png');
    expect(tooLarge.status).toBe(413);
    const script = await upload(conversationId, token, new Blob(['<script>alert(1)</script>'], { type: 'image/png' }), 'bild.png');
    expect(script.status).toBe(415);
    expect(((await script.json()) as { error: { message: string } }).error.message).toMatch(/Dateityp/);
    expect((await upload(conversationId, token, new Blob([]), 'leer.png')).status).toBe(400);
    const huge = await fetch(`${url}/conversations/${conversationId}/upload`, {
      method: 'POST',
      headers: { ...auth(token), 'content-type': 'multipart/form-data; boundary=x' },
      body: Buffer.alloc(16 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    const ok = await upload(conversationId, token, new Blob([PNG], { type: 'image/png' }), 'foto.png');
    expect(ok.status).toBe(200);
  });

  it('refuses a decompression bomb (a small PNG declaring 30,000 × 30,000 pixels) politely, with 413', async () => {
    const { conversationId, token } = await started();
    const bomb = decompressionBombPng(30_000, 30_000);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const res = await upload(conversationId, token, new Blob([new Uint8Array(bomb)], { type: 'image/png' }), 'bombe.png');
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(de.uploads.tooManyPixels(40));
  });

  it('keeps a photo without its metadata: a JPEG with an EXIF GPS position and author comes out without them', async () => {
    const { conversationId, token } = await started();
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } })
      .jpeg()
      .withExif({
        IFD0: { Artist: 'Erika Mustermann' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 4/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '9/1 10/1 30/1' },
      })
      .toBuffer();
    // The test photo really carries them: the GPS sub-IFD pointer (tag 0x8825, little-endian) and the author.
    const exif = (await sharp(jpeg).metadata()).exif!;
    expect(exif.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(exif.includes('Erika Mustermann')).toBe(true);

    expect((await upload(conversationId, token, new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'laterne.jpg')).status).toBe(200);
    const page = (await (await fetch(`${url}/conversations/${conversationId}/activities`, { headers: auth(token) })).json()) as {
      activities: Message[];
    };
    const attachments = page.activities.flatMap((a) => (a.attachments ?? []) as Array<{ name?: string; contentUrl?: string }>);
    const link = attachments.find((a) => a.name === 'laterne.jpg')!.contentUrl!;
    const stored = Buffer.from(await (await fetch(link)).arrayBuffer());
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(metadata.exif).toBeUndefined();
    expect(stored.includes('Erika Mustermann')).toBe(false);
  });

  it('allows CORS only for the configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(`${assistant.url}/api/directline/token`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('https://www.moembris.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.moembris.example');
    const denied = await preflight('https://evil.example');
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${assistant.url}/api/directline/token`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(post.status).toBe(403);
  });

  it('without PUBLIC_URL, takes its own page at another loopback name (localhost for 127.0.0.1) as its own, not another port (trial 33: the chat had said it was unreachable)', async () => {
    const port = Number(new URL(assistant.url).port);
    const token = (origin: string) => fetch(`${assistant.url}/api/directline/token`, { method: 'POST', headers: { origin } });
    expect((await token(`http://localhost:${port}`)).status).toBe(200);
    expect((await token(`http://localhost:${port + 1}`)).status).toBe(403);
    const published = await startTestAssistant({ ...ENV, PUBLIC_URL: 'https://chat.moembris.example' });
    try {
      const own = (origin: string) => fetch(`${published.url}/api/directline/token`, { method: 'POST', headers: { origin } });
      expect((await own('https://chat.moembris.example')).status).toBe(200);
      expect((await own(`http://localhost:${new URL(published.url).port}`)).status).toBe(403);
    } finally {
      await published.stop();
    }
  });

  it('serves the page with a strict Content-Security-Policy and security headers', async () => {
    const res = await fetch(`${assistant.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // Styles: no 'unsafe-inline', but a nonce per response that the page hands to Web Chat.
    const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(styleSrc).not.toMatch(/unsafe-inline/);
    const nonce = /'nonce-([^']+)'/.exec(styleSrc)?.[1];
    expect(nonce).toBeTruthy();
    const html = await res.text();
    expect(html).toContain(`<meta name="style-nonce" content="${nonce}" />`);
    const second = await fetch(`${assistant.url}/`);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('answers the APIs with headers that let nothing run in or frame a JSON response', async () => {
    const res = await fetch(`${assistant.url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // A page after an API call still gets its own policy, not the API's.
    const page = await fetch(`${assistant.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('limits new conversations per IP address with 429 and Retry-After', async () => {
    const limited = await startTestAssistant({ ...ENV, DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/api/directline/token`, { method: 'POST' })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await fetch(`${limited.url}/api/directline/token`, { method: 'POST' });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });
});

describeWithRedis('Direct Line across instances sharing Redis', () => {
  let a: TestAssistant;
  let b: TestAssistant;
  beforeAll(async () => {
    const env = { ...ENV, REDIS_URL, STORE_KEY_PREFIX: uniquePrefix('directline'), DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '3' };
    a = await startTestAssistant(env);
    b = await startTestAssistant(env);
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
  });

  it('continues a conversation on another instance and delivers messages sent there', async () => {
    const { token, conversationId } = await newToken(a.url);
    const onA = client({ baseUrl: a.url, token, webSocket: true });
    await onA.waitFor(isBotMessage);

    // The same conversation continued on B (a reload behind a load balancer) …
    const onB = client({ baseUrl: b.url, token, webSocket: false, conversationId });
    await onB.waitFor(isBotMessage);
    const before = onA.received.length;
    await onB.post({ text: 'Gesendet über Instanz B' });
    // … reaches the citizen's socket on A: the echo and the assistant's answer.
    const echo = (await onA.waitFor(isCitizenMessage, before)) as Message;
    expect(echo.text).toBe('Gesendet über Instanz B');
    await onA.waitFor(isBotMessage, before);

    // A staff message sent proactively on B reaches the socket on A.
    const reference = await b.services.outbound.reference('directline', conversationId);
    expect(reference).toBeDefined();
    const count = onA.received.length;
    await b.services.outbound.send(reference!, [{ text: 'Hier schreibt Frau Muster vom Bürgerbüro.' }]);
    const staff = (await onA.waitFor(isBotMessage, count)) as Message;
    expect(staff.text).toBe('Hier schreibt Frau Muster vom Bürgerbüro.');
  });

  it('counts the token limit per IP across instances', async () => {
    const statuses = [];
    for (const instance of [a, b, a, b]) statuses.push((await fetch(`${instance.url}/api/directline/token`, { method: 'POST' })).status);
    // One token was already taken in the test above.
    expect(statuses).toEqual([200, 200, 429, 429]);
  });
});

describe('Direct Line configuration', () => {
  it('requires a token secret in production and reads the CORS origins as a list of origins', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DIRECTLINE_TOKEN_SECRET/);
    expect(() => loadConfig({ DIRECTLINE_TOKEN_SECRET: 'too-short' })).toThrow(/DIRECTLINE_TOKEN_SECRET/);
    // Shorter than the client's 15-minute renewal, tokens would expire in open chats.
    expect(() => loadConfig({ DIRECTLINE_TOKEN_TTL_MINUTES: '10' })).toThrow(/DIRECTLINE_TOKEN_TTL_MINUTES/);
    const config = loadConfig({ DIRECTLINE_CORS_ORIGINS: 'https://www.moembris.de/, https://moembris.de' });
    expect(config.DIRECTLINE_CORS_ORIGINS).toEqual(['https://www.moembris.de', 'https://moembris.de']);
    expect(() => loadConfig({ DIRECTLINE_CORS_ORIGINS: 'javascript:alert(1)' })).toThrow(/DIRECTLINE_CORS_ORIGINS/);
  });
});
