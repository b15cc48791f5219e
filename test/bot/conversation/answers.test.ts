// Answers over HTTP as a citizen meets them: the point asked first in at most 400 characters, with
// the office; the other facets one tap away; an Adaptive Card with the facts and real links on
// channels that show cards, plain text with buttons elsewhere.
import {
  allButtons,
  allText,
  startTestAssistant,
  TestConversation,
  lastButtons,
  lastText,
  promptOf,
  type ReplyActivity,
  type TestAssistant,
} from '../../helpers/harness';
import Holidays from 'date-holidays';
import { de } from '../../../knowledge/texts/de';

let assistant: TestAssistant;
beforeAll(async () => {
  assistant = await startTestAssistant();
});
afterAll(async () => {
  await assistant.stop();
});

interface Card {
  type: string;
  version: string;
  body: Array<{ type: string; text?: string; items?: Array<{ text: string }> }>;
  actions: Array<{ type: string; title: string; url: string }>;
}
const webChat = () => new TestConversation(assistant.url, undefined, 'webchat');
const cardOf = (replies: ReplyActivity[]): Card | undefined =>
  (replies.at(-1)?.attachments as Array<{ contentType: string; content: Card }> | undefined)?.find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  )?.content;

describe('the asked point first', () => {
  it.each([
    ['Was kostet ein neuer Reisepass?', /70,00 Euro/],
    ['Was kostet der neue Perso für meine Tochter, sie ist 19?', /27,60 Euro/],
    ['Was kostet bei Ihnen eine Meldebescheinigung?', /Gebühr.*(nennt Ihnen das Bürgerbüro|Euro)/s],
    ['Wie hoch ist die Hundesteuer für einen Dackel?', /(Steuers[aä]tze|Hundesteuer).*(Euro|nennt Ihnen das Steueramt)/s],
    ['Was kostet eine Baugenehmigung?', /Gebühr.*(Landratsamt|Euro)/s],
  ])('"%s" names the fee (or who sets it) within the first 400 characters', async (question, fee) => {
    const replies = await webChat().say(question);
    const text = lastText(replies);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text).toMatch(fee);
    expect(text).toMatch(/Zuständig: /);
  });

  it('"Wie melde ich mein Gewerbe ab?" is answered with the closing, not only the registration (trial 40)', async () => {
    const text = lastText(await webChat().say('Wie melde ich mein Gewerbe ab?'));
    expect(text).toMatch(/^Gewerbe anmelden, ummelden oder abmelden\nEin Gewerbe melden Sie beim Gewerbeamt an, um oder ab/);
    const english = lastText(await webChat().say('How do I close my business (Gewerbe abmelden)?', { locale: 'en-US' }));
    expect(english).toMatch(/Register, change or close a business/);
  });

  it.each([
    ['Wie lange dauert ein neuer Reisepass?', /Wochen|Werktage/],
    ['Wie lange brauchen Sie für einen Personalausweis?', /Wochen/],
  ])('"%s" names the duration', async (question, duration) => {
    const text = lastText(await webChat().say(question));
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text).toMatch(/\nBearbeitungsdauer: /);
    expect(text).toMatch(duration);
  });

  it('answers a follow-up about doing it by post with the sentence of the entry that says it (it had said "nichts Genaueres")', async () => {
    const c = webChat();
    await c.say('Ich ziehe nächsten Monat nach Spanien. Muss ich mich abmelden?');
    const text = lastText(await c.say('Kann ich das per Post machen?'));
    expect(text).toMatch(/schriftlich oder online/);
    expect(text).not.toMatch(/nichts Genaueres/);
    // By when, and whether one must go in person: short questions of the matter just answered (they had got the fallback).
    expect(lastText(await c.say('Wann frühestens?'))).toMatch(/frühestens eine Woche vorher/);
    const certificate = webChat();
    await certificate.say('Führungszeugnis beantragen');
    expect(lastText(await certificate.say('muss ich da selber hin?'))).toMatch(/im Bürgerbüro oder online/);
  });

  it('answers whether the other parent must sign with the entry’s sentence on consent (a separated mother had got the Auskunftssperre)', async () => {
    const c = webChat();
    await c.say('Meine Tochter ist 3 und braucht einen Reisepass');
    expect(lastText(await c.say('mein Mann und ich sind getrennt, muss er auch unterschreiben?'))).toMatch(
      /^Ausweisdokumente für Kinder: .*alle Sorgeberechtigten müssen zustimmen\./,
    );
  });

  it('says that an ID card cannot be applied for online (it had answered with the PIN letter of the online ID function, which reads like yes)', async () => {
    const c = webChat();
    await c.say('Ich brauche einen neuen Personalausweis');
    const text = lastText(await c.say('Kann ich den online beantragen?'));
    expect(text).toMatch(
      /Einen Weg, das online zu erledigen, kenne ich nicht\.\nEinen neuen Personalausweis beantragen Sie persönlich im Bürgerbüro\./,
    );
    expect(text).not.toMatch(/PIN-Brief/);
  });

  it('answers "wann darf man überhaupt fällen" after the trees with the whole sentence that names the months (it had said "nichts Genaueres")', async () => {
    const c = webChat();
    await c.say('Darf ich den Baum in meinem Garten fällen?');
    const text = lastText(await c.say('wann darf man überhaupt fällen'));
    // The whole sentence: a date's dot ("1. März") ends no sentence.
    expect(text).toMatch(/1\. März bis 30\. September/);
    expect(text).not.toMatch(/nichts Genaueres/);
    // "und im März?": the sentence that names months (it had been "keine gesicherte Auskunft").
    expect(lastText(await c.say('und im März?'))).toMatch(/^Bäume fällen[^\n]*: [^\n]*März/);
    // "und am Sonntag?": none of its sentences names a day; said, not a sentence about months.
    expect(lastText(await c.say('und am Sonntag?'))).toMatch(/nichts Genaueres/);
  });

  it('answers whether someone else may do it with the entry’s sentence about that (it had said "nichts Genaueres" or repeated the summary)', async () => {
    const family = webChat();
    await family.say('Wir ziehen nach Mömbris, was müssen wir tun?');
    expect(lastText(await family.say('Kann das auch meine Frau für uns beide machen?'))).toMatch(/eine volljährige Person alle anmelden/);
    const passport = webChat();
    await passport.say('Was brauche ich für den Reisepass?');
    expect(lastText(await passport.say('kann mein mann den für mich beantragen'))).toMatch(/^Reisepass[^\n]*: [^\n]*persönlich/);
  });

  it('says whom to call, with the Rathaus’s number, when the entry has nothing on a follow-up (the Steueramt has no line of its own)', async () => {
    const c = webChat();
    await c.say('Unser Hund ist gestorben, was muss ich tun?');
    expect(lastText(await c.say('Braucht der Hund einen Chip?'))).toMatch(
      /zuständige Stelle: Steueramt \(Kämmerei\), Telefon 06029 705-0\.$/,
    );
    // The tag returned is in the step that says how to deregister: that step, with who knows the rest (trial 48).
    expect(lastText(await c.say('Muss ich die Marke zurückgeben?'))).toMatch(
      /^Hundesteuer: Hund abmelden bei Abgabe, Umzug oder Tod - .* Ob Sie die Hundemarke zurückgeben oder einen Nachweis beilegen, sagt Ihnen das Steueramt\.$/,
    );
    // Whether the tax comes back the entry does say: the bylaw decides, the Steueramt knows.
    expect(lastText(await c.say('Bekomme ich die Steuer zurück?'))).toMatch(
      /zurückbekommen, regelt die Satzung; das Steueramt sagt es Ihnen\.$/,
    );
  });

  it('asks the same point of another topic in a short "und …?" ("und für mein Kind?" after the ID card’s fees gets the children’s fees)', async () => {
    const c = webChat();
    await c.say('Was kostet ein Personalausweis?');
    const child = lastText(await c.say('und für mein Kind?'));
    expect(child).toMatch(/^Ausweisdokumente für Kinder\nKosten: /);
    expect(child).toMatch(/27,60 Euro/);
    expect(lastText(await c.say('und der Reisepass?'))).toMatch(/^Reisepass[^\n]*\nKosten: /);
    const documents = webChat();
    await documents.say('Was brauche ich für den Reisepass?');
    expect(lastText(await documents.say('und für den Perso?'))).toMatch(/^Personalausweis[^\n]*\nDas brauchen Sie:/);
  });

  it('offers no registration for a dog that died or was given away', async () => {
    for (const question of ['Unser Hund ist gestorben, wie melde ich ihn ab?', 'Wir haben den Hund weggegeben, muss ich ihn abmelden?']) {
      const replies = await webChat().say(question);
      expect([question, lastButtons(replies).includes('Hund zur Hundesteuer anmelden')]).toEqual([question, false]);
    }
    expect(lastButtons(await webChat().say('Wie viel Hundesteuer zahle ich?'))).toContain('Hund zur Hundesteuer anmelden');
  });

  it('answers whether the year’s dog tax comes back after the dog died with the note that says who knows, and offers no person’s death beside it', async () => {
    const replies = await webChat().say(
      'Unsere Luna ist im April gestorben. Trotzdem kam der Bescheid fürs ganze Jahr. Kriegen wir was zurück? Die Marke hab ich noch.',
    );
    const text = lastText(replies);
    expect(text).toMatch(/^Hundesteuer\n.*zurückbekommen, regelt die Satzung; das Steueramt sagt es Ihnen/);
    expect(allButtons(replies)).not.toContain('Sterbefall anzeigen');
  });

  it("says whose matter another municipality's service is, instead of the town's hours or rates", async () => {
    const text = lastText(await webChat().say('Ich wohne in Hösbach. Wo zahle ich meine Hundesteuer?'));
    expect(text).toMatch(/^Dafür ist Hösbach zuständig, nicht der Markt Mömbris\./);
    expect(text).not.toMatch(/Hundesteuersatzung/);
  });

  it('answers by when a tax is paid with its due dates, also as the first question ("Wann muss ich die Grundsteuer zahlen?" had got how the amount is reckoned)', async () => {
    expect(lastText(await webChat().say('Wann muss ich die Grundsteuer zahlen?'))).toMatch(
      /^Grundsteuer: 15\. Februar, 15\. Mai, 15\. August und 15\. November/,
    );
    // The amount is still what "wie hoch" and "was kostet" ask.
    expect(lastText(await webChat().say('Wie hoch ist die Grundsteuer?'))).toMatch(/Kosten: Die Höhe ergibt sich/);
  });

  it('puts first what the story names: a barking dog gets the Ordnungsamt, an ID lost on holiday the embassy (both had got the general text)', async () => {
    const dog = lastText(
      await webChat().say('Ich möchte mich über den Hund meiner Nachbarn beschweren, der bellt jeden Tag stundenlang, auch nachts.'),
    );
    expect(dog).toMatch(/^Ruhezeiten und Lärm\nHundegebell - .*wenden Sie sich an das Ordnungsamt/);
    const abroad = lastText(
      await webChat().say(
        'Ich bin gerade in Spanien im Urlaub und mir wurde die Geldbörse mit dem Personalausweis gestohlen. Wie komme ich jetzt nach Hause?',
      ),
    );
    expect(abroad).toMatch(
      /^Ausweis oder Pass verloren oder gestohlen\nIm Ausland oder im Urlaub verloren\? .*Botschaft oder das Konsulat einen Reiseausweis für die Heimreise/,
    );
  });

  it('answers a driving licence from abroad with the six months and the Landratsamt, not with the exchange of old German licences', async () => {
    const turkish = lastText(await webChat().say('Ich habe einen Führerschein aus der Türkei, gilt der hier?'));
    expect(turkish).toMatch(
      /^Führerschein und Pflichtumtausch\nFührerschein aus dem Ausland: .*noch 6 Monate\. Die Umschreibung beantragen Sie vorher beim Landratsamt\./,
    );
    expect(turkish).toMatch(/Zuständig: Landratsamt Aschaffenburg/);
    // An old German licence is still asked about the deadlines.
    expect(lastText(await webChat().say('Muss ich meinen rosa Führerschein umtauschen?'))).toMatch(
      /^Führerschein und Pflichtumtausch\nPapierführerscheine/,
    );
  });

  it('answers how to leave the church first, and a follow-up about the church tax with the note that says it (it had got "nichts Genaueres")', async () => {
    const c = webChat();
    expect(lastText(await c.say('Ich möchte aus der Kirche austreten'))).toMatch(
      /^Kirchenaustritt\nIn Bayern erklären Sie den Kirchenaustritt persönlich beim Standesamt/,
    );
    expect(lastText(await c.say('Wann endet dann die Kirchensteuer?'))).toBe(
      'Kirchenaustritt: Die Kirchensteuerpflicht endet mit Ablauf des Monats, in dem Sie die Erklärung abgegeben haben.',
    );
  });

  it('says that the town recommends no business, and why, instead of a topic’s answer or "keine gesicherte Auskunft"', async () => {
    const text = lastText(await webChat().say('Kennt jemand einen guten Gärtner, der unsere Hecke schneidet?'));
    expect(text).toMatch(
      /^Firmen, Handwerker, Ärzte oder Produkte empfiehlt der Markt Mömbris nicht, denn er muss alle gleich behandeln\./,
    );
    expect(text).not.toMatch(/keine gesicherte Auskunft|Baumschutz|fällen/i);
  });

  it('sends a trip’s visa or ESTA to the Auswärtiges Amt and the destination’s embassy, with the passport left to the Bürgerbüro', async () => {
    const text = lastText(await webChat().say('Brauchen wir für die USA zusätzlich noch ein ESTA?'));
    expect(text).toMatch(/^Dafür ist der Markt Mömbris nicht zuständig\. Ob Sie für eine Reise ein Visum, ein ESTA/);
    expect(text).toMatch(/Botschaft oder das Konsulat des Reiselands/);
    expect(text).toMatch(/https:\/\/www\.auswaertiges-amt\.de/);
  });

  it('"wer zahlt mir jetzt die felge?" after a pothole says how to claim from the town, without "not our matter" (it had been the health insurance)', async () => {
    const c = webChat();
    await c.say('schlagloch in de königshofener straße in mömbris, rießig, da is mei felge hin');
    const text = allText(await c.say('wer zahlt mir jetzt die felge?'));
    expect(text).not.toMatch(/Krankenkasse|nicht zuständig/);
    expect(text).toMatch(
      /^Ob jemand für den Schaden haftet, kann ich nicht beurteilen\. Ist es eine Gemeindestraße, richten Sie Ihre Forderung schriftlich an den Markt Mömbris/m,
    );
    expect(text).toMatch(/Markt Mömbris – Adresse: Schimborner Straße 6, 63776 Mömbris/);
  });

  it('"wie lang vorher?" after the posters stays with them and says that how early to apply is not known (it had given the event notice’s one week)', async () => {
    const c = webChat();
    await c.say('derf mer für unser kerb plakate an die laternen hänge?');
    const text = lastText(await c.say('wie viele und wie lang vorher?'));
    expect(text).toMatch(
      /^Plakate im öffentlichen Raum\nWie lange es dauert oder wie früh Sie es beantragen müssen, dazu habe ich keine gesicherte Angabe\./,
    );
    expect(text).not.toMatch(/eine Woche/);
  });

  it('the duty to hold an ID card and its exemption are answered first with their note (they had been the pick-up)', async () => {
    const penalty = lastText(await webChat().say('mein ausweis is abgelaufen, was passiert wenn ich keinen neuen mache'));
    expect(penalty).toMatch(
      /^Personalausweis beantragen oder verlängern\nAb 16 Jahren müssen Sie einen gültigen Personalausweis besitzen; ein gültiger Reisepass genügt auch\./,
    );
    const exempt = lastText(await webChat().say('meine mutter liegt im pflegeheim und braucht keinen ausweis mehr, kann man sie befreien'));
    expect(exempt).toMatch(
      /^Personalausweis beantragen oder verlängern\nWer wegen Krankheit oder Behinderung dauerhaft nicht ins Bürgerbüro kommen kann/,
    );
  });

  it('never leaves out what to do now: the 112 of a burst main, asked whom to call or led by a note', async () => {
    for (const question of [
      'Hier in der Rappacher Straße sprudelt seit einer Stunde Wasser aus dem Boden. Wen soll ich anrufen?',
      'Bei uns kommt kein Wasser mehr aus der Leitung, was soll ich tun?',
    ]) {
      const text = lastText(await webChat().say(question));
      expect([question, /rufen Sie 112/.test(text)]).toEqual([question, true]);
    }
  });

  it('answers the sentence that asks, not a word of the story around it ("fertig" in a statement asks no duration)', async () => {
    const text = lastText(await webChat().say('Mein Personalausweis ist fertig. Kann das mein Mann abholen?'));
    expect(text).toMatch(/Vollmacht/);
    expect(text).not.toMatch(/Bearbeitungsdauer/);
  });

  it('answers whether one must report a death oneself with who reports it, and a follow-up about deregistering with its note (the note "abmelden müssen Sie niemanden" had come first)', async () => {
    const chat = webChat();
    const first = allText(
      await chat.say('Mein Vater ist gestorben, den Bestatter haben wir. Muss ich den Tod selber beim Standesamt melden?'),
    );
    expect(first).toMatch(
      /^Sterbefall anzeigen\nDer Tod wird beim Standesamt des Sterbeorts gemeldet, meist vom Bestattungsunternehmen\./m,
    );
    expect(first).not.toMatch(/abmelden müssen Sie niemanden/);
    expect(lastText(await chat.say('Muss ich ihn beim Einwohnermeldeamt abmelden?'))).toMatch(/abmelden müssen Sie niemanden/);
  });

  it('offers no request for what the citizen will do later ("das Auto melden wir später um" had been offered as asked)', async () => {
    const replies = await webChat().say(
      'Wir ziehen zum 1. von Hanau nach Schimborn. Das Auto melden wir später um. Wie lange haben wir Zeit uns anzumelden?',
    );
    expect(allText(replies)).toMatch(/innerhalb von zwei Wochen/);
    expect(allText(replies)).not.toMatch(/Kfz-Zulassung/);
    expect(allButtons(replies)).not.toContain('Kfz-Zulassung');
  });

  it('says that the exchange of a grey paper licence is due already, but for holders born before 1953', async () => {
    const text = lastText(await webChat().say('Bis wann muss ich meinen grauen Lappen umtauschen?'));
    expect(text).toMatch(/^Führerschein und Pflichtumtausch\n.*bis spätestens 19\. Januar 2025.*vor 1953 geboren.*19\. Januar 2033/s);
    expect(text).toMatch(/Zuständig: /);
  });

  it('says what to do about a burst pipe at night without sending the citizen to the closed Rathaus for a number', async () => {
    const text = lastText(await webChat().say('Bei uns ist nachts ein Rohr geplatzt, das Wasser läuft in den Keller, wen ruf ich an?'));
    expect(text).toMatch(/^Wasserrohrbruch.*Absperrventil am Wasserzähler.*112/s);
    expect(text).not.toMatch(/erfahren Sie bei der Gemeinde/);
  });

  it('answers the opening hours of the day asked, one line per day, without repeating them', async () => {
    const replies = await webChat().say('Wann hat das Bürgerbüro am Donnerstag offen?');
    const text = lastText(replies);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text).toMatch(/Donnerstag|Do /);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it("answers the Bürgerbüro's hours with the day its editors closed it, and the Rathaus's open that day with the Bürgerbüro's closure beside them (it had given the Rathaus's for both; trial 60: the closure had not been said)", async () => {
    const town = assistant.services.town;
    const bureau = assistant.services.municipality.offices.buergerbuero!;
    // A working day ten to sixteen days ahead, whenever the test runs.
    const day = new Date(Date.now() + 10 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    const [year, month, date] = iso.split('-');
    await town.saveOffice('buergerbuero', { hours: bureau.hours, closures: [{ date: iso, label: 'Betriebsausflug', hours: [] }] }, 'test');
    try {
      const asked = `Hat das Bürgerbüro am ${date}.${month}.${year} offen?`;
      const bureauDay = lastText(await webChat().say(asked));
      expect(bureauDay).toMatch(/geschlossen \(Betriebsausflug\)/);
      expect(bureauDay).toMatch(/Bürgerbüro/);
      const rathausDay = lastText(await webChat().say(`Hat das Rathaus am ${date}.${month}.${year} offen?`));
      expect(rathausDay).toMatch(
        /\nAm \p{L}+, \d{1,2}\. \p{L}+: \d\d:\d\d–\d\d:\d\d[^\n]*\. Bürgerbüro: an diesem Tag geschlossen \(Betriebsausflug\)\.\n/u,
      );
      // "Habt ihr am Donnerstag offe?" asks of them all: the Bürgerbüro's closure is said with the Rathaus's hours.
      // (Trial 61: on the first line, where the day's hours are; "Öffnungszeiten Bürgerbüro" gives the Bürgerbüro's with its closed day.)
      const ours = lastText(await webChat().say(`Habt ihr am ${date}.${month}. offe?`));
      expect(ours).toMatch(/\nAm \p{L}+, \d{1,2}\. \p{L}+: [^\n]*\. Bürgerbüro: an diesem Tag geschlossen \(Betriebsausflug\)\.\n/u);
      const bureauHours = lastText(await webChat().say('Öffnungszeiten Bürgerbüro'));
      expect(bureauHours).toMatch(/\nZuständig: Bürgerbüro\n/);
      expect(bureauHours).toMatch(/\n\p{L}{2} \d\d\.\d\d\.: geschlossen \(Betriebsausflug\)/u);
    } finally {
      await town.resetOffice('buergerbuero', 'test');
    }
  });

  it('titles the hours of an office named with its name and offers no booking of the Bürgerbüro with them (trial 60: "des Rathauses und Bürgerbüros")', async () => {
    const town = assistant.services.town;
    await town.saveOffice(
      'standesamt',
      { hours: [{ days: ['mo', 'di', 'mi', 'do', 'fr'], from: '08:00', to: '12:00' }], closures: [] },
      'test',
    );
    try {
      const replies = await webChat().say('Wann hat des Standesamt offe?');
      expect(lastText(replies)).toMatch(/^Öffnungszeiten: Standesamt Mömbris\n/);
      expect(lastButtons(replies)).not.toContain('Termin im Bürgerbüro vereinbaren');
      // Guard: the Bürgerbüro's hours keep the entry's title and its booking.
      const bureau = await webChat().say('Wann hat das Bürgerbüro offen?');
      expect(lastText(bureau)).toMatch(/^Öffnungszeiten des Rathauses und Bürgerbüros\n/);
      expect(lastButtons(bureau)).toContain('Termin im Bürgerbüro vereinbaren');
    } finally {
      await town.resetOffice('standesamt', 'test');
    }
  });

  it('answers the matter of two that is no request, and offers the request ("umgezogen und auch einen Hund")', async () => {
    const replies = await webChat().say('Wir sind umgezogen und haben auch einen Hund – was müssen wir machen?');
    expect(lastText(replies)).toMatch(/^Umzug innerhalb von Mömbris melden\n/);
    expect(lastText(replies)).toMatch(/Sie haben auch nach „Hund zur Hundesteuer anmelden“ gefragt\./);
    expect(lastButtons(replies)).toContain('Hund zur Hundesteuer anmelden');
  });

  it('answers whether a dog must be registered, and "ja" then starts its registration (trial 42: the form had started at once)', async () => {
    for (const [asked, title] of [
      ['und wir haben nen hund, muss ich den anmelden?', 'Hund zur Hundesteuer anmelden'],
      ['hab nen welpen gekauft muss der angemeldet werden?', 'Hund zur Hundesteuer anmelden'],
      ['Muss ich unser Sommerfest anmelden?', 'Veranstaltung anzeigen (Vereine)'],
    ] as const) {
      const c = assistant.conversation();
      const replies = await c.say(asked);
      expect(promptOf(replies)).toBeUndefined();
      expect(lastButtons(replies)).toContain(title);
    }
    const c = assistant.conversation();
    expect(lastText(await c.say('muss ich meinen hund anmelden?'))).toMatch(
      /^Hundesteuer\nFür jeden Hund in Mömbris ist Hundesteuer zu zahlen\./,
    );
    expect(promptOf(await c.say('ja'))).toEqual({ flow: 'hund-anmelden', field: 'halter' });
    const english = assistant.conversation();
    expect(lastText(await english.say('do I have to register my dog?', { locale: 'en-US' }))).toMatch(
      /^Dog tax \(Hundesteuer\)\nYou must pay dog tax/,
    );
    expect(promptOf(await english.say('yes', { locale: 'en-US' }))).toEqual({ flow: 'hund-anmelden', field: 'halter' });
    // Asked how, not whether: the registration itself.
    expect(promptOf(await assistant.conversation().say('Wie muss ich den Hund anmelden?'))).toEqual({
      flow: 'hund-anmelden',
      field: 'halter',
    });
  });

  it('offers the rest as buttons, and a tap answers that facet of the same topic', async () => {
    const chat = webChat();
    const first = await chat.say('Was kostet ein neuer Reisepass?');
    expect(lastButtons(first)).toEqual(expect.arrayContaining(['Unterlagen', 'Ablauf', 'Zuständig und Öffnungszeiten']));
    const documents = lastText(await chat.say('Unterlagen'));
    expect(documents).toMatch(/\nDas brauchen Sie:\n• /);
    const office = lastText(await chat.say('Zuständig und Öffnungszeiten'));
    expect(office).toMatch(/Zuständig: Bürgerbüro/);
    expect(office).toMatch(/Mo, Di 08:00–12:30, 14:00–17:00/);
  });
});

