// Requests that reach the office right, over HTTP with the inputs citizens really type: a question
// is answered and the field asked again (never stored), a sentence is not a name, vague dates are
// said back at the precision they have, estimates count, commands work with a question mark.
import { allText, lastText, promptOf, startTestAssistant, type TestAssistant } from '../../helpers/harness';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant();
});
afterAll(async () => {
  await assistant.stop();
});

const field = (replies: Awaited<ReturnType<ReturnType<TestAssistant['conversation']>['say']>>) => promptOf(replies)?.field;

describe('a dog registration with the inputs citizens type', () => {
  it('answers a question instead of storing it, refuses a sentence as a name, and says back a vague birth date', async () => {
    const chat = assistant.conversation();
    expect(field(await chat.say('Hund anmelden'))).toBe('halter');

    const question = await chat.say('was kostet das denn im Jahr?');
    expect(allText(question)).toMatch(/Hundesteuer/);
    expect(field(question)).toBe('halter');
    const request = await chat.say('Wie lange dauert es bis die Marke kommt');
    expect(field(request)).toBe('halter');

    expect(lastText(await chat.say('Glühweinstand'))).toMatch(/Vor- und Nachnamen/);
    expect(field(await chat.say('Erika Muster-Weber'))).toBe('anschrift');
    expect(allText(await chat.say('bei uns im Dorf'))).toMatch(/Straße, Hausnummer und Ortsteil/);
    expect(field(await chat.say('Hauptstraße 12, Schimborn'))).toBe('rasse');
    expect(field(await chat.say('Labrador'))).toBe('geburtsdatum');

    const birth = await chat.say('ca. Frühjahr 2022');
    expect(allText(birth)).toContain('Ich habe „April 2022 (ungefähr)“ verstanden.');
    expect(allText(birth)).not.toMatch(/\d{2}\.\d{2}\.2026/);
    expect(field(birth)).toBe('haltungsbeginn');
    expect(allText(await chat.say('weiß ich nicht mehr genau'))).toMatch(/Datum/);
    await chat.say('letzten Montag');
    await chat.say('Nein');
    const summary = await chat.say('Keine');
    expect(field(summary)).toBe('bestaetigung');
    expect(allText(summary)).toContain('Halter: Erika Muster-Weber');
    expect(allText(summary)).toContain('Geburtsdatum: April 2022 (ungefähr)');
    expect(allText(summary)).not.toMatch(/kostet/);
  });
});

describe('an event notice with estimates and names', () => {
  it('refuses a thing as the responsible person and counts "so 80" visitors', async () => {
    const chat = assistant.conversation();
    await chat.say('Veranstaltung anzeigen');
    await chat.say('Gesangverein Schimborn');
    expect(lastText(await chat.say('Glühweinstand'))).toMatch(/Vor- und Nachnamen/);
    await chat.say('Hans Fischer');
    await chat.say('Glühweinstand');
    await chat.say('vor der Kirche in Schimborn');
    await chat.say('12.12. 16 Uhr');
    await chat.say('21 Uhr');
    const visitors = await chat.say('so 80');
    expect(allText(visitors)).toContain('Ich habe „80“ verstanden.');
    expect(field(visitors)).toBe('alkohol');
  });
});

describe('commands and contact details', () => {
  it('cancels on "abbrechen?" and helps on "Hilfe?" instead of storing them', async () => {
    const chat = assistant.conversation();
    await chat.say('Rückruf anfordern');
    await chat.say('Frage zu meinem Wasserzähler');
    const help = await chat.say('Hilfe?');
    expect(field(help)).toBe('name');
    const cancelled = await chat.say('abbrechen?');
    expect(lastText(cancelled)).toMatch(/abgebrochen/);
    expect(promptOf(cancelled)).toBeUndefined();
  });

  it('checks a telephone number and keeps it in international form', async () => {
    const chat = assistant.conversation();
    for (const text of ['Rückruf anfordern', 'Frage zu meinem Wasserzähler', 'Erika Muster', 'Telefon']) await chat.say(text);
    expect(lastText(await chat.say('0815'))).toMatch(/gültige Telefonnummer/);
    await chat.say('0151 2345678');
    await chat.say('vormittags');
    const summary = await chat.say('Ja');
    expect(allText(summary)).toContain('Kontakt: +49 1512345678');
  });
});
