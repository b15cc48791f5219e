// Cases are personal data: "Meine Daten anzeigen" lists them with their delivery state;
// "Meine Daten löschen" names each request that has not been passed on to its office yet and asks
// whether to keep or withdraw it (a withdrawn booking frees its slot), and names what has.
import nock from 'nock';
import { applyChange, loadWork, updateWork } from '../../../bot/casework';
import {
  startTestAssistant,
  allButtons,
  allText,
  firstFreeSlot,
  type ReplyActivity,
  type TestAssistant,
  type TestConversation,
} from '../../helpers/harness';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

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
  const slot = await firstFreeSlot(c, await say(c, 'Termin vereinbaren', 'Meldebescheinigung'));
  const second = referenceIn(await say(c, slot, 'Erika Muster', 'erika@example.de', 'Absenden'));
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
      answers: expect.objectContaining({ kontakt: '+49 6029 12345' }),
    }),
    expect.objectContaining({ reference: second, flow: 'termin-buchen', zugestellt: false }),
  ]);

  // Before anything is deleted, the open booking is named with its time, and what either choice means for it (trial 42: the
  // citizen could not tell whether the appointment stood).
  const asked = await c.say('Meine Daten löschen');
  expect(allText(asked)).toContain(
    `Ihr Termin am ${slot} (${second}) ist gebucht. Behalten Sie die Anfrage, bleibt der Termin bestehen. Ziehen Sie sie zurück, ist der Termin abgesagt.`,
  );
  expect(allText(asked)).not.toContain(first);
  expect(allButtons(asked)).toEqual(['Anfrage behalten', 'Anfrage zurückziehen', 'Nichts löschen']);
  expect(allButtons(await c.say('Anfrage zurückziehen'))).toEqual(['Ja', 'Nein']);
  const done = allText(await c.say('Ja'));
  expect(done).toContain(`Zurückgezogen und gelöscht: ${second}.`);
  expect(done).toContain(`Bereits an die zuständige Stelle weitergeleitet: ${first}. Diese Anfragen bleiben beim Rathaus.`);
  // With a request at the Rathaus, where its deletion is asked for.
  expect(done).toMatch(/Anfragen beim Rathaus bearbeitet die Verwaltung nach ihren Aufbewahrungsfristen/);
  expect(await store.get(`cases/${second}`)).toBeUndefined();
  expect(await store.get(`outbox/webhook/${second}`)).toBeUndefined();
  // The booked slot is free again.
  expect(await store.keys('appointments/slots/')).toEqual([]);
  // The delivered case stays (the town hall has it); a later export still names it.
  expect(await store.get(`cases/${first}`)).toMatchObject({ reference: first });
});

test('an open request the citizen keeps survives the deletion, with its photo, and still goes to the Rathaus', async () => {
  const { store, files } = assistant.services;
  const c = assistant.conversation();
  await c.say('Die Straßenlaterne in der Hauptstraße 3 in Schimborn ist kaputt');
  const photo = await files.save(c.id, 'laterne.png', PNG);
  await c.post({
    type: 'message',
    text: '',
    attachments: [{ contentType: 'image/png', contentUrl: `/files/${photo.id}`, name: 'laterne.png' }],
  });
  const reference = referenceIn(await say(c, 'überspringen', 'Absenden'));
  // A second, older-style request is withdrawn.
  const withdrawn = referenceIn(
    await say(
      c,
      'Rückruf anfordern',
      'Frage zum Hundesteuerbescheid',
      'Erika Muster',
      'Telefon',
      '06029 12345',
      'nachmittags',
      'Ja',
      'Absenden',
    ),
  );

  let r = await c.say('Meine Daten löschen');
  expect(allText(r)).toContain(`Ihre Anfrage ${reference} (Schaden oder Mangel melden)`);
  r = await c.say('vielleicht');
  expect(allText(r)).toMatch(/Anfrage behalten.*Anfrage zurückziehen/);
  // A question instead drops the deletion and is answered; asked again, the decision starts anew.
  r = await c.say('Wie ist der Stand meiner Meldung?');
  expect(allText(r)).toMatch(/^Gut, es wurde nichts gelöscht\.\n.*MOE-/s);
  r = await c.say('Meine Daten löschen');
  expect(allText(r)).toContain(`Ihre Anfrage ${reference} (Schaden oder Mangel melden)`);
  r = await c.say('Anfrage behalten');
  expect(allText(r)).toContain(`Ihre Anfrage ${withdrawn} (Rückruf`);
  r = await c.say('zurückziehen');
  expect(allText(r)).toContain('Wirklich löschen?');
  const done = allText(await c.say('Ja'));
  expect(done).toContain(`Behalten, das Rathaus bearbeitet sie weiter: ${reference}.`);
  expect(done).toContain(`Zurückgezogen und gelöscht: ${withdrawn}.`);
  expect(await store.get(`cases/${reference}`)).toMatchObject({ reference });
  expect(await store.get(`cases/${withdrawn}`)).toBeUndefined();
  // The kept report's photo is still there for the delivery; the pending delivery too.
  expect(await files.load(photo.id)).toBeDefined();
  expect(await store.get(`outbox/webhook/${reference}`)).toMatchObject({ pending: true });
});

test('"Nichts löschen" keeps everything', async () => {
  const c = assistant.conversation();
  const reference = referenceIn(
    await say(c, 'Rückruf anfordern', 'Frage zur Grundsteuer', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja', 'Absenden'),
  );
  await c.say('Meine Daten löschen');
  expect(allText(await c.say('Nichts löschen'))).toMatch(/nichts gelöscht/);
  expect(await assistant.services.store.get(`cases/${reference}`)).toMatchObject({ reference });
});

test('an English chat learns in English which requests were withdrawn (trial 40: "Zurückgezogen und gelöscht" ended an English chat)', async () => {
  const c = assistant.conversation();
  const english = (text: string) => c.say(text, { locale: 'en-US' });
  for (const line of ['I would like a call back about my water bill', 'Maria Smith', 'phone', '06029 12345', 'mornings', 'Yes'])
    await english(line);
  const sent = await english('Send');
  const reference = referenceIn(sent);
  await english('Delete my data');
  await english('Withdraw the request');
  const done = allText(await english('Yes'));
  expect(done).toContain(`Withdrawn and deleted: ${reference}.`);
  expect(done).not.toMatch(/Zurückgezogen|gelöscht/);
});

test('a request the clerk has already worked on stays with the Rathaus: it is not offered for withdrawal (trial 42: a registration set "erledigt" had been withdrawn and deleted)', async () => {
  const { store, config } = assistant.services;
  nock('https://rathaus.example').post('/cases').reply(503).persist();
  const c = assistant.conversation();
  const reference = referenceIn(
    await say(c, 'Rückruf anfordern', 'Frage zur Grundsteuer', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja', 'Absenden'),
  );
  expect(await assistant.services.outbox.delivered(reference)).toBe(false);
  await updateWork(store, config, reference, 0, (work) => applyChange(work, { status: 'done' }, 'anna'));
  const asked = allText(await c.say('Meine Daten löschen'));
  expect(asked).not.toContain(reference);
  expect(asked).toContain('Wirklich löschen?');
  const done = allText(await c.say('Ja'));
  expect(done).toContain(`Bereits an die zuständige Stelle weitergeleitet: ${reference}.`);
  expect(await store.get(`cases/${reference}`)).toMatchObject({ reference });
  expect((await loadWork(store, reference)).status).toBe('done');
});
