// Case delivery by e-mail against a real SMTP server on loopback (smtp-server): the mail reaches
// the office with the reference in the subject; a server that refuses first gets exactly one mail;
// with a webhook too, a webhook success plus a mail failure retries only the mail.
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { SMTPServer } from 'smtp-server';
import { loadMunicipality } from '../../../knowledge/municipality';
import { reportDamage } from '../../helpers/cases';
import { startTestAssistant, type TestAssistant } from '../../helpers/harness';

const municipality = loadMunicipality();

interface Received {
  to: string[];
  raw: string;
}

/** An SMTP server that refuses the first `refuse` messages with a temporary error. */
async function smtpServer(
  refuse: number,
): Promise<{ url: string; received: Received[]; attempts: () => number; close: () => Promise<void> }> {
  const received: Received[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        attempts += 1;
        if (attempts <= refuse) {
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          return callback(error);
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts: () => attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const waitFor = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
};
describe('case delivery by e-mail', () => {
  let assistant: TestAssistant | undefined;
  afterEach(async () => {
    await assistant?.stop();
    assistant = undefined;
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('mails the case in German plain text to the office, and sends exactly one mail after a refusal', async () => {
    const smtp = await smtpServer(1);
    try {
      assistant = await startTestAssistant({
        CASE_SMTP_URL: smtp.url,
        CASE_MAIL_FROM: 'assistent@moembris.example',
        CASE_WEBHOOK_RETRY_BASE_MS: '20',
      });
      const reference = await reportDamage(assistant, 'Lindenweg 4');
      await waitFor(() => smtp.received.length > 0);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.attempts()).toBe(2);
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      // The Bauhof has no address of its own: the Rathaus receives it.
      expect(mail.to).toEqual([municipality.offices.rathaus!.email]);
      expect(mail.raw).toMatch(new RegExp(`^Subject: \\[${reference}\\] Schaden oder Mangel melden`, 'm'));
      expect(mail.raw).toMatch(/Content-Type: text\/plain/);
      expect(mail.raw).toContain(`Vorgangsnummer: ${reference}`);
      expect(mail.raw).toContain(`Message-ID: <${reference}@moembris.example>`);
      expect(assistant.logs.some((l) => l.includes('case delivered') && l.includes(reference) && l.includes('"mail"'))).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it('mails a request sent in English with German labels and values and the conversation language', async () => {
    const smtp = await smtpServer(0);
    try {
      assistant = await startTestAssistant({ CASE_SMTP_URL: smtp.url, CASE_MAIL_FROM: 'assistent@moembris.example' });
      const c = assistant.conversation();
      await c.say('English');
      for (const said of [
        'Schaden melden',
        'Road damage',
        `Hauptstraße 7, ${municipality.ortsteile[0]!}`,
        'A deep pothole in the road.',
        'skip',
        'skip',
      ])
        await c.say(said);
      const sent = await c.say('Send');
      const reference = /MOE-\d{4}-\d{5}/.exec(sent.map((r) => r.text).join('\n'))![0];
      await waitFor(() => smtp.received.length > 0);
      const raw = smtp.received[0]!.raw.replace(/=\r?\n/g, '');
      expect(raw).toContain(`Vorgangsnummer: ${reference}`);
      expect(raw).toContain('Sprache: Englisch');
      expect(raw).toContain('Kategorie: Stra=C3=9Fenschaden');
      expect(raw).toContain('Beschreibung: A deep pothole in the road.');
      expect(raw).not.toContain('Category');
    } finally {
      await smtp.close();
    }
  });

  it('with webhook and e-mail, a webhook success plus a mail failure retries only the mail', async () => {
    const smtp = await smtpServer(2);
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    // Exactly one webhook call is expected; a second would find no interceptor and fail.
    const scope = nock('https://rathaus.example').post('/cases').reply(200);
    try {
      assistant = await startTestAssistant({
        CASE_SMTP_URL: smtp.url,
        CASE_MAIL_FROM: 'assistent@moembris.example',
        CASE_WEBHOOK_URL: 'https://rathaus.example/cases',
        CASE_WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
        CASE_WEBHOOK_RETRY_BASE_MS: '20',
      });
      const reference = await reportDamage(assistant, 'Birkenweg 9');
      await waitFor(() => smtp.received.length > 0);
      await new Promise((r) => setTimeout(r, 300));
      expect(scope.isDone()).toBe(true);
      expect(smtp.attempts()).toBe(3);
      expect(smtp.received).toHaveLength(1);
      expect(await assistant.services.outbox.delivered(reference)).toBe(true);
      const failures = assistant.logs.filter((l) => l.includes('case delivery failed'));
      expect(failures).toHaveLength(2);
      expect(failures.every((l) => l.includes('"mail"'))).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it('resumes a pending mail after a restart', async () => {
    const smtp = await smtpServer(0);
    try {
      const env = { CASE_SMTP_URL: smtp.url, CASE_MAIL_FROM: 'assistent@moembris.example', CASE_WEBHOOK_RETRY_BASE_MS: '20' };
      const first = await startTestAssistant({ ...env, CASE_SMTP_URL: 'smtp://127.0.0.1:1' });
      const reference = await reportDamage(first, 'Eichenweg 2');
      await first.stop();
      assistant = await startTestAssistant({ ...env, DATA_DIR: first.services.config.DATA_DIR });
      await waitFor(() => smtp.received.length > 0);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.raw).toContain(reference);
    } finally {
      await smtp.close();
    }
  });
});
