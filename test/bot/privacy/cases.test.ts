// Cases are personal data: "Meine Daten anzeigen" lists them with their delivery state;
// "Meine Daten löschen" deletes what has not reached the town hall yet (and frees a booked slot)
// and names what has.
import nock from 'nock';
import {
  startTestAssistant,
  allText,
  type ReplyActivity,
  type TestAssistant,
  type TestConversation,
  promptOf,
} from '../../helpers/harness';

const referenceIn = (replies: ReplyActivity[]): string => /MOE-\d{4}-\d{5}/.exec(allText(replies))![0];

let assistant: TestAssistant;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  // A long retry delay: an undelivered case stays undelivered while the test runs.
  assistant = await startTestAssistant({
    CASE_WEBHOOK_URL: 'https://rathaus.example/cases',
    CASE_WEBHOOK_SECRET: 'test-webhook-secret-0123456789',
    CASE_WEBHOOK_RETRY_BASE_MS: '600000',
  });
});
afterAll(async () => {
  await assistant.stop();
  nock.cleanAll();
  nock.enableNetConnect();
});

async function say(c: TestConversation, ...lines: string[]): Promise<ReplyActivity[]> {
  let replies: ReplyActivity[] = [];
  for (const line of lines) replies = await c.say(line);
  return replies;
}

test('export lists the cases; deletion removes the undelivered ones with their slot and names the delivered one', async () => {
  const { store } = assistant.services;
  const c = assistant.conversation();
  const delivered = nock('https://rathaus.example').post('/cases').reply(200);
  const first = referenceIn(
    await say(c, 'Rückruf anfordern', 'Frage zur Grundsteuer', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja', 'Absenden'),
  );
  for (let i = 0; i < 100 && !(await assistant.services.outbox.delivered(first)); i++) await new Promise((r) => setTimeout(r, 20));
  expect(delivered.isDone()).toBe(true);

  nock('https://rathaus.example').post('/cases').reply(503).persist();
  const offered = promptOf(await say(c, 'Termin vereinbaren', 'Reisepass'))!.choices!;
  const second = referenceIn(await say(c, offered[0]!, 'Erika Muster', 'erika@example.de', 'Absenden'));
  const slotKeys = await store.keys('appointments/slots/');
  expect(slotKeys).toHaveLength(1);
  expect(await store.get(slotKeys[0]!)).toBe(second);

  const exported = (await c.say('Meine Daten anzeigen')).flatMap(
    (r) => (r.attachments ?? []) as Array<{ content: { daten: { vorgaenge: unknown[] } } }>,
  )[0]!;
  expect(exported.content.daten.vorgaenge).toEqual([
    expect.objectContaining({
      reference: first,
      flow: 'rueckruf',
      zugestellt: true,
      answers: expect.objectContaining({ kontakt: '06029 12345' }),
    }),
    expect.objectContaining({ reference: second, flow: 'termin-buchen', zugestellt: false }),
  ]);

  await c.say('Meine Daten löschen');
  const done = allText(await c.say('Ja'));
  expect(done).toContain(`Bereits an das Rathaus übermittelt: ${first}.`);
  expect(done).not.toContain(second);
  expect(await store.get(`cases/${second}`)).toBeUndefined();
  expect(await store.get(`outbox/webhook/${second}`)).toBeUndefined();
  // The booked slot is free again.
  expect(await store.keys('appointments/slots/')).toEqual([]);
  // The delivered case stays (the town hall has it); a later export still names it.
  expect(await store.get(`cases/${first}`)).toMatchObject({ reference: first });
});
