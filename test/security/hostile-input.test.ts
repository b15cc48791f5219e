// Hostile input against every public endpoint: each request gets a 4xx with a reason or a
// polite German reply, the process keeps serving, and the stored state still parses.
import { randomUUID } from 'node:crypto';
import { ConversationStateStore, conversationDataSchema } from '../../bot/state';
import { newToken } from '../helpers/directline';
import { startTestAssistant, allText, type TestAssistant } from '../helpers/harness';

let assistant: TestAssistant;
let dlToken: string;
let dlConversation: string;
beforeAll(async () => {
  assistant = await startTestAssistant({ DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000' });
  const issued = await newToken(assistant.url);
  dlToken = issued.token;
  dlConversation = issued.conversationId;
  const started = await fetch(`${assistant.url}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${dlToken}` },
  });
  expect(started.status).toBeLessThan(300);
});
afterAll(() => assistant.stop());

const activity = (conversationId: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:1',
  deliveryMode: 'expectReplies',
  locale: 'de-DE',
  conversation: { id: conversationId },
  from: { id: 'user-1', role: 'user' },
  recipient: { id: 'assistant', role: 'bot' },
  text: 'Hallo',
  ...extra,
});

interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: () => string;
  headers?: () => Record<string, string>;
  /** Takes a JSON body (the body-based cases apply). */
  json: boolean;
}

const endpoints: Endpoint[] = [
  { name: '/api/messages', method: 'POST', path: () => '/api/messages', json: true },
  {
    name: 'Direct Line activities',
    method: 'POST',
    path: () => `/v3/directline/conversations/${dlConversation}/activities`,
    headers: () => ({ authorization: `Bearer ${dlToken}` }),
    json: true,
  },
  {
    name: 'Direct Line conversations',
    method: 'POST',
    path: () => '/v3/directline/conversations',
    headers: () => ({ authorization: `Bearer ${dlToken}` }),
    json: false,
  },
  { name: '/api/directline/token', method: 'POST', path: () => '/api/directline/token', json: false },
  { name: '/datenschutz', method: 'GET', path: () => '/datenschutz', json: false },
  { name: '/healthz', method: 'GET', path: () => '/healthz', json: false },
  { name: 'unknown path', method: 'POST', path: () => '/api/does-not-exist', json: false },
];

const bodies: Array<[string, string, string, number[]]> = [
  ['malformed JSON', '{"type": "message", "text": ', 'application/json', [400]],
  ['oversized body', JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) }), 'application/json', [413]],
  ['wrong content type', 'type=message&text=Hallo', 'application/x-www-form-urlencoded', [400, 415]],
  ['JSON that is not an activity', '[1, 2, 3]', 'application/json', [400]],
];

describe.each(endpoints.filter((e) => e.json))('$name', (endpoint) => {
  test.each(bodies)('%s → 4xx with a reason', async (_name, body, contentType, statuses) => {
    const res = await fetch(`${assistant.url}${endpoint.path()}`, {
      method: endpoint.method,
      headers: { 'content-type': contentType, ...endpoint.headers?.() },
      body,
    });
    expect(statuses).toContain(res.status);
    const answer = (await res.json()) as Record<string, unknown>;
    expect(JSON.stringify(answer)).toMatch(/[a-z]{4,}/i);
  });
});

test.each(endpoints.filter((e) => !e.json))('$name answers garbage with its normal status or a 4xx, never a 5xx', async (endpoint) => {
  const res = await fetch(`${assistant.url}${endpoint.path()}`, {
    method: endpoint.method,
    headers: { 'content-type': 'application/json', ...endpoint.headers?.() },
    body: endpoint.method === 'POST' ? '{"\u202e<script>alert(1)</script>' : undefined,
  });
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) expect(await res.text()).toMatch(/[a-z]{4,}/i);
});

const unicode: Array<[string, string]> = [
  ['right-to-left override', 'Hallo \u202eneznad\u202c Welt'],
  ['zero-width space', 'Öffnungs\u200bzeiten'],
  ['combining characters', 'O\u0308ffnungszeiten Mo\u0308mbris'],
  ['emoji', '🐕🐕 Hund anmelden 🙂'],
  ['10,000-character word', 'a'.repeat(10_000)],
  ['lone surrogate', 'Hallo \ud800 Welt'],
  ['script tag', '<script>alert("x")</script><img src=x onerror=alert(1)>'],
];

