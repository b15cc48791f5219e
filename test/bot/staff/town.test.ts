// Hours, closures, notices and accounts over real HTTP, two server processes sharing Redis: what an
// editor sets on instance A changes what citizens get on instance B at once (no restart) — the
// appointment days, whether a person can take over, the welcome and the answer to a question about
// a notice. Roles are checked on the server, and hostile input to every new endpoint gets a 4xx.
import { staffAuditLog } from '../../../bot/audit';
import { berlinWallClock } from '../../../knowledge/hours';
import {
  allText,
  lastText,
  promptOf,
  startTestAssistant,
  TestConversation,
  type ReplyActivity,
  type TestAssistant,
} from '../../helpers/harness';
import { startAssistantProcess, type AssistantProcess } from '../../helpers/process';
import { describeWithRedis, REDIS_URL, uniquePrefix } from '../../helpers/redis';
import { alwaysOpenMunicipality, eventually, StaffClient, staffAccountsFile } from '../../helpers/staff';

jest.setTimeout(120_000);

const PASSWORDS = { clara: 'clara-sachbearbeitung', eva: 'eva-redaktion-passwort', adam: 'adam-verwaltet-konten' };
const ROLES = { clara: 'clerk', eva: 'editor', adam: 'admin' } as const;
const DAY_LABEL = /(\d{2})\.(\d{2})\.(\d{4})/;
const isoOf = (label: string): string => {
  const [, d, m, y] = DAY_LABEL.exec(label)!;
  return `${y}-${m}-${d}`;
};
/** A Berlin wall-clock minute "YYYY-MM-DDTHH:MM", `hours` from now. */
const berlinIn = (hours: number): string => {
  const { date, time } = berlinWallClock(new Date(Date.now() + hours * 3600_000));
  return `${date}T${time}`;
};

/** The replies after the welcome of a new conversation (which shows the notices of its own). */
const afterWelcome = (replies: ReplyActivity[]): ReplyActivity[] => replies.filter((r) => !r.text?.startsWith('Guten Tag'));

type Office = { key: string; hours: unknown[]; closures: Array<{ date: string; label: string; hours?: unknown[] }> };

