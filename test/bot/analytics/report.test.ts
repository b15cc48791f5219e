// The report for the council over real HTTP on two instances sharing Redis: scripted conversations
// (answers, a clarification, out-of-scope questions, feedback both ways, a handoff taken and handed
// back, a request) give exactly the expected figures in the report API, the CSV and the PDF (read
// back with pdftotext); clerks do not see it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportCsv, reportTables } from '../../../bot/analytics/export';
import { buildReport, savingsOf } from '../../../bot/analytics/report';
import { de } from '../../../knowledge/texts/de';
import { allText, promptOf, startTestAssistant, type TestAssistant } from '../../helpers/harness';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';
import { alwaysOpenMunicipality, StaffClient, staffAccountsFile } from '../../helpers/staff';

const PASSWORDS = { eva: 'eva-sicheres-passwort', carl: 'carl-sicheres-passwort' };
// The analytics count by the town's days (Europe/Berlin): a UTC date is yesterday's between midnight and one or two in Mömbris.
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
const period = `?from=${today}&to=${today}`;

async function download(client: StaffClient, route: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(`${client.baseUrl}/staff/api${route}`, {
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

describeWithRedis('the report on two instances sharing Redis', () => {
  let a: TestAssistant;
  let b: TestAssistant;
  let eva: StaffClient;
  let carl: StaffClient;

  beforeAll(async () => {
    const env = {
      REDIS_URL,
      STORE_KEY_PREFIX: uniquePrefix('report'),
      MUNICIPALITY_FILE: alwaysOpenMunicipality(),
      STAFF_ACCOUNTS_FILE: await staffAccountsFile(PASSWORDS, { eva: 'editor' }),
      STAFF_SESSION_SECRET: 'report-test-session-secret-0123456789abcdef',
      REPORT_MINUTES_PER_ANSWER: '4',
      REPORT_MINUTES_PER_REQUEST: '10',
      REPORT_HOURLY_RATE_EUR: '50',
    };
    [a, b] = await Promise.all([startTestAssistant(env), startTestAssistant(env)]);
    eva = new StaffClient(a.url);
    carl = new StaffClient(b.url);
    await eva.login('eva', PASSWORDS.eva);
    await carl.login('carl', PASSWORDS.carl);
    await carl.connect();
  });
  afterAll(async () => {
    carl.disconnect();
    await Promise.all([a.stop(), b.stop()]);
  });

  it('counts what happened, exactly, and shows it as JSON, CSV and PDF to editors only', async () => {
    // The router's view of the scripted questions (a precondition, so that a change there is named here).
    const router = a.services.knowledge.router;
    expect(router.decide('Steuer').action).toBe('clarify');
    expect(router.decide('Welche Apotheke hat heute Notdienst?')).toMatchObject({ action: 'none', referral: 'apotheke' });
    expect(router.decide('Was ist der Sinn des Lebens?').action).toBe('none');

    const scripts: Array<[TestAssistant, string[]]> = [
      [a, ['Was kostet ein Reisepass?', 'Hilfreich']],
      [b, ['Wann wird bei uns der Müll abgeholt?', 'Nicht hilfreich', 'Nicht meine Frage']],
      [a, ['Steuer', 'Hundesteuer']],
      [b, ['Welche Apotheke hat heute Notdienst?', 'Was ist der Sinn des Lebens?']],
      [b, ['Rückruf anfordern', 'Frage zur Grundsteuer', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja', 'Absenden']],
    ];
    for (const [instance, lines] of scripts) {
      const c = instance.conversation();
      for (const line of lines) await c.say(line);
    }
    // A handoff: queued on one instance, taken by Carl on the other, handed back.
    const chat = a.conversation();
    expect((await chat.say('Mitarbeiter')).map((r) => r.text).join(' ')).toMatch(/Platz 1/);
    const id = encodeURIComponent(chat.id);
    expect((await carl.request('POST', `/conversations/${id}/take`)).status).toBe(200);
    expect((await carl.request('POST', `/conversations/${id}/handback`)).status).toBe(200);

    const res = await eva.request('GET', `/report${period}`);
    expect(res.status).toBe(200);
    const report = res.body.report as Record<string, unknown>;
    expect(report).toMatchObject({
      conversations: 6,
      messages: 18,
      questions: 6,
      answered: 3,
      clarified: 1,
      unanswered: 1,
      referred: 1,
      withoutStaffShare: 5 / 6,
      clarificationRate: 1 / 6,
      noAnswerRate: 1 / 6,
      handoffs: { queued: 1, taken: 1, returned: 1, callBacks: 0, medianWaitMinutes: 0 },
      requests: [{ flow: 'rueckruf', created: 1, delivered: 0, cancelled: 0 }],
      requestsTotal: 1,
      channels: [{ channel: 'test', label: 'test', conversations: 6, messages: 18, requests: 1 }],
      feedback: { helpful: 1, notHelpful: 1, reasons: { falsch: 0, veraltet: 0, unverstaendlich: 0, 'nicht-meine-frage': 1 } },
      saved: { answers: 2, requests: 1, minutes: 18, hours: 0.3, euros: 15, minutesPerAnswer: 4, minutesPerRequest: 10, hourlyRate: 50 },
    });
    expect(report.topics).toEqual([
      { topic: 'hundesteuer', answers: 1, helpful: 0, notHelpful: 0 },
      { topic: 'muellabfuhr', answers: 1, helpful: 0, notHelpful: 1 },
      { topic: 'reisepass', answers: 1, helpful: 1, notHelpful: 0 },
    ]);

    // The CSV says the same, in a German spreadsheet's format.
    const csv = await download(eva, `/report.csv${period}`);
    expect(csv.type).toMatch(/^text\/csv/);
    const text = csv.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    for (const line of [
      'Gespräche;6',
      'Nachrichten;18',
      'direkt beantwortet;3',
      'ohne Antwort;1',
      'Gespräche ohne Mitarbeitende;83 %',
      'eingesparte Arbeitszeit (Stunden);0,3',
      'entspricht (Euro);15',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/Rückruf oder schriftliche Antwort der Verwaltung anfordern;1;0;0/);
    // No request went out by mail or interface: said, so that "zugestellt 0" does not read as "nothing arrived" (trial 43).
    expect(text).toContain(
      '„zugestellt“ zählt Anfragen, die per E-Mail oder Schnittstelle an die Fachstelle gingen. In diesem Zeitraum keine',
    );

    // The PDF, read back as text: the town, the period, the figures and the formula.
    const pdf = await download(eva, `/report.pdf${period}`);
    expect(pdf.type).toBe('application/pdf');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'report-'));
    writeFileSync(path.join(dir, 'report.pdf'), pdf.body);
    const extracted = execFileSync('pdftotext', ['-layout', path.join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    const german = today.split('-').reverse().join('.');
    expect(extracted).toContain('Markt Mömbris');
    expect(extracted).toContain(`Zeitraum: ${german} bis ${german}`);
    expect(extracted).toMatch(/Gespräche\s+6/);
    expect(extracted).toMatch(/direkt beantwortet\s+3/);
    expect(extracted).toMatch(/entspricht \(Euro\)\s+15/);
    expect(extracted).toMatch(/Formel: \(2 beantwortete Fragen × 4 Minuten/);

    // An appointment booked and cancelled again is counted as both, not among the requests submitted
    // nor the time saved (trial 32: the council's figure had counted it, a move twice).
    const booking = a.conversation();
    const days = promptOf(await booking.say('Ich brauche einen Termin für einen neuen Reisepass.'))!.choices!;
    const times = promptOf(await booking.say(days[0]!))!.choices!;
    for (const line of [times[0]!, 'Erika Muster', 'erika@example.org', 'Absenden', 'Termin absagen', 'Ja, absagen'])
      await booking.say(line);
    const after = (await eva.request('GET', `/report${period}`)).body.report as Record<string, unknown>;
    expect(after).toMatchObject({ requestsTotal: 1, appointments: { booked: 1, cancelled: 1 }, saved: { requests: 1 } });

    // A clerk sees neither the report nor the unanswered questions; a bad period is named.
    expect((await carl.request('GET', `/report${period}`)).status).toBe(403);
    expect((await carl.request('GET', '/unanswered')).status).toBe(403);
    // Each mistake in the period is named: reversed, missing, too long.
    const reversed = await eva.request('GET', '/report?from=2026-12-01&to=2026-11-01');
    expect([reversed.status, reversed.body.error]).toEqual([
      400,
      'Das Enddatum liegt vor dem Anfangsdatum. Bitte tauschen Sie „von“ und „bis“.',
    ]);
    const missing = await eva.request('GET', '/report');
    expect([missing.status, missing.body.error]).toEqual([400, 'Bitte wählen Sie „von“ und „bis“ als Datum.']);
    const long = await eva.request('GET', '/report?from=2020-01-01&to=2026-12-01');
    expect([long.status, long.body.error]).toEqual([400, 'Der Zeitraum ist länger als 3 Jahre. Bitte wählen Sie einen kürzeren.']);
  });

  it('counts an appointment moved in the chat as moved, not as cancelled nor booked twice (trial 53: "abgesagt 3" where two had been moved)', async () => {
    const before = (await eva.request('GET', `/report${period}`)).body.report as {
      requestsTotal: number;
      appointments: Record<string, number>;
    };
    const booking = a.conversation();
    const days = promptOf(await booking.say('Ich brauche einen Termin für einen neuen Reisepass.'))!.choices!;
    const times = promptOf(await booking.say(days[1]!))!.choices!;
    for (const line of [times[0]!, 'Erika Muster', 'erika@example.org', 'Absenden']) await booking.say(line);
    const newDays = promptOf(await booking.say('Ich möchte meinen Termin verschieben'))!.choices!;
    const newTimes = promptOf(await booking.say(newDays[2]!))!.choices!;
    await booking.say(newTimes[1]!);
    expect(allText(await booking.say('Absenden'))).toMatch(/MOE-\d{4}-\d{5}/);
    const after = (await eva.request('GET', `/report${period}`)).body.report as {
      requestsTotal: number;
      appointments: Record<string, number>;
    };
    expect(after.appointments).toEqual({
      booked: before.appointments.booked! + 1,
      moved: before.appointments.moved! + 1,
      cancelled: before.appointments.cancelled!,
    });
    expect(after.requestsTotal).toBe(before.requestsTotal + 1);
  });

  it('counts a request withdrawn with "Meine Daten löschen" as taken back, not as work done for the office (trial 40: still counted)', async () => {
    type Row = { flow: string; created: number; cancelled: number };
    const read = async () => (await eva.request('GET', `/report${period}`)).body.report as { requestsTotal: number; requests: Row[] };
    const callBacks = (report: { requests: Row[] }) => report.requests.find((r) => r.flow === 'rueckruf') ?? { created: 0, cancelled: 0 };
    const before = await read();
    const c = b.conversation();
    for (const line of [
      'Rückruf anfordern',
      'Frage zur Grundsteuer',
      'Erika Muster',
      'Telefon',
      '06029 12345',
      'vormittags',
      'Ja',
      'Absenden',
    ])
      await c.say(line);
    expect((await read()).requestsTotal).toBe(before.requestsTotal + 1);
    await c.say('Meine Daten löschen');
    await c.say('Anfrage zurückziehen');
    expect(allText(await c.say('Ja'))).toMatch(/Zurückgezogen und gelöscht: MOE-/);
    const after = await read();
    expect(after.requestsTotal).toBe(before.requestsTotal);
    expect(callBacks(after)).toMatchObject({ created: callBacks(before).created + 1, cancelled: callBacks(before).cancelled + 1 });
  });
});

describe('call-backs in the report', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant();
  });
  afterAll(() => assistant.stop());

  it('counts a call-back where a person was asked for, not where one was only offered (trial 44: 4 counted, 1 asked for)', async () => {
    const callBacks = async () =>
      (await buildReport(assistant.services.analytics, { from: today, to: today }, savingsOf(assistant.services.config))).handoffs
        .callBacks;
    const before = await callBacks();
    const lost = assistant.conversation();
    await lost.say('Wann wird die Hauptstraße in Schimborn neu geteert?');
    // Nobody is in the chat: after the second unanswered question the call-back is offered, not asked for.
    expect(allText(await lost.say('Wer gewinnt die Bundesliga?'))).toMatch(/zurückrufen/);
    expect(await callBacks()).toBe(before);
    await assistant.conversation().say('Ich möchte mit einem Mitarbeiter sprechen');
    expect(await callBacks()).toBe(before + 1);
  });
});

describe('an answer with nothing on the point asked', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant();
  });
  afterAll(() => assistant.stop());

  it('counts "Dazu steht … nichts Genaueres" as unanswered, not as answered (trial 51: it had been counted, and saved staff time)', async () => {
    const report = () => buildReport(assistant.services.analytics, { from: today, to: today }, savingsOf(assistant.services.config));
    const c = assistant.conversation();
    await c.say('Ich brauche eine Meldebescheinigung');
    const before = await report();
    expect(allText(await c.say('Kann ich die per Post bekommen?'))).toMatch(/^Dazu steht in meinen Informationen zu/);
    const after = await report();
    expect(after.answered).toBe(before.answered);
    expect(after.unanswered).toBe(before.unanswered + 1);
    expect(after.saved.minutes).toBe(before.saved.minutes);
  });
});

describe('the topics in the CSV', () => {
  let assistant: TestAssistant;
  beforeAll(async () => {
    assistant = await startTestAssistant();
  });
  afterAll(() => assistant.stop());

  it('lists every topic answered, not only the 15 the console and the PDF show (trial 45: the console promised them all)', async () => {
    const topics = assistant.services.knowledge.entries.slice(0, 18).map((e) => e.id);
    await assistant.services.analytics.record(topics.map((topic) => ({ kind: 'decision', decision: 'answer', topic }) as const));
    const report = await buildReport(assistant.services.analytics, { from: today, to: today }, savingsOf(assistant.services.config));
    const titleOf = (id: string) => assistant.services.knowledge.entry(id)?.title;
    const csv = reportCsv(report, titleOf);
    for (const topic of topics) expect(csv).toContain(`${titleOf(topic)};1;0;0`);
    const printed = reportTables(report, titleOf).find((t) => t.heading === de.report.sections.topics)!;
    expect(printed.rows).toHaveLength(15);
  });
});
