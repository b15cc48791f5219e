// "Meine Daten löschen" and "Meine Daten anzeigen" through the real assistant over HTTP.
import { ConversationStateStore, RecentMessages } from '../../../bot/state';
import { allButtons, startTestAssistant, allText, TestConversation, type TestAssistant } from '../../helpers/harness';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant();
});
afterAll(() => assistant.stop());

const stateKey = (id: string) => ConversationStateStore.keyOf('test', id);

test('after confirmed deletion, state, reference and files are gone and the next message is greeted as new', async () => {
  const { store, outbound, files } = assistant.services;
  const chat = assistant.conversation();
  expect(allText(await chat.say('Hallo'))).toMatch(/Willkommen|Guten Tag|Hallo/);
  const file = await files.save(chat.id, 'foto.png', PNG);
  expect((await store.read([stateKey(chat.id)]))[stateKey(chat.id)]).toBeDefined();
  expect(await outbound.reference('test', chat.id)).toBeDefined();
  expect(await store.list(RecentMessages.keyOf('test', chat.id))).toContainEqual({ from: 'citizen', text: 'Hallo' });

  const asked = await chat.say('Meine Daten LOESCHEN');
  expect(allText(asked)).toContain('Wirklich löschen?');
  expect(allButtons(asked)).toEqual(['Ja', 'Nein']);
  // Nothing is deleted before the confirmation.
  expect(await files.load(file.id)).toBeDefined();

  const done = allText(await chat.say('Ja'));
  expect(done).toMatch(/sind gelöscht/);
  // No request was sent from this conversation: nothing is said about requests at the Rathaus.
  expect(done).not.toMatch(/Anfragen beim Rathaus/);
  expect((await store.read([stateKey(chat.id)]))[stateKey(chat.id)]).toBeUndefined();
  expect(await outbound.reference('test', chat.id)).toBeUndefined();
  // The messages kept for staff went too (and the "Ja" that deleted them was not added afterwards).
  expect(await store.list(RecentMessages.keyOf('test', chat.id))).toEqual([]);
  expect(await files.load(file.id)).toBeUndefined();
  expect(await files.describeConversation(chat.id)).toEqual([]);

  // A new conversation as far as the assistant knows: the welcome (with the AI disclosure) again.
  const again = await chat.say('Öffnungszeiten');
  expect(allText(again)).toBe(allText(await assistant.conversation().say('Öffnungszeiten')));
});

test('"Nein" keeps everything; other spellings of the command are recognized', async () => {
  const chat = assistant.conversation();
  await chat.say('Hallo');
  for (const command of ['lösche meine Daten!', '/loeschen', 'daten löschen']) {
    expect(allText(await chat.say(command))).toContain('Wirklich löschen?');
    expect(allText(await chat.say('Nein'))).toContain('nichts gelöscht');
  }
  expect((await assistant.services.store.read([stateKey(chat.id)]))[stateKey(chat.id)]).toBeDefined();
});

test('"Meine Daten anzeigen" answers with a JSON attachment of everything stored', async () => {
  const chat = assistant.conversation();
  await chat.say('Hallo');
  await assistant.services.files.save(chat.id, 'schaden.png', PNG);
  const replies = await chat.say('Datenauskunft');
  expect(allText(replies)).toContain('gespeichert');
  const attachment = replies.flatMap(
    (r) => (r.attachments ?? []) as Array<{ contentType: string; content: { daten: Record<string, unknown> } }>,
  )[0]!;
  expect(attachment.contentType).toBe('application/json');
  const data = attachment.content.daten;
  expect(data.gespraechszustand).toMatchObject({ welcomed: true });
  expect(data.gespraechsadresse).toMatchObject({ conversation: { id: chat.id } });
  expect(data['letzte-nachrichten']).toContainEqual({ from: 'citizen', text: 'Hallo' });
  expect(data.dateien).toEqual([expect.objectContaining({ name: 'schaden.png', contentType: 'image/png' })]);
});

