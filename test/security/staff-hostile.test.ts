// Hostile input against the staff console's endpoints: every request gets a 4xx with a reason,
// the process keeps serving, and a staff member's odd text reaches the citizen unchanged.
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import { HandoffQueue } from '../../bot/handoff/queue';
import { liveChatLog } from '../../bot/handoff/relay';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';
import { StaffClient, staffAccountsFile } from '../helpers/staff';

const PASSWORD = 'anna-sicheres-passwort';
let assistant: TestAssistant;
let anna: StaffClient;
const CONVERSATION = 'hostile-1';
/** What reached the citizen (an own test channel stands in for Web Chat or Telegram). */
const delivered: Activity[] = [];

beforeAll(async () => {
  assistant = await startTestAssistant({ STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: PASSWORD }) });
  anna = new StaffClient(assistant.url);
  expect((await anna.login('anna', PASSWORD)).status).toBe(200);
  assistant.app.adapters.own.register({
    channelId: 'testchat',
    deliver: async (_ref: Partial<ConversationReference>, activities: Activity[]) => void delivered.push(...activities),
  });
  await assistant.app.runOwnChannelTurn(
    Activity.fromObject({
      type: 'message',
      text: 'Hallo',
      channelId: 'testchat',
      serviceUrl: 'https://testchat.invalid',
      conversation: { id: CONVERSATION },
      from: { id: 'citizen-1', role: 'user' },
      recipient: { id: 'bot' },
    }),
  );
  const queue = new HandoffQueue(assistant.services.store);
  await queue.enqueue({ channelId: 'testchat', conversationId: CONVERSATION });
  expect(await queue.take(CONVERSATION, 'anna')).toBe(true);
});
afterAll(() => assistant.stop());

const raw = (route: string, body: string, contentType: string) =>
  fetch(`${assistant.url}/staff/api${route}`, {
    method: 'POST',
    headers: { 'content-type': contentType, 'x-csrf-token': anna.csrf, cookie: [...anna.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    body,
  });

const routes = ['/login', `/conversations/${CONVERSATION}/messages`];
const bodies: Array<[string, string, string, number]> = [
  ['malformed JSON', '{"text": ', 'application/json', 400],
  ['oversized body', JSON.stringify({ text: 'x'.repeat(600 * 1024) }), 'application/json', 413],
  ['wrong content type', 'text=Hallo', 'application/x-www-form-urlencoded', 400],
  ['JSON of the wrong shape', '[1, 2, 3]', 'application/json', 400],
];

describe.each(routes)('%s', (route) => {
  test.each(bodies)('%s → 4xx with a reason', async (_name, body, contentType, status) => {
    const res = await raw(route, body, contentType);
    expect(res.status).toBe(status);
    expect(JSON.stringify(await res.json())).toMatch(/[a-z]{4,}/i);
  });
});

test('without a session the event stream and every action are refused', async () => {
  const stranger = new StaffClient(assistant.url);
  expect((await stranger.request('GET', '/events')).status).toBe(401);
  expect((await stranger.request('POST', `/conversations/${CONVERSATION}/messages`, { text: 'x' })).status).toBe(401);
  await stranger.request('GET', '/session').then((s) => (stranger.csrf = String(s.body.csrfToken)));
  expect((await stranger.request('POST', `/conversations/${CONVERSATION}/messages`, { text: 'x' })).status).toBe(401);
});

const odd = [
  'Hallo \u202eneznad\u202c Welt',
  'O\u0308ffnungszeiten 🐕',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  'a'.repeat(2000),
];

test.each(odd)('a staff message %#: reaches the citizen exactly as typed, as plain text', async (text) => {
  const before = delivered.length;
  const res = await anna.request('POST', `/conversations/${CONVERSATION}/messages`, { text });
  expect(res.status).toBe(200);
  const sent = delivered.slice(before).filter((a) => a.type === 'message');
  // This channel does not show speakers, so the staff member's name leads the text.
  expect(sent.map((a) => [a.text, a.textFormat])).toEqual([[`Anna (Rathaus): ${text}`, 'plain']]);
  expect((await liveChatLog(assistant.services).lines(CONVERSATION)).at(-1)).toMatchObject({ from: 'staff', text });
});

test('a login name or password of any shape is an ordinary failed login', async () => {
  const s = new StaffClient(assistant.url);
  for (const name of ['../../etc/passwd', '\u202eanna', 'anna\u0000', 'x'.repeat(40)]) {
    expect((await s.login(name, 'irgendein-passwort')).status).toBe(401);
  }
  expect((await s.login('x'.repeat(41), 'p')).status).toBe(400);
  expect((await fetch(`${assistant.url}/healthz`)).status).toBe(200);
});