test.each(unicode)('/api/messages: %s gets a polite German reply and the state still parses', async (_name, text) => {
  const chat = assistant.conversation();
  await chat.say('Hallo');
  const replies = await chat.say(text);
  // The answer to this message itself (the welcome came with "Hallo").
  expect(replies.length).toBeGreaterThan(0);
  expect(allText(replies)).toMatch(/\b(Sie|Ihre?|Ihnen|ich|Rathaus)\b/);
  expect(allText(replies)).not.toContain('<script');
  const key = ConversationStateStore.keyOf('test', chat.id);
  const stored = (await assistant.services.store.read([key]))[key];
  expect(conversationDataSchema.safeParse(stored?.data).success).toBe(true);
});

test.each(unicode)('Direct Line: %s is accepted (or refused with a reason) and answered', async (_name, text) => {
  const res = await fetch(`${assistant.url}/v3/directline/conversations/${dlConversation}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${dlToken}` },
    body: JSON.stringify({ type: 'message', from: { id: 'ignored' }, text }),
  });
  expect([200, 400]).toContain(res.status);
  const body = (await res.json()) as Record<string, unknown>;
  if (res.status === 400) expect(JSON.stringify(body)).toMatch(/[a-z]{4,}/i);
  else expect(body.id).toEqual(expect.any(String));
});

test('Direct Line: a message posted as markdown with a link is stored and shown as plain text, like every message', async () => {
  const text = '**Eilt** [hier klicken](https://evil.example/x)';
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${dlToken}` };
  const url = `${assistant.url}/v3/directline/conversations/${dlConversation}/activities`;
  const posted = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ type: 'message', from: { id: 'ignored' }, text, textFormat: 'markdown' }),
  });
  expect(posted.status).toBe(200);
  const { id } = (await posted.json()) as { id: string };

  const { activities } = (await (await fetch(url, { headers })).json()) as {
    activities: Array<{ id: string; type: string; text?: string; textFormat?: string }>;
  };
  expect(activities.find((a) => a.id === id)).toMatchObject({ text, textFormat: 'plain' });
  const stored = await assistant.services.store.list<{ id: string }>(`dl/${dlConversation}/activities`);
  expect(stored.find((a) => a.id === id)).toMatchObject({ textFormat: 'plain' });
  const messages = activities.filter((a) => a.type === 'message');
  expect(messages.length).toBeGreaterThan(2);
  expect(messages.filter((a) => a.textFormat !== 'plain')).toEqual([]);
});

test('a sender-chosen conversation id full of hostile characters is refused or kept apart', async () => {
  const res = await fetch(`${assistant.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity('../../etc/passwd\u202e<script>')),
  });
  expect(res.status).toBeLessThan(500);
});

test('/healthz is still 200 after the hostile requests', async () => {
  expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
});

/** `{"a":{"a":…1…}}` nested `depth` levels, as raw JSON. */
const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** Log lines of the assistant from `from` on, at `level` or above (pino: 40 warn, 50 error). */
const logsFrom = (from: number, level: number) =>
  assistant.logs.slice(from).filter((line) => (JSON.parse(line) as { level: number }).level >= level);

describe('malformed activities are refused with 400 and a reason, logged as a warning without the body', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${assistant.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const dlPath = () => `/v3/directline/conversations/${dlConversation}/activities`;

  test.each([
    ['Direct Line', () => dlPath(), () => ({ authorization: `Bearer ${dlToken}` }), '{"type":"message","text":"Hallo","value":'],
    ['/api/messages', () => '/api/messages', () => ({}), `${JSON.stringify(activity('deep-value')).slice(0, -1)},"value":`],
  ])('%s: a value nested 3,000 levels deep', async (_name, path, headers, start) => {
    const from = assistant.logs.length;
    const res = await post(path(), `${start}${nested(3000)}}`, headers());
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/nested too deeply/);
    expect(logsFrom(from, 50)).toEqual([]);
    const warning = logsFrom(from, 40).find((line) => line.includes('activity refused'));
    expect(warning).toBeDefined();
    expect(warning).not.toContain('{"a":');
  });

  test('a value nested 32 levels deep is still accepted', async () => {
    const res = await post(dlPath(), `{"type":"event","name":"x","value":${nested(31)}}`, { authorization: `Bearer ${dlToken}` });
    expect(res.status).toBe(200);
  });

  test('/api/messages: an entity without a type', async () => {
    const from = assistant.logs.length;
    const res = await post('/api/messages', JSON.stringify(activity('entity', { entities: [{ name: 'Geheimnis im Inhalt' }] })));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/entities\.0\.type/);
    expect(logsFrom(from, 50)).toEqual([]);
    const warning = logsFrom(from, 40).find((line) => line.includes('activity refused'));
    expect(warning).toMatch(/entities\.0\.type/);
    expect(warning).not.toContain('Geheimnis');
  });
});
