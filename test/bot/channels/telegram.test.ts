// Telegram over the real assistant on loopback; only the Telegram Bot API is mocked (nock).
import nock from 'nock';
import { de } from '../../../knowledge/texts/de';
import { en } from '../../../knowledge/texts/en';
import { ls } from '../../../knowledge/texts/ls';
import { defineFlows } from '../../../dialogs/flows';
import { cardForTelegram, escapeHtml, splitMessage } from '../../../bot/channels/telegram/format';
import { SECRET_HEADER } from '../../../bot/channels/telegram/channel';
import { button } from '../../../knowledge/texts/commands';
import { BotApi } from '../../../bot/channels/telegram/protocol';
import { registerWebhook } from '../../../bot/channels/telegram/setup';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';
import { decompressionBombPng, samePixels } from '../../helpers/images';

const API = 'https://telegram-api.test';
const TOKEN = '123456:TEST-token_for-tests';
const SECRET = 'test-webhook-secret-0123456789';

interface Sent {
  chat_id: string;
  text: string;
  parse_mode?: string;
  reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
}

let assistant: TestAssistant;
let sent: Sent[];
let answeredQueries: string[];
let updateId = 1;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  assistant = await startTestAssistant({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_URL: API });
});
afterAll(async () => {
  await assistant.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});
beforeEach(() => {
  sent = [];
  answeredQueries = [];
  nock.cleanAll();
  nock(API)
    .persist()
    .post(`/bot${TOKEN}/sendMessage`)
    .reply(200, (_uri, body) => {
      sent.push(body as Sent);
      return { ok: true, result: { message_id: sent.length } };
    });
  nock(API)
    .persist()
    .post(`/bot${TOKEN}/answerCallbackQuery`)
    .reply(200, (_uri, body) => {
      answeredQueries.push((body as { callback_query_id: string }).callback_query_id);
      return { ok: true, result: true };
    });
});

const town = () => assistant.services.municipality;