describeWithRedis('hours, closures, notices and accounts across two instances', () => {
  let a: TestAssistant;
  let b: AssistantProcess;
  let accountsFile: string;

  beforeAll(async () => {
    accountsFile = await staffAccountsFile(PASSWORDS, ROLES);
    const env = {
      REDIS_URL,
      STORE_KEY_PREFIX: uniquePrefix('town'),
      STAFF_ACCOUNTS_FILE: accountsFile,
      STAFF_SESSION_SECRET: 'town-test-session-secret-0123456789abcd',
      MUNICIPALITY_FILE: alwaysOpenMunicipality(),
    };
    a = await startTestAssistant(env);
    b = await startAssistantProcess(env); // another process: only Redis (and the accounts file) are shared
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  const login = async (name: keyof typeof PASSWORDS, on: { url: string } = a) => {
    const s = new StaffClient(on.url);
    expect((await s.login(name, PASSWORDS[name])).status).toBe(200);
    return s;
  };
  const officeOf = async (s: StaffClient, key: string): Promise<Office> =>
    ((await s.request('GET', '/town/offices')).body.offices as Office[]).find((o) => o.key === key)!;

  it('a closed day takes away its appointment days and the handoff on the other instance, a changed day its hours', async () => {
    const eva = await login('eva');
    // Without a closure: days are offered, and a person takes over (someone is online on B).
    const staffOnB = await login('clara', b);
    await staffOnB.connect();
    const before = new TestConversation(b.url);
    await before.say('Termin vereinbaren');
    const days = promptOf(await before.say('Meldebescheinigung'))!.choices!;
    const [first, second] = [isoOf(days[0]!), isoOf(days[1]!)];
    expect(allText(await new TestConversation(b.url).say('Mitarbeiter'))).toContain('Ich verbinde Sie');

    const buergerbuero = await officeOf(eva, 'buergerbuero');
    const saved = await eva.request('PUT', '/town/offices/buergerbuero', {
      hours: buergerbuero.hours,
      closures: [
        { date: first, label: 'Betriebsausflug' },
        { date: second, label: 'Personalversammlung', hours: [{ from: '10:00', to: '11:00' }] },
      ],
    });
    expect(saved.status).toBe(200);
    const rathaus = await officeOf(eva, 'rathaus');
    const today = berlinWallClock(new Date()).date;
    // A day three weeks on that the Rathaus closes, and the Bürgerbüro has no entry of its own for.
    const later = new Date(Date.parse(`${today}T12:00:00Z`) + 21 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (
        await eva.request('PUT', '/town/offices/rathaus', {
          hours: rathaus.hours,
          closures: [
            { date: today, label: 'Heiligabend' },
            { date: later, label: 'Silvester' },
          ],
        })
      ).status,
    ).toBe(200);

    // On B, without a restart: the closed day is gone, the changed day has only its hour.
    const after = await eventually(async () => {
      const c = new TestConversation(b.url);
      await c.say('Termin vereinbaren');
      const offered = promptOf(await c.say('Meldebescheinigung'))!.choices!;
      return !offered.some((d) => isoOf(d) === first) && { c, offered };
    });
    const changed = after.offered.find((d) => isoOf(d) === second)!;
    const times = promptOf(await after.c.say(changed))!.choices!;
    expect(times.map((t) => /(\d{2}:\d{2}) Uhr/.exec(t)![1])).toEqual(['10:00', '10:15', '10:30', '10:45']);
    // Closed today: a call-back instead of the queue, although someone is online.
    const asked = allText(await new TestConversation(b.url).say('Mitarbeiter'));
    expect(asked).toContain('Rathaus Markt Mömbris) ist gerade geschlossen');
    expect(asked).not.toContain('Ich verbinde Sie');
    // The answer about the hours names the coming changed days.
    const hours = allText(await new TestConversation(b.url).say('Wann hat das Rathaus geöffnet?'));
    expect(hours).toContain('Abweichende Tage');
    expect(hours).toContain('geschlossen (Heiligabend)');
    // The Bürgerbüro in the Rathaus is closed that day too (trial 32: it had been "üblicherweise geöffnet").
    const [year, month, day] = later.split('-');
    const inIt = allText(await new TestConversation(b.url).say(`Hat das Bürgerbüro am ${day}.${month}.${year} offen?`));
    expect(inIt).toContain('geschlossen (Silvester)');
    // The console still shows each office its own days: the Rathaus's is not saved with the Bürgerbüro.
    expect((await officeOf(eva, 'buergerbuero')).closures.map((c) => c.label)).toEqual(['Betriebsausflug', 'Personalversammlung']);

    // Back to municipality.yaml: the queue again.
    expect((await eva.request('DELETE', '/town/offices/rathaus')).status).toBe(200);
    await eventually(async () => allText(await new TestConversation(b.url).say('Mitarbeiter')).includes('Ich verbinde Sie'));
    staffOnB.disconnect();
  });

  it('tells a citizen whose appointment falls on a day closed since that the office is closed then, with moving and cancelling one tap away (trial 43)', async () => {
    const eva = await login('eva');
    const c = a.conversation();
    await c.say('Termin vereinbaren');
    const day = promptOf(await c.say('Meldebescheinigung'))!.choices!.at(-1)!;
    const time = promptOf(await c.say(day))!.choices![0]!;
    for (const text of [time, 'Erika Muster', 'erika@example.org']) await c.say(text);
    const reference = /MOE-\d{4}-\d{5}/.exec(allText(await c.say('Absenden')))![0];
    expect(allText(await c.say(`Wie ist der Stand von ${reference}?`))).toContain('Sie müssen nichts weiter tun.');

    const buergerbuero = await officeOf(eva, 'buergerbuero');
    const closures = [{ date: isoOf(day), label: 'Betriebsausflug' }];
    const saved = await eva.request('PUT', '/town/offices/buergerbuero', { hours: buergerbuero.hours, closures });
    expect(saved.status).toBe(200);
    // The editor learns which booking the closure takes.
    expect(saved.body.bookedWhenClosed).toEqual([{ reference, slot: expect.stringContaining(day) }]);
    const told = await eventually(async () => {
      const replies = await c.say(`Wie ist der Stand von ${reference}?`);
      return allText(replies).includes('geschlossen') && replies;
    });
    expect(allText(told)).toMatch(
      new RegExp(
        `^Ihr Termin ${reference} ist gebucht: .+\\. Das Bürgerbüro ist an diesem Tag aber geschlossen \\(Betriebsausflug\\)\\. Bitte verschieben Sie den Termin oder sagen Sie ihn ab\\.$`,
      ),
    );
    expect(allText(told)).not.toContain('Sie müssen nichts weiter tun');
    expect(told.at(-1)?.suggestedActions?.actions.map((action) => action.title)).toEqual(['Termin verschieben', 'Termin absagen']);
    // Asked from another chat, either button takes the number along (trial 44: "Termin verschieben" asked for it again).
    for (const button of ['Termin verschieben', 'Termin absagen']) {
      const other = new TestConversation(b.url);
      await other.say(`Wie ist der Stand von ${reference}?`);
      expect(allText(await other.say('Muster'))).toContain('geschlossen');
      const asked = await other.say(button);
      expect(allText(asked)).toContain(`Vorgangsnummer: ${reference}`);
      expect(promptOf(asked)?.field).toBe('name');
    }
    await eva.request('PUT', '/town/offices/buergerbuero', { hours: buergerbuero.hours, closures: buergerbuero.closures });
  });

  it('refuses hours that overlap on a day, saying which; periods entered out of order are shown in order', async () => {
    const eva = await login('eva');
    const rathaus = await officeOf(eva, 'rathaus');
    const monday = (from: string, to: string) => ({ days: ['mo'], from, to });
    const overlapping = await eva.request('PUT', '/town/offices/rathaus', {
      hours: [monday('08:00', '12:30'), monday('09:00', '10:00')],
      closures: rathaus.closures,
    });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error).toBe(
      'Am Montag überschneiden sich 08:00–12:30 und 09:00–10:00. Bitte fassen Sie die Zeiten zusammen oder korrigieren Sie sie.',
    );
    expect((await officeOf(eva, 'rathaus')).hours).toEqual(rathaus.hours);

    const saved = await eva.request('PUT', '/town/offices/rathaus', {
      hours: [monday('14:00', '17:00'), monday('08:00', '12:30')],
      closures: [],
    });
    expect(saved.status).toBe(200);
    const hours = await eventually(async () => {
      const text = allText(await new TestConversation(a.url).say('Wann hat das Rathaus geöffnet?'));
      return /Mo 08:00/.test(text) && text;
    });
    expect(hours).toContain('Mo 08:00–12:30, 14:00–17:00');
    // The answer's "Stand" is the day of the change, not the entry's older review (trial 32).
    const today = berlinIn(0).slice(0, 10).split('-').reverse().join('.');
    expect(hours).toContain(`Stand: ${today}`);
    expect((await eva.request('DELETE', '/town/offices/rathaus')).status).toBe(200);
  });

  it('shows a notice in the welcome and on the citizen page only within its period, and answers questions about it', async () => {
    const eva = await login('eva', b);
    const now = await eva.request('POST', '/town/notices', {
      text: 'Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen',
      from: berlinIn(-1),
      until: berlinIn(2),
      ortsteile: ['Schimborn'],
    });
    expect(now.status).toBe(201);
    const later = await eva.request('POST', '/town/notices', {
      text: 'Rathaus wegen Betriebsausflug geschlossen',
      from: berlinIn(48),
      until: berlinIn(60),
      ortsteile: [],
    });
    expect(later.status).toBe(201);
    const past = await eva.request('POST', '/town/notices', {
      text: 'Straßenfest in Brücken',
      from: berlinIn(-30),
      until: berlinIn(-2),
      ortsteile: [],
    });
    expect(past.status).toBe(201);

    // On A (the notices were written on B).
    const welcome = await eventually(async () => {
      const text = allText(await new TestConversation(a.url).join());
      return text.includes('Wasserrohrbruch') && text;
    });
    expect(welcome).toContain('Aktuelle Hinweise:\n• Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen');
    // One line break before the notices: Web Chat shows every break as a paragraph (trial 42: a gap of three empty lines).
    expect(welcome).toMatch(/„Datenschutz“\.\nAktuelle Hinweise:/);
    expect(welcome).not.toContain('Betriebsausflug');
    expect(welcome).not.toContain('Straßenfest');
    const page = (await (await fetch(`${a.url}/api/notices`)).json()) as { notices: Array<{ text: string }> };
    expect(page.notices.map((n) => n.text)).toEqual(['Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen']);

    // The notice comes first, in a conversation whose welcome came before (the welcome lists it itself).
    const afterGreeting = async (text: string, extra: Record<string, unknown> = {}): Promise<ReplyActivity[]> => {
      const c = new TestConversation(a.url);
      await c.say(extra.locale === 'en-US' ? 'Hello' : 'Hallo', extra);
      return c.say(text, extra);
    };
    const reply = await afterGreeting('Wasser in Schimborn weg?');
    expect(reply[0]!.text).toBe('Aktueller Hinweis: Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen');
    // As the first message, the notice is said once, in the welcome above the answer (trial 61: twice in one reply).
    const first = allText(await new TestConversation(a.url).say('Wasser in Schimborn weg?'));
    expect(first.match(/Wasserrohrbruch in Schimborn/g)).toHaveLength(1);
    expect(allText(afterWelcome(await new TestConversation(a.url).say('Was kostet ein Personalausweis?')))).not.toContain(
      'Wasserrohrbruch',
    );
    // Asked whether anything is closed or disturbed now, in any words: the notices (trial 53: no answer, in English the road's special use).
    const disturbed = await afterGreeting('Gibts grad Baustellen in Mömbris?');
    expect(disturbed[0]!.text).toContain('Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen');
    for (const asked of ['Straßensperrungen', 'Wo finde ich aktuelle Straßensperrungen?'])
      expect((await afterGreeting(asked))[0]!.text).toContain('Wasserrohrbruch in Schimborn');
    // "Gibt es aktuelle Hinweise?", "Gibts was Neues?": the notices first (trial 60: the register's information, the gazette alone).
    for (const asked of ['Gibt es aktuelle Hinweise?', 'Gibts was Neues?'])
      expect((await afterGreeting(asked))[0]!.text).toContain('Wasserrohrbruch in Schimborn');
    expect(allText(await new TestConversation(a.url).say('Gibt es aktuelle Hinweise?'))).not.toContain('Melderegisterauskunft');
    // One who names another Ortsteil does not get Schimborn's (trial 63: "Ich wohne in Hohl, was gibt es Neues?" got every Ortsteil's);
    // the town's own name is no Ortsteil of the question.
    expect(allText(await afterGreeting('Ich wohne in Hohl, gibt es aktuelle Hinweise?'))).not.toContain('Wasserrohrbruch');
    expect(allText(await afterGreeting('Ich wohne in Schimborn, gibt es aktuelle Hinweise?'))).toContain('Wasserrohrbruch in Schimborn');
    // Asked for one's own Ortsteil whether anything is closed: the notices for the whole town, not another Ortsteil's (trial 64: no answer at all).
    const mine = allText(await afterGreeting('Ich wohn in Brücken, ist bei mir was gesperrt?'));
    expect(mine).toContain('Rathaus wegen Betriebsausflug geschlossen');
    expect(mine).not.toContain('Wasserrohrbruch');
    expect(allText(await afterGreeting('Are there any road closures at the moment?', { locale: 'en-US' }))).toContain(
      'Current notice (in German): Wasserrohrbruch in Schimborn',
    );
    // In English, by its Ortsteil (trial 47: only the general text on burst pipes came).
    const inEnglish = await afterGreeting('We have no water in Schimborn, what is going on?', { locale: 'en-US' });
    expect(allText(inEnglish)).toContain('Current notice (in German): Wasserrohrbruch in Schimborn – Versorgung bis 16 Uhr unterbrochen\n');
    expect(allText(await new TestConversation(a.url).say('How much is an ID card?', { locale: 'en-US' }))).not.toContain(
      'Current notice (in German)',
    );
    // A notice still to come answers a question about its matter too (it had been told only within its period).
    const coming = afterWelcome(await new TestConversation(a.url).say('Ist das Rathaus wegen dem Betriebsausflug zu?'));
    expect(coming[0]!.text).toContain('Rathaus wegen Betriebsausflug geschlossen');
    // One that has ended does not.
    expect(allText(afterWelcome(await new TestConversation(a.url).say('Wann ist das Straßenfest in Brücken?')))).not.toContain(
      'Straßenfest in Brücken',
    );

    // Ended (edited to a past period): gone from the welcome.
    const id = (now.body.notice as { id: string }).id;
    const ended = await eva.request('PUT', `/town/notices/${id}`, {
      text: 'Wasserrohrbruch in Schimborn – behoben',
      from: berlinIn(-3),
      until: berlinIn(-1),
      ortsteile: ['Schimborn'],
    });
    expect(ended.status).toBe(200);
    await eventually(async () => !allText(await new TestConversation(a.url).join()).includes('Wasserrohrbruch'));
    const listed = (await eva.request('GET', '/town/notices')).body.notices as Array<{ text: string; active: boolean }>;
    expect(listed.map((n) => [n.text, n.active])).toEqual(
      expect.arrayContaining([
        ['Wasserrohrbruch in Schimborn – behoben', false],
        ['Rathaus wegen Betriebsausflug geschlossen', false],
      ]),
    );
    for (const n of listed) expect((await eva.request('DELETE', `/town/notices/${(n as unknown as { id: string }).id}`)).status).toBe(200);
  });

  it('says that there is no notice for the Ortsteil asked about where the notices are for another (trial 64: no answer at all)', async () => {
    const eva = await login('eva');
    const there = await eva.request('POST', '/town/notices', {
      text: 'Kanalarbeiten in der Hauptstraße, Vollsperrung',
      from: berlinIn(-1),
      until: berlinIn(3),
      ortsteile: ['Schimborn'],
    });
    expect(there.status).toBe(201);
    await eventually(async () => allText(await new TestConversation(a.url).join()).includes('Kanalarbeiten'));
    const c = new TestConversation(a.url);
    await c.say('Hallo');
    expect(lastText(await c.say('Ich wohn in Brücken, ist bei mir was gesperrt?'))).toBe(
      'Für Brücken gibt es zurzeit keine Hinweise des Rathauses, etwa zu Sperrungen oder Störungen. Neuigkeiten aus der Gemeinde stehen im Mitteilungsblatt.',
    );
    // Named in the first message, the Ortsteil keeps another's notice out of the welcome and out of the answers after it
    // (trial 66: "Hallo, ich wohne in Niedersteinbach" got Schimborn's in the welcome, and again on "Gibt es Straßensperrungen?").
    const neighbour = new TestConversation(a.url);
    expect(allText(await neighbour.say('Hallo, ich wohne in Niedersteinbach'))).not.toContain('Kanalarbeiten');
    const asked = allText(await neighbour.say('Gibt es Straßensperrungen?'));
    expect(asked).not.toContain('Kanalarbeiten');
    expect(asked).toContain('Für Niedersteinbach gibt es zurzeit keine Hinweise des Rathauses');
    // One from Schimborn gets it.
    expect(allText(await new TestConversation(a.url).say('Hallo, ich wohne in Schimborn'))).toContain('Kanalarbeiten');
    expect((await eva.request('DELETE', `/town/notices/${(there.body.notice as { id: string }).id}`)).status).toBe(200);
  });

  it('publishes a notice "ab sofort" when "von" is left empty, and still asks for its end (trial 32: refused without a start)', async () => {
    const eva = await login('eva');
    const noEnd = await eva.request('POST', '/town/notices', {
      text: 'Bürgerbüro heute wegen Stromausfall geschlossen',
      from: '',
      until: '',
    });
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.error).toContain('„bis“');
    const now = await eva.request('POST', '/town/notices', {
      text: 'Bürgerbüro heute wegen Stromausfall geschlossen',
      from: '',
      until: berlinIn(3),
    });
    expect(now.status).toBe(201);
    const welcome = await eventually(async () => {
      const text = allText(await new TestConversation(a.url).join());
      return text.includes('Stromausfall') && text;
    });
    expect(welcome).toContain('• Bürgerbüro heute wegen Stromausfall geschlossen');
    expect((await eva.request('DELETE', `/town/notices/${(now.body.notice as { id: string }).id}`)).status).toBe(200);
  });

  it('saves a notice of closed offices without closed days with a word that hours and appointments stay, and one of a road works without (trial 44)', async () => {
    const eva = await login('eva');
    const closed = await eva.request('POST', '/town/notices', {
      text: 'Rathaus vom 24.12. bis 1.1. geschlossen',
      from: '',
      until: berlinIn(24 * 30),
    });
    expect(closed.status).toBe(201);
    expect(closed.body.warning).toBe(
      'Gespeichert. Bitte beachten Sie: Der Hinweis ändert die Öffnungszeiten nicht. Der Assistent bietet an diesen Tagen weiter Termine an. Tragen Sie die Schließtage bitte unter „Öffnungszeiten“ beim betroffenen Amt ein.',
    );
    const id = (closed.body.notice as { id: string }).id;
    const edited = await eva.request('PUT', `/town/notices/${id}`, {
      text: 'Das Rathaus bleibt zwischen den Jahren zu.',
      from: '',
      until: berlinIn(24 * 30),
    });
    expect(edited.body.warning).toContain('Der Hinweis ändert die Öffnungszeiten nicht.');
    const roadWorks = await eva.request('POST', '/town/notices', {
      text: 'Hauptstraße in Schimborn wegen Bauarbeiten gesperrt',
      from: '',
      until: berlinIn(24),
    });
    expect(roadWorks.status).toBe(201);
    expect(roadWorks.body.warning).toBeUndefined();
    for (const notice of [id, (roadWorks.body.notice as { id: string }).id])
      expect((await eva.request('DELETE', `/town/notices/${notice}`)).status).toBe(200);
  });

  const EDITOR_ENDPOINTS: Array<[string, string, unknown?]> = [
    ['GET', '/town/offices'],
    ['PUT', '/town/offices/rathaus', { hours: [], closures: [] }],
    ['DELETE', '/town/offices/rathaus'],
    ['GET', '/town/notices'],
    ['POST', '/town/notices', { text: 'Hinweis', from: '2026-01-01T00:00', until: '2026-01-02T00:00' }],
    ['PUT', '/town/notices/0123456789abcdef', {}],
    ['DELETE', '/town/notices/0123456789abcdef'],
  ];
  const ADMIN_ENDPOINTS: Array<[string, string, unknown?]> = [
    ['GET', '/accounts'],
    ['POST', '/accounts', { name: 'mallory', password: 'mallory-passwort-lang', role: 'admin' }],
    ['POST', '/accounts/eva/disabled', { disabled: true }],
    ['POST', '/accounts/eva/password', { password: 'neues-passwort-sehr-lang' }],
  ];

  it('gives a clerk 403 on every editor and admin endpoint, an editor 403 on the admin endpoints', async () => {
    const clara = await login('clara');
    for (const [method, route, body] of [...EDITOR_ENDPOINTS, ...ADMIN_ENDPOINTS]) {
      expect([method, route, (await clara.request(method, route, body)).status]).toEqual([method, route, 403]);
    }
    const eva = await login('eva');
    for (const [method, route, body] of ADMIN_ENDPOINTS) {
      const res = await eva.request(method, route, body);
      expect([method, route, res.status, res.body.error]).toEqual([method, route, 403, 'Das dürfen nur Konten mit der Rolle „admin“.']);
    }
    // Nothing changed: eva still logs in with her password, mallory does not exist.
    await login('eva');
    expect((await new StaffClient(a.url).login('mallory', 'mallory-passwort-lang')).status).toBe(401);
  });

  it('lets an admin add, disable, enable and reset accounts, never themself, with the audit log naming no password', async () => {
    const adam = await login('adam');
    const added = await adam.request('POST', '/accounts', {
      name: 'nora',
      password: 'nora-erstes-passwort',
      role: 'editor',
      displayName: 'Nora',
      office: 'Bürgerbüro',
    });
    expect(added.status).toBe(201);
    expect((await adam.request('POST', '/accounts', { name: 'nora', password: 'nora-zweites-passwort', role: 'clerk' })).status).toBe(409);
    // What is wrong is named, in the form's words (not "Rolle clerk, editor oder admin").
    const errorOf = async (method: string, route: string, body: unknown) => (await adam.request(method, route, body)).body.error as string;
    expect(await errorOf('POST', '/accounts', { name: 'Max Müller', password: 'ein-langes-passwort', role: 'clerk' })).toMatch(
      /^Der Anmeldename braucht/,
    );
    expect(await errorOf('POST', '/accounts', { name: 'max.mueller', password: '1234', role: 'clerk' })).toBe(
      'Das Passwort muss mindestens 12 Zeichen lang sein.',
    );
    expect(await errorOf('POST', '/accounts', { name: 'max.mueller', password: 'ein-langes-passwort', role: 'chef' })).toMatch(
      /^Bitte wählen Sie eine Rolle: Sachbearbeitung/,
    );
    // An office as the town spells it: citizens read it next to the name.
    expect(
      await errorOf('POST', '/accounts', { name: 'max.mueller', password: 'ein-langes-passwort', role: 'clerk', office: 'Buergerbuero' }),
    ).toBe('Diese Stelle gibt es nicht.');
    const offices = (await adam.request('GET', '/accounts')).body.offices as string[];
    expect(offices).toContain('Bürgerbüro');
    // The Bauhof takes the damage reports, though it has no counter of its own (trial 51: no account could be limited to it).
    expect(offices).toContain('Bauhof des Markt Mömbris');
    // Only offices where staff work: not a pointer to "whichever registry office" (trial 44), not the Landratsamt.
    expect(offices).not.toContain('das Standesamt, bei dem der Fall beurkundet ist');
    expect(offices).not.toContain('Landratsamt Aschaffenburg');
    // An office whose name has brackets can be given (trial 44: "Steueramt (Kämmerei)" was refused).
    expect(
      (
        await adam.request('POST', '/accounts', {
          name: 'kim',
          password: 'ein-langes-passwort',
          role: 'clerk',
          office: 'Steueramt (Kämmerei)',
        })
      ).status,
    ).toBe(201);
    expect(await errorOf('POST', '/accounts/nora/password', { password: 'kurz' })).toBe(
      'Das Passwort muss mindestens 12 Zeichen lang sein.',
    );
    const list = (await adam.request('GET', '/accounts')).body.accounts as Array<Record<string, unknown>>;
    expect(list.find((x) => x.name === 'nora')).toMatchObject({
      role: 'editor',
      displayName: 'Nora',
      office: 'Bürgerbüro',
      disabled: false,
    });
    expect(JSON.stringify(list)).not.toMatch(/scrypt|passwort/);

    const nora = new StaffClient(b.url);
    expect((await nora.login('nora', 'nora-erstes-passwort')).status).toBe(200);
    expect((await nora.request('GET', '/town/notices')).status).toBe(200);
    // Disabled: the session ends on the other instance, and logging in fails.
    expect((await adam.request('POST', '/accounts/nora/disabled', { disabled: true })).status).toBe(200);
    expect((await nora.request('GET', '/town/notices')).status).toBe(401);
    expect((await new StaffClient(b.url).login('nora', 'nora-erstes-passwort')).status).toBe(401);
    expect((await adam.request('POST', '/accounts/nora/disabled', { disabled: false })).status).toBe(200);
    // A new password: the old one no longer works.
    expect((await adam.request('POST', '/accounts/nora/password', { password: 'nora-neues-passwort!' })).status).toBe(200);
    expect((await new StaffClient(b.url).login('nora', 'nora-erstes-passwort')).status).toBe(401);
    expect((await new StaffClient(b.url).login('nora', 'nora-neues-passwort!')).status).toBe(200);
    // Not themself.
    const self = await adam.request('POST', '/accounts/adam/disabled', { disabled: true });
    expect(self.status).toBe(400);
    expect(self.body.error).toContain('eigenes Konto');
    await login('adam');

    const audit = await staffAuditLog(a.services.store);
    expect(audit.filter((e) => e.target === 'nora').map((e) => [e.staff, e.action])).toEqual([
      ['adam', 'account-added'],
      ['adam', 'account-disabled'],
      ['adam', 'account-enabled'],
      ['adam', 'password-reset'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/passwort|scrypt|Wasserrohrbruch/);
  });

  it('answers hostile input to every new endpoint with a 4xx and a reason, never a 5xx', async () => {
    const eva = await login('eva');
    const adam = await login('adam');
    const deep = JSON.parse('['.repeat(200) + ']'.repeat(200)) as unknown;
    const bodies: unknown[] = [
      undefined,
      {},
      [],
      'text',
      42,
      null,
      deep,
      { hours: 'always', closures: {} },
      { hours: [{ days: ['xx'], from: '25:00', to: '08:00' }], closures: [] },
      { hours: [{ days: ['mo'], from: '12:00', to: '08:00' }], closures: [] },
      { hours: [{ days: ['mo'], from: '08:00', to: '12:00' }], closures: [{ date: '2026-02-30', label: 'x' }] },
      { hours: [{ days: ['mo'], from: '08:00', to: '12:00' }], closures: [{ date: '2026-13-45', label: 'x' }] },
      {
        hours: [{ days: ['mo'], from: '08:00', to: '12:00' }],
        closures: [
          { date: '2026-12-24', label: 'a' },
          { date: '2026-12-24', label: 'b' },
        ],
      },
      { hours: [{ days: ['mo'], from: '08:00', to: '12:00' }], closures: [{ date: '2026-12-24', label: 'x'.repeat(5000) }] },
      { text: 'x'.repeat(301), from: '2026-01-01T00:00', until: '2026-01-02T00:00' },
      { text: 'Hinweis mit Text', from: '2026-01-02T00:00', until: '2026-01-01T00:00' },
      { text: 'Hinweis mit Text', from: '2026-02-30T00:00', until: '2026-03-01T00:00' },
      { text: 'Hinweis mit Text', from: '2026-01-01T00:00', until: '2026-01-02T00:00', ortsteile: ['Atlantis'] },
      { text: 'Hinweis mit Text', from: '2026-01-01', until: '2026-01-02' },
      { name: '../../etc/passwd', password: 'lang-genug-passwort', role: 'admin' },
      { name: 'kurz', password: 'kurz', role: 'clerk' },
      { name: 'rolle', password: 'lang-genug-passwort', role: 'root' },
      { name: 'anzeige', password: 'lang-genug-passwort', role: 'clerk', displayName: '<script>alert(1)</script>' },
      { password: 'x'.repeat(5000) },
      { disabled: 'yes' },
      { __proto__: { admin: true }, constructor: { prototype: { x: 1 } } },
    ];
    const routes: Array<[StaffClient, string, string]> = [
      [eva, 'PUT', '/town/offices/rathaus'],
      [eva, 'PUT', '/town/offices/..%2F..%2Fetc'],
      [eva, 'PUT', '/town/offices/landratsamt'],
      [eva, 'DELETE', '/town/offices/nicht-da'],
      [eva, 'POST', '/town/notices'],
      [eva, 'PUT', '/town/notices/not-an-id'],
      [eva, 'PUT', '/town/notices/0123456789abcdef'],
      [eva, 'DELETE', '/town/notices/%00'],
      [adam, 'POST', '/accounts'],
      [adam, 'POST', '/accounts/..%2Fadam/disabled'],
      [adam, 'POST', '/accounts/niemand/disabled'],
      [adam, 'POST', '/accounts/eva/password'],
      [adam, 'POST', '/accounts/niemand/password'],
    ];
    for (const [client, method, route] of routes) {
      for (const body of bodies) {
        const res = await client.request(method, route, body);
        // Bodies that happen to be valid for an endpoint are fine; none may crash it or slip through as 5xx.
        if (res.status < 400) continue;
        expect([method, route, res.status < 500, typeof res.body.error]).toEqual([method, route, true, 'string']);
      }
    }
    // Malformed JSON and a wrong content type.
    const raw = await fetch(`${a.url}/staff/api/town/notices`, {
      method: 'POST',
      headers: {
        cookie: [...eva.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': eva.csrf,
        'content-type': 'application/json',
      },
      body: '{"text": ',
    });
    expect(raw.status).toBe(400);
    // Nothing of it was stored: the Rathaus keeps its hours, no account and no notice came in.
    expect((await officeOf(eva, 'rathaus')).closures).toEqual([]);
    expect((await eva.request('GET', '/town/notices')).body.notices).toEqual([]);
    const names = ((await adam.request('GET', '/accounts')).body.accounts as Array<{ name: string }>).map((x) => x.name);
    expect(names.sort()).toEqual(['adam', 'clara', 'eva', 'kim', 'nora']);
    // The processes are still up.
    expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
  });
});
