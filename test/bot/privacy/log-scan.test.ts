// A whole conversation full of personal data at LOG_LEVEL debug: no log line may contain any of it.
import { firstFreeSlot, startTestAssistant, allText, type TestAssistant } from '../../helpers/harness';
import { alwaysOpenMunicipality, StaffClient, staffAccountsFile } from '../../helpers/staff';

const personal = {
  email: 'erika.mustermann@example.de',
  phone: '0171 2345678',
  iban: 'DE89 3704 0044 0532 0130 00',
  birthday: '12.03.1987',
  street: 'Hauptstraße 17',
  name: 'Erika Mustermann',
};

const STAFF_PASSWORD = 'anna-sicheres-passwort';
let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant({
    LOG_LEVEL: 'debug',
    MUNICIPALITY_FILE: alwaysOpenMunicipality(),
    STAFF_ACCOUNTS_FILE: await staffAccountsFile({ anna: STAFF_PASSWORD }),
  });
});
afterAll(() => assistant.stop());

test('no log line contains the e-mail, phone, IBAN, birthday, street address or name of the citizen', async () => {
  const chat = assistant.conversation();
  const messages = [
    'Hallo',
    `Mein Name ist ${personal.name}, ich wohne in der ${personal.street} in Mömbris.`,
    `Bitte rufen Sie mich unter ${personal.phone} zurück oder schreiben Sie an ${personal.email}.`,
    `Für die Hundesteuer: IBAN ${personal.iban}, geboren am ${personal.birthday}.`,
    'Mit einem Menschen sprechen',
    'Meine Daten anzeigen',
    'Meine Daten löschen',
    'Ja',
  ];
  const answers: string[] = [];
  for (const message of messages) answers.push(allText(await chat.say(message)));
  // The conversation really ran (and the data reached the assistant before it was deleted).
  expect(answers.at(-1)).toMatch(/sind gelöscht/);
  expect(assistant.logs.filter((line) => line.includes('"message handled"')).length).toBeGreaterThanOrEqual(messages.length - 1);

  expectNoLeaks();
});

test('no log line contains what a citizen gave in a booking, a cancellation or a live chat with staff', async () => {
  const booking = assistant.conversation();
  const slot = await firstFreeSlot(booking, await booking.say('Ich brauche einen Termin für einen neuen Reisepass.'));
  for (const text of [slot, personal.name, personal.email]) await booking.say(text);
  const reference = /MOE-\d{4}-\d{5}/.exec(allText(await booking.say('Absenden')))![0];
  await booking.say(`Ich möchte den Termin ${reference} absagen`);
  expect(allText(await booking.say(personal.name))).toMatch(/ist abgesagt/);

  const anna = new StaffClient(assistant.url);
  await anna.login('anna', STAFF_PASSWORD);
  await anna.connect();
  const chat = assistant.conversation();
  expect(allText(await chat.say('Mitarbeiter'))).toMatch(/Platz 1/);
  expect((await anna.request('POST', `/conversations/${encodeURIComponent(chat.id)}/take`)).status).toBe(200);
  await chat.say(`Meine IBAN ist ${personal.iban}, mein Geburtstag der ${personal.birthday}.`);
  await anna.waitForEvent((e) => e.kind === 'message');
  // The reply cannot reach this test channel: a warning is logged, but not the text.
  await anna.request('POST', `/conversations/${encodeURIComponent(chat.id)}/messages`, {
    text: `Danke, ${personal.name}, ich schreibe an ${personal.email}.`,
  });
  anna.disconnect();
  expect(assistant.logs.some((line) => line.includes('could not be delivered'))).toBe(true);
  expectNoLeaks();
});

function expectNoLeaks(): void {
  const variants = Object.values(personal).flatMap((value) => [value, value.replace(/\s/g, ''), value.split(' ')[0]!]);
  const leaks = assistant.logs.filter((line) => variants.some((v) => v.length >= 5 && line.includes(v)));
  expect(leaks).toEqual([]);
}