describe('a note the question names in other words (trial 58)', () => {
  it('a coach for a sports club gets the extended certificate of conduct first (only the fee had come)', async () => {
    const reply = lastText(await webChat().say('Ich brauch en Führungszeugnis für den Sportverein, als Übungsleiter'));
    expect(reply).toMatch(
      /^Führungszeugnis beantragen\nDas erweiterte Führungszeugnis braucht man für Tätigkeiten mit Kindern und Jugendlichen/,
    );
  });
  it('the yellow bin asked about gets where its dates are, in a sentence that stands alone (it had begun with "ebenfalls")', async () => {
    const reply = lastText(await webChat().say('Wann kommt bei uns in Schimborn die gelbe Tonne?'));
    expect(reply).toMatch(
      /^Müllabfuhr und Abfallkalender\nWo es gelbe Säcke gibt .+\. Wann die gelbe Tonne geleert wird, steht im Abfallkalender\./,
    );
    expect(reply).not.toContain('ebenfalls');
  });
});

describe('an objection to the property tax (trial 59: the town’s notice had been sent to the Finanzamt)', () => {
  it('the town’s notice is objected to at the town, the assessment at the Finanzamt', async () => {
    expect(lastText(await webChat().say('Ich will Einspruch gegen meinen Grundsteuerbescheid einlegen'))).toMatch(
      /^Grundsteuer: Einwände gegen den Grundsteuerbescheid der Gemeinde .*Widerspruch oder Klage innerhalb eines Monats\./,
    );
    expect(lastText(await webChat().say('Einspruch gegen den Messbescheid vom Finanzamt'))).toMatch(
      /^Grundsteuer: Einwände gegen den Grundsteueräquivalenz- oder Messbescheid richten Sie als Einspruch innerhalb eines Monats an das Finanzamt/,
    );
  });
});