async function postUpdate(update: Record<string, unknown>, secret: string | null = SECRET): Promise<number> {
  const res = await fetch(`${assistant.url}/api/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { [SECRET_HEADER]: secret }) },
    body: JSON.stringify({ update_id: updateId++, ...update }),
  });
  return res.status;
}

const message = (chatId: number, fields: Record<string, unknown>) => ({
  message: {
    message_id: updateId,
    chat: { id: chatId, type: 'private' },
    from: { id: chatId, is_bot: false, first_name: 'Test' },
    date: 0,
    ...fields,
  },
});

async function settle(): Promise<void> {
  await assistant.app.telegram!.idle();
}

test('/start greets with the AI disclosure and the suggestions as an inline keyboard', async () => {
  expect(await postUpdate(message(1001, { text: '/start' }))).toBe(200);
  await settle();
  expect(sent).toHaveLength(1);
  expect(sent[0]!.chat_id).toBe('1001');
  expect(sent[0]!.parse_mode).toBe('HTML');
  expect(sent[0]!.text).toBe(escapeHtml(de.conversation.welcome(town())));
  expect(sent[0]!.reply_markup!.inline_keyboard.map((row) => row[0]!.text)).toEqual(de.conversation.welcomeSuggestions);
});

test('the conversation language carries over Telegram: an English app is welcomed in English, Leichte Sprache by its button', async () => {
  const from = { id: 1101, is_bot: false, first_name: 'Test', language_code: 'en' };
  await postUpdate(message(1101, { text: '/start', from }));
  await settle();
  expect(sent.map((s) => s.text)).toEqual([escapeHtml(en.conversation.welcome(town()))]);
  expect(sent[0]!.reply_markup!.inline_keyboard.map((row) => row[0]!.text)).toEqual(en.conversation.welcomeSuggestions);
  // A tap on the keyboard's "Leichte Sprache": every following reply and button is in Leichte Sprache.
  const easy = sent[0]!.reply_markup!.inline_keyboard.find((row) => row[0]!.text === 'Leichte Sprache')![0]!;
  sent = [];
  await postUpdate({
    callback_query: { id: 'cb-ls', from, chat_instance: 'x', data: easy.callback_data, message: { message_id: 1, chat: { id: 1101 } } },
  });
  await settle();
  expect(sent.map((s) => s.text)).toEqual([escapeHtml(ls.language.switched)]);
  sent = [];
  await postUpdate(message(1101, { text: 'Hund anmelden', from }));
  await settle();
  const flow = defineFlows(town(), { language: 'ls' })['hund-anmelden']!;
  expect(sent.map((s) => s.text)).toEqual([escapeHtml(flow.intro), escapeHtml(flow.fields[0]!.prompt)]);
  sent = [];
  await postUpdate(message(1101, { text: 'Anna Weber', from }));
  await settle();
  await postUpdate(message(1101, { text: `Hauptstraße 1, ${town().ortsteile[0]!}`, from }));
  await settle();
  await postUpdate(message(1101, { text: 'Mischling', from }));
  await settle();
  await postUpdate(message(1101, { text: 'Bello', from }));
  await settle();
  await postUpdate(message(1101, { text: '1.3.2024', from }));
  await settle();
  await postUpdate(message(1101, { text: '1.3.2026', from }));
  await settle();
  expect(sent.at(-1)!.reply_markup!.inline_keyboard.map((row) => row[0]!.text)).toEqual(['Ja', 'Nein']);
  expect(sent.at(-1)!.text).toContain('Kampf·hund');
});

test('a button click runs the button value as a message and answers the callback query', async () => {
  await postUpdate(message(1002, { text: '/start' }));
  await settle();
  const button = sent[0]!.reply_markup!.inline_keyboard[0]![0]!;
  sent = [];
  expect(
    await postUpdate({
      callback_query: {
        id: 'cb-1',
        from: { id: 1002 },
        chat_instance: 'x',
        data: button.callback_data,
        message: { message_id: 1, chat: { id: 1002 } },
      },
    }),
  ).toBe(200);
  await settle();
  expect(answeredQueries).toEqual(['cb-1']);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.map((s) => s.text).join('\n')).not.toBe(escapeHtml(de.conversation.fallback(town())));
});

test('an unknown question gets the honest fallback', async () => {
  await postUpdate(message(1003, { text: 'Xylofonquartett Zwetschgendatschi Quantenschaum' }));
  await settle();
  expect(sent.map((s) => s.text)).toContain(escapeHtml(de.conversation.fallback(town())));
});

test('wrong or missing secret token → 401, nothing is processed', async () => {
  expect(await postUpdate(message(1004, { text: '/start' }), 'wrong-secret-wrong-secret-xx')).toBe(401);
  expect(await postUpdate(message(1004, { text: '/start' }), null)).toBe(401);
  await settle();
  expect(sent).toHaveLength(0);
});

test('a malformed update → 400 with a reason', async () => {
  const res = await fetch(`${assistant.url}/api/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET },
    body: JSON.stringify({ update_id: 'x', message: { chat: {} } }),
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: string }).error).toBe('invalid update');
});

test('/loeschen is the privacy command "Meine Daten löschen"', async () => {
  const viaCommand = (await postUpdate(message(1005, { text: '/loeschen' })), await settle(), sent.splice(0));
  await postUpdate(message(1006, { text: button('deleteData') }));
  await settle();
  expect(viaCommand.map((s) => s.text)).toEqual(sent.map((s) => s.text));
  expect(viaCommand.length).toBeGreaterThan(0);
});

test('a photo is downloaded (largest size), stored and reaches the assistant as an attachment', async () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  nock(API)
    .post(`/bot${TOKEN}/getFile`, { file_id: 'big' })
    .reply(200, { ok: true, result: { file_id: 'big', file_path: 'photos/file_1.png', file_size: png.length } });
  const download = nock(API).get(`/file/bot${TOKEN}/photos/file_1.png`).reply(200, png);
  const spy = jest.spyOn(assistant.services.files, 'save');
  await postUpdate(
    message(1007, {
      caption: 'Schlagloch',
      photo: [
        { file_id: 'small', width: 90, height: 90 },
        { file_id: 'big', width: 800, height: 800 },
      ],
    }),
  );
  await settle();
  expect(download.isDone()).toBe(true);
  const saved = await spy.mock.results[0]!.value;
  spy.mockRestore();
  expect(saved.contentType).toBe('image/png');
  // Stored re-encoded (without metadata): the same picture, not the same bytes.
  expect(await samePixels((await assistant.services.files.load(saved.id))!.data, png)).toBe(true);
  expect(sent.length).toBeGreaterThan(0);
});

test('a file that is not a photo is refused with a German reason', async () => {
  nock(API)
    .post(`/bot${TOKEN}/getFile`)
    .reply(200, { ok: true, result: { file_id: 'x', file_path: 'photos/file_2.jpg' } });
  nock(API).get(`/file/bot${TOKEN}/photos/file_2.jpg`).reply(200, 'not an image at all');
  await postUpdate(message(1008, { photo: [{ file_id: 'x', width: 1, height: 1 }] }));
  await settle();
  expect(sent.map((s) => s.text)).toEqual([expect.stringContaining('Dateityp wird nicht angenommen')]);
});

