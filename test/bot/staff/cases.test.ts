// The clerk's workplace over real HTTP, two server processes sharing Redis: a citizen sends a
// request on instance A (Direct Line) and agrees to be told; clerks set status, assignment and
// notes on A and B, and two changes at once never both win; the citizen is told when it is
// closed and may ask for its status (their own conversation, or anyone with the right surname;
// nothing for anyone else). Every new endpoint answers hostile input with a 4xx and a reason.
import type { Message } from 'botframework-directlinejs';
import { caseAuditLog } from '../../../bot/casework';
import { TestConversation, allText, promptOf, startTestAssistant, type TestAssistant } from '../../helpers/harness';
import { startAssistantProcess, type AssistantProcess } from '../../helpers/process';
import { isBotMessage, newToken, TestDirectLineClient } from '../../helpers/directline';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';
import { StaffClient, staffAccountsFile } from '../../helpers/staff';

jest.setTimeout(90_000);

const PASSWORDS = { anna: 'anna-sicheres-passwort', ben: 'ben-sicheres-passwort!', eva: 'eva-redaktion-passwort' };
const NOTE = 'Rückruf am Dienstag versucht, Bauakte 12/2026 angefordert';
const textOf = (a: { text?: string }): string => a.text ?? '';
const REFERENCE = /MOE-\d{4}-\d{5}/;

interface CaseView {
  reference: string;
  status: string;
  reason: string | null;
  assignee: string | null;
  assigneeName: string | null;
  notify: boolean;
  version: number;
  notes: Array<{ staff: string; text: string }>;
  history: Array<{ staff: string; change: string; from?: string | null; to?: string | null }>;
}