describe('brown tap water', () => {
  it('is told what to do and whether to drink it first, not the burst pipe in the house (it had got "Absperrventil schließen")', async () => {
    const reply = lastText(await webChat().say('Mein Wasser ist seit heute morgen braun, ist das gefährlich?'));
    expect(reply).toMatch(
      /^Wasserrohrbruch oder Störung der Wasserversorgung\nBraunes oder trübes Leitungswasser - lassen Sie das kalte Wasser einige Minuten laufen\./,
    );
    expect(reply).toMatch(/trinken Sie es vorsichtshalber nicht/);
    // A long first reply is cut before the office line, never through it: whom to call stays (trial 58).
    expect(reply).toMatch(/\nZuständig: Bauhof des Markt Mömbris\. Kontakt über das Rathaus Markt Mömbris, Telefon 06029 705-0\.\nStand: /);
  });

  it('"kei Wasser mehr aus der Leitung" gets what to do now and whom to call, not the owner\'s pipes first (trial 58: no number, "…")', async () => {
    const reply = lastText(await webChat().say('Ich krieg kei Wasser mehr aus der Leitung!'));
    expect(reply).toMatch(/^Wasserrohrbruch oder Störung der Wasserversorgung\nRohrbruch im Haus/);
    expect(reply).toContain('kein Wasser aus der Leitung - sofort dem Rathaus melden');
    expect(reply).toContain('rufen Sie 112');
    expect(reply).toContain('Telefon 06029 705-0');
    expect(reply).not.toContain('Sache des Eigentümers');
  });
});

describe('a note about what the question tells done', () => {
  it('does not lead: the landlord who gave the paper gets the registration, not the note for a landlord who gives none', async () => {
    const english = await webChat().say(
      'Hi, we just moved into a flat in Königshofen, the internet is already set up and the landlord gave us the paper. How do we register?',
      {
        locale: 'en-US',
      },
    );
    expect(lastText(english)).toMatch(/^Registering your address \(moving to Mömbris\)\nWhen you move to Mömbris, register/);
    expect(lastText(english)).not.toMatch(/does not give you/);
  });
  it('still leads when the question is about it', async () => {
    const reply = lastText(await webChat().say('Wir sind umgezogen, der Vermieter gibt mir die Bestätigung nicht. Wie melde ich mich an?'));
    expect(reply).toMatch(/Gibt der Vermieter die Bestätigung nicht, melden Sie sich trotzdem fristgerecht an/);
  });
});

describe('noise from a building site', () => {
  it('leads with the building machines\' hours, not with barking dogs (trial 47: "Hundegebell …" came first)', async () => {
    const reply = lastText(
      await webChat().say(
        'Nebenan wird seit Wochen gebaut, die fangen morgens um 6 an mit dem Bagger, der Nachbar sagt des darf der. Wann darf auf einer Baustelle eigentlich gearbeitet werden?',
      ),
    );
    expect(reply).toMatch(/^Ruhezeiten und Lärm\nBaustelle - Viele Baumaschinen .* werktags nur von 7 bis 20 Uhr/);
    expect(reply).not.toMatch(/Hundegebell/);
  });
});

describe('a meeting with the mayor', () => {
  it('is arranged through the Rathaus, not booked in the Bürgerbüro (it had started the booking)', async () => {
    const replies = await webChat().say('Ich möchte einen Termin beim Bürgermeister');
    expect(lastText(replies)).toMatch(
      /^Kontakt und Zuständigkeiten im Rathaus\nTermin: Einen Gesprächstermin beim Bürgermeister .* über das Rathaus, Telefon 06029 705-0\./,
    );
    expect(promptOf(replies)).toBeUndefined();
  });

  it('who the mayor is: where the name is said and who knows it, not the Rathaus address (trial 44: only the address came)', async () => {
    const text = lastText(await webChat().say('Wer ist bei uns Bürgermeister?'));
    expect(text).toMatch(
      /^Kontakt und Zuständigkeiten im Rathaus\nBürgermeister - Wer gerade Erster Bürgermeister ist, steht auf der Website des Markt Mömbris\. Das Rathaus sagt es Ihnen auch/,
    );
    expect(text).not.toContain('Schimborner Straße 6');
  });
});

describe('a club’s Christmas market with mulled wine', () => {
  it('is told the Gestattung and the week’s notice, not the fireworks of 31 December its date led to (trial 45)', async () => {
    const text = lastText(
      await webChat().say(
        'Mir vom Gesangverein Brücken mache am 20. Dezember e Weihnachtsmarkt am Dorfplatz mit Glühwein und so, was müsse mer do beachte?',
      ),
    );
    expect(text).toMatch(
      /^Öffentliche Veranstaltung anzeigen\nSchenken Sie Alkohol aus, brauchen Sie zusätzlich eine Gestattung\.\n.* spätestens eine Woche vorher beim Ordnungsamt an\./,
    );
    expect(text).not.toContain('Feuerwerk');
    expect(text).toContain('Zuständig: Ordnungsamt. Kontakt über das Rathaus Markt Mömbris, Telefon 06029 705-0.');
  });
});

describe('a stolen driving licence', () => {
  it('is told where the replacement comes from and to report the theft, first (it had got the exchange deadlines of paper licences)', async () => {
    const reply = lastText(await webChat().say('Mein Führerschein wurde gestohlen, was muss ich tun?'));
    expect(reply).toMatch(
      /^Führerschein und Pflichtumtausch\nFührerschein verloren oder gestohlen - einen Ersatzführerschein beantragen Sie bei der Führerscheinstelle des Landratsamts\./,
    );
    expect(reply).not.toMatch(/19\. Januar/);
  });
});

describe('what it costs', () => {
  it('heads a tax as costs, not as a fee ("Wie hoch ist die Hundesteuer?")', async () => {
    const tax = lastText(await webChat().say('Wie hoch ist die Hundesteuer bei uns?'));
    expect(tax).toMatch(/Kosten: Die Steuersätze legt die Hundesteuersatzung/);
    expect(tax).not.toContain('Gebühren');
  });
});

describe('two points in one question', () => {
  it('answers both when they fit ("Was kostet … und wie lange vorher …?"), and the second is no longer a button', async () => {
    const permit = lastText(
      await webChat().say('Was kostet die Gestattung für unser Vereinsfest und wie lange vorher muss ich die beantragen?'),
    );
    expect(permit).toMatch(/Kosten: [\s\S]*Fristen: /);
    expect(permit.length).toBeLessThanOrEqual(400);
    const replies = await webChat().say('Was kostet ein Führungszeugnis und was muss ich mitbringen?');
    expect(lastText(replies)).toMatch(/Kosten: [\s\S]*Das brauchen Sie:\n• Personalausweis/);
    expect(lastButtons(replies)).not.toContain('Unterlagen');
  });

  it('answers both when the two are longer than a first reply ("Was kostet ein Reisepass und wie lange dauert das?")', async () => {
    const passport = lastText(await webChat().say('Was kostet ein Reisepass und wie lange dauert das?'));
    expect(passport).toMatch(/Kosten: Der Reisepass kostet 70,00 Euro[\s\S]*Bearbeitungsdauer: [^\n]*drei bis vier Wochen/);
    expect(passport).not.toContain('…');
    expect(passport).toMatch(/Zuständig: Bürgerbüro/);
    // The documents of the ID card with its costs (it had answered the costs only: half of what the citizen asked).
    const card = lastText(await webChat().say('was brauch ich für den perso und was kostet der?'));
    expect(card).toMatch(/Kosten: Der Personalausweis kostet[\s\S]*Das brauchen Sie:\n• bisheriger Personalausweis/);
  });
});

