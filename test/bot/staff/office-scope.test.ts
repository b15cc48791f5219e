// An account limited to its office's requests (need to know): a clerk of the Bauamt sees, opens,
// changes and exports only the Bauamt's requests; another office's request asked for by its number
// is refused with a reason; nobody is assigned a request they may not see; an admin lifts the limit
// (and cannot set it for an account without an office). Real HTTP, the embedded store.
import { allText, startTestAssistant, TestConversation, type TestAssistant } from '../../helpers/harness';
import { StaffClient, staffAccountsFile } from '../../helpers/staff';

const PASSWORDS = { bau: 'bauamt-passwort-2026', anna: 'buergerbuero-passwort', chef: 'verwaltung-passwort!' };
const REFERENCE = /MOE-\d{4}-\d{5}/;

describe('requests limited to the own office', () => {
  let assistant: TestAssistant;
  let bauamtCase: string;
  let taxCase: string;
  let saidAtOnce: string;

  beforeAll(async () => {
    assistant = await startTestAssistant({
      STAFF_ACCOUNTS_FILE: await staffAccountsFile(PASSWORDS, {
        bau: { office: 'Bauamt', ownOfficeOnly: true },
        anna: { office: 'Bürgerbüro' },
        chef: { role: 'admin' },
      }),
      STAFF_SESSION_SECRET: 'office-scope-test-session-secret-0123',
    });
    const callBack = async (...matter: string[]) => {
      const c = new TestConversation(assistant.url);
      for (const text of [...matter, 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja']) await c.say(text);
      return REFERENCE.exec(allText(await c.say('Absenden')))![0];
    };
    bauamtCase = await callBack('Rückruf anfordern', 'Frage zu meinem Bauantrag für die Garage');
    taxCase = await callBack('Rückruf anfordern', 'Frage zum Grundsteuerbescheid');
    // The matter in the wish's own words: the wish is no topic (trial 37: the Rathaus's).
    saidAtOnce = await callBack('Rückruf wegen meinem Bauantrag');
  });
  afterAll(() => assistant.stop());

  const login = async (name: keyof typeof PASSWORDS) => {
    const s = new StaffClient(assistant.url);
    expect((await s.login(name, PASSWORDS[name])).status).toBe(200);
    return s;
  };
  const references = (body: Record<string, unknown>) => (body.cases as Array<{ reference: string }>).map((c) => c.reference);

  it('the Bauamt’s clerk sees only the Bauamt’s request; another office’s is refused by its number, also its change and its CSV line', async () => {
    const bau = await login('bau');
    const list = await bau.request('GET', '/cases');
    expect(list.status).toBe(200);
    expect(references(list.body).sort()).toEqual([bauamtCase, saidAtOnce].sort());
    expect((list.body.options as { offices: Array<{ name: string }> }).offices.map((o) => o.name)).toEqual(['Bauamt']);
    expect((await bau.request('GET', `/cases/${bauamtCase}`)).status).toBe(200);
    const other = await bau.request('GET', `/cases/${taxCase}`);
    expect(other.status).toBe(403);
    expect(other.body.error).toMatch(/anderen Stelle/);
    expect((await bau.request('PATCH', `/cases/${taxCase}`, { version: 0, status: 'done' })).status).toBe(403);
    expect((await bau.request('POST', `/cases/${taxCase}/notes`, { text: 'gelesen' })).status).toBe(403);
    const csv = await fetch(`${assistant.url}/staff/api/cases/export.csv`, {
      headers: { cookie: [...bau.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const text = await csv.text();
    expect(text).toContain(bauamtCase);
    expect(text).not.toContain(taxCase);
  });

  it('an unlimited clerk sees both, and cannot hand the tax office’s request to the Bauamt’s clerk', async () => {
    const anna = await login('anna');
    expect(references((await anna.request('GET', '/cases')).body).sort()).toEqual([bauamtCase, taxCase, saidAtOnce].sort());
    const handed = await anna.request('PATCH', `/cases/${taxCase}`, { version: 0, assignee: 'bau' });
    expect(handed.status).toBe(400);
    expect(handed.body.error).toMatch(/nur die Anfragen ihrer Stelle/);
    expect((await anna.request('PATCH', `/cases/${bauamtCase}`, { version: 0, assignee: 'bau' })).status).toBe(200);
  });

  it('an admin lifts the limit and sets it again; an account without an office cannot be limited', async () => {
    const chef = await login('chef');
    const accounts = (await chef.request('GET', '/accounts')).body.accounts as Array<{ name: string; ownOfficeOnly: boolean }>;
    expect(accounts.find((a) => a.name === 'bau')?.ownOfficeOnly).toBe(true);
    expect((await chef.request('POST', '/accounts/bau/own-office-only', { ownOfficeOnly: false })).status).toBe(200);
    const bau = await login('bau');
    expect(references((await bau.request('GET', '/cases')).body).sort()).toEqual([bauamtCase, taxCase, saidAtOnce].sort());
    expect((await chef.request('POST', '/accounts/bau/own-office-only', { ownOfficeOnly: true })).status).toBe(200);
    expect(references((await bau.request('GET', '/cases')).body).sort()).toEqual([bauamtCase, saidAtOnce].sort());
    const refused = await chef.request('POST', '/accounts/chef/own-office-only', { ownOfficeOnly: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/Stelle/);
    expect((await chef.request('POST', '/accounts', { name: 'neu', password: 'ein-langes-passwort', ownOfficeOnly: true })).status).toBe(
      400,
    );
    expect((await chef.request('POST', '/accounts/niemand/own-office-only', { ownOfficeOnly: true })).status).toBe(404);
    expect((await chef.request('POST', '/accounts/bau/own-office-only', { ownOfficeOnly: 'ja' })).status).toBe(400);
  });
});
