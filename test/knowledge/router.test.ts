// The router on the real knowledge base: confusable topics, flows, built-in intents, out of scope,
// follow-ups in context, and the clarify buttons. The questions are our own wording, not the eval set's.
import { KnowledgeBase } from '../../knowledge/loader';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = new KnowledgeBase();
  expect(kb.problems).toEqual([]);
});
afterAll(() => kb.close());

const decided = (text: string, lastTopic?: string) => kb.router.decide(text, { lastTopic }).decision?.id ?? null;

describe('confusable topics', () => {
  it.each([
    // Personalausweis / Reisepass / vorläufiger Ausweis
    ['Ich brauche einen neuen Personalausweis, meiner ist abgelaufen', 'personalausweis'],
    ['Was kostet die Verlängerung vom Perso?', 'personalausweis'],
    ['Reisepassverlängerung', 'reisepass'],
    ['Wir fliegen nach Thailand und brauchen einen Reisepass', 'reisepass'],
    ['Mein Pass wird nicht rechtzeitig fertig, gibt es einen vorläufigen?', 'vorlaeufiger-ausweis'],
    ['Ersatzausweis für ein paar Wochen bis der neue da ist', 'vorlaeufiger-ausweis'],
    // Anmeldung / Ummeldung / Abmeldung
    ['Ich bin neu nach Mömbris gezogen und muss mich anmelden', 'anmeldung-wohnsitz'],
    ['Neue Wohnung im selben Ort, wie melde ich die neue Adresse?', 'ummeldung'],
    ['Ich ziehe nach Österreich, muss ich mich abmelden?', 'abmeldung'],
    // Meldebescheinigung / Melderegisterauskunft
    ['Ich brauche eine Meldebescheinigung für meinen Arbeitgeber', 'meldebescheinigung'],
    ['Ich möchte die Anschrift einer anderen Person herausfinden', 'melderegisterauskunft'],
    // Müllabfuhr / Sperrmüll / Wertstoffhof / Mülltonne
    ['Wann wird der Restmüll abgeholt?', 'muellabfuhr'],
    ['Ich will eine alte Couch und einen Schrank loswerden', 'sperrmuell'],
    ['Wo kann ich Grünschnitt und Bauschutt abgeben?', 'wertstoffhof'],
    ['Unsere Mülltonne ist kaputt, wir brauchen eine neue', 'muelltonne'],
    // Hundesteuer / Hund anmelden
    ['Was kostet die Hundesteuer im Jahr?', 'hundesteuer'],
    ['Ich möchte meinen Hund gleich hier im Chat anmelden', 'hund-anmelden'],
    // Veranstaltung / Gestattung
    ['Wir wollen auf unserem Vereinsfest Bier und Wein verkaufen', 'gestattung'],
    ['Muss ich unser Straßenfest bei der Gemeinde anzeigen?', 'veranstaltung'],
  ])('%s → %s', (text, id) => expect(decided(text)).toBe(id));
});

describe('flows and built-in intents', () => {
  it.each([
    ['Die Straßenlampe vor unserem Haus leuchtet nicht', 'maengelmelder'],
    ['Ich möchte einen Termin im Bürgerbüro vereinbaren', 'termin-buchen'],
    ['Bitte rufen Sie mich zurück', 'rueckruf'],
    ['Guten Morgen', 'begruessung'],
    ['Danke schön, tschüss', 'dank'],
    ['Was kannst du alles?', 'hilfe'],
    ['Bist du ein Mensch?', 'bot-identitaet'],
    ['Ich möchte mit einem Mitarbeiter sprechen', 'mitarbeiter'],
    ['Was passiert mit meinen Daten?', 'datenschutz'],
    ['Löschen Sie bitte meine Daten', 'daten-loeschen'],
  ])('%s → %s', (text, id) => expect(decided(text)).toBe(id));
});