describe('how to, asked beside another point (trial 34: only the cost had been answered)', () => {
  it('answers the steps and the cost of "Wie melde ich den an und was kostet das?", and the short answer with the cost where there are no steps', async () => {
    const dog = lastText(await webChat().say('Ich hab einen Hund bekommen. Wie melde ich den an und was kostet das?'));
    expect(dog).toMatch(/Kosten: Die Steuersätze[\s\S]*So geht es:\n1\. Hund anmelden/);
    const kita = lastText(await webChat().say('wie bekomm ich nen kitaplatz für meine tochter und was kosted das'));
    expect(kita).toMatch(/Einen Platz in Krippe, Kindergarten oder Hort melden Sie[\s\S]*Kosten: Die Elternbeiträge/);
  });
});

describe('a part beside the point asked (trial 59: only the cost had been answered)', () => {
  it('answers what to do and the cost of an expired ID card in dialect, and the amount alone when only the amount is asked', async () => {
    const card = lastText(await webChat().say('Mei Perso is abgelaufe, was muss ich da mache und was kost des?'));
    expect(card).toMatch(/Kosten: Der Personalausweis kostet[\s\S]*So geht es:\n1\. Antrag persönlich im Bürgerbüro/);
    const amount = lastText(await webChat().say('Was muss ich für die Hundesteuer zahlen?'));
    expect(amount).toMatch(/^Hundesteuer\nKosten: /);
    expect(amount).not.toContain('So geht es');
  });

  it('answers from when a child gets a Kita place with its cost, and whether one pays the dog tax at all, in German and English', async () => {
    const kita = lastText(await webChat().say('ab wann kann mei Kleine in die Kita und was kost des'));
    expect(kita).toMatch(/Ab dem ersten Geburtstag hat jedes Kind einen Rechtsanspruch[\s\S]*Kosten: Die Elternbeiträge/);
    const dog = lastText(await webChat().say('Muss ich für meinen Hund Steuer zahlen?'));
    expect(dog).toMatch(/Für jeden Hund in Mömbris ist Hundesteuer zu zahlen\.[\s\S]*Kosten: Die Steuersätze/);
    const english = lastText(await webChat().say('Do I have to pay dog tax?', { locale: 'en-US' }));
    expect(english).toMatch(/You must pay dog tax for every dog in Mömbris\.[\s\S]*Costs: /);
  });

  it('answers a grave’s rest period with who names it beside the cost (trial 61: it had been read as how long applying takes)', async () => {
    const grave = lastText(await webChat().say('Wie lange ist die Ruhezeit für ein Grab und was kostet das?'));
    expect(grave).toMatch(/Wie lange die Ruhezeit eines Grabes dauert, regelt die Friedhofssatzung[\s\S]*Kosten: Die Friedhofsgebühren/);
    expect(grave).not.toMatch(/Wie lange es dauert/);
  });

  it('says plainly that it does not know a second point ("Was kostet ein Grab und wie lange dauert das?")', async () => {
    const grave = lastText(await webChat().say('Was kostet ein Grab und wie lange dauert das?'));
    expect(grave).toMatch(/Kosten: Die Friedhofsgebühren[\s\S]*Wie lange es dauert[^\n]*keine gesicherte Angabe/);
  });

  it('answers how to beside an appointment it knows nothing of ("wie meld ich mei gewerb an, brauch ich do en termin?"), and English "what i need to do and how much cost"', async () => {
    const trade = lastText(await webChat().say('wie meld ich mei gewerb an, brauch ich do en termin?'));
    expect(trade).toMatch(
      /^Gewerbe anmelden[^\n]*\nEin Gewerbe melden Sie beim Gewerbeamt an[^\n]*\nOb Sie einen Termin brauchen, dazu habe ich keine gesicherte Angabe/,
    );
    const english = lastText(
      await webChat().say('I want open a small business (nail studio), what i need to do and how much cost?', { locale: 'en-US' }),
    );
    expect(english).toMatch(/Register, change or close a business \(Gewerbe\) at the trade office[\s\S]*Costs: /);
  });

  it('lists the documents for "was für Papiere brauch ich?" beside where to go, and for English "what papers" (trial 61: no list)', async () => {
    const german = lastText(await webChat().say('Ich zieh nach Mömbris, wo muss ich hin und was für Papiere brauch ich?'));
    expect(german).toMatch(/melden Sie sich innerhalb von zwei Wochen[\s\S]*Das brauchen Sie:\n• Personalausweise/);
    const english = lastText(
      await webChat().say('hello i am from romania, i work here, i must register my flat, where i go and what papers', { locale: 'en-US' }),
    );
    expect(english).toMatch(/What you need:\n• ID cards/);
  });

  it('leaves out a sentence of the short answer whose price the cost below repeats ("Ab wann brauch ich en Perso und was kost der?")', async () => {
    const card = lastText(await webChat().say('Ab wann brauch ich en Perso und was kost der?'));
    expect(card).toMatch(/Einen neuen Personalausweis beantragen Sie persönlich im Bürgerbüro\.[\s\S]*Kosten: Der Personalausweis kostet/);
    expect(card.match(/46,00 Euro/g)).toHaveLength(1);
  });
});

describe('an old fridge (trial 59: where to take it had not been said)', () => {
  it('names the Wertstoffhof for "Wohin mit meinem alten Kühlschrank?"', async () => {
    const fridge = lastText(await webChat().say('Wohin mit meinem alten Kühlschrank?'));
    expect(fridge).toMatch(/Elektrogeräte wie Kühlschränke gehören nicht dazu\. Sie geben sie am Wertstoffhof ab/);
  });
});

describe('current notices asked when none is published (trial 60: the register’s information had come)', () => {
  it('says there are none and where the news is', async () => {
    for (const asked of ['Gibt es aktuelle Hinweise?', 'aktuelle Meldungen']) {
      const reply = lastText(await webChat().say(asked));
      expect(reply).toBe(
        'Zurzeit gibt es keine aktuellen Hinweise des Rathauses. Neuigkeiten aus der Gemeinde stehen im Mitteilungsblatt.',
      );
    }
  });
});

describe('the topic by one of its own names (trial 60: a note had come before the answer)', () => {
  it('"Wo krieg ich en Angelschein?" is answered with where the licence is issued first', async () => {
    expect(lastText(await webChat().say('Wo krieg ich en Angelschein?'))).toMatch(
      /^Fischereischein\nDen Fischereischein beantragen Sie im Bürgerbüro/,
    );
  });
});

describe('days in dialect', () => {
  it('"Wie lang hat ihr morsche uff?" gives tomorrow\'s hours first, "un am Samstach?" Saturday\'s', async () => {
    const c = webChat();
    expect(lastText(await c.say('Wie lang hat ihr morsche uff?'))).toMatch(/^Öffnungszeiten[^\n]*\nAm \p{L}+, \d{1,2}\. \p{L}+: /mu);
    expect(lastText(await c.say('Un am Samstach?'))).toMatch(/\n(?:Am Samstag, \d{1,2}\. \p{L}+|Heute, Samstag): geschlossen/u);
  });
  it('"Und am <today>?" asked on that very day gets today\'s hours, not next week\'s (trial 46: "Und am Sonntach?" on a Sunday)', async () => {
    const c = webChat();
    await c.say('Wann hat das Rathaus offen?');
    const today = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' }).format(new Date());
    expect(lastText(await c.say(`Und am ${today}?`))).toMatch(new RegExp(`\\nHeute, ${today}: `, 'u'));
  });
  it('"und am Samstag?" after another answer gets its office\'s hours that day (trial 47: the ID card\'s answer came again)', async () => {
    const c = webChat();
    await c.say('Was brauche ich für einen Personalausweis?');
    const reply = lastText(await c.say('und am Samstag?'));
    expect(reply).toMatch(/^Öffnungszeiten[^\n]*\n(?:Am Samstag, \d{1,2}\. \p{L}+|Heute, Samstag): geschlossen/u);
    expect(reply).toMatch(/\nZuständig: Bürgerbüro/u);
  });
  it("\"und an Silvester?\" after the Bürgerbüro's hours at Christmas Eve gets the Bürgerbüro's again, and so the day after (trial 53: the Rathaus's came)", async () => {
    const c = webChat();
    expect(lastText(await c.say('Wann hat das Bürgerbüro an Heiligabend offen?'))).toMatch(/\nZuständig: Bürgerbüro/u);
    for (const day of ['und an Silvester?', 'und am Samstag?']) {
      const reply = lastText(await c.say(day));
      expect(reply).toMatch(/^Öffnungszeiten/u);
      expect(reply).toMatch(/\nZuständig: Bürgerbüro/u);
    }
  });
  it('a public holiday named by its feast ("an Fronleichnam", "an Mariä Himmelfahrt") gets that day first, closed (trial 63: today’s hours had come)', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    const year = Number(today.slice(0, 4));
    // The feast's next day, from the holiday library itself, not from the code under test.
    const feast = new Holidays('DE', 'BY')
      .getHolidays(year)
      .concat(new Holidays('DE', 'BY').getHolidays(year + 1))
      .find((h) => h.name === 'Fronleichnam' && h.date.slice(0, 10) >= today)!;
    const day = new Date(`${feast.date.slice(0, 10)}T12:00:00Z`);
    const named = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' }).format(
      day,
    );
    expect(lastText(await webChat().say('Habt ihr an Fronleichnam offen?'))).toMatch(
      new RegExp(`\\nAm ${named}: geschlossen \\(Feiertag\\)\\.`, 'u'),
    );
    expect(lastText(await webChat().say('Is des Rathaus an Mariä Himmelfahrt offe?'))).toMatch(/\nAm \p{L}+, 15\. August: geschlossen/u);
  });
  it('a day typed in a hurry ("und am mitwoch") gets that day\'s hours first', async () => {
    const c = webChat();
    await c.say('Wann hat das Rathaus offen?');
    // Today's hours are said as "Heute, Mittwoch: …" when the test runs on that day.
    expect(lastText(await c.say('und am mitwoch'))).toMatch(/\n(?:Am Mittwoch, \d{1,2}\. \p{L}+|Heute, Mittwoch): 08:00–12:00/u);
    expect(lastText(await c.say('un am samtag?'))).toMatch(/\n(?:Am Samstag, \d{1,2}\. \p{L}+|Heute, Samstag): geschlossen/u);
  });
});

describe('what a follow-up asks of the answer before', () => {
  it('"Bis wann muss ich widersprechen?" after the property tax gets the month to object, not the dates to pay', async () => {
    const c = webChat();
    await c.say('Mein Grundsteuerbescheid ist viel zu hoch, was kann ich machen?');
    const reply = lastText(await c.say('Bis wann muss ich widersprechen?'));
    expect(reply).toMatch(/^Grundsteuer: .*Widerspruch oder Klage innerhalb eines Monats/);
    expect(reply).not.toMatch(/15\. Mai/);
  });
  it('a booking typed under the passport’s answer ("ok kann ich n termin machen") starts for the passport', async () => {
    const c = webChat();
    await c.say('ich brauch nen reisepas wie lang dauert das');
    const r = await c.say('ok kann ich n termin machen');
    expect(allText(r)).toMatch(/Anliegen: Reisepass/);
    expect(promptOf(r)).toMatchObject({ flow: 'termin-buchen', field: 'zeitfenster' });
  });
});

describe('trial 55 and 56: points asked after an answer in dialect', () => {
  it('"brauch isch e Bild mitbrinne?" after the ID card is its documents, with the photo (the summary had come again)', async () => {
    const c = assistant.conversation();
    await c.say('Was kostet en neue Perso?');
    const asked = lastText(await c.say('brauch isch e Bild mitbrinne?'));
    expect(asked).toMatch(/^Personalausweis beantragen oder verlängern\nDas brauchen Sie:/);
    expect(asked).toMatch(/Lichtbild/);
  });
  it('"Und fürn zweite Hund?" after the dog tax is its costs, not the summary again', async () => {
    const c = assistant.conversation();
    await c.say('Was koschd die Hundesteuer?');
    expect(lastText(await c.say('Und fürn zweite Hund?'))).toMatch(/^Hundesteuer\nKosten:/);
  });
  it('"langt der Kinnerausweis?" asks whether it is enough, no processing time (it had been told how long it takes)', async () => {
    const c = assistant.conversation();
    await c.say('Mei Bu brauch en Ausweis fer die USA');
    expect(allText(await c.say('brauche die en Reisepass odder langt der Kinnerausweis?'))).not.toMatch(/Bearbeitungsdauer/);
  });
});

