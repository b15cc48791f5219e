// The Host header is the client's to choose: links the assistant hands out (the Direct Line
// streamUrl) come from PUBLIC_URL, and the same-origin check compares with that configured origin,
// never with the Host header.
import http from 'node:http';
import { WebSocket } from 'ws';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A request with a Host header of our choosing (fetch does not let us set it). */
function request(base: string, method: string, path: string, headers: Record<string, string>): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A token and the started conversation's streamUrl, both requested with `Host: evil.example`. */
async function startWithForeignHost(assistant: TestAssistant): Promise<{ token: string; streamUrl: string }> {
  const issued = await request(assistant.url, 'POST', '/api/directline/token', { host: 'evil.example' });
  expect(issued.status).toBe(200);
  const token = String(issued.body.token);
  const started = await request(assistant.url, 'POST', '/v3/directline/conversations', {
    host: 'evil.example',
    authorization: `Bearer ${token}`,
  });
  expect(started.status).toBe(201);
  return { token, streamUrl: String(started.body.streamUrl) };
}

/** The status of a WebSocket handshake (101 when it opens). */
function handshake(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      socket.terminate();
      resolve(101);
    });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => resolve(0));
  });
}

describe('with PUBLIC_URL', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant({ PUBLIC_URL: 'https://chat.moembris.example', DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000' });
  });
  afterAll(() => assistant.stop());

  test('the streamUrl is built from PUBLIC_URL, not from the Host header', async () => {
    const { streamUrl } = await startWithForeignHost(assistant);
    expect(new URL(streamUrl).origin).toBe('wss://chat.moembris.example');
    expect(streamUrl).not.toContain('evil.example');
  });

  test('an Origin equal to a forged Host header is a foreign origin (REST and WebSocket)', async () => {
    const forged = { host: 'evil.example', origin: 'http://evil.example' };
    const token = await request(assistant.url, 'POST', '/api/directline/token', forged);
    expect(token.status).toBe(403);
    const { token: valid, streamUrl } = await startWithForeignHost(assistant);
    const local = streamUrl.replace('wss://chat.moembris.example', assistant.url.replace(/^http/, 'ws'));
    expect(await handshake(local, forged)).toBe(403);
    // The configured origin itself is same-origin.
    expect((await request(assistant.url, 'POST', '/api/directline/token', { origin: 'https://chat.moembris.example' })).status).toBe(200);
    expect(valid).toBeTruthy();
  });
});

test('without PUBLIC_URL (development) links point to the listening address, whatever the Host header says', async () => {
  const assistant = await startTestAssistant();
  try {
    const { streamUrl } = await startWithForeignHost(assistant);
    expect(new URL(streamUrl).origin).toBe(assistant.url.replace(/^http/, 'ws'));
    const forged = { host: 'evil.example', origin: 'http://evil.example' };
    expect((await request(assistant.url, 'POST', '/api/directline/token', forged)).status).toBe(403);
    expect(await handshake(streamUrl, forged)).toBe(403);
    expect(await handshake(streamUrl, { origin: new URL(assistant.url).origin })).toBe(101);
  } finally {
    await assistant.stop();
  }
});

test('without PUBLIC_URL, a page opened at another loopback name of the listener gets links to that name (trial 36: 127.0.0.1 had been sent to localhost, which its CSP blocks)', async () => {
  const assistant = await startTestAssistant({ HOST: '0.0.0.0', DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000' });
  try {
    const { port } = new URL(assistant.url);
    const streamUrlFor = async (host: string): Promise<string> => {
      const issued = await request(assistant.url, 'POST', '/api/directline/token', { host });
      const started = await request(assistant.url, 'POST', '/v3/directline/conversations', {
        host,
        authorization: `Bearer ${String(issued.body.token)}`,
      });
      return String(started.body.streamUrl);
    };
    expect(new URL(await streamUrlFor(`127.0.0.1:${port}`)).origin).toBe(`ws://127.0.0.1:${port}`);
    expect(new URL(await streamUrlFor(`localhost:${port}`)).origin).toBe(`ws://localhost:${port}`);
    // Another host, or another port, is never taken from the header.
    expect(new URL(await streamUrlFor('evil.example')).origin).toBe(`ws://localhost:${port}`);
    expect(new URL(await streamUrlFor('127.0.0.1:1')).origin).toBe(`ws://localhost:${port}`);
  } finally {
    await assistant.stop();
  }
});