test('a decompression bomb sent as a photo is refused with a German reason', async () => {
  nock(API)
    .post(`/bot${TOKEN}/getFile`)
    .reply(200, { ok: true, result: { file_id: 'bomb', file_path: 'photos/file_3.png' } });
  nock(API).get(`/file/bot${TOKEN}/photos/file_3.png`).reply(200, decompressionBombPng(30_000, 30_000));
  await postUpdate(message(1010, { photo: [{ file_id: 'bomb', width: 30_000, height: 30_000 }] }));
  await settle();
  expect(sent.map((s) => s.text)).toEqual([de.uploads.tooManyPixels(40)]);
});

test('a staff message reaches the Telegram chat through the stored reference', async () => {
  await postUpdate(message(1009, { text: '/start' }));
  await settle();
  sent = [];
  const { outbound } = assistant.services;
  const reference = await outbound.reference('telegram', '1009');
  expect(reference).toBeDefined();
  // Staff typing first: Telegram shows "… schreibt".
  const actions: unknown[] = [];
  nock(API)
    .post(`/bot${TOKEN}/sendChatAction`)
    .reply(200, (_uri, body) => {
      actions.push(body);
      return { ok: true, result: true };
    });
  await outbound.send(reference!, [{ type: 'typing' }, { text: 'Frau Müller <Bürgerbüro>: Ihr Ausweis liegt bereit.' }]);
  expect(actions).toEqual([{ chat_id: '1009', action: 'typing' }]);
  expect(sent).toEqual([expect.objectContaining({ chat_id: '1009', text: 'Frau Müller &lt;Bürgerbüro&gt;: Ihr Ausweis liegt bereit.' })]);
});

