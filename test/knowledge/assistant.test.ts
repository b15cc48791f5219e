// The knowledge base inside the running assistant, over real HTTP: answers with office and review
// date, follow-ups in context, built-in intents, clarifying buttons that route, and the fallback.
import { startTestAssistant, type TestAssistant, lastText, lastButtons } from '../helpers/harness';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant();
});
afterAll(async () => {
  await assistant.stop();
});


describe('answers from the knowledge base', () => {
  it('answers a question with office and review date, then a follow-up for the same topic', async () => {
    const chat = assistant.conversation();
    // Asked first, a cost names no matter: asked back, not answered with some topic's fees.
    const unnamed = lastText(await chat.say('was kost des'));
    expect(unnamed).toBe('Worum geht es Ihnen? Nennen Sie bitte das Thema, zum Beispiel „Was kostet ein Personalausweis?“');
    const first = lastText(await chat.say('Was kostet ein Personalausweis?'));
    expect(first).toMatch(/Personalausweis/);
    expect(first).toMatch(/Zuständig: Bürgerbüro/);
    expect(first).toMatch(/Stand: \d{2}\.\d{2}\.\d{4}/);

    const followUp = lastText(await chat.say('Und wie lange dauert das?'));
    expect(followUp).toMatch(/^Personalausweis/);
    expect(followUp).toMatch(/Bearbeitungsdauer|keine gesicherte Angabe/);
    expect(followUp).not.toMatch(/Dazu habe ich leider keine gesicherte Auskunft/);
    // In dialect too: "dat" is "das", not the start of "Datenschutz".
    expect(lastText(await chat.say('und wie lang dauert dat'))).toMatch(/^Personalausweis/);

    const appointment = lastText(await chat.say('Brauche ich einen Termin?'));
    expect(appointment).toMatch(/^Personalausweis/);
    expect(appointment).toMatch(/Termin/);

    // "Where" after an answer: where the office is and when it is open, not the answer again.
    const where = lastText(await chat.say('wo muss ich da hin?'));
    expect(where).toMatch(/^Personalausweis.*\nZuständig: Bürgerbüro\nAdresse: Schimborner Straße 6/s);
    expect(where).toMatch(/Öffnungszeiten:/);
    // A day named: its hours first, not today's; also asked with "geöffnet", and as a short follow-up.
    const dayLine = /^Am (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \p{L}+: (\d{2}:\d{2}–\d{2}:\d{2}|geschlossen)/u;
    const hours = assistant.conversation();
    expect(lastText(await hours.say('Hat das Rathaus morgen Nachmittag auf?')).split('\n')[1]).toMatch(dayLine);
    expect(lastText(await hours.say('Ist das Rathaus am 24.12. geöffnet?')).split('\n')[1]).toMatch(/^Am \p{L}+, 24\. Dezember: /u);
    // Today's hours are said as "Heute, Samstag: …" when the test runs on that day.
    expect(lastText(await hours.say('und am Samstag?')).split('\n')[1]).toMatch(/^(?:Am Samstag, \d{1,2}\. \p{L}+: geschlossen\.|Heute, Samstag: geschlossen\..*)$/u);
    // A cost asked after the hours is about something else: which matter, not the hours again.
    expect(lastText(await hours.say('was kost des'))).toMatch(/^Worum geht es Ihnen\?/);
    // Asked first, where the Bürgerbüro is: its address with the hours, not the hours alone.
    const office = lastText(await assistant.conversation().say('Wo ist das Bürgerbüro?'));
    expect(office).toMatch(/\nAdresse: Schimborner Straße 6, 63776 Mömbris\n/);
  });

  it('tells honestly when it does not know, offers a person, and the button hands over', async () => {
    const chat = assistant.conversation();
    const replies = await chat.say('Wie viele Einwohner hat Mömbris?');
    expect(lastText(replies)).toMatch(/keine gesicherte Auskunft/);
    const button = lastButtons(replies)[0]!;
    expect(button).toBe('Mit einem Menschen sprechen');
    // Handed over: to the queue, or, with nobody there, to the call-back's questions.
    expect((await chat.say(button)).map((r) => r.text).join('\n')).toMatch(/Platz 1 der Warteschlange|Gern meldet sich die Verwaltung bei Ihnen/);
  });

  it('says that the weather or the next bus is no matter of the town hall, and offers its services instead of a person, also twice in a row (trial 41: "formulieren Sie Ihre Frage anders", then a clerk)', async () => {
    const chat = assistant.conversation();
    for (const asked of ['wie wird das wetter am wochenende', 'wann fährt der nächste bus nach aschaffenburg']) {
      const replies = await chat.say(asked);
      expect(lastText(replies)).toBe(
        'Das gehört nicht zu den Aufgaben des Rathauses, dazu kann ich Ihnen nichts Verlässliches sagen. Ich helfe bei Anliegen an die Gemeinde, zum Beispiel Ausweis, Ummeldung, Müll oder Hundesteuer.',
      );
      expect(lastButtons(replies)).toEqual(['Schaden oder Mangel melden', 'Termin im Bürgerbüro vereinbaren', 'Öffnungszeiten']);
    }
  });

  it('says so of tomorrow\'s weather asked right after the opening hours (trial 42: it had been answered with tomorrow\'s hours)', async () => {
    const chat = assistant.conversation();
    await chat.say('Hat das Rathaus heute offen?');
    for (const asked of ['wie wird das wetter morgen', 'Wird es morgen regnen?']) {
      const replies = await chat.say(asked);
      expect(lastText(replies)).toMatch(/^Das gehört nicht zu den Aufgaben des Rathauses/);
      expect(lastText(replies)).not.toMatch(/Öffnungszeiten/);
    }
    // Guard: a day alone after the hours is still that day's hours.
    await chat.say('Hat das Rathaus heute offen?');
    expect(lastText(await chat.say('und morgen?'))).toMatch(/^Öffnungszeiten/);
  });

  it('recognizes the built-in intents', async () => {
    const chat = assistant.conversation();
    expect(lastText(await chat.say('Hallo'))).toMatch(/^Wie kann ich Ihnen helfen\?/);
    expect(lastText(await chat.say('Bist du ein Mensch?'))).toMatch(/automatischer Assistent, kein Mensch/);
    expect(lastText(await chat.say('Was passiert mit meinen Daten?'))).toMatch(/Verantwortlich für diesen Chat ist der Markt Mömbris/);
    expect(lastText(await chat.say('Vielen Dank!'))).toMatch(/Gern geschehen/);
    expect(lastText(await chat.say('Bist du ChatGPT?'))).toMatch(/kein Dienst eines KI-Anbieters wie ChatGPT/);
  });

  it('answers one point of privacy asked alone, with the whole notice one tap away', async () => {
    const chat = assistant.conversation();
    let r = await chat.say('Wie lange speichert ihr meine Daten?');
    expect(lastText(r)).toMatch(/^Was gespeichert wird und wie lange: Der Gesprächsverlauf.* höchstens \d+ Tage .*\n\nAlle Hinweise zum Datenschutz: Tippen Sie auf „Datenschutz“\.$/s);
    expect(lastText(r)).not.toMatch(/Verantwortliche Stelle/);
    expect(lastButtons(r)[0]).toBe('Datenschutz');
    // Who is responsible, also the data protection officer (trial 46: the whole notice, about 350 words).
    r = await chat.say('Wer ist bei Ihnen der Datenschutzbeauftragte?');
    expect(lastText(r)).toMatch(/^Verantwortliche Stelle: Verantwortlich für diesen Chat ist der Markt Mömbris.*Den behördlichen Datenschutzbeauftragten erreichen Sie über das Rathaus\.\n\nAlle Hinweise zum Datenschutz/s);
    expect(lastText(r)).not.toMatch(/Empfänger|Ihre Rechte/);
    r = await chat.say('Werden meine Daten an Google weitergegeben?');
    expect(lastText(r)).toMatch(/^Empfänger: .*keinen KI-Dienst eines anderen Anbieters/s);
    r = await chat.say('Datenschutz');
    expect(lastText(r)).toMatch(/^Verantwortliche Stelle: /);
  });

  it('offers the flow of an entry as a button', async () => {
    const chat = assistant.conversation();
    const replies = await chat.say('Wie hoch ist die Hundesteuer?');
    expect(lastText(replies)).toMatch(/Hundesteuer/);
    expect(lastButtons(replies)).toContain('Hund zur Hundesteuer anmelden');
  });

  it('asks back on a vague question, and a button routes exactly to its topic', async () => {
    const { router } = assistant.services.knowledge;
    const vague = ['Ausweis', 'Müll', 'Anmeldung', 'Steuer', 'Bescheinigung'].find((t) => router.decide(t).action === 'clarify');
    expect(vague).toBeDefined();
    const chat = assistant.conversation();
    const replies = await chat.say(vague!);
    expect(lastText(replies)).toMatch(/Meinten Sie/);
    const buttons = lastButtons(replies);
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const title of buttons.slice(0, -1)) {
      const decided = router.decide(title);
      expect(decided).toMatchObject({ action: 'answer', confidence: 1 });
      expect(assistant.services.knowledge.title(decided.decision!.id)).toBe(title);
    }
    expect(lastText(await chat.say(buttons[0]!))).not.toMatch(/Meinten Sie/);
  });
});