describe('a point asked after an answer', () => {
  it('"brauch die kleine au e foto?" after the children\'s documents is the documents, with the photo (it had been the Kinderreisepass\'s end)', async () => {
    const c = assistant.conversation();
    await c.say('was kostet ein reisepass für mein kind, es is 5');
    const asked = lastText(await c.say('brauch die kleine au e foto?'));
    expect(asked).toMatch(/^Ausweisdokumente für Kinder\nDas brauchen Sie:/);
    expect(asked).toMatch(/biometrisches Lichtbild des Kindes/);
  });

  it('"muss ich dann Strafe zahlen?" after an expired ID card is the note on the fine, not the fee', async () => {
    const c = assistant.conversation();
    await c.say('mein perso is abgelaufen');
    const asked = lastText(await c.say('muss ich dann Strafe zahlen?'));
    expect(asked).toMatch(/ordnungswidrig und kann ein Bußgeld bekommen/);
    expect(asked).not.toMatch(/46,00 Euro/);
  });

  it('"geht das auch online?" after the dog tax says it goes here, and "kann ich das gleich hier anmelden?" starts it (trial 28)', async () => {
    const c = assistant.conversation();
    await c.say('Hundesteuer');
    const online = await c.say('geht das auch online?');
    expect(allText(online)).toContain('Online geht das hier im Chat: Tippen Sie unten auf den Knopf');
    expect(allButtons(online)).toContain('Hund zur Hundesteuer anmelden');
    // It had been the residence's registration, which "anmelden" alone suggests.
    const here = assistant.conversation();
    await here.say('wie hoch is die hundesteuer in mömbris?');
    expect(promptOf(await here.say('kann ich das gleich hier anmelden?'))).toEqual({ flow: 'hund-anmelden', field: 'halter' });
    // Where the assistant only books the appointment, applying online is still not known to it.
    const card = assistant.conversation();
    await card.say('Personalausweis beantragen');
    expect(allText(await card.say('geht das auch online?'))).not.toMatch(/hier im Chat/);
  });
});

describe('thanks', () => {
  it('with a question after it, answers the question; alone, says "Gern geschehen"', async () => {
    const c = assistant.conversation();
    await c.say('Was kostet ein Personalausweis?');
    const asked = lastText(await c.say('Danke. Und wie lange ist der gültig?'));
    // How long it is valid, not how long it takes.
    expect(asked).toMatch(/^Personalausweis.*Gültigkeit 10 Jahre/s);
    expect(asked).not.toMatch(/Gern geschehen/);
    const thanks = lastText(await c.say('Danke für die Hilfe!'));
    expect(thanks).toMatch(/^Gern geschehen/);
    // No rating asked for in words without its buttons (trial 33); the buttons stay under the answer.
    expect(thanks).not.toMatch(/geholfen hat/);
    // A goodbye is said goodbye to, not asked whether there is more.
    for (const bye of ['Tschüss', 'Danke, das wars schon', 'Danke, schönen Tag noch']) {
      const said = lastText(await assistant.conversation().say(bye));
      expect(said).toMatch(/^Auf Wiedersehen/);
      expect(said).not.toMatch(/noch bei etwas anderem/);
    }
  });

  it('a greeting right after the welcome does not introduce the assistant a second time', async () => {
    const replies = await assistant.conversation().say('Guten Morgen!');
    expect(allText(replies).match(/Ich bin der digitale Assistent/g)).toHaveLength(1);
    expect(lastText(replies)).toMatch(/^Wie kann ich Ihnen helfen\?/);
  });
});

describe('a follow-up in the words of time', () => {
  it('"Wie lange habe ich Zeit dafür?" after the registration is its deadline, not the opening hours', async () => {
    const c = assistant.conversation();
    await c.say('Ich bin nach Mömbris gezogen, wo melde ich mich an?');
    const time = lastText(await c.say('Wie lange habe ich Zeit dafür?'));
    expect(time).toMatch(/^Wohnsitz anmelden.*\nFristen: innerhalb von zwei Wochen/s);
    // In the word order of someone who learns German (it had got the opening hours).
    const learner = assistant.conversation();
    await learner.say('Ich wohne jetzt in Schimborn seit 1 Woche. Was ich muss machen?');
    expect(lastText(await learner.say('Wie lange ich habe Zeit?'))).toMatch(/Fristen: innerhalb von zwei Wochen/);
  });

  it('"Bis wann muss ich zahlen?" after the property tax is its due dates, not what it costs again', async () => {
    const c = assistant.conversation();
    await c.say('Wie hoch ist die Grundsteuer bei uns, wie ist der Hebesatz?');
    const due = lastText(await c.say('Bis wann muss ich zahlen?'));
    expect(due).toBe('Grundsteuer: 15. Februar, 15. Mai, 15. August und 15. November; auf Antrag auch jährlich zum 1. Juli.');
    // "wann ist die fällig" asks the same (it had offered the dog tax and the trade tax).
    const other = assistant.conversation();
    await other.say('Wie hoch ist die Grundsteuer in Mömbris?');
    expect(lastText(await other.say('und wann ist die fällig'))).toBe(due);
  });

  it('a birth told by its year after the certificates is about its certificate, not registering a newborn', async () => {
    const c = assistant.conversation();
    await c.say('Ich brauche eine Geburtsurkunde');
    const replies = await c.say('für meine Tochter, die ist 2016 im Klinikum Aschaffenburg geboren');
    expect(allText(replies)).toMatch(/^Urkunden aus dem Personenstandsregister/);
    expect(allText(replies)).toMatch(/in dessen Register der Fall beurkundet ist/);
  });

  it('who to call about noise at night names the police (110) before the Ordnungsamt’s office hours', async () => {
    const replies = await assistant.conversation().say('die nachbarn machen jede nacht bis um drei party, wen soll ich da anrufen');
    expect(allText(replies)).toMatch(/nachts, rufen Sie die Polizei \(110\)[\s\S]*Zuständig: Ordnungsamt/);
  });

  it('"und die blaue?" after the waste collection is asked of the waste collection again (it had got "keine gesicherte Auskunft")', async () => {
    const c = assistant.conversation();
    await c.say('wann wird bei uns in Brücken die gelbe Tonne geleert?');
    expect(allText(await c.say('und die blaue?'))).toMatch(/Abfallwirtschaft des Landkreises Aschaffenburg/);
  });
});

describe('what citizens asked in the trial of 3 December (2)', () => {
  it('a 16-year-old asking whether mum must come along hears that from 16 one applies alone, not the children’s documents', async () => {
    const teenager = assistant.conversation();
    await teenager.say('brauch ich en perso mit 16?');
    const text = allText(await teenager.say('muss mama mitkommen?'));
    expect(text).toMatch(/^Personalausweis beantragen oder verlängern: Ab 16 Jahren beantragen Sie den Ausweis selbst/);
    expect(text).not.toMatch(/Kinderreisepass/);
  });

  it('asked again after the hours, "Bis wann habt ihr heute offen?" gets today’s hours, not "nichts Genaueres"', async () => {
    const citizen = assistant.conversation();
    await citizen.say('Hat das Bürgerbüro jetzt gerade auf?');
    const text = allText(await citizen.say('Bis wann habt ihr heute offen?'));
    expect(text).toMatch(/Heute, \p{L}+: /u);
    expect(text).not.toMatch(/nichts Genaueres/);
  });

  it('a widow writing in dialect gets sympathy and the death’s registration', async () => {
    const text = allText(await assistant.conversation().say('Grüß Gott, mei Mann is letzt Woch gstorbe. Was muss i jetzt alles mache?'));
    expect(text).toMatch(/Herzliches Beileid[\s\S]*Sterbefall anzeigen/);
  });
});