test('in the web chat, "Meine Daten anzeigen" attaches the export as a file to download (Web Chat had shown an empty bubble for JSON content)', async () => {
  const chat = new TestConversation(assistant.url, undefined, 'webchat');
  await chat.say('Hallo');
  const replies = await chat.say('Meine Daten anzeigen');
  const attachment = replies.flatMap(
    (r) => (r.attachments ?? []) as Array<{ contentType: string; name: string; contentUrl?: string; content?: unknown }>,
  )[0]!;
  expect(attachment).toMatchObject({ contentType: 'application/json', name: 'meine-daten.json' });
  expect(attachment.content).toBeUndefined();
  const [, base64] = /^data:application\/json;charset=utf-8;base64,(.+)$/.exec(attachment.contentUrl!)!;
  const document = JSON.parse(Buffer.from(base64!, 'base64').toString('utf8')) as { daten: Record<string, unknown> };
  expect(document.daten['letzte-nachrichten']).toContainEqual({ from: 'citizen', text: 'Hallo' });
});

test('a reference and messages kept under the earlier keys (before they moved beside the state) are shown and deleted', async () => {
  const { store, outbound } = assistant.services;
  const chat = assistant.conversation();
  await chat.say('Hallo');
  // As an earlier version left them: nothing beside the state, the reference and messages under refs/ and recent/.
  const reference = await outbound.reference('test', chat.id);
  await store.delete([ConversationStateStore.besideKeyOf('test', chat.id, 'reference'), RecentMessages.keyOf('test', chat.id)]);
  await store.set(`refs/test/${chat.id}`, reference);
  await store.append(`recent/test/${chat.id}`, { from: 'citizen', text: 'Mein Hund heißt Bello' });

  const shown = (await chat.say('Meine Daten anzeigen')).flatMap(
    (r) => (r.attachments ?? []) as Array<{ content: { daten: Record<string, unknown> } }>,
  );
  expect(shown[0]!.content.daten.gespraechsadresse).toMatchObject({ conversation: { id: chat.id } });
  expect(shown[0]!.content.daten['letzte-nachrichten']).toContainEqual({ from: 'citizen', text: 'Mein Hund heißt Bello' });

  await chat.say('Meine Daten löschen');
  expect(allText(await chat.say('Ja'))).toMatch(/sind gelöscht/);
  expect(await store.get(`refs/test/${chat.id}`)).toBeUndefined();
  expect(await store.list(`recent/test/${chat.id}`)).toEqual([]);
});

test('"Meine Daten anzeigen" says in words what is stored before the file (trial 43: the JSON file alone was unreadable)', async () => {
  const chat = assistant.conversation();
  await chat.say('Die Straßenlaterne in der Hauptstraße 5 in Mömbris ist kaputt');
  await assistant.services.files.save(chat.id, 'laterne.png', PNG);
  const text = allText(await chat.say('Meine Daten anzeigen'));
  expect(text).toContain('Zu diesem Gespräch ist gespeichert:');
  expect(text).toContain('• Ihre Angaben zur angefangenen Anfrage „Schaden oder Mangel melden“');
  expect(text).toContain('• eine hochgeladene Datei');
  expect(text).toMatch(/• die letzten \d+ Nachrichten/);
  // The overview comes first, then the file, without a blank line between (trial 44: a wide gap on the page).
  expect(text.indexOf('gespeichert:')).toBeLessThan(text.indexOf('meine-daten.json'));
  expect(text).toMatch(/\n• [^\n]+\nHier sind alle Daten, die der Assistent/);
});

test('the overview of the stored data is in the conversation’s language (English, Leichte Sprache)', async () => {
  const english = assistant.conversation();
  await english.say('Hello', { locale: 'en-US' });
  expect(allText(await english.say('Meine Daten anzeigen', { locale: 'en-US' }))).toMatch(
    /Stored about this conversation:\n• where the conversation stands/,
  );
  const easy = assistant.conversation();
  await easy.say('Hallo');
  await easy.say('Leichte Sprache');
  expect(allText(await easy.say('Meine Daten anzeigen'))).toContain('Das ist von diesem Gespräch gespeichert:');
});
