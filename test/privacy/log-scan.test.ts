// A whole conversation full of personal data at LOG_LEVEL debug: no log line may contain any of it.
import { startTestAssistant, texts, type TestAssistant } from '../helpers/harness';

const personal = {
  email: 'erika.mustermann@example.de',
  phone: '0171 2345678',
  iban: 'DE89 3704 0044 0532 0130 00',
  birthday: '12.03.1987',
  street: 'Hauptstraße 17',
  name: 'Erika Mustermann',
};

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant({ LOG_LEVEL: 'debug' });
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
  for (const message of messages) answers.push(texts(await chat.say(message)));
  // The conversation really ran (and the data reached the assistant before it was deleted).
  expect(answers.at(-1)).toMatch(/sind gelöscht/);
  expect(assistant.logs.filter((line) => line.includes('"message handled"')).length).toBeGreaterThanOrEqual(messages.length - 1);

  const variants = Object.values(personal).flatMap((value) => [value, value.replace(/\s/g, ''), value.split(' ')[0]!]);
  const leaks = assistant.logs.filter((line) => variants.some((v) => v.length >= 5 && line.includes(v)));
  expect(leaks).toEqual([]);
});