describe('danger told', () => {
  it("is answered with what to do now and whom to call, also in English; a club's fire brigade fête is no fire", async () => {
    const said = async (text: string) => (await assistant.conversation().say(text)).map((r) => r.text).join('\n');
    expect(await said('es riecht bei uns im keller total nach gas was soll ich tun')).toMatch(
      /Bei Gasgeruch: Verlassen Sie sofort das Haus.*Rufen Sie draußen die 112/s,
    );
    expect(await said('Ich werde von meinem Mann geschlagen')).toMatch(/Polizei: 110\..*116 016/s);
    // What to do comes first, before the welcome and not after an apology for annoyance.
    const first = (await assistant.conversation().say('Mein Mann schlägt mich!!!')).map((r) => r.text);
    expect(first[0]).toMatch(/^Wenn Sie in Gefahr sind/);
    expect(first[1]).toMatch(/^Guten Tag! Ich bin der digitale Assistent/);
    expect(await said('Hilfe, bei uns brennt es im Keller!')).toMatch(/Rufen Sie sofort die 112 an/);
    const english = new TestConversation(assistant.url);
    await english.say('English');
    expect(allText(await english.say('I smell gas in the kitchen, what should I do?'))).toMatch(
      /If you smell gas: leave the house at once/,
    );
    expect(await said('Wir möchten unser Feuerwehrfest anmelden')).not.toMatch(/112/);
    // Oil on the road: the police now, not a list of topics.
    expect(await said('Bei uns ist die Straße voller Öl, ein Auto hat was verloren, Hauptstraße Mömbris')).toMatch(
      /Öl, ein Hindernis oder ein offener Schacht auf der Fahrbahn, etwa ein umgestürzter Baum oder ein fehlender Gullydeckel, ist eine Gefahr für den Verkehr\. Bitte melden Sie es sofort der Polizei: Notruf 110\./,
    );
    // A drain's cover gone (trial 34: it had been an ordinary report, seen on Monday); one that rattles is the report.
    expect(
      await said('Schnell!! In der Hauptstraße in Schimborn ist ein Gullydeckel weg, da ist ein offenes Loch auf der Fahrbahn'),
    ).toMatch(/^Öl, ein Hindernis oder ein offener Schacht[\s\S]*Notruf 110/);
    expect(await said('der gullydeckel vor unserem haus klappert jede nacht')).not.toMatch(/Notruf/);
    // A tree lying across the road too (trial 32: it had been an ordinary report for Monday); one fallen in the park is the report.
    expect(await said('Auf der Landstraße zwischen Mömbris und Schimborn liegt ein umgestürzter Baum quer über der Fahrbahn')).toMatch(
      /Notruf 110/,
    );
    expect(await said('Im Park ist ein Baum umgefallen')).not.toMatch(/Notruf 110/);
    expect(await said('Darf ich in der Garage Öl wechseln?')).not.toMatch(/Notruf/);
  });

  it('signs of a medical emergency get the ambulance’s 112 and the on-call doctors first (trial 56: "keine gesicherte Auskunft" had come)', async () => {
    const said = async (text: string) => (await assistant.conversation().say(text)).map((r) => r.text).join('\n');
    const chest = (await assistant.conversation().say('Mir is schlecht un ich hab Brustschmerze, was soll ich mache?')).map((r) => r.text);
    expect(chest[0]).toMatch(/^Bei Brustschmerzen, Atemnot, Bewusstlosigkeit .*Notruf 112\..*116 117/);
    expect(await said('mei Mudder kriecht kaa Luft mehr')).toMatch(/Notruf 112/);
    // In the region's words too (trial 57: "keine gesicherte Auskunft" had come), and gas and fire so written.
    expect(await said('mei Vadder hot Schmerze in de Brust un kriggt kaum Luft')).toMatch(/Notruf 112/);
    expect(await said('Do leit aaner uff de Stroß un rührt sich net mehr')).toMatch(/Notruf 112/);
    expect(await said('Es riecht im ganze Treppehaus noch Gas')).toMatch(/Bei Gasgeruch/);
    expect(await said('Bei meim Nachbar brennts!')).toMatch(/Rufen Sie sofort die 112 an/);
    const english = new TestConversation(assistant.url);
    await english.say('English');
    expect(allText(await english.say('my husband is unconscious, what do i do'))).toMatch(
      /call the ambulance at once: emergency number 112/,
    );
    // A stroke told as past, for a card, is no emergency now.
    expect(await said('Mein Vater hatte letztes Jahr einen Schlaganfall, braucht er einen Schwerbehindertenausweis?')).not.toMatch(/112/);
  });

  it('a question right after the warning ("Was soll ich machen?", "Wen soll ich anrufen?") gets what to do now again, not the Rathaus’s number', async () => {
    for (const next of ['Was soll ich machen?', 'Wen soll ich anrufen?']) {
      const citizen = assistant.conversation();
      await citizen.say('Da hängt ein Stromkabel runter bei der Schule in Schimborn');
      expect([next, allText(await citizen.say(next))]).toEqual([
        next,
        expect.stringMatching(/^Ein herabhängendes oder offenes Stromkabel ist lebensgefährlich/),
      ]);
    }
    // Later on, or asked of a matter, it is an ordinary question again.
    const citizen = assistant.conversation();
    await citizen.say('Da hängt ein Stromkabel runter bei der Schule in Schimborn');
    expect(allText(await citizen.say('Was kostet ein Personalausweis?'))).not.toMatch(/Stromkabel/);
    expect(allText(await citizen.say('Was soll ich machen?'))).not.toMatch(/Stromkabel/);
  });

  it('a threat with the address to keep from the one who threatens: what to do in danger, then the Auskunftssperre', async () => {
    const text = allText(
      await assistant
        .conversation()
        .say('Mein Ex bedroht mich, er darf nicht rausfinden, wo ich jetzt wohne. Kann man das sperren lassen?'),
    );
    expect(text).toMatch(/^Wenn Sie in Gefahr sind, rufen Sie sofort die Polizei: 110\.[\s\S]*Auskunftssperre/);
  });

  it('thoughts of ending one’s life get a person to talk to now (TelefonSeelsorge, 112), never "formulieren Sie Ihre Frage anders"', async () => {
    const said = async (text: string) => (await assistant.conversation().say(text)).map((r) => r.text).join('\n');
    for (const text of [
      'Ich kann nicht mehr, ich will mich umbringen',
      'Seit mein Mann tot ist, weiß ich nicht mehr weiter. Ich will eigentlich nicht mehr leben.',
    ]) {
      const reply = await said(text);
      expect(reply).toMatch(/TelefonSeelsorge.*0800 111 0 111.*112/s);
      expect(reply).not.toMatch(/formulieren Sie Ihre Frage anders|Beileid/);
    }
    const english = new TestConversation(assistant.url);
    await english.say('English');
    expect(allText(await english.say('I want to kill myself'))).toMatch(/TelefonSeelsorge.*0800 111 0 111/s);
    // Despair about a form is no crisis.
    expect(await said('Ich weiß nicht mehr weiter mit meinem Bauantrag')).not.toMatch(/TelefonSeelsorge/);
  });

  it('feeling bad and at the end of one’s strength, said together, gets the TelefonSeelsorge (trial 30: it had got the help text); a cold does not', async () => {
    const said = async (text: string) => allText(await assistant.conversation().say(text));
    expect(await said('Mir geht es gar nicht gut, ich weiß nicht mehr weiter')).toMatch(
      /^Es tut mir leid, dass es Ihnen so schlecht geht\..*TelefonSeelsorge/s,
    );
    expect(await said('Ich bin total verzweifelt und halte das alles nicht mehr aus')).toMatch(/TelefonSeelsorge/);
    expect(await said('Mir geht es nicht gut, ich habe Fieber. Kann ich meinen Termin absagen?')).not.toMatch(/TelefonSeelsorge/);
  });

  it('loneliness and a wish to talk get the TelefonSeelsorge to listen, no call-back of the Rathaus (blind set 246: a call-back form had started)', async () => {
    const chat = assistant.conversation();
    const reply = allText(
      await chat.say('ich bin so allein über die feiertage, meine kinder kommen dieses jahr nicht. ich wollt einfach mit jemand reden'),
    );
    expect(reply).toMatch(/Es tut mir leid, dass Sie sich allein fühlen\..*TelefonSeelsorge.*0800 111 0 111/s);
    expect(reply).not.toMatch(/Dafür ist der Markt Mömbris nicht zuständig|Worum geht es\?/);
    // Someone of an office wished stays a person of the Rathaus.
    expect(allText(await assistant.conversation().say('ich will mit jemand vom Bauamt reden'))).not.toMatch(/TelefonSeelsorge/);
  });

  it('trial 65: a son of 16 gets that he applies himself first; "dass sich jemand bei mir meldet" is a call-back; "en echte Mensch" a person', async () => {
    const [title, first] = lastText(await assistant.conversation().say('Mei Sohn is 16 und braucht en Perso')).split('\n');
    expect(title).toBe('Personalausweis beantragen oder verlängern');
    expect(first).toMatch(/^Ab 16 Jahren beantragen Sie den Ausweis selbst; Ihre Eltern müssen nicht mitkommen und nicht zustimmen\./);
    expect(promptOf(await assistant.conversation().say('Ich möchte, dass sich jemand bei mir meldet'))).toMatchObject({ flow: 'rueckruf' });
    // Nobody of the staff is online here: the way to a person is the call-back, at any hour.
    const person = await assistant.conversation().say('Ich hätt gern en echte Mensch, es geht um mei Wasserrechnung, die is viel zu hoch');
    expect(allText(person)).not.toContain('Wasser- und Abwassergebühren');
    expect(promptOf(person)).toMatchObject({ flow: 'rueckruf' });
  });

  it('a call-back asked "vom Rathaus" or "from the town hall" asks what it is about (trial 66: the wish itself had become the matter)', async () => {
    const german = assistant.conversation();
    expect(promptOf(await german.say('Ich hätte gerne einen Rückruf vom Rathaus'))).toMatchObject({ flow: 'rueckruf', field: 'anliegen' });
    expect(promptOf(await german.say('Es geht um meinen Grundsteuerbescheid'))).toMatchObject({ flow: 'rueckruf', field: 'name' });
    const english = new TestConversation(assistant.url);
    await english.say('English');
    expect(promptOf(await english.say('I would like a call back from the town hall'))).toMatchObject({
      flow: 'rueckruf',
      field: 'anliegen',
    });
  });

  it('water in the cellar: keep out while power may flow, the fire brigade pumps it out at 112 (blind set 252: the water supply’s failure had come)', async () => {
    const [first] = (await assistant.conversation().say('keller steht unter wasser nach dem gewitter wer pumpt ab')).map((r) => r.text);
    expect(first).toMatch(
      /^Steht Wasser im Keller: Gehen Sie nicht hinein, solange dort Strom fließen kann.*Die Feuerwehr hilft und pumpt ab: Notruf 112\./s,
    );
  });

  it('the town’s IBAN asked gets where it stands first (trial 64: the direct debit alone, no word of the account)', async () => {
    for (const asked of ['Wie ist die IBAN von der Gemeinde?', 'Welche Kontonummer hat die Gemeindekasse?']) {
      const [title, first] = lastText(await assistant.conversation().say(asked)).split('\n');
      expect(title).toBe('Lastschrift (SEPA-Mandat) und Bankverbindung ändern');
      expect(first).toMatch(/^Die Bankverbindung \(IBAN\) der Gemeindekasse für Ihre Überweisung steht auf Ihrem Bescheid\./);
    }
  });

  it('the amount of one’s pension is no fee of the office (trial 30: "Wie hoch ist meine Rente?" had got "Die Antragstellung ist gebührenfrei")', async () => {
    const pension = lastText(await assistant.conversation().say('Wie hoch ist meine Rente?'));
    expect(pension).not.toMatch(/Kosten:|gebührenfrei/);
    expect(pension).toMatch(/Über die Rente entscheidet die Rentenversicherung/);
    expect(lastText(await assistant.conversation().say('Was kostet ein Rentenantrag?'))).toMatch(
      /Kosten: Die Antragstellung ist gebührenfrei/,
    );
  });
});

describe('a height allowed', () => {
  it('"Wie hoch darf eine Hecke … sein?" is answered with the neighbour law’s distances, and a story about a hedge and a leaf blower without a fee (trial 43)', async () => {
    const hedge = lastText(await assistant.conversation().say('Wie hoch darf eine Hecke an der Grundstücksgrenze sein?'));
    expect(hedge).toMatch(
      /^Bäume fällen und Hecken schneiden\nWie hoch eine Hecke an der Grundstücksgrenze sein darf, regelt das Nachbarrecht\. Pflanzen bis 2 m Höhe müssen mindestens 0,50 m/,
    );
    expect(hedge).not.toMatch(/Was es kostet|Kosten:/);
    const story = lastText(
      await assistant
        .conversation()
        .say(
          'Mein Nachbar hat eine Hecke, die ist bestimmt 4 m hoch und nimmt uns das ganze Licht. Und am Sonntag früh um acht macht er mit dem Laubbläser Lärm. Darf der das?',
        ),
    );
    expect(story).toMatch(/^Ruhezeiten und Lärm\n/);
    expect(story).not.toMatch(/Was es kostet|Kosten:/);
    // "Wie hoch ist …" a tax still asks its amount.
    expect(lastText(await assistant.conversation().say('Wie hoch ist die Hundesteuer?'))).toMatch(/^Hundesteuer\nKosten: /);
  });
});

describe('back to German in words', () => {
  it('"Deutsch bitte" typed in English leaves English (it had been "I have no reliable information")', async () => {
    for (const wish of ['Deutsch bitte', 'bitte auf Deutsch', 'German please']) {
      const c = assistant.conversation();
      await c.say('English');
      expect(allText(await c.say(wish))).toBe('Gern, ich schreibe wieder auf Deutsch.');
    }
  });
});