describe('out of scope', () => {
  it.each(['Wie wird das Wetter morgen?', 'Wer hat die Fußball-WM gewonnen?', 'Wie backe ich einen Apfelkuchen?', 'blubb blabb'])(
    '%s → none',
    (text) => {
      const result = kb.router.decide(text);
      expect(result.decision).toBeNull();
      expect(result.action).toBe('none');
    },
  );
});

describe('context and robustness', () => {
  it('answers facet follow-ups for the last topic, and only then', () => {
    for (const text of ['Und was kostet das?', 'Wie lange dauert das?', 'Brauche ich einen Termin?']) {
      expect(decided(text, 'personalausweis')).toBe('personalausweis');
    }
    expect(decided('Und was kostet das?', 'reisepass')).toBe('reisepass');
    // In dialect, and with only words the index drops.
    expect(decided('wie lang dauert des bis der fertisch is', 'personalausweis')).toBe('personalausweis');
    expect(decided('was brauch ich da alles', 'anmeldung-wohnsitz')).toBe('anmeldung-wohnsitz');
    expect(decided('Und was kostet die Hundesteuer?', 'personalausweis')).toBe('hundesteuer');
  });

  it('asks back for the matter of a point asked without one ("was kost des"), instead of guessing a topic', () => {
    for (const text of ['was kost des', 'Wie lange dauert das?', 'was brauch ich dafür', 'und wie lang dauert dat', 'wat kost dat']) {
      const r = kb.router.decide(text);
      expect(r.decision).toBeNull();
      expect(r.pointOnly).toBeDefined();
    }
    expect(kb.router.decide('was kost des').pointOnly).toBe('fees');
    // A matter named, also misspelt or inside a compound, is no point alone.
    expect(decided('kirchenaustrit kosten')).toBe('kirchenaustritt');
    expect(decided('Wieviel kostet bei euch der Kubikmeter Trinkwasser?')).toBe('wasser-abwasser');
    // Nor are the hours or a booking ("wann habt ihr offen", "ich brauche einen Termin").
    expect(decided('wann habt ihr offen')).toBe('oeffnungszeiten');
    expect(decided('ich brauche einen Termin')).toBe('termin-buchen');
  });

  it('offers no second registration beside the one a move asks for, but another matter of the same message', () => {
    expect(kb.router.decide('Hi, I just moved to Mömbris from the US. How do I register my address?', { language: 'en' }).also).toBeUndefined();
    expect(kb.router.decide('Ich bin umgezogen, außerdem brauche ich einen neuen Reisepass.').also).toBe('ummeldung');
  });

  it('takes a question that points back to the matter ("… Sommerfest … Was müssen wir da anmelden?") for no second request', () => {
    const club = kb.router.decide(
      'Grüß Gott, ich bin Vorsitzender vom Gesangverein Frohsinn Niedersteinbach. Wir wollen am 18. Juli 2027 unser Sommerfest machen auf dem Dorfplatz, mit Ausschank und Musik bis 23 Uhr. Was müssen wir da anmelden?',
    );
    expect(club.decision?.id).toBe('veranstaltung-anzeigen');
    // Not "Wohnsitz anmelden": the club's question gets the events' answer first, the notice one tap away.
    expect(club.also).toBe('veranstaltung');
    // … also without "da": the question names nothing but the main matter's verb.
    const plain = kb.router.decide('Wir machen am 18. Juli 2027 unser Sommerfest am Festplatz. Was müssen wir anmelden?');
    expect(plain.decision?.id).toBe('veranstaltung-anzeigen');
    expect(plain.also).toBeUndefined();
    // … also when someone else is to do it: picking a certificate up for the citizen is no pick-up of an ID card.
    const onBehalf = kb.router.decide('Ich brauche ein Führungszeugnis für mein Ehrenamt bei der Feuerwehr. Kann meine Tochter das für mich abholen?');
    expect([onBehalf.decision?.id, onBehalf.also]).toEqual(['fuehrungszeugnis', undefined]);
  });

  it('takes a move between two places of the town for an Ummeldung, and a move from elsewhere for an Anmeldung', () => {
    expect(decided('Wir ziehen von Schimborn nach Mömbris, was müssen wir machen?')).toBe('ummeldung');
    expect(decided('ich zieh von hohl nach brücken')).toBe('ummeldung');
    expect(decided('Wir ziehen von Aschaffenburg nach Mömbris')).toBe('anmeldung-wohnsitz');
    // The words alone ("ummelden", "Wohnsitz melden") suggest the Ummeldung; coming from elsewhere is the Anmeldung.
    expect(decided('umzug von alzenau nach schimborn ummelden')).toBe('anmeldung-wohnsitz');
    expect(
      decided(
        'Sehr geehrte Damen und Herren, zum 15.05. ziehe ich von Hanau nach Mömbris-Königshofen. Bitte teilen Sie mir mit, innerhalb welcher Frist und mit welchen Unterlagen ich meinen neuen Wohnsitz melden muss.',
      ),
    ).toBe('anmeldung-wohnsitz');
    // "aus der Wohnung" names no place the citizen comes from.
    expect(decided('Ich ziehe aus der Wohnung in Schimborn aus und nach Hanau, muss ich mich abmelden?')).toBe('abmeldung');
    // The dog that came along is still offered.
    expect(kb.router.decide('Wir ziehen von Hanau nach Schimborn und haben einen Hund. Muss ich den anmelden?').also).toBe('hund-anmelden');
    // A place in dialect ("Königshofe") is still the town's, and "unserm Haus" is no place; a city's adjective ("vom Frankfurter Nordend") is one.
    expect(decided('Mei Sohn is aus unserm Haus in Königshofe ausgezoche, jetzt wohnt der in Rappach. Muss der sisch do umgemelde?')).toBe('ummeldung');
    expect(decided('Wir sind vom Frankfurter Nordend nach Mensengesäß gezogen, was brauchen wir?')).toBe('anmeldung-wohnsitz');
    expect(decided('mir sin vom ortskern nach rappach gezoge, brauch isch do en neue perso')).toBe('ummeldung');
    expect(decided('Isch bin jetzt vun Alzenau nach Brücke gezooche, muss isch mich do bei eich irgendwie melde?')).toBe('anmeldung-wohnsitz');
    // A newcomer in simple German asking what to do: registering, not the contact card.
    expect(decided('hallo ich neu in mömbris, wohnen jetzt hier. was ich muss machen bei rathaus?')).toBe('anmeldung-wohnsitz');
  });

  it('books nothing in the Bürgerbüro for a visit to the home ("der Monteur kommt – Termin verschieben?")', () => {
    expect(
      decided(
        'Da kam ein Brief, dass bei uns der Wasserzähler getauscht wird und ein Monteur kommt. Wir arbeiten beide. Muss da jemand daheim sein, oder kann man den Termin verschieben?',
      ),
    ).toBe('wasser-abwasser');
    expect(decided('Wann kommt der Schornsteinfeger, kann ich den Termin verschieben?')).toBeNull();
    expect(decided('Kann ich meinen Termin im Bürgerbüro verschieben?')).toBe('termin-buchen');
    expect(decided('Kann ich ohne Termin vorbeikommen oder muss ich vorher buchen?')).toBe('termin-buchen');
  });

  it("understands a short question that points back with the last topic's own words, and only those", () => {
    expect(decided('wo gebe ich den ab', 'fundbuero')).toBe('fundbuero');
    expect(decided('und wo ist das', 'fundbuero')).toBe('fundbuero');
    expect(decided('wo muss ich da hin?', 'personalausweis')).toBe('personalausweis');
    expect(decided('wo melde ich das', 'hundesteuer')).toBe('hundesteuer');
    // In dialect, and asking whom to call: still the last topic, not the Rathaus's contact.
    expect(decided('wen muss isch do anrufe', 'hundesteuer')).toBe('hundesteuer');
    expect(decided('Un wen soll isch da aarufe?', 'ruhezeiten')).toBe('ruhezeiten');
    expect(decided('wen muss ich da anrufen?', 'hundesteuer')).toBe('hundesteuer');
    // Asking to be called is the call-back, not the last topic's phone number.
    expect(decided('Kann mich jemand anrufen? Ich schreibe nicht gern.', 'oeffnungszeiten')).toBe('rueckruf');
    expect(decided('und wo is des', 'fundbuero')).toBe('fundbuero');
    expect(decided('was koscht des', 'hundesteuer')).toBe('hundesteuer');
    expect(decided('wo muss isch do hi', 'personalausweis')).toBe('personalausweis');
    expect(decided('wo muss ich hin?', 'anmeldung-wohnsitz')).toBe('anmeldung-wohnsitz');
    expect(decided('was soll ich tun', 'dokument-verloren')).toBe('dokument-verloren');
    // What the assistant can do is no follow-up.
    expect(decided('Was kannst du?', 'dokument-verloren')).toBe('hilfe');
    expect(decided('Hi', 'personalausweis')).toBe('begruessung');
    // Someone acting for the citizen: the last topic, although a daughter is named.
    expect(decided('Kann das auch meine Tochter für mich machen?', 'anmeldung-wohnsitz')).toBe('anmeldung-wohnsitz');
    expect(decided('und für meine Tochter?', 'personalausweis')).toBe('ausweis-kinder');
    // "online" names a topic of its own, but pointing back it asks about the last one.
    expect(decided('kann ich des online mache?', 'anmeldung-wohnsitz')).toBe('anmeldung-wohnsitz');
    expect(decided('Kann ich das online machen?', 'hundesteuer')).toBe('hundesteuer');
    // After a death: whether to deregister the person is the death's matter, which says so.
    expect(decided('Muss ich ihn beim Einwohnermeldeamt abmelden?', 'sterbefall')).toBe('sterbefall');
    expect(decided('was kann ich alles online erledigen?', 'anmeldung-wohnsitz')).toBe('online-dienste');
    // Another topic's words, also after an article that looks like pointing back.
    expect(decided('was kostet die Hundesteuer', 'fundbuero')).toBe('hundesteuer');
    expect(decided('wo kann ich den Sperrmüll anmelden', 'fundbuero')).toBe('sperrmuell');
    // Without a last topic it is no follow-up: the model decides on its words alone.
    expect(kb.router.decide('wo gebe ich den ab').confidence).toBeLessThan(1);
  });

  it('answers an English facet follow-up for the last topic', () => {
    const english = (text: string, lastTopic: string) => kb.router.decide(text, { lastTopic, language: 'en' }).decision?.id ?? null;
    expect(english('how much does it cost', 'reisepass')).toBe('reisepass');
    expect(english('how much is the dog tax', 'reisepass')).toBe('hundesteuer');
  });

  it('resolves every topic title exactly to its topic (clarify buttons)', () => {
    for (const entry of kb.entries) expect(kb.router.decide(entry.title)).toMatchObject({ decision: { id: entry.id }, confidence: 1 });
    for (const intent of kb.intents) expect(decided(intent.title)).toBe(intent.id);
  });

  it('copes with typos, missing umlauts and capitals', () => {
    expect(decided('FUEHRERSCHEIN UMTAUSCHEN')).toBe('fuehrerschein');
    expect(decided('kirchenaustrit wie')).toBe('kirchenaustritt');
    expect(decided('sperrmuell anmelden')).toBe('sperrmuell');
    // Dialect of the Kahlgrund: "offe" is "offen".
    expect(decided('hat ihr heut offe?')).toBe('oeffnungszeiten');
  });

  it('returns ranked candidates and a confidence between 0 and 1', () => {
    const result = kb.router.decide('Ich habe gestern meinen Ausweis verloren');
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.candidates[0]!.score).toBeGreaterThanOrEqual(result.candidates[1]!.score);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});