test('a button whose value exceeds 64 bytes still works (value kept in the store)', async () => {
  await postUpdate(message(1010, { text: '/start' }));
  await settle();
  sent = [];
  const { outbound } = assistant.services;
  const long = 'Ich möchte einen Schaden an der Straßenbeleuchtung in der Hauptstraße melden';
  await outbound.send((await outbound.reference('telegram', '1010'))!, [
    { text: 'Worum geht es?', suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Beleuchtung', value: long }] } } as never,
  ]);
  const data = sent[0]!.reply_markup!.inline_keyboard[0]![0]!.callback_data;
  expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
  expect(data).not.toContain(long);
  sent = [];
  await postUpdate({
    callback_query: { id: 'cb-long', from: { id: 1010 }, chat_instance: 'x', data, message: { message_id: 2, chat: { id: 1010 } } },
  });
  await settle();
  expect(answeredQueries).toEqual(['cb-long']);
  expect(sent.length).toBeGreaterThan(0);
});

test('citizen text repeated in a request summary is HTML-escaped, so Telegram shows it literally', async () => {
  const hostile = '<b>fett</b> <a href="https://evil.example/x">Klick</a> <script>alert(1)</script> & Co';
  for (const text of ['Rückruf anfordern', hostile, 'Erika Muster', 'Telefon', '06029 1234', 'vormittags', 'Ja']) {
    sent = [];
    await postUpdate(message(1011, { text }));
    await settle();
  }
  const summary = sent.map((s) => s.text).find((t) => t.includes('Anliegen:'));
  expect(summary).toContain(`Anliegen: ${escapeHtml(hostile)}`);
  expect(summary).not.toMatch(/<(b|a|script)\b/);
  expect(sent.every((s) => s.parse_mode === 'HTML')).toBe(true);
});

test("an answer is HTML-formatted: the text escaped, the card's facts in bold, its links as links and URL buttons", async () => {
  await postUpdate(message(1077, { text: 'Kann ich ein Führungszeugnis online beantragen?' }));
  await settle();
  const answer = sent.at(-1)!;
  expect(answer.parse_mode).toBe('HTML');
  expect(answer.text).toMatch(/<b>Auf einen Blick<\/b>/);
  expect(answer.text).toMatch(/<b>Kosten<\/b> [^<]*13/);
  expect(answer.text).toMatch(/Stand: \d{2}\.\d{2}\.\d{4}/);
  // Nothing but our own tags: every other < or & is escaped.
  expect(answer.text.replace(/<\/?(b|a)( href="https:\/\/[^"]+")?>/g, '')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;)/);
  const keyboard = answer.reply_markup!.inline_keyboard.flat() as Array<{ text: string; url?: string; callback_data?: string }>;
  expect(keyboard[0]).toEqual({ text: 'Online beantragen', url: expect.stringMatching(/^https:\/\//) });
  expect(keyboard.some((b) => b.text === 'Unterlagen' && b.callback_data)).toBe(true);
});

test("a card's markdown is translated to Telegram HTML with everything else escaped", () => {
  const card = cardForTelegram({
    body: [
      { type: 'TextBlock', text: 'Mehr dazu: [Amt \\& <Co>](https://example.org/a?b=1&c=2) \\*fett\\*', wrap: true },
      {
        type: 'Container',
        items: [
          { type: 'TextBlock', text: 'Gebühr', weight: 'Bolder' },
          { type: 'TextBlock', text: '5 < 6 Euro' },
        ],
      },
    ],
    actions: [
      { type: 'Action.OpenUrl', title: 'Online', url: 'https://example.org' },
      { type: 'Action.OpenUrl', title: 'Unsicher', url: 'http://example.org' },
    ],
  })!;
  expect(card.html).toBe(
    'Mehr dazu: <a href="https://example.org/a?b=1&amp;c=2">Amt &amp; &lt;Co&gt;</a> *fett*\n<b>Gebühr</b> 5 &lt; 6 Euro',
  );
  expect(card.urls).toEqual([{ text: 'Online', url: 'https://example.org' }]);
});

describe('Bot API client', () => {
  const api = new BotApi({ baseUrl: API, token: TOKEN });

  test('waits retry_after on 429 and then succeeds', async () => {
    nock.cleanAll(); // drop the persistent interceptor of beforeEach for this test
    const first = nock(API)
      .post(`/bot${TOKEN}/sendMessage`)
      .reply(429, { ok: false, description: 'Too Many Requests', parameters: { retry_after: 1 } });
    nock(API).post(`/bot${TOKEN}/sendMessage`).reply(200, { ok: true, result: 'second' });
    const started = Date.now();
    await expect(api.call('sendMessage', { chat_id: 1, text: 'x' })).resolves.toBe('second');
    expect(first.isDone()).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  test('retries server errors a bounded number of times, then fails', async () => {
    nock.cleanAll();
    const failing = nock(API).post(`/bot${TOKEN}/sendMessage`).times(2).reply(502, 'Bad Gateway');
    const limited = new BotApi({ baseUrl: API, token: TOKEN, attempts: 2 });
    await expect(limited.call('sendMessage', { chat_id: 1, text: 'x' })).rejects.toThrow(/sendMessage failed with 502/);
    expect(failing.isDone()).toBe(true);
  });

  test('does not retry a client error', async () => {
    nock.cleanAll();
    nock(API).post(`/bot${TOKEN}/sendMessage`).once().reply(400, { ok: false, description: 'Bad Request: chat not found' });
    await expect(api.call('sendMessage', { chat_id: 1, text: 'x' })).rejects.toThrow(/chat not found/);
  });
});

describe('formatting', () => {
  test('escapes HTML special characters', () => {
    expect(escapeHtml('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });

  test('splits long texts at paragraph and sentence ends within 4096 characters', () => {
    const paragraph = 'Dies ist ein Satz über die Öffnungszeiten. '.repeat(60).trim();
    const text = [paragraph, paragraph, paragraph].join('\n\n');
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(escapeHtml(part).length).toBeLessThanOrEqual(4096);
      expect(part.endsWith('.')).toBe(true);
    }
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  test('escaping counts towards the limit', () => {
    const parts = splitMessage('<'.repeat(3000));
    expect(parts.every((p) => escapeHtml(p).length <= 4096)).toBe(true);
    expect(parts.join('')).toBe('<'.repeat(3000));
  });
});

test('telegram:setup registers the webhook with secret and allowed updates', async () => {
  const registered = nock(API)
    .post(
      `/bot${TOKEN}/setWebhook`,
      (body) =>
        body.url === 'https://chat.example.de/api/telegram' &&
        body.secret_token === SECRET &&
        body.allowed_updates.includes('callback_query'),
    )
    .reply(200, { ok: true, result: true });
  await expect(
    registerWebhook({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_URL: API,
      PUBLIC_URL: 'https://chat.example.de',
    }),
  ).resolves.toBe('https://chat.example.de/api/telegram');
  expect(registered.isDone()).toBe(true);
});