describe('a reaction to the last reply', () => {
  it('"Nicht hilfreich" typed or "👎" is not thanked for; "👍" is thanks; with a rating asked, a thumb is the rating', async () => {
    const texts = async (c: TestConversation, said: string) => allText(await c.say(said));
    const helped = assistant.conversation();
    await helped.say('Was können Sie?');
    expect(await texts(helped, 'Nicht hilfreich')).toMatch(
      /^Das tut mir leid\. Schreiben Sie mir gern in eigenen Worten, was Sie suchen\./,
    );
    expect(await texts(helped, '👍')).toMatch(/Gern geschehen!/);
    // As the first message, a smile is a greeting: nobody had thanked (trial 47: "😀😀😀" got "Gern geschehen!").
    const first = allText(await assistant.conversation().say('😀😀😀'));
    expect(first).toMatch(/Wie kann ich Ihnen helfen\?/);
    expect(first).not.toMatch(/Gern geschehen/);
    // 👍 is no question not understood: it is not kept for the editors.
    expect(await assistant.services.unanswered.all()).not.toContainEqual(expect.objectContaining({ text: '👍' }));
    const rated = assistant.conversation();
    await rated.say('Was kostet ein Personalausweis?');
    expect(await texts(rated, '👎')).toMatch(/Was hat nicht gepasst\?/);
  });

  it('the question meant, told after "Nicht hilfreich" ("Ich wollte wissen, ob …"), is answered, not filed as a comment', async () => {
    const c = assistant.conversation();
    await c.say('Was kostet ein Führungszeugnis?');
    await c.say('Nicht hilfreich');
    const answered = allText(await c.say('Ich wollte wissen ob ich es für meinen Verein kostenlos bekomme'));
    expect(answered).toMatch(/Ehrenamt/);
    expect(answered).not.toMatch(/Redaktion/);
  });

  it('"muss ich selber komme?" after a certification’s answer says who may come for a copy and that a signature needs oneself (trial 63: "keine gesicherte Auskunft")', async () => {
    const c = assistant.conversation();
    await c.say('Ich brauch e Beglaubigung vom Zeugnis');
    for (const asked of ['muss ich selber komme?', 'Kann das auch mein Mann für mich machen?']) {
      const said = allText(await c.say(asked));
      expect(said).toContain(
        'Eine Kopie kann auch eine andere Person mit dem Original für Sie beglaubigen lassen, eine Unterschrift aber nur Sie persönlich',
      );
      expect(said).not.toMatch(/keine gesicherte Auskunft/);
    }
  });

  it('a disabled parking card asked gets who issues it first, in German and English (trial 63: only the disability pass of the ZBFS)', async () => {
    expect(allText(await assistant.conversation().say('Parkausweis für Schwerbehinderte'))).toMatch(
      /^Schwerbehindertenausweis\nEinen Parkausweis für Menschen mit Behinderung \(blau oder orange\) stellt die Straßenverkehrsbehörde aus, für Mömbris das Landratsamt Aschaffenburg\./m,
    );
    expect(allText(await assistant.conversation().say('Where do I get a disabled parking card?', { locale: 'en-US' }))).toContain(
      'A parking card for people with disabilities (blue or orange) is issued by the road traffic authority (Straßenverkehrsbehörde), for Mömbris the district office (Landratsamt Aschaffenburg).',
    );
  });

  it('after "Falsch", the question goes to the editors and what exactly was wrong is asked for and kept, not read as a booking (trial 63: "nicht 3-4" had booked 03:00)', async () => {
    const c = assistant.conversation();
    await c.say('Wie lange dauert ein Reisepass?');
    await c.say('Nicht hilfreich');
    expect(allText(await c.say('Falsch'))).toBe(de.feedback.whatExactly);
    const said = await c.say('Bei mir hats 6 Wochen gedauert, nicht 3-4');
    expect(promptOf(said)).toBeUndefined();
    expect(allText(said)).toBe(de.feedback.noted);
    const kept = await assistant.services.unanswered.all();
    expect(kept).toContainEqual(
      expect.objectContaining({ text: 'Wie lange dauert ein Reisepass?', reason: 'rated', topics: ['reisepass'] }),
    );
    expect(kept).toContainEqual(
      expect.objectContaining({ text: 'Bei mir hats 6 Wochen gedauert, nicht 3-4', reason: 'comment', topics: ['reisepass'] }),
    );
    // A new question instead of the sentence is answered.
    const other = assistant.conversation();
    await other.say('Wie lange dauert ein Reisepass?');
    await other.say('Nicht hilfreich');
    await other.say('Veraltet');
    expect(allText(await other.say('Wann wird der Müll abgeholt?'))).toMatch(/Müll|Abfall/);
  });

  it('what did not fit, said after "Nicht hilfreich" in words a request also uses ("die antwort war zu lang"), is a comment, not a call-back', async () => {
    const c = assistant.conversation();
    await c.say('Was kostet ein Reisepass?');
    await c.say('Nicht hilfreich');
    const said = await c.say('die antwort war zu lang');
    expect(promptOf(said)).toBeUndefined();
    expect(allText(said)).toBe(de.feedback.noted);
    expect(await assistant.services.unanswered.all()).toContainEqual(expect.objectContaining({ text: 'die antwort war zu lang' }));
    // A call-back wished in words is still one.
    const wished = assistant.conversation();
    await wished.say('Was kostet ein Reisepass?');
    await wished.say('Nicht hilfreich');
    expect(promptOf(await wished.say('ich möchte lieber einen Rückruf'))).toMatchObject({ flow: 'rueckruf' });
  });

  it('a question about the matter just answered that its entry holds nothing for is said so, not answered with the same summary again', async () => {
    const c = assistant.conversation();
    await c.say('Ich brauche eine Meldebescheinigung');
    const asked = allText(await c.say('Kann ich die per Post bekommen?'));
    expect(asked).toMatch(
      /^Dazu steht in meinen Informationen zu „Meldebescheinigung \(Wohnsitzbescheinigung\)“ nichts Genaueres\..*zuständige Stelle: Bürgerbüro, Telefon 06029 705-0\./s,
    );
    expect(asked).not.toMatch(/Briefwahl/);
    expect(await assistant.services.unanswered.all()).toContainEqual(expect.objectContaining({ text: 'Kann ich die per Post bekommen?' }));
    // A point the entry has is answered.
    expect(allText(await c.say('Was kostet die?'))).toMatch(/Kosten: /);
  });

  it('the assistant scolded ("Du bist der dümmste Bot …") gets an apology and an offer, not what the assistant is; nothing is kept as unanswered', async () => {
    const said = 'Du bist der dümmste Bot den ich je gesehen hab, echt jetzt.';
    const scolded = await assistant.conversation().say(said);
    expect(scolded.at(-1)?.text).toBe(
      'Das tut mir leid. Schreiben Sie mir gern in eigenen Worten, was Sie suchen. Oder sprechen Sie mit einem Menschen.',
    );
    expect(allText(scolded)).not.toContain(de.conversation.botIdentity);
    expect(allButtons(scolded)).toContain('Mit einem Menschen sprechen');
    expect(await assistant.services.unanswered.all()).not.toContainEqual(expect.objectContaining({ text: said }));
    // A question beside the scolding is answered.
    expect(allText(await assistant.conversation().say('Was für ein dummer Bot. Ich will meinen Ausweis verlängern.'))).toMatch(
      /Personalausweis/,
    );
  });

  it('"Was können Sie?" is what the assistant can do', async () => {
    expect(await assistant.conversation().say('Was können Sie?').then(allText)).toMatch(
      /Ich beantworte Fragen zu den Diensten der Verwaltung/,
    );
  });
});

describe('annoyance', () => {
  it('is heard before the answer ("seit 3 Monaten warte ich …!!!"); a plain question is not met with an apology', async () => {
    const texts = (await assistant.conversation().say('Seit 3 Monaten warte ich auf meinen Bauantrag!!! Wie lange dauert das noch?')).map(
      (r) => r.text,
    );
    expect(texts.slice(1, 3)).toEqual(['Das tut mir leid. Ich verstehe, dass Sie sich ärgern.', expect.stringMatching(/^Bauantrag/)]);
    expect((await assistant.conversation().say('Wie lange dauert ein Bauantrag?')).map((r) => r.text).join('\n')).not.toMatch(
      /tut mir leid/,
    );
  });

  it('is not read into exclamation or question marks alone: a loss in a hurry, "???" (it had been "Ich verstehe, dass Sie sich ärgern.")', async () => {
    for (const said of ['perso verloren!!!', '???']) {
      expect(allText(await assistant.conversation().say(said))).not.toMatch(/ärgern/);
    }
    // With a reproach the marks still tell it.
    expect(allText(await assistant.conversation().say('wo bleibt denn mein ausweis!!!'))).toMatch(/Ich verstehe, dass Sie sich ärgern/);
  });
});

describe('a death told', () => {
  it("is met with sympathy before the answer; a question about deaths in general and an animal's death are not", async () => {
    const c = assistant.conversation();
    // After the welcome: the sympathy, then the answer.
    const told = (await c.say('Mein Mann ist heute Nacht gestorben, was muss ich jetzt machen?')).map((r) => r.text);
    expect(told.slice(1, 3)).toEqual(['Herzliches Beileid zu Ihrem Verlust.', expect.stringMatching(/^Sterbefall anzeigen\n/)]);
    const asked = await assistant.conversation().say('Wer meldet den Tod beim Standesamt?');
    expect(asked.map((r) => r.text).join('\n')).not.toMatch(/Beileid/);
    const dog = await assistant.conversation().say('Unser Hund ist letzte Woche gestorben, muss ich den abmelden?');
    expect(dog[1]!.text).toBe('Das tut mir leid um Ihr Tier.');
    expect(dog.map((r) => r.text).join('\n')).not.toMatch(/Beileid/);
    // A wife's death told with the dog registered on her is the wife's (it had been sorry for the animal).
    const widower = allText(
      await assistant.conversation().say('Meine Frau ist verstorben. Auf sie war auch unser Hund angemeldet. Was muss ich tun?'),
    );
    expect(widower).toMatch(/Herzliches Beileid zu Ihrem Verlust\./);
    expect(widower).not.toMatch(/Tier/);
  });

  it('meets "ich bin grad etwas durcheinander" with time and the way on, not "formulieren Sie Ihre Frage anders", and keeps nothing for the editors', async () => {
    const c = assistant.conversation();
    await c.say('Mei Mudder is gestern gestorbe');
    const said = allText(await c.say('entschuldigung, ich bin grad etwas durcheinander'));
    expect(said).toBe(de.conversation.overwhelmed);
    expect(await assistant.services.unanswered.all()).not.toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/durcheinander/) }),
    );
  });
});

describe('asking back', () => {
  it('offers a person once, also when the handoff is one of the close topics', async () => {
    const buttons = lastButtons(await webChat().say('jemand echtes'));
    expect(buttons).toContain('Mit einem Menschen sprechen');
    expect(buttons.filter((b) => b === 'Mit einem Menschen sprechen')).toHaveLength(1);
  });
});

describe('small talk', () => {
  it.each(['Wie geht es Ihnen?', 'Hallo, wie gehts dir?', 'Na, alles klar bei Ihnen?'])(
    '"%s" is answered as small talk with what the assistant can do, not with a service',
    async (question) => {
      const text = lastText(await webChat().say(question));
      expect(text).toMatch(/^Danke der Nachfrage!/);
      expect(text).toMatch(/Wobei kann ich Ihnen helfen\?/);
      expect(text).not.toMatch(/Zuständig: /);
    },
  );

  it('a question beside the small talk is answered', async () => {
    const text = lastText(await webChat().say('Hallo, wie geht es Ihnen? Ich brauche einen neuen Reisepass, was kostet der?'));
    expect(text).toMatch(/70,00 Euro/);
  });

  it('"wie geht\'s?" right after an answer stays about that answer', async () => {
    const conversation = webChat();
    await conversation.say('Ich möchte Briefwahl beantragen');
    expect(lastText(await conversation.say("Und wie geht's?"))).not.toMatch(/Danke der Nachfrage/);
  });
});

