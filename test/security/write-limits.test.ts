// The website's write endpoints under a flood: per conversation and per IP address, requests over
// the limit get 429 with Retry-After and a reason, and nothing of them is stored. A person who
// merely writes fast still gets the assistant's polite answer, not an error.
import { newToken } from '../helpers/directline';
import { startTestAssistant, type TestAssistant } from '../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../helpers/redis';

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface Chat {
  token: string;
  conversationId: string;
}

async function startChat(assistant: TestAssistant): Promise<Chat> {
  const { token, conversationId } = await newToken(assistant.url);
  const res = await fetch(`${assistant.url}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(201);
  return { token, conversationId };
}

const activitiesUrl = (assistant: TestAssistant, chat: Chat) =>
  `${assistant.url}/v3/directline/conversations/${chat.conversationId}/activities`;

const say = (assistant: TestAssistant, chat: Chat, text: string) =>
  fetch(activitiesUrl(assistant, chat), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` },
    body: JSON.stringify({ type: 'message', from: { id: 'ignored' }, text }),
  });

function upload(assistant: TestAssistant, chat: Chat): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'schlagloch.png');
  return fetch(`${assistant.url}/v3/directline/conversations/${chat.conversationId}/upload?userId=x`, {
    method: 'POST',
    headers: { authorization: `Bearer ${chat.token}` },
    body: form,
  });
}

async function transcript(assistant: TestAssistant, chat: Chat): Promise<Array<{ from?: { role?: string }; text?: string }>> {
  const res = await fetch(activitiesUrl(assistant, chat), { headers: { authorization: `Bearer ${chat.token}` } });
  return ((await res.json()) as { activities: Array<{ from?: { role?: string }; text?: string }> }).activities;
}

async function expectTooMany(res: Response): Promise<void> {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await res.json()).toEqual({ error: { code: 'TooManyRequests', message: expect.stringMatching(/too many/) } });
}

const running: TestAssistant[] = [];
const start = async (env: Record<string, string>) => {
  const assistant = await startTestAssistant({ DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000', ...env });
  running.push(assistant);
  return assistant;
};
afterAll(async () => {
  for (const assistant of running) await assistant.stop();
});

test('one conversation: past the polite limit the assistant answers "bitte warten Sie"; past twice that, 429 and nothing is stored', async () => {
  const assistant = await start({ RATE_LIMIT_MESSAGES_PER_MINUTE: '2' });
  const chat = await startChat(assistant);
  const statuses = [];
  for (let i = 1; i <= 4; i++) statuses.push((await say(assistant, chat, `Frage ${i}`)).status);
  expect(statuses).toEqual([200, 200, 200, 200]);
  const before = await transcript(assistant, chat);
  expect(before.at(-1)!.text).toMatch(/Bitte warten Sie/);

  await expectTooMany(await say(assistant, chat, 'Frage 5'));
  expect(await transcript(assistant, chat)).toEqual(before);
  // Another conversation from the same address is not affected.
  expect((await say(assistant, await startChat(assistant), 'Frage 1')).status).toBe(200);
});

test('one IP address over many conversations: messages and uploads past DIRECTLINE_WRITES_PER_IP_PER_MINUTE get 429', async () => {
  const assistant = await start({ DIRECTLINE_WRITES_PER_IP_PER_MINUTE: '3' });
  const chats = [await startChat(assistant), await startChat(assistant), await startChat(assistant), await startChat(assistant)];
  expect((await say(assistant, chats[0]!, 'Hallo')).status).toBe(200);
  expect((await say(assistant, chats[1]!, 'Hallo')).status).toBe(200);
  expect((await upload(assistant, chats[2]!)).status).toBe(200);
  await expectTooMany(await say(assistant, chats[3]!, 'Hallo'));
  await expectTooMany(await upload(assistant, chats[3]!));
  expect((await transcript(assistant, chats[3]!)).filter((a) => a.from?.role === 'user')).toEqual([]);
});

test('uploads past DIRECTLINE_UPLOADS_PER_IP_PER_HOUR get 429 and are not stored', async () => {
  const assistant = await start({ DIRECTLINE_UPLOADS_PER_IP_PER_HOUR: '2' });
  const chat = await startChat(assistant);
  const statuses = [];
  for (let i = 0; i < 2; i++) statuses.push((await upload(assistant, chat)).status);
  expect(statuses).toEqual([200, 200]);
  await expectTooMany(await upload(assistant, await startChat(assistant)));
  expect(await assistant.services.files.describeConversation(chat.conversationId)).toHaveLength(2);
  // Text messages from the same address still go through.
  expect((await say(assistant, chat, 'Danke')).status).toBe(200);
});

describeWithRedis('with Redis', () => {
  test('the per-IP write limit is counted across instances', async () => {
    const env = {
      REDIS_URL,
      STORE_KEY_PREFIX: uniquePrefix('write-limits'),
      DIRECTLINE_TOKEN_SECRET: 'write-limits-secret-0123456789abcdef',
      DIRECTLINE_WRITES_PER_IP_PER_MINUTE: '2',
    };
    const a = await start(env);
    const b = await start(env);
    const chat = await startChat(a);
    expect((await say(a, chat, 'Hallo')).status).toBe(200);
    expect((await say(b, chat, 'Noch eine Frage')).status).toBe(200);
    await expectTooMany(await say(a, chat, 'Und noch eine'));
  });
});