describeWithRedis('the requests in the console, across two instances', () => {
  let a: TestAssistant;
  let b: AssistantProcess;
  const clients: TestDirectLineClient[] = [];

  beforeAll(async () => {
    const env = {
      REDIS_URL,
      STORE_KEY_PREFIX: uniquePrefix('cases'),
      STAFF_ACCOUNTS_FILE: await staffAccountsFile(PASSWORDS, {
        anna: { displayName: 'Anna', office: 'Bürgerbüro' },
        ben: { displayName: 'Ben' },
        eva: { role: 'editor' },
      }),
      STAFF_SESSION_SECRET: 'cases-test-session-secret-0123456789ab',
      DIRECTLINE_TOKENS_PER_IP_PER_HOUR: '1000',
    };
    a = await startTestAssistant(env);
    b = await startAssistantProcess(env); // another process: only Redis is shared
  });
  afterEach(() => clients.splice(0).forEach((c) => c.end()));
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  const clerk = async (name: keyof typeof PASSWORDS, on: { url: string }) => {
    const s = new StaffClient(on.url);
    expect((await s.login(name, PASSWORDS[name])).status).toBe(200);
    return s;
  };
  const citizen = async () => {
    const { token } = await newToken(a.url);
    const client = new TestDirectLineClient({ baseUrl: a.url, token, webSocket: true });
    clients.push(client);
    await client.waitFor(isBotMessage); // the welcome
    return client;
  };
  /** Sends a message on Direct Line and waits for the assistant's message that matches. */
  const say = async (client: TestDirectLineClient, text: string, match: (m: Message) => boolean) => {
    const from = client.received.length;
    await client.post({ text });
    return (await client.waitFor((x) => isBotMessage(x) && match(x as Message), from)) as Message;
  };
  const asks = (m: Message) => (m.channelData as { prompt?: unknown } | undefined)?.prompt !== undefined;
  /** A call-back request through to its reference number. */
  const callBack = async (client: TestDirectLineClient, submit: string): Promise<string> => {
    for (const text of ['Rückruf anfordern', 'Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 123456', 'vormittags', 'Ja'])
      await say(client, text, asks);
    const confirmed = textOf(await say(client, submit, (m) => REFERENCE.test(textOf(m))));
    return REFERENCE.exec(confirmed)![0];
  };

  /** A call-back request on the test channel (no proactive messages there). */
  const callBackOnTestChannel = async () => {
    const c = new TestConversation(a.url);
    for (const text of ['Rückruf anfordern', 'Frage zur Grundsteuer', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja'])
      await c.say(text);
    return { c, reference: REFERENCE.exec(allText(await c.say('Absenden')))![0] };
  };

  it('lets clerks on both instances work on a request, lets exactly one of two changes win, and tells the citizen', async () => {
    const chat = await citizen();
    // The summary asks the one question: the citizen chooses to be told.
    const summary = await (async () => {
      for (const text of ['Rückruf anfordern', 'Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 123456', 'vormittags'])
        await say(chat, text, asks);
      return say(chat, 'Ja', asks);
    })();
    expect(textOf(summary)).toMatch(/Mit „Absenden mit Benachrichtigung“ sage ich Ihnen hier Bescheid/);
    expect((summary.suggestedActions?.actions ?? []).map((x) => x.title).slice(0, 2)).toEqual([
      'Absenden',
      'Absenden mit Benachrichtigung',
    ]);
    const confirmed = textOf(await say(chat, 'Absenden mit Benachrichtigung', (m) => REFERENCE.test(textOf(m))));
    expect(confirmed).toMatch(/sage ich Ihnen hier Bescheid/);
    // On the website, whose chat lives as long as its tab: said so, with the way to ask instead (trial 43).
    expect(confirmed).toContain('solange dieses Browserfenster geöffnet bleibt. Sonst fragen Sie mit Ihrer Vorgangsnummer nach dem Stand.');
    const reference = REFERENCE.exec(confirmed)![0];
    const path = `/cases/${reference}`;

    const anna = await clerk('anna', a);
    const ben = await clerk('ben', b);
    const listed = (await anna.request('GET', '/cases')).body as { cases: CaseView[]; options: { staff: unknown[] } };
    expect(listed.cases.find((c) => c.reference === reference)).toMatchObject({ status: 'new', version: 0, notify: true, assignee: null });
    expect(listed.options.staff).toEqual(expect.arrayContaining([{ name: 'anna', displayName: 'Anna' }]));

    // Anna (instance A) takes it on and writes an internal note.
    const taken = await anna.request('PATCH', path, {
      version: 0,
      status: 'in-progress',
      assignee: 'anna',
      reason: 'Wir rufen Sie am Donnerstag an.',
    });
    expect(taken.status).toBe(200);
    expect(taken.body.notified).toBeUndefined(); // only a closed request is told
    expect((await anna.request('POST', `${path}/notes`, { text: NOTE })).status).toBe(200);

    // Ben (instance B) sees all of it, and finds it by status and by a part of the number.
    const seen = (await ben.request('GET', path)).body.case as CaseView;
    expect(seen).toMatchObject({
      status: 'in-progress',
      reason: 'Wir rufen Sie am Donnerstag an.',
      assignee: 'anna',
      assigneeName: 'Anna',
      version: 2,
    });
    // What Anna wrote to the status is what the citizen reads when asking (not kept for closed requests only).
    expect(textOf(await say(chat, `Wie ist der Stand von ${reference}?`, () => true))).toMatch(
      /ist in Bearbeitung\. Hinweis des Rathauses: Wir rufen Sie am Donnerstag an\./,
    );
    expect(seen.notes).toEqual([expect.objectContaining({ staff: 'Anna', text: NOTE })]);
    expect(seen.history.map((h) => [h.staff, h.change, h.from ?? null, h.to ?? null])).toEqual([
      ['Anna', 'status', 'new', 'in-progress'],
      ['Anna', 'assignee', null, 'Anna'],
      ['Anna', 'note', null, null],
    ]);
    const byFilter = async (query: string) =>
      ((await ben.request('GET', `/cases?${query}`)).body.cases as CaseView[]).map((c) => c.reference);
    // The call-back about a Bauantrag went to the Bauamt (the office of the matter it names).
    expect(await byFilter('status=in-progress&office=bauamt&flow=rueckruf')).toContain(reference);
    expect(await byFilter('status=new')).not.toContain(reference);
    // "Zugewiesen: mir" is Anna's own work; Ben's list of his own, and of what nobody has taken, leave it out.
    const listOf = async (client: typeof anna, query: string) =>
      ((await client.request('GET', `/cases?${query}`)).body.cases as CaseView[]).map((c) => c.reference);
    expect(await listOf(anna, 'assignee=me')).toContain(reference);
    expect(await listOf(ben, 'assignee=me')).not.toContain(reference);
    expect(await listOf(ben, 'assignee=nobody')).not.toContain(reference);
    expect((await ben.request('GET', '/cases?assignee=boss')).status).toBe(400);
    expect(await byFilter(`q=${reference.slice(-5)}`)).toEqual([reference]);
    // Citizens phone in with their name or what they asked about, not the number.
    expect(await byFilter('q=erika%20MUSTER')).toContain(reference);
    expect(await byFilter('q=bauantrag')).toContain(reference);
    expect(await byFilter('q=Nirgendwostra%C3%9Fe')).toEqual([]);
    // A name spelt on the phone with or without its umlaut ("Müster" finds the "Muster" the citizen wrote; "ae", "ss" alike).
    expect(await byFilter('q=M%C3%BCster')).toContain(reference);
    // The number as the citizen says it on the phone finds the one stored internationally ("+49 6029 123456");
    // the kind of request by its name.
    expect(await byFilter('q=06029%2F123456')).toContain(reference);
    expect(await byFilter('q=06029%20999999')).not.toContain(reference);
    expect(await byFilter('q=r%C3%BCckruf')).toContain(reference);
    const reversed = await ben.request('GET', '/cases?from=2026-12-05&to=2026-11-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error).toBe('Das Enddatum liegt vor dem Anfangsdatum. Bitte tauschen Sie „von“ und „bis“.');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    expect(await byFilter(`from=${today}&to=${today}`)).toContain(reference);
    expect(await byFilter('to=2020-01-01')).toEqual([]);

    // Both close it at the same moment from the version they saw, on different instances: one wins.
    const [byAnna, byBen] = await Promise.all([
      anna.request('PATCH', path, { version: 2, status: 'done', reason: 'Am Telefon geklärt.' }),
      ben.request('PATCH', path, { version: 2, status: 'rejected', reason: 'Nicht zuständig.' }),
    ]);
    expect([byAnna.status, byBen.status].sort()).toEqual([200, 409]);
    const loser = byAnna.status === 409 ? byAnna : byBen;
    expect(loser.body.error).toMatch(/gerade geändert.*neu/);
    const winner = byAnna.status === 200 ? byAnna : byBen;
    expect(winner.body.notified).toBe(true);
    const told =
      byAnna.status === 200
        ? /ist erledigt\. Hinweis des Rathauses: Am Telefon geklärt\./
        : /wurde abgelehnt\. Begründung: Nicht zuständig\./;
    const stored = (await anna.request('GET', path)).body.case as CaseView;
    expect(stored.version).toBe(3);
    expect(stored.history).toHaveLength(4);

    // The citizen is told in their conversation (a proactive message over Direct Line).
    const news = await chat.waitFor((x) => isBotMessage(x) && /^Neues zu Ihrer Anfrage/.test(textOf(x as Message)));
    expect(textOf(news as Message)).toMatch(told);
    expect(textOf(news as Message)).toContain(reference);

    // Asked in the conversation that made it: answered at once, with the reason.
    expect(textOf(await say(chat, `Wie ist der Stand von ${reference}?`, () => true))).toMatch(told);
    // The internal note never reaches the citizen.
    expect(chat.received.map((x) => textOf(x as Message)).join('\n')).not.toContain('Bauakte');

    // Another conversation (instance B) names the surname first, in any case.
    const other = new TestConversation(b.url);
    let replies = await other.say(`Was ist mit meiner Meldung ${reference.toLowerCase()}`);
    // A number alone is said back as the number, not as "Ihre Nachricht von eben".
    expect(allText(await new TestConversation(b.url).say(reference))).toContain(`Vorgangsnummer: ${reference}`);
    expect(promptOf(replies)).toMatchObject({ flow: 'vorgang-status', field: 'name' });
    expect(allText(replies)).not.toMatch(/erledigt|abgelehnt|Bauantrag|Rückruf/);
    // A lookup has nothing to send: no word of "Absenden".
    expect(allText(replies)).not.toMatch(/Absenden/);
    replies = await other.say('muster');
    expect(allText(replies)).toMatch(told);

    // A wrong surname and an unknown number get the same answer, which reveals nothing.
    const stranger = new TestConversation(a.url);
    await stranger.say(`Wie ist der Stand von ${reference}?`);
    const wrongName = allText(await stranger.say('Mustermann'));
    await stranger.say(`Wie ist der Stand von MOE-2026-99999?`);
    const unknown = allText(await stranger.say('Muster'));
    expect(wrongName).toBe(unknown);
    expect(wrongName).toMatch(/keine Anfrage gefunden/);
    expect(wrongName).not.toMatch(/erledigt|abgelehnt|Bearbeitung|Bauantrag|Rückruf|geklärt|zuständig/);

    // Without a name (a damage report has none): where to ask instead, and nothing about the request.
    const anonymous = new TestConversation(a.url);
    expect(allText(await anonymous.say(`Wie ist der Stand von ${reference}?`))).toMatch(/Ohne Namen, etwa bei einer Schadensmeldung/);
    const withoutName = allText(await anonymous.say('hab keinen Namen angegeben'));
    expect(withoutName).toMatch(/Ohne den Namen aus der Anfrage kann ich Ihnen ihren Stand nicht nennen\./);
    expect(withoutName).toContain('Telefon 06029 705-0');
    expect(withoutName).not.toMatch(/erledigt|abgelehnt|Bearbeitung|Bauantrag|Rückruf|geklärt|zuständig/);

    // Reopened (not back to "neu"), and the audit log names who changed what, without content.
    expect((await ben.request('PATCH', path, { version: 3, status: 'new' })).status).toBe(400);
    const reopened = await ben.request('PATCH', path, { version: 3, status: 'in-progress', assignee: 'ben' });
    expect(reopened.body.case).toMatchObject({
      status: 'in-progress',
      reason: null,
      assigneeName: 'Ben',
    });
    // The citizen who was told it was closed is told it is worked on again (trial 44: they still believed it done).
    expect(reopened.body.notified).toBe(true);
    const again = await chat.waitFor(
      (x) => isBotMessage(x) && /^Neues zu Ihrer Anfrage/.test(textOf(x as Message)) && /in Bearbeitung/.test(textOf(x as Message)),
    );
    expect(textOf(again as Message)).toContain(reference);
    const audit = (await caseAuditLog(a.services.store)).filter((e) => e.reference === reference);
    const closer = byAnna.status === 200 ? ['anna', 'done'] : ['ben', 'rejected'];
    expect(audit.map((e) => [e.staff, e.change, e.from ?? null, e.to ?? null])).toEqual([
      ['anna', 'status', 'new', 'in-progress'],
      ['anna', 'assignee', null, 'anna'],
      ['anna', 'note', null, null],
      [closer[0], 'status', 'in-progress', closer[1]],
      ['ben', 'status', closer[1], 'in-progress'],
      ['ben', 'assignee', 'anna', 'ben'],
    ]);
    expect(audit.every((e) => typeof e.at === 'string')).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Bauakte|Erika|Muster|Bauantrag|6029|geklärt|zuständig/);
  });

  it('finds "O\'Connor" typed as "oconnor" and "Müller-Lüdenscheidt" as "müller lüdenscheidt" (trial 41: the call-back was not found)', async () => {
    const sent = async (name: string) => {
      const c = new TestConversation(a.url);
      for (const text of ['Rückruf anfordern', 'Frage zur Grundsteuer', name, 'Telefon', '06029 12345', 'vormittags', 'Ja'])
        await c.say(text);
      return REFERENCE.exec(allText(await c.say('Absenden')))![0];
    };
    const irish = await sent("Liam O'Connor");
    const double = await sent('Kevin Müller-Lüdenscheidt');
    const anna = await clerk('anna', a);
    const found = async (q: string) =>
      ((await anna.request('GET', `/cases?q=${encodeURIComponent(q)}`)).body.cases as CaseView[]).map((c) => c.reference);
    expect(await found('oconnor')).toContain(irish);
    expect(await found('O’Connor')).toContain(irish);
    expect(await found('müller lüdenscheidt')).toContain(double);
    expect(await found('oconner')).not.toContain(irish);
  });

  it('marks a report of ice or of a danger described as urgent for the clerk while it is to be done, a flickering lamp not (trial 53: they looked alike)', async () => {
    const report = async (words: string[]) => {
      const c = new TestConversation(a.url);
      for (const text of words) await c.say(text);
      return REFERENCE.exec(allText(await c.say('Absenden')))![0];
    };
    const ice = await report([
      'Vor der Grundschule in Mömbris is der Gehweg komplett vereist. Des muss heut noch gestreut werde!!',
      'überspringen',
      'überspringen',
    ]);
    const swing = await report([
      'Auf dem Spielplatz am Sportplatz in Schimborn is e Kett vun de Schaukel gerisse, des is gefährlich für die Kinner',
      'überspringen',
      'überspringen',
    ]);
    const lamp = await report(['Die Straßenlaterne in der Hauptstraße 12 in Schimborn flackert', 'überspringen', 'überspringen']);
    const ben = await clerk('ben', a);
    const urgentOf = async (reference: string) =>
      ((await ben.request('GET', `/cases?q=${reference}`)).body.cases as Array<{ reference: string; urgent: string | null }>).find(
        (c) => c.reference === reference,
      )?.urgent;
    expect(await urgentOf(ice)).toBe('Dringend: Glätte');
    expect(await urgentOf(swing)).toBe('Dringend: Gefahr beschrieben');
    expect(await urgentOf(lamp)).toBeNull();
  });

  it("forwards a request to another office: it leaves the clerk's own office and its assignee, and says so in its history (trial 53: it could not be passed on)", async () => {
    const c = new TestConversation(a.url);
    for (const text of ['Rückruf anfordern', 'Frage zu meinem Reisepass', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja'])
      await c.say(text);
    const reference = REFERENCE.exec(allText(await c.say('Absenden')))![0];
    const anna = await clerk('anna', a);
    const ben = await clerk('ben', b);
    let seen = (await ben.request('GET', `/cases/${reference}`)).body.case as { office: string; version: number };
    expect(seen.office).toBe('Bürgerbüro');
    seen = (await ben.request('PATCH', `/cases/${reference}`, { version: seen.version, assignee: 'anna' })).body.case as typeof seen;
    // Each mistake is named: no such office, the office it is at, a version someone else changed.
    const unknown = await ben.request('POST', `/cases/${reference}/office`, { version: seen.version, office: 'finanzamt' });
    expect([unknown.status, unknown.body.error]).toEqual([400, 'Diese Stelle gibt es nicht.']);
    const same = await ben.request('POST', `/cases/${reference}/office`, { version: seen.version, office: 'buergerbuero' });
    expect([same.status, same.body.error]).toEqual([400, 'Die Anfrage liegt schon bei dieser Stelle.']);
    expect((await ben.request('POST', `/cases/${reference}/office`, { version: seen.version - 1, office: 'bauamt' })).status).toBe(409);
    // Forwarded by Anna, whose office it is; on the other instance it is the Bauamt's, assigned to nobody.
    const moved = await anna.request('POST', `/cases/${reference}/office`, { version: seen.version, office: 'bauamt' });
    expect(moved.status).toBe(200);
    const after = (await ben.request('GET', `/cases/${reference}`)).body.case as {
      office: string;
      assignee: string | null;
      history: Array<{ change: string; from?: string; to?: string; staff: string }>;
    };
    expect([after.office, after.assignee]).toEqual(['Bauamt', null]);
    expect(after.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ change: 'office', from: 'Bürgerbüro', to: 'Bauamt', staff: 'Anna' })]),
    );
    const listed = async (office: string) =>
      ((await anna.request('GET', `/cases?office=${office}`)).body.cases as CaseView[]).map((row) => row.reference);
    expect(await listed('buergerbuero')).not.toContain(reference);
    expect(await listed('bauamt')).toContain(reference);
  });

  it('tells nobody when the citizen sent with plain "Absenden", and keeps a reason that looks like a formula as text in the CSV', async () => {
    const chat = await citizen();
    const reference = await callBack(chat, 'Absenden');
    const eva = await clerk('eva', b); // an editor works on requests too
    const closed = await eva.request('PATCH', `/cases/${reference}`, {
      version: 0,
      status: 'rejected',
      reason: '=HYPERLINK("https://evil.example")',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).not.toHaveProperty('notified');
    expect((closed.body.case as CaseView).notify).toBe(false);

    const res = await fetch(`${b.url}/staff/api/cases/export.csv?status=rejected&q=${reference}`, {
      headers: { cookie: [...eva.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="anfragen-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte order mark a German spreadsheet needs
    const [header, line, rest] = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(header).toBe(
      'Vorgangsnummer;Anliegen;Stelle;Eingang;Status;Begründung;Zuständig;Übermittlung;Benachrichtigung gewünscht;Sprache;Angaben',
    );
    expect(rest).toBeUndefined();
    expect(line).toContain(`${reference};`);
    expect(line).toContain(';abgelehnt;"\'=HYPERLINK(""https://evil.example"")";;');
    expect(line).toContain('Name: Erika Muster');
    expect(line).toContain(';nein;Deutsch;');
    // Nobody is told; the citizen can still ask.
    expect(textOf(await say(chat, `Stand ${reference}`, () => true))).toMatch(/wurde abgelehnt\. Begründung: =HYPERLINK/);
    expect(chat.received.some((x) => /^Neues zu Ihrer Anfrage/.test(textOf(x as Message)))).toBe(false);
  });

  it('keeps a request a clerk has worked on when the citizen deletes her data: it has reached the Rathaus (trial 42), one untouched is withdrawn', async () => {
    const { c, reference } = await callBackOnTestChannel();
    const anna = await clerk('anna', b);
    expect((await anna.request('POST', `/cases/${reference}/notes`, { text: NOTE })).status).toBe(200);
    const { store } = a.services;
    expect(await store.keys(`case-work/${reference}/`)).toHaveLength(1);
    // Without a delivery way, the clerk's note is what says that the Rathaus has it: not offered for withdrawal.
    expect(allText(await c.say('Meine Daten löschen'))).toContain('Wirklich löschen?');
    expect(allText(await c.say('Ja'))).toContain(`Bereits an die zuständige Stelle weitergeleitet: ${reference}.`);
    expect(await store.keys(`case-work/${reference}/`)).toHaveLength(1);
    expect((await anna.request('GET', `/cases/${reference}`)).status).toBe(200);
    // Untouched, it has not reached the Rathaus: the citizen may withdraw it, and nothing of it stays.
    const other = await callBackOnTestChannel();
    await other.c.say('Meine Daten löschen');
    await other.c.say('Anfrage zurückziehen');
    expect(allText(await other.c.say('Ja'))).toContain(`Zurückgezogen und gelöscht: ${other.reference}.`);
    expect(await store.keys(`case-work/${other.reference}/`)).toEqual([]);
    expect((await anna.request('GET', `/cases/${other.reference}`)).status).toBe(404);
  });

  it('answers hostile input to every endpoint with a 4xx and a reason, never a 5xx', async () => {
    const { reference } = await callBackOnTestChannel();
    const path = `/cases/${reference}`;
    const anna = await clerk('anna', a);

    const expect4xx = async (method: string, route: string, body?: unknown, status?: number, client: StaffClient = anna) => {
      const res = await client.request(method, route, body);
      expect({ route, body, status: res.status }).toEqual({ route, body, status: status ?? expect.any(Number) });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(typeof res.body.error).toBe('string');
      return res;
    };
    for (const query of [
      'status=kaputt',
      'status=new&status=done',
      'from=2026-13-45',
      'from=gestern',
      'from=2026-05-01&to=2026-04-01',
      'office=../../etc',
      'flow=__proto__',
      `q=${'9'.repeat(70)}`,
      'q[$ne]=1',
    ]) {
      expect((await expect4xx('GET', `/cases?${query}`, undefined, 400)).body.error).toMatch(/Filter|Enddatum/);
      await expect4xx('GET', `/cases/export.csv?${query}`, undefined, 400);
    }
    for (const bad of ['abc', 'MOE-2026-0004', "MOE-2026-00001'--", '%00', 'moe-2026-00001x'])
      await expect4xx('GET', `/cases/${bad}`, undefined, 400);
    await expect4xx('GET', '/cases/MOE-2026-99999', undefined, 404);
    await expect4xx('PATCH', '/cases/MOE-2026-99999', { version: 0, status: 'done' }, 404);
    await expect4xx('POST', '/cases/MOE-2026-99999/notes', { text: 'Hallo' }, 404);
    await expect4xx('POST', '/cases/x/notes', { text: 'Hallo' }, 400);

    for (const body of [
      undefined,
      {},
      [],
      'done',
      null,
      { version: '0', status: 'done' },
      { version: -1, status: 'done' },
      { version: 0.5, status: 'done' },
      { version: 1e12, status: 'done' },
      { version: 0, status: 'erledigt' },
      { version: 0, status: ['done'] },
      { version: 0 },
      { version: 0, status: 'rejected' },
      { version: 0, status: 'rejected', reason: '   ' },
      { version: 0, status: 'done', reason: 'x'.repeat(501) },
      { version: 0, status: 'done', reason: { $gt: '' } },
      { version: 0, assignee: 'mallory' },
      { version: 0, assignee: { $ne: null } },
      { version: 0, assignee: 'x'.repeat(500) },
      { version: 0, status: 'done', role: 'admin' },
      { version: 0, status: 'new' },
    ])
      expect((await expect4xx('PATCH', path, body, 400)).body.error).not.toMatch(/[Ii]nvalid|expected/);
    expect((await anna.request('PATCH', path, { version: 0, status: 'rejected' })).body.error).toMatch(/Begründung/);
    await expect4xx('POST', '/cases/MOE-2026-99999/office', { version: 0, office: 'bauamt' }, 404);
    for (const body of [
      undefined,
      {},
      [],
      { version: 0 },
      { version: '0', office: 'bauamt' },
      { version: 0, office: 7 },
      { version: 0, office: 'x'.repeat(500) },
      { version: 0, office: 'bauamt', role: 'admin' },
      { version: 0, office: '__proto__' },
    ])
      expect((await expect4xx('POST', `${path}/office`, body, 400)).body.error).not.toMatch(/[Ii]nvalid|expected/);
    await expect4xx('PATCH', path, { version: 7, status: 'done' }, 409);
    for (const body of [
      undefined,
      {},
      { text: '' },
      { text: '   ' },
      { text: 5 },
      { text: ['a'] },
      { text: 'x'.repeat(2001) },
      { text: 'a', x: 1 },
    ])
      await expect4xx('POST', `${path}/notes`, body, 400);
    await expect4xx('GET', `${path}/files/..%2F..%2Fetc`, undefined);
    await expect4xx('GET', `${path}/files/${'a'.repeat(30)}`, undefined, 404);

    // Malformed JSON, a body too large, no session, no CSRF token.
    const raw = (body: string, type = 'application/json') =>
      fetch(`${a.url}/staff/api${path}`, {
        method: 'PATCH',
        headers: { 'content-type': type, 'x-csrf-token': anna.csrf, cookie: [...anna.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        body,
      });
    expect((await raw('{"version":')).status).toBe(400);
    expect((await raw('version=0&status=done', 'application/x-www-form-urlencoded')).status).toBe(400);
    expect((await raw(JSON.stringify({ version: 0, status: 'done', reason: 'x'.repeat(20_000) }))).status).toBe(413);
    const nobody = new StaffClient(a.url);
    for (const [method, route] of [
      ['GET', '/cases'],
      ['GET', '/cases/export.csv'],
      ['GET', path],
      ['PATCH', path],
      ['POST', `${path}/notes`],
    ] as const)
      await expect4xx(method, route, method === 'GET' ? undefined : { version: 0, status: 'done' }, 401, nobody);
    const noToken = await anna.request('PATCH', path, { version: 0, status: 'done' }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    // Nothing of this changed the request.
    expect((await anna.request('GET', path)).body.case).toMatchObject({ status: 'new', version: 0, notes: [] });
  });

  it('a rejected appointment gives its time back to other citizens, and the citizen is told (also unasked)', async () => {
    const booker = await citizen();
    const choices = (m: Message) => (m.channelData as { prompt: { choices: string[] } }).prompt.choices;
    const day = choices(await say(booker, 'Ich brauche einen Termin für einen neuen Reisepass.', asks))[0]!;
    const time = choices(await say(booker, day, asks))[0]!;
    for (const text of [time, 'Erika Muster', 'erika@example.org']) await say(booker, text, asks);
    // "Absenden", not "… mit Benachrichtigung".
    const reference = REFERENCE.exec(textOf(await say(booker, 'Absenden', (m) => REFERENCE.test(textOf(m)))))![0];
    const offered = async () => {
      const other = a.conversation();
      await other.say('Ich brauche einen Termin für einen neuen Reisepass.');
      return promptOf(await other.say(day))!.choices!;
    };
    expect(await offered()).not.toContain(time);
    const anna = await clerk('anna', a);
    const path = `/cases/${reference}`;
    const seen = (await anna.request('GET', path)).body.case as CaseView;
    const rejected = await anna.request('PATCH', path, {
      version: seen.version,
      status: 'rejected',
      reason: 'Der Pass wird in Aschaffenburg ausgestellt.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.notified).toBe(true);
    expect(await offered()).toContain(time);
    const news = await booker.waitFor((x) => isBotMessage(x) && /^Neues zu Ihrer Anfrage/.test(textOf(x as Message)));
    expect(textOf(news as Message)).toBe(
      `Neues zu Ihrer Anfrage: Ihre Anfrage ${reference} (Termin im Bürgerbüro vereinbaren) wurde abgelehnt. Begründung: Der Pass wird in Aschaffenburg ausgestellt. Ihr Termin am ${time} findet nicht statt. Einen neuen Termin vereinbaren Sie hier mit „Termin vereinbaren“.`,
    );
    // The rejected appointment is no longer the citizen's: not told as theirs, nor offered to cancel (trial 37).
    const cancelWish = textOf(await say(booker, 'Ich möchte meinen Termin absagen', asks));
    expect(cancelWish).not.toMatch(/Soll ich Ihren Termin am/);
    expect(cancelWish).toMatch(/Vorgangsnummer/);
  });

  it('keeps a time given back closed: a cancelled appointment cannot be reopened, a rejected one only while its time is free', async () => {
    /** Books the first time of the first day offered over HTTP; its reference and time. */
    const book = async (name: string, day?: string) => {
      const c = a.conversation();
      const days = promptOf(await c.say('Ich brauche einen Termin für einen neuen Reisepass.'))!.choices!;
      const time = promptOf(await c.say(day ?? days[0]!))!.choices![0]!;
      for (const text of [time, name, 'erika@example.org']) await c.say(text);
      return { c, reference: REFERENCE.exec(allText(await c.say('Absenden')))![0], time, day: day ?? days[0]! };
    };
    const anna = await clerk('anna', a);
    const reopen = async (reference: string) => {
      const seen = (await anna.request('GET', `/cases/${reference}`)).body.case as CaseView;
      return anna.request('PATCH', `/cases/${reference}`, { version: seen.version, status: 'in-progress' });
    };

    // Cancelled by the citizen in the chat: its time is free again for anyone, so it stays closed.
    const cancelled = await book('Erika Muster');
    await cancelled.c.say('Ich kann meinen Termin leider nicht wahrnehmen.');
    expect(allText(await cancelled.c.say('Ja, absagen'))).toMatch(/ist abgesagt/);
    const refused = await reopen(cancelled.reference);
    expect([refused.status, refused.body.error]).toEqual([409, expect.stringMatching(/im Chat abgesagt/)]);
    // The export says "abgesagt" too, not the "erledigt" of its work.
    const exported = await fetch(`${a.url}/staff/api/cases/export.csv?status=cancelled&q=${cancelled.reference}`, {
      headers: { cookie: [...anna.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect((await exported.text()).trim().split('\n').slice(1)).toEqual([expect.stringContaining(`;abgesagt;`)]);

    // Rejected, then booked by someone else: reopening it would give the time twice.
    const rejected = await book('Erika Muster');
    const seen = (await anna.request('GET', `/cases/${rejected.reference}`)).body.case as CaseView;
    expect(
      (
        await anna.request('PATCH', `/cases/${rejected.reference}`, {
          version: seen.version,
          status: 'rejected',
          reason: 'Falscher Dienst.',
        })
      ).status,
    ).toBe(200);
    const other = await book('Max Muster', rejected.day);
    expect(other.time).toBe(rejected.time);
    const taken = await reopen(rejected.reference);
    expect([taken.status, taken.body.error]).toEqual([409, expect.stringMatching(/inzwischen vergeben/)]);
    expect(((await anna.request('GET', `/cases/${rejected.reference}`)).body.case as CaseView).status).toBe('rejected');
    // Rejected by mistake while its time is still free: reopened, the time is its own again.
    // On the first day offered: the rejected one's day may have no time left by now.
    const again = await book('Eva Muster');
    const seenAgain = (await anna.request('GET', `/cases/${again.reference}`)).body.case as CaseView;
    await anna.request('PATCH', `/cases/${again.reference}`, { version: seenAgain.version, status: 'rejected', reason: 'Versehen.' });
    expect((await reopen(again.reference)).status).toBe(200);
    const c = a.conversation();
    await c.say('Ich brauche einen Termin für einen neuen Reisepass.');
    expect(promptOf(await c.say(rejected.day))!.choices).not.toContain(again.time);
  });

  it('keeps in the history that the citizen could not be told, so that someone tells them otherwise', async () => {
    const c = new TestConversation(a.url);
    for (const text of ['Rückruf anfordern', 'Frage zur Grundsteuer', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja'])
      await c.say(text);
    const sent = allText(await c.say('Absenden mit Benachrichtigung'));
    // A channel that keeps its conversations is promised the message without the website's condition.
    expect(sent).toContain('Sobald das Rathaus die Anfrage abgeschlossen hat, sage ich Ihnen hier Bescheid.');
    expect(sent).not.toContain('Browserfenster');
    const reference = REFERENCE.exec(sent)![0];
    const anna = await clerk('anna', a);
    // The test channel's service address answers nobody: the chat cannot reach the citizen.
    const closed = await anna.request('PATCH', `/cases/${reference}`, { version: 0, status: 'done', reason: 'Zurückgerufen.' });
    expect(closed.status).toBe(200);
    expect(closed.body.notified).toBe(false);
    const history = ((await anna.request('GET', `/cases/${reference}`)).body.case as CaseView).history;
    expect(history.map((h) => h.change)).toEqual(['status', 'untold']);
  });
});