describe('cards', () => {
  it("come with an answer on Web Chat: the other facts, the entry's links as links, the source", async () => {
    const card = cardOf(await webChat().say('Wie lange dauert ein neuer Reisepass?'))!;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.3' });
    const facts = card.body.filter((b) => b.type === 'Container').map((b) => b.items!.map((i) => i.text).join(': '));
    expect(facts).toEqual(expect.arrayContaining([expect.stringMatching(/^Kosten: .*70,00 Euro/), 'Zuständig: Bürgerbüro']));
    // The duration was asked and is in the text: the card does not repeat it.
    expect(facts.some((f) => f.startsWith('Bearbeitungsdauer'))).toBe(false);
    const texts = card.body.map((b) => b.text ?? '').join('\n');
    expect(texts).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    expect(texts).toMatch(/Quelle: /);
  });

  it('name their German source as German in English, the town profile in English (trial 32: "Source: … Profil Markt Mömbris")', async () => {
    const chat = webChat();
    await chat.say('English');
    const card = cardOf(await chat.say('How do I register my new address?'))!;
    // As shown: the card's markdown escapes the brackets.
    const source = card.body.map((b) => (b.text ?? '').replace(/\\/g, '')).find((t) => t.startsWith('Source'));
    expect(source).toMatch(/^Source \(German titles\): .*town profile Markt Mömbris/);
    expect(source).not.toMatch(/\bProfil\b/);
  });

  it('in Leichte Sprache name no law by its short name and paragraph, and the answer stands one sentence per line (trial 41: "PAuswGebV … BGBl. 2026 I Nr. 31", blocks of sentences)', async () => {
    const chat = webChat();
    await chat.say('Leichte Sprache');
    const replies = await chat.say('Was kostet ein Personalausweis?');
    // As shown: the card's markdown escapes the full stop.
    const texts = cardOf(replies)!
      .body.map((b) => (b.text ?? '').replace(/\\/g, ''))
      .join('\n');
    expect(texts).toContain('Das steht in Gesetzen und Regeln.');
    expect(texts).not.toMatch(/Quelle|§|BGBl|PAuswGebV/);
    const answer = replies.map((r) => r.text ?? '').find((t) => t.startsWith('Personal·ausweis'))!;
    expect(answer.split('\n')).toEqual(
      expect.arrayContaining(['Für Menschen unter 24 Jahren kostet er 27 Euro und 60 Cent.', 'Das kostet dann meistens 6 Euro mehr.']),
    );
  });

  it("offer an online service as an Action.OpenUrl to an https address, and the office's phone to call with one tap", async () => {
    const card = cardOf(await webChat().say('Kann ich ein Führungszeugnis online beantragen?'))!;
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.OpenUrl', title: 'Online beantragen', url: expect.stringMatching(/^https:\/\//) }),
      { type: 'Action.OpenUrl', title: 'Anrufen: 06029 705-0', url: 'tel:+4960297050' },
    ]);
  });

  it('come once a topic: a follow-up on it is answered without the card again (trial 46: "Auf einen Blick" filled a phone\'s screen each time)', async () => {
    const chat = webChat();
    expect(cardOf(await chat.say('Wie lange dauert ein neuer Reisepass?'))).toBeDefined();
    const costs = await chat.say('Und was kostet der?');
    expect(lastText(costs)).toMatch(/70,00 Euro/);
    expect(cardOf(costs)).toBeUndefined();
    expect(cardOf(await chat.say('Was brauche ich für einen Personalausweis?'))).toBeDefined();
  });

  it('are left out on channels that show only text and buttons', async () => {
    const replies = await assistant.conversation().say('Was kostet ein neuer Reisepass?');
    expect(cardOf(replies)).toBeUndefined();
    expect(lastText(replies)).toMatch(/70,00 Euro/);
  });
});

describe('trial 48: follow-ups the entry answers by its notes or honestly not at all', () => {
  it('answers a paper from the vet after the dog tax with whom to ask, not the proof of registration', async () => {
    const c = webChat();
    await c.say('Mein Hund ist neu, muss ich den anmelden?');
    const reply = lastText(await c.say('Muss ich eine Bescheinigung vom Tierarzt bringen?'));
    expect(reply).toMatch(/zu „Hundesteuer“ nichts Genaueres.*Steueramt \(Kämmerei\)/s);
    expect(reply).not.toMatch(/Meldebescheinigung/);
  });

  it('answers a pensioner’s "gibts da was?" in the dog’s registration with the reductions, then asks for the owner again', async () => {
    const c = webChat();
    await c.say('Ich will meinen Hund anmelden');
    const replies = await c.say('ich bin Rentnerin mit kleiner Rente, gibts da was?');
    expect(allText(replies)).toMatch(/Ermäßigungen oder Befreiungen sind z\. B\. für Rettungs- oder Blindenhunde möglich/);
    expect(allText(replies)).not.toMatch(/Rentenantrag/);
    expect(promptOf(replies)).toMatchObject({ flow: 'hund-anmelden', field: 'halter' });
  });

  it('leads with the entry’s note on yellow bags when they are asked for (five letters are a thing too)', async () => {
    const reply = lastText(await webChat().say('Wo bekomme ich gelbe Säcke?'));
    expect(reply).toMatch(/^Müllabfuhr und Abfallkalender\nWo es gelbe Säcke gibt/);
  });

  it('answers "for my wife too?" while a day is asked for the registration with the note on families, then asks the day again', async () => {
    const c = webChat();
    await c.say('Ich brauche einen Termin zum Anmelden');
    const replies = await c.say('Kann ich für meine Frau gleich mit anmelden?');
    expect(allText(replies)).toMatch(/Ziehen Sie als Familie oder Paar zusammen ein, kann eine volljährige Person alle anmelden/);
    // The name's help ("Vor- und Nachname genügen.") had been the answer.
    expect(allText(replies)).not.toMatch(/Vor- und Nachname genügen/);
    expect(promptOf(replies)).toMatchObject({ flow: 'termin-buchen', field: 'zeitfenster' });
  });

  it('hears a citizen who scolds the town hall’s staff: sorry, and a person offered, not "formulate your question differently"', async () => {
    const replies = await webChat().say('ihr im rathaus seid doch alles faule säck, kassiere nur und mache nix');
    expect(allText(replies)).toMatch(/Das tut mir leid\. Ich verstehe, dass Sie sich ärgern\./);
    expect(allText(replies)).not.toMatch(/formulieren Sie Ihre Frage anders/);
    expect(allButtons(replies)).toContain('Mit einem Menschen sprechen');
  });

  it('tells how to meet the mayor when one wishes to speak with her', async () => {
    const reply = lastText(await webChat().say('Ich möchte mit der Bürgermeisterin sprechen'));
    expect(reply).toMatch(/vereinbart mit Ihnen einen Gesprächstermin beim Bürgermeister, Telefon 06029 705-0/);
  });
});

describe('trial 49: a call-back asked after an answer, the fine of an expired card, one who cannot walk', () => {
  it('starts the call-back when one is wished after the wedding’s answer, the wedding as its matter', async () => {
    const c = webChat();
    await c.say('Wie melden wir unsere Hochzeit an?');
    const replies = await c.say('Dann hätte ich gern einen Rückruf vom Standesamt wegen unserer Trauung im Mai');
    expect(promptOf(replies)?.flow).toBe('rueckruf');
    expect(allText(replies)).not.toMatch(/^Heiraten – Eheschließung anmelden/m);
  });

  it('answers "krieg ich da strafe" after the expired ID card with the note on the fine, not how long the card takes', async () => {
    const c = webChat();
    await c.say('Mein Personalausweis ist seit zwei Jahren abgelaufen.');
    const reply = lastText(await c.say('krieg ich da strafe weil der scho so lang abgelaufe is?'));
    expect(reply).toMatch(/ordnungswidrig und kann ein Bußgeld bekommen/);
    expect(reply).not.toMatch(/Bearbeitungsdauer/);
  });

  it('answers "ich kann doch net laufe, kommt da jemand heim?" with the note on the exemption and a visit at home', async () => {
    const c = webChat();
    await c.say('Ich bin 83 und brauche einen neuen Ausweis.');
    expect(lastText(await c.say('ja aber ich kann doch net laufe, kommt da auch jemand zu mir heim?'))).toMatch(/Hausbesuch/);
  });

  it('starts the call-back from the Leichte-Sprache button "Anruf vom Rathaus" (it had shown the Rathaus’s contact)', async () => {
    const c = webChat();
    await c.say('Leichte Sprache');
    const offered = await c.say('mein papa ist gestorben. was muss ich jetzt machen');
    expect(allButtons(offered)).toContain('Anruf vom Rathaus');
    expect(promptOf(await c.say('Anruf vom Rathaus'))?.flow).toBe('rueckruf');
  });

  it('takes a burst water main typed at the report’s kind as "Sonstiges" and asks where it is (trial 50: the water’s answer, again and again)', async () => {
    const c = webChat();
    await c.say('Schaden melden');
    const replies = await c.say('wasserrohrbruch');
    expect(allText(replies)).not.toMatch(/Störung der Wasserversorgung/);
    expect(promptOf(replies)).toMatchObject({ flow: 'maengelmelder', field: 'ort' });
  });

  it('reads an e-mail address alone as no question (trial 50: "max.fischer@web.de" had got the fishing licence)', async () => {
    const replies = await webChat().say('max.fischer@web.de');
    expect(allText(replies)).not.toMatch(/Fischereischein/);
    expect(lastText(replies)).toMatch(/keine gesicherte Auskunft/);
  });

  it('starts the call-back for "ich verstehe das nicht. kann mich jemand anrufen?" in Leichte Sprache (trial 50: asked what was unclear)', async () => {
    const c = webChat();
    await c.say('Leichte Sprache');
    const replies = await c.say('ich verstehe das nicht. kann mich jemand anrufen?');
    expect(allText(replies)).not.toMatch(/Was verstehen Sie nicht\?|Ab jetzt schreibe ich in Leichter Sprache/);
    expect(promptOf(replies)?.flow).toBe('rueckruf');
  });

  it('goes on with the call-back where it was when a person is asked for in it and nobody can take over (trial 49: it had started again)', async () => {
    for (const [language, person] of [
      ['Deutsch', 'Ich will mit einem Menschen sprechen'],
      ['Leichte Sprache', 'Mitarbeiter'],
    ] as const) {
      const c = webChat();
      if (language === 'Leichte Sprache') await c.say(language);
      await c.say('Ich möchte einen Rückruf');
      expect(promptOf(await c.say('Es geht um meinen Bauantrag'))?.field).toBe('name');
      const replies = await c.say(person);
      // Nobody is in the chat in this test (no clerk signed in): whom to call, and the call-back's next question again.
      expect(allText(replies)).toMatch(/06029 705-0/);
      expect(allText(replies)).not.toMatch(/nichts davon ab|nicht abgeschickt|Ich höre auf/);
      expect(promptOf(replies)).toMatchObject({ flow: 'rueckruf', field: 'name' });
    }
  });
});

describe('trial 56: annoyance after an unanswered question', () => {
  it('"Scheiß Verwaltung" is heard and a person offered, without "wieder nicht beantworten" and without a handoff counted', async () => {
    const c = assistant.conversation();
    await c.say('Blumenkohl Raumschiff');
    const scolded = allText(await c.say('Scheiß Verwaltung'));
    expect(scolded).toContain('Ich verstehe, dass Sie sich ärgern.');
    expect(scolded).not.toMatch(/wieder nicht beantworten|keine gesicherte Auskunft/);
    // Still the first failure before a handoff: the next unanswered question is answered as such, not handed on.
    const next = allText(await c.say('Blumenkohl Raumschiff Donnerstag Mondfahrt'));
    expect(next).not.toMatch(/wieder nicht beantworten/);
  });
});

describe('trial 62: where a death is reported, what the register does not give out', () => {
  it('"mei Vadder is gestorbe, wo müsse mer des melde" says where first, and "muss ich ihn abmelden?" gets the note that nobody must (the note had come first, and the residence’s registration)', async () => {
    const where = (await assistant.conversation().say('mei Vadder is gestorbe, wo müsse mer des melde')).map((r) => r.text ?? '');
    expect(where.slice(1, 3)).toEqual([
      'Herzliches Beileid zu Ihrem Verlust.',
      expect.stringMatching(/^Sterbefall anzeigen\nDer Tod wird beim Standesamt des Sterbeorts gemeldet/),
    ]);
    const deregister = allText(
      await assistant.conversation().say('Mein Vater ist gestorben. Muss ich ihn beim Einwohnermeldeamt abmelden?'),
    );
    expect(deregister).toMatch(/Sterbefall anzeigen\nBeim Einwohnermeldeamt abmelden müssen Sie niemanden\./);
  });

  it('"Wer wohnt in der Kirchstraße 3?" and a private person’s number get the plain word that neither is given out (the register’s information without it, or the Rathaus’s contact)', async () => {
    for (const asked of ['Wer wohnt in der Kirchstraße 3?', 'Können Sie mir die Telefonnummer von Herrn Schäfer aus Hohl geben?']) {
      expect(allText(await assistant.conversation().say(asked))).toMatch(
        /Melderegisterauskunft \(Adresse einer anderen Person erfragen\)\nDie Bewohner eines Hauses nennt Ihnen das Bürgerbüro nicht\./,
      );
    }
  });
});
