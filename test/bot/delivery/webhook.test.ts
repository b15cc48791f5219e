// Case delivery to the town hall's webhook: signed body, retried after a 500, sent once.
// nock stands in for the town hall's system, which we cannot run here.
import { createHmac } from 'node:crypto';
import nock from 'nock';
import { loadMunicipality } from '../../../knowledge/municipality';
import { firstFreeSlot, startTestAssistant, type TestAssistant } from '../../helpers/harness';

const SECRET = 'test-webhook-secret-0123456789';
const ortsteil = loadMunicipality().ortsteile[0]!;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('case webhook', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    assistant = await startTestAssistant({
      CASE_WEBHOOK_URL: 'https://rathaus.example/cases',
      CASE_WEBHOOK_SECRET: SECRET,
      CASE_WEBHOOK_RETRY_BASE_MS: '20',
    });
  });
  afterAll(async () => {
    await assistant.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('posts the case signed with HMAC-SHA256, retries after a 500 and delivers it exactly once', async () => {
    const received: Array<{ body: string; signature: string; key: string }> = [];
    const record = (status: number) =>
      function (this: { req: { headers: Record<string, string> } }, _uri: string, body: unknown): [number, string] {
        const raw = typeof body === 'string' ? body : JSON.stringify(body);
        received.push({ body: raw, signature: this.req.headers['x-signature-256']!, key: this.req.headers['idempotency-key']! });
        return [status, ''];
      };
    const scope = nock('https://rathaus.example').post('/cases').reply(record(500)).post('/cases').reply(record(200));
    // A third request would fail the test: nock has nothing left and net connect is off.
    const c = assistant.conversation();
    for (const text of [
      'Schaden melden',
      'Straßenbeleuchtung',
      `${ortsteil}, Hauptstraße 12`,
      'Laterne ist dunkel',
      'überspringen',
      'überspringen',
    ])
      await c.say(text);
    const replies = await c.say('Absenden');
    const reference = /MOE-\d{4}-\d{5}/.exec(replies.map((r) => r.text).join(' '))![0];
    for (let i = 0; i < 100 && !scope.isDone(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(scope.isDone()).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toHaveLength(2);
    for (const hit of received) {
      expect(hit.signature).toBe(`sha256=${createHmac('sha256', SECRET).update(hit.body).digest('hex')}`);
      expect(hit.key).toBe(reference);
      expect(JSON.parse(hit.body)).toMatchObject({ reference, flow: 'maengelmelder', answers: { kategorie: 'Straßenbeleuchtung' } });
    }
    expect(assistant.logs.some((l) => l.includes('case delivered') && l.includes(reference))).toBe(true);
    // No personal data of the case in the logs.
    expect(assistant.logs.join('\n')).not.toContain('Hauptstraße 12');
  });

  it('keeps a delivered case for CASE_RETENTION_DAYS from its delivery, not from its creation', async () => {
    let first = false;
    const scope = nock('https://rathaus.example')
      .post('/cases')
      .reply(() => {
        first = true;
        return [500, ''];
      })
      .post('/cases')
      .delay(600)
      .reply(200);
    const c = assistant.conversation();
    for (const text of ['Schaden melden', 'Wilder Müll', `${ortsteil}, Feldweg`, 'Alte Reifen abgeladen', 'überspringen', 'überspringen'])
      await c.say(text);
    const reference = /MOE-\d{4}-\d{5}/.exec((await c.say('Absenden')).map((r) => r.text).join(' '))![0];
    const { store } = assistant.services;
    for (let i = 0; i < 100 && !first; i++) await new Promise((r) => setTimeout(r, 10));
    // While the office's system is down the case ages; here: only 100 seconds of it are left.
    await store.set(`cases/${reference}`, await store.get(`cases/${reference}`), 100);
    for (let i = 0; i < 200 && !scope.isDone(); i++) await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 50 && (await store.ttl(`cases/${reference}`))! <= 100; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await store.ttl(`cases/${reference}`)).toBeGreaterThan(89 * 24 * 3600);
  });

  it('keeps an uploaded photo with the case and sends it inline (base64) with the delivery', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const scope = nock('https://rathaus.example')
      .post('/cases', (body: Record<string, unknown>) => {
        bodies.push(body);
        return true;
      })
      .reply(200);
    const c = assistant.conversation();
    for (const text of ['Schaden melden', 'Spielplatz', `${ortsteil}, Spielplatz am Bach`, 'Schaukel ist gebrochen']) await c.say(text);
    // What the website chat or Telegram does with an upload: save it, then send its /files/ link.
    const photo = await assistant.services.files.save(c.id, 'schaukel.png', PNG);
    let replies = await c.say('', { attachments: [{ contentType: 'image/png', contentUrl: `/files/${photo.id}`, name: 'schaukel.png' }] });
    expect((replies.at(-1)?.channelData?.prompt as { field: string }).field).toBe('kontakt');
    replies = await c.say('überspringen');
    expect(replies.map((r) => r.text).join(' ')).toContain('Foto (schaukel.png)');
    replies = await c.say('Absenden');
    const reference = /MOE-\d{4}-\d{5}/.exec(replies.map((r) => r.text).join(' '))![0];
    for (let i = 0; i < 100 && !scope.isDone(); i++) await new Promise((r) => setTimeout(r, 20));
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      reference,
      answers: { foto: { fileId: photo.id, name: 'schaukel.png', contentType: 'image/png' } },
      attachments: [
        { field: 'foto', name: 'schaukel.png', contentType: 'image/png', size: photo.size, base64: photo.data.toString('base64') },
      ],
    });
  });

  it('tells the office when a booked appointment is cancelled (a second delivery with its own key)', async () => {
    const calls: Array<{ key: string; body: Record<string, unknown> }> = [];
    const scope = nock('https://rathaus.example')
      .post('/cases')
      .times(2)
      .reply(function (this: { req: { headers: Record<string, string> } }, _uri, body) {
        calls.push({ key: this.req.headers['idempotency-key']!, body: body as Record<string, unknown> });
        return [200, ''];
      });
    const c = assistant.conversation();
    await c.say('Termin vereinbaren');
    const slot = await firstFreeSlot(c, await c.say('Beglaubigung'));
    for (const text of [slot, 'Max Muster', 'max@example.de']) await c.say(text);
    const reference = /MOE-\d{4}-\d{5}/.exec((await c.say('Absenden')).map((r) => r.text).join(' '))![0];
    // In the chat that booked it, one question with its day and time.
    expect((await c.say('Termin absagen')).map((r) => r.text).join(' ')).toContain(`(${reference}) absagen?`);
    expect((await c.say('Ja, absagen')).map((r) => r.text).join(' ')).toMatch(/abgesagt/);
    // Until the office has answered both (nock counts a request as done before its reply function runs).
    for (let i = 0; i < 100 && calls.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(scope.isDone()).toBe(true);
    expect(calls.map((call) => [call.key, call.body.status]).sort()).toEqual([
      [reference, 'open'],
      [`${reference}-abgesagt`, 'cancelled'],
    ]);
  });
});

test('start-up warns, naming the variables, when requests would only be kept in the assistant', async () => {
  const silent = await startTestAssistant();
  try {
    const warning = silent.logs.filter((l) => l.includes('no delivery channel for requests'));
    expect(warning).toHaveLength(1);
    expect(JSON.parse(warning[0]!)).toMatchObject({ level: 40, msg: expect.stringMatching(/CASE_WEBHOOK_URL or CASE_SMTP_URL/) });
  } finally {
    await silent.stop();
  }
  const delivering = await startTestAssistant({ CASE_WEBHOOK_URL: 'https://rathaus.example/cases', CASE_WEBHOOK_SECRET: SECRET });
  try {
    expect(delivering.logs.some((l) => l.includes('no delivery channel'))).toBe(false);
  } finally {
    await delivering.stop();
  }
});
