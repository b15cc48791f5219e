// How the assistant understands citizens as they write, over real HTTP: stories decided by their
// question, two requests in one message, matters of other authorities named with whom to ask, and
// requests that start from a citizen's own description.
import { allText, lastButtons, lastText, promptOf, startTestAssistant, type TestAssistant } from '../helpers/harness';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant();
});
afterAll(async () => {
  await assistant.stop();
});

const decided = (text: string) => assistant.services.knowledge.router.decide(text);

describe('long messages', () => {
  it('decides a story by its question, not by the other matters it mentions', async () => {
    const story =
      'Guten Tag, wir haben im Mai in Schimborn geheiratet und sind danach in das Haus meiner Schwiegereltern gezogen. ' +
      'Unser Hund ist auch schon angemeldet. Jetzt wollen wir im Herbst nach Kanada fliegen und mein Mann hat noch nie so ein Reisedokument gehabt. ' +
      'Wie lange dauert es, bis er einen Reisepass bekommt?';
    expect(decided(story).decision?.id).toBe('reisepass');
    expect(lastText(await assistant.conversation().say(story))).toMatch(/Reisepass/);
  });

  it('does not take a greeting for a second request', async () => {
    const message = 'Hallo, unser Verein plant am 20. Juni ein Sommerfest auf dem Sportplatz. Muss mer des irgendwo anmelde? Viele Grüße, Peter';
    expect(decided(message)).toMatchObject({ decision: { id: 'veranstaltung-anzeigen' } });
    expect(decided(message).also).toBeUndefined();
    expect(allText(await assistant.conversation().say(message))).not.toMatch(/auch nach/);
  });

  it('answers the main request of a message with two and offers the other one as a button', async () => {
    const message = 'Wir haben einen Welpen bekommen. Außerdem brauche ich für die Bank eine Meldebescheinigung.';
    const result = decided(message);
    expect(result.decision?.id).toBe('meldebescheinigung');
    expect(result.also).toBe('hund-anmelden');
    const replies = await assistant.conversation().say(message);
    expect(lastText(replies)).toMatch(/Meldebescheinigung/);
    expect(lastText(replies)).toMatch(/auch nach „Hund zur Hundesteuer anmelden“ gefragt/);
    expect(lastButtons(replies)).toContain('Hund zur Hundesteuer anmelden');
  });

  it('asks back when one word names several topics, with them as buttons', async () => {
    const replies = await assistant.conversation().say('Steuer');
    expect(lastText(replies)).toMatch(/Meinten Sie/);
    expect(lastButtons(replies)).toEqual(expect.arrayContaining(['Hundesteuer', 'Grundsteuer', 'Gewerbesteuer']));
  });
});

describe('not ours, but whose', () => {
  it.each([
    ['Welche Apotheke hat heute Notdienst?', 'apotheke', /Notdienst.*aponet\.de|aponet\.de/s],
    ['Ich bin seit gestern arbeitslos, wo beantrage ich Arbeitslosengeld?', 'arbeitsagentur', /Agentur für Arbeit.*0800 4 5555 00/s],
    ['Wie beantrage ich Kindergeld für unser Baby?', 'familienkasse', /Familienkasse/],
    ['Mir wurde das Fahrrad aus der Garage geklaut, wo zeige ich das an?', 'polizei', /110/],
    ['Mein Kind hat hohes Fieber und der Kinderarzt hat zu, wen rufe ich an?', 'arzt', /116117/],
  ])('"%s" stays out of scope and names the right place', async (text, referral, named) => {
    const result = decided(text);
    expect(result.decision).toBeNull();
    expect(result.referral).toBe(referral);
    const replies = await assistant.conversation().say(text);
    expect(lastText(replies)).toMatch(/nicht zuständig/);
    expect(lastText(replies)).toMatch(named);
    expect(lastButtons(replies)).toEqual(['Mit einem Menschen sprechen']);
  });

  it("names the place in the citizen's language: English and Leichte Sprache", async () => {
    const english = assistant.conversation();
    await english.say('English');
    const told = lastText(await english.say('I lost my job yesterday, where do I apply for unemployment benefit?'));
    expect(told).toMatch(/^Markt Mömbris is not responsible for this\. Unemployment benefit \(Arbeitslosengeld\)/);
    expect(told).toContain('0800 4 5555 00 (free of charge)');
    expect(told).not.toMatch(/Sache der|gebührenfrei/);
    const simple = assistant.conversation();
    await simple.say('Leichte Sprache');
    expect(allText(await simple.say('Wie beantrage ich Kindergeld für unser Baby?'))).toMatch(/Kinder·geld bezahlt die Familien·kasse\./);
  });

  it('says honestly that the Markt cannot help with anything else, and offers a person', async () => {
    const text = 'Was ist der Sinn des Lebens?';
    expect(decided(text).decision).toBeNull();
    const replies = await assistant.conversation().say(text);
    expect(lastText(replies)).toMatch(/keine gesicherte Auskunft/);
    expect(lastButtons(replies)).toEqual(['Mit einem Menschen sprechen']);
  });

  it('does not count a referral as a question it failed, so nobody is handed over for it', async () => {
    const chat = assistant.conversation();
    await chat.say('Welche Apotheke hat heute Notdienst?');
    const second = await chat.say('Und wo bekomme ich Kindergeld?');
    expect(allText(second)).toMatch(/Familienkasse/);
    expect(allText(second)).not.toMatch(/wieder nicht beantworten/);
  });
});

describe('requests from natural openings', () => {
  it('answers a story about a new dog that asks whether it must be registered, and starts the registration on "ja"', async () => {
    // Trial 42: the form had started at once, leaving the question unanswered.
    const chat = assistant.conversation();
    const replies = await chat.say('Wir haben seit letzter Woche einen Labrador aus dem Tierheim, muss ich den irgendwo anmelden?');
    expect(allText(replies)).toContain('Für jeden Hund in Mömbris ist Hundesteuer zu zahlen.');
    expect(promptOf(await chat.say('ja'))).toEqual({ flow: 'hund-anmelden', field: 'halter' });
    // Told as a wish, it starts at once.
    expect(promptOf(await assistant.conversation().say('Wir haben seit letzter Woche einen Labrador aus dem Tierheim und wollen ihn anmelden.'))).toEqual({
      flow: 'hund-anmelden',
      field: 'halter',
    });
  });

  it('starts a damage report from its description and keeps the citizen\'s sentence as the description', async () => {
    const said = 'Bei uns in der Hauptstraße ist die Straßenlaterne seit Tagen aus';
    const chat = assistant.conversation();
    expect(promptOf(await chat.say(said))).toEqual({ flow: 'maengelmelder', field: 'ort' });
    await chat.say('Schimborn, Hauptstraße vor Nummer 12');
    await chat.say('überspringen');
    const summary = await chat.say('überspringen');
    expect(promptOf(summary)?.field).toBe('bestaetigung');
    expect(allText(summary)).toContain('Straßenbeleuchtung');
    expect(allText(summary)).toContain(said);
  });

  it('starts an appointment booking from a citizen\'s reason', async () => {
    const replies = await assistant.conversation().say('Ich bräuchte einen Termin, mein Personalausweis läuft bald ab');
    expect(promptOf(replies)?.flow).toBe('termin-buchen');
  });
});
