import { advance, ask, localize, start, SUMMARY, type FlowDefinition, type FlowState, type FlowStep } from '../../dialogs/engine';
import { defineFlows } from '../../dialogs/flows';
import { loadIntents } from '../../knowledge/catalog';
import { loadMunicipality } from '../../knowledge/municipality';

const municipality = loadMunicipality();
const flows = defineFlows(municipality);
const ortsteil = municipality.ortsteile[0]!;

/** Feeds answers one by one; returns the last step. */
function run(flow: FlowDefinition, inputs: string[]): { step: FlowStep; state?: FlowState } {
  let step = start(flow);
  for (const text of inputs) {
    if (!step.state) throw new Error(`flow ended before "${text}"`);
    step = advance(flow, step.state, { text });
  }
  return { step, state: step.state };
}

describe('form engine', () => {
  const r = flows.rueckruf!;
  const happy = ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja'];

  it('asks each field with channelData.prompt and ends in a summary that completes on "Absenden"', () => {
    const first = start(r);
    expect(first.messages[1]!.channelData?.prompt).toEqual({ flow: 'rueckruf', field: 'anliegen' });
    const { step, state } = run(r, happy);
    expect(state!.field).toBe(SUMMARY);
    // The number is checked and kept in international form.
    expect(step.messages[0]!.text).toContain('Kontakt: +49 6029 12345');
    expect(step.messages[0]!.suggestions).toEqual(expect.arrayContaining(['Absenden', 'Etwas ändern']));
    expect(step.messages[0]!.channelData?.prompt?.choices).toEqual(expect.arrayContaining(['Absenden', 'Kontakt ändern']));
    const done = advance(r, state!, { text: 'Absenden' });
    expect(done.outcome).toBe('completed');
    expect(done.answers).toMatchObject({ kontaktweg: 'Telefon', kontakt: '+49 6029 12345', einwilligung: 'Ja' });
  });

  it('asks its question again when the citizen taps the button that started it, instead of taking it as the answer', () => {
    const { step, state } = run(r, ['Rückruf anfordern']);
    expect(state!.field).toBe('anliegen');
    expect(state!.answers).toEqual({});
    expect(step.messages[0]!.channelData?.prompt).toEqual({ flow: 'rueckruf', field: 'anliegen' });
  });

  it('asks at the summary, by the choice of button, whether the citizen wants to be told when it is closed (default no)', () => {
    const { step, state } = run(r, happy);
    expect(step.messages[0]!.suggestions!.slice(0, 2)).toEqual(['Absenden', 'Absenden mit Benachrichtigung']);
    expect(step.messages[0]!.text).toMatch(/Mit „Absenden mit Benachrichtigung“ sage ich Ihnen hier Bescheid/);
    expect(advance(r, state!, { text: 'absenden mit benachrichtigung!' })).toMatchObject({ outcome: 'completed', notify: true });
    for (const text of ['Absenden', 'ja']) expect(advance(r, state!, { text }).notify).toBeUndefined();
  });

  it('takes a button by its place in the list ("den ersten", "2", "den letzten bitte"), as a list read out is answered', () => {
    const asked = run(r, ['Frage zu meinem Bauantrag', 'Erika Muster']);
    const ways = asked.step.messages[0]!.suggestions!.filter((s) => s === 'Telefon' || s === 'E-Mail');
    expect(ways).toHaveLength(2);
    expect(advance(r, asked.state!, { text: 'den ersten' }).state!.answers.kontaktweg).toBe(ways[0]);
    expect(advance(r, asked.state!, { text: '2' }).state!.answers.kontaktweg).toBe(ways[1]);
    expect(advance(r, asked.state!, { text: 'den letzten bitte' }).state!.answers.kontaktweg).toBe(ways[1]);
  });

  it('says what is wrong, and hands off after the third wrong answer', () => {
    const { step, state } = run(r, ['Frage zu meinem Bauantrag', 'Erika Muster', 'E-Mail', 'keine-adresse']);
    expect(step.messages[0]!.text).toMatch(/gültige E-Mail-Adresse/);
    expect(state!.tries).toBe(1);
    const second = advance(r, state!, { text: 'auch falsch' });
    expect(advance(r, second.state!, { text: 'wieder falsch' }).outcome).toBe('handoff');
  });

  it('completes at the summary on the everyday answers to "Stimmt alles?", and never hands a finished request on', () => {
    const { state } = run(r, happy);
    for (const text of ['stimmt', 'passt so', 'Jo, passt, abschicke', 'alles richtig', 'ok', 'abschicken']) {
      expect(advance(r, state!, { text }).outcome).toBe('completed');
    }
    // Three answers it does not take: the summary again, with everything kept.
    let step = advance(r, state!, { text: 'hm' });
    for (const text of ['weiß nicht', 'wie bitte']) step = advance(r, step.state!, { text });
    expect(step.outcome).toBeUndefined();
    expect(step.state!.field).toBe(SUMMARY);
    // ("wie bitte" explains the summary first, trial 56.)
    expect(step.messages.map((m) => m.text).join('\n')).toContain('Kontakt: +49 6029 12345');
  });

  it('takes a number said with its words ("meine Nummer ist …", "… unter 0160 …"), and only the rest as the time to call', () => {
    const said = run(r, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', 'meine Nummer ist 06029 / 4711']);
    expect(said.state!.answers.kontakt).toBe('+49 6029 4711');
    expect(said.state!.field).toBe('erreichbarkeit');
    const both = run(r, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', 'am besten morgen vormittag unter 0160 9876543']);
    // "morgen" with its date, for the clerk who reads it on another day.
    expect(both.state!.answers).toMatchObject({ kontakt: '+49 160 9876543' });
    expect(both.state!.answers.erreichbarkeit).toMatch(/^am besten morgen \(\p{L}{2}\., \d{2}\.\d{2}\.\d{4}\) vormittag$/u);
    const weekdays = run(r, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 12345', 'unter der Woche abends']);
    expect(weekdays.state!.answers.erreichbarkeit).toBe('unter der Woche abends');
  });

  it('takes a number said digit by digit, as voice input writes it ("null sechs null zwo neun …"; trial 58: not recognised)', () => {
    const spoken = run(r, [
      'Frage zu meinem Bauantrag',
      'Erika Muster',
      'meine Nummer is null sechs null zwo neun eins zwo drei vier fünf',
    ]);
    expect(spoken.state!.answers).toMatchObject({ kontaktweg: 'Telefon', kontakt: '+49 6029 12345' });
    const dashed = run(r, [
      'Frage zu meinem Bauantrag',
      'Erika Muster',
      'Telefon',
      'null eins sieben eins – zwo drei vier fünf sechs sieben acht',
    ]);
    expect(dashed.state!.answers.kontakt).toBe('+49 171 2345678');
    // A few number words are counts or times, no number: the time to call stays words.
    const when = run(r, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 12345', 'ab drei oder vier Uhr']);
    expect(when.state!.answers.erreichbarkeit).toBe('ab drei oder vier Uhr');
  });

  it('goes back with "zurück", cancels with "abbrechen", explains with "Hilfe"', () => {
    const { step, state } = run(r, ['Frage zu meinem Bauantrag', 'zurück']);
    expect(state!.field).toBe('anliegen');
    expect(step.messages[0]!.channelData?.prompt.field).toBe('anliegen');
    const help = advance(r, state!, { text: 'Hilfe' });
    expect(help.messages[0]!.text).toMatch(/richtige Stelle/);
    expect(help.state).toEqual(state);
    expect(advance(r, state!, { text: 'Abbrechen' }).outcome).toBe('cancelled');
  });

  it('ends politely when consent is refused', () => {
    const { step } = run(r, [...happy.slice(0, 5), 'Nein']);
    expect(step.outcome).toBe('cancelled');
    expect(step.messages[0]!.text).toMatch(/Einwilligung/);
  });

  it('corrects one field from the summary and returns to the summary', () => {
    const { state } = run(r, happy);
    const edit = advance(r, state!, { text: 'Erreichbarkeit ändern' });
    expect(edit.state!.field).toBe('erreichbarkeit');
    const back = advance(r, edit.state!, { text: 'nachmittags' });
    expect(back.state!.field).toBe(SUMMARY);
    expect(back.messages[0]!.text).toContain('Erreichbarkeit: nachmittags');
  });

  it('Mängelmelder: a neighbour named Müller in the story is no rubbish (the category had been "Wilder Müll", trial 33)', () => {
    const first = start(
      flows.maengelmelder!,
      'In der Straße zum Sportplatz ist ein tiefes Loch, Frau Müller ist letzte Woche fast gestürzt',
    );
    expect(first.state!.answers.kategorie).toBe('Straßenschaden');
  });

  it('an event’s start said with its end ("19.12., 17 Uhr bis ca. 19 Uhr") takes both (the end had been asked again, trial 33); two days are no end time', () => {
    const e = flows['veranstaltung-anzeigen']!;
    const atStart = run(e, ['Sportverein Schimborn', 'Max Mustermann', '06029 1234', 'Adventskonzert', 'Pfarrkirche Mömbris']);
    expect(atStart.state!.field).toBe('beginn');
    const both = advance(e, atStart.state!, { text: '19.12., 17 Uhr bis ca. 19 Uhr' });
    expect(both.state!.field).toBe('besucher');
    expect(new Date(String(both.state!.answers.ende)).getTime() - new Date(String(both.state!.answers.beginn)).getTime()).toBe(
      2 * 3600_000,
    );
    const days = advance(e, atStart.state!, { text: '19.12. 17 Uhr bis 20.12.' });
    expect(days.state!.answers.ende).toBeUndefined();
  });

  it('Mängelmelder: a contact typed at the place’s question is the contact, and the place is asked again (it had become the place, trial 33)', () => {
    const m = flows.maengelmelder!;
    const { state } = run(m, ['Spielplatz']);
    expect(state!.field).toBe('ort');
    const mail = advance(m, state!, { text: 'meine Mail ist k.weber@example.de' });
    expect(mail.state!.field).toBe('ort');
    expect(mail.state!.answers).toMatchObject({ kontakt: 'k.weber@example.de' });
    expect(mail.state!.answers.ort).toBeUndefined();
  });

  it('Mängelmelder: checks the Ortsteil, takes a photo attachment or "überspringen"', () => {
    const m = flows.maengelmelder!;
    const { step, state } = run(m, ['Straßenschaden', 'Hauptstraße 5']);
    expect(step.messages[0]!.text).toMatch(/Ortsteil/);
    const afterOrt = advance(m, state!, { text: `${ortsteil}, Hauptstraße 5` });
    const afterText = advance(m, afterOrt.state!, { text: 'Großes Schlagloch vor dem Haus' });
    expect(afterText.state!.field).toBe('foto');
    const photo = { name: 'loch.jpg', contentType: 'image/jpeg', contentUrl: 'http://127.0.0.1/files/abc' };
    const afterFoto = advance(m, afterText.state!, { text: '', attachments: [photo] });
    expect(afterFoto.state!.answers.foto).toEqual(photo);
    // "ja" to the optional contact: the question again as a go-ahead, not "nicht erkannt".
    const yes = advance(m, afterFoto.state!, { text: 'ja' });
    expect(yes.state!.field).toBe('kontakt');
    expect(yes.messages[0]!.text).toMatch(/^Gern\. Für Rückfragen/);
    const done = advance(m, afterFoto.state!, { text: 'überspringen' });
    expect(done.state!.field).toBe(SUMMARY);
    expect(done.state!.answers.kontakt).toBeNull();
    expect(done.messages[0]!.text).toContain('Foto (loch.jpg)');
  });

  it('Mängelmelder: a photo sent while the place is asked is kept for the report, and the place asked again (trial 36: it had been dropped)', () => {
    const m = flows.maengelmelder!;
    const { state } = run(m, ['Straßenschaden']);
    expect(state!.field).toBe('ort');
    const photo = { name: 'loch.jpg', contentType: 'image/jpeg', contentUrl: 'http://127.0.0.1/files/abc' };
    const early = advance(m, state!, { text: '', attachments: [photo] });
    expect(early.messages.map((msg) => msg.text)).toEqual([
      'Danke, das Foto habe ich. Es kommt mit Ihrer Meldung.',
      expect.stringMatching(/Wo genau/),
    ]);
    expect(early.state!.field).toBe('ort');
    const place = advance(m, early.state!, { text: `Hauptstraße 5, ${ortsteil}` });
    const description = advance(m, place.state!, { text: 'Großes Schlagloch vor dem Haus' });
    // The photo's question is not asked: the contact comes next, and the summary names the photo.
    expect(description.state!.field).toBe('kontakt');
    expect(advance(m, description.state!, { text: 'überspringen' }).messages[0]!.text).toContain('Foto (loch.jpg)');
  });

  it('Mängelmelder: of several photos sent at once the first is the report’s, and the citizen is told (trial 36: the others were dropped unsaid)', () => {
    const m = flows.maengelmelder!;
    const { state } = run(m, ['Straßenschaden', `Hauptstraße 5, ${ortsteil}`, 'Großes Schlagloch vor dem Haus']);
    expect(state!.field).toBe('foto');
    const photos = ['a.jpg', 'b.jpg', 'c.jpg'].map((name) => ({
      name,
      contentType: 'image/jpeg',
      contentUrl: `http://127.0.0.1/files/${name}`,
    }));
    const step = advance(m, state!, { text: '', attachments: photos });
    expect(step.messages[0]!.text).toBe('Pro Meldung nehme ich hier ein Foto an. Angehängt ist „a.jpg“.');
    expect(step.state!.answers.foto).toEqual(photos[0]);
    expect(step.state!.field).toBe('kontakt');
    // One more at the contact's question: the report keeps its photo, and the question comes again.
    const more = advance(m, step.state!, { text: '', attachments: [photos[1]!] });
    expect(more.messages[0]!.text).toBe('Pro Meldung nehme ich hier ein Foto an. Angehängt ist „a.jpg“.');
    expect(more.state!.answers.foto).toEqual(photos[0]);
    expect(more.state!.field).toBe('kontakt');
  });

  it('Mängelmelder: "ach nein, es ist Hausnummer 12" corrects the number of the address given (it had dropped the address and asked for it again)', () => {
    const m = flows.maengelmelder!;
    const { state } = run(m, ['Straßenbeleuchtung', `Hauptstraße 10, ${ortsteil}`]);
    expect(state!.field).toBe('beschreibung');
    const corrected = advance(m, state!, { text: 'ach nein, es ist Hausnummer 12' });
    expect(corrected.state!.answers.ort).toBe(`Hauptstraße 12, ${ortsteil}`);
    expect(corrected.messages[0]!.text).toBe(`Ich habe „Hauptstraße 12, ${ortsteil}“ als Ort verstanden.`);
    expect(corrected.state!.field).toBe('beschreibung');
  });

  it('Mängelmelder: a description typed at the category is "Sonstiges" with that description and its place (it had been asked to choose again and again)', () => {
    const m = flows.maengelmelder!;
    const { state } = run(m, [`Bushaltestelle in ${ortsteil} an der Kirche, die Scheibe vom Wartehäuschen ist eingeschlagen`]);
    expect(state!.answers).toMatchObject({ kategorie: 'Sonstiges', beschreibung: expect.stringMatching(/Scheibe vom Wartehäuschen/) });
    expect(state!.field).not.toBe('kategorie');
    // A word or two that is no category stays a question of the category.
    expect(run(m, ['Bank kaputt']).state!.field).toBe('kategorie');
  });

  it('Mängelmelder: a place typed at the category is taken as the place, and the kind is asked again (it had become "Sonstiges" with the place as its description)', () => {
    const m = flows.maengelmelder!;
    const { step, state } = run(m, ['Hohler Straße, Ortsausgang Schimborn']);
    expect(state!.answers).toEqual({ ort: 'Hohler Straße, Schimborn' });
    expect(state!.field).toBe('kategorie');
    expect(step.messages.map((message) => message.text).join('\n')).toContain('„Hohler Straße, Schimborn“ als Ort');
  });

  it('Mängelmelder: a place in a neighbouring town is said to be outside the town before the Ortsteile are asked', () => {
    const { step, state } = run(flows.maengelmelder!, ['Straßenschaden', 'Bahnhofstraße 3, 63741 Aschaffenburg']);
    expect(state!.field).toBe('ort');
    expect(step.messages[0]!.text).toMatch(
      /^Aschaffenburg gehört nicht zum Gemeindegebiet von Markt Mömbris\. Bitte nennen Sie den Ortsteil/,
    );
  });

  it('Mängelmelder: a pothole in dialect is a street damage, placed where it is, not in the Ortsteil it points to', () => {
    const said = 'da is e riesen loch in de stroß in schimborn, am ortsausgang richtung hohl, mei auto hats fast zerrisse';
    expect(flows.maengelmelder!.prefill!(said)).toEqual({
      kategorie: 'Straßenschaden',
      ort: 'am Ortsausgang, Schimborn',
      beschreibung: said,
    });
  });

  it('Mängelmelder: asks only for the street when the report named its Ortsteil, in every language', () => {
    const said = `In ${ortsteil} ist seit Tagen eine Straßenlaterne kaputt`;
    const question = (language: 'de' | 'en' | 'ls', answers: Record<string, unknown>) => {
      const flow = localize(defineFlows(municipality, { language }).maengelmelder!, language);
      return ask(
        flow,
        flow.fields.find((f) => f.name === 'ort')!,
        answers,
      ).text;
    };
    expect(question('de', { beschreibung: said })).toBe(
      `Wo genau in ${ortsteil} ist es? Bitte nennen Sie die Straße oder eine Beschreibung.`,
    );
    expect(question('en', { beschreibung: said })).toBe(`Where exactly in ${ortsteil} is it? Please name the street or a description.`);
    expect(question('ls', { beschreibung: said })).toBe(`Wo in ${ortsteil} ist der Schaden?\nBitte schreiben Sie die Straße.`);
    // Without an Ortsteil in the report, the question asks for both.
    expect(question('de', { beschreibung: 'Eine Laterne ist kaputt' })).toMatch(/den Ortsteil und die Straße/);
    expect(question('en', {})).toMatch(/part of town and the street/);
    // The German report's words start the flow at that question.
    expect(start(flows.maengelmelder!, said).messages.at(-1)!.text).toBe(question('de', { beschreibung: said }));
  });

  it('Mängelmelder: a sunken footway told in dialect is the description, and an address at the description corrects the place', () => {
    const said = 'Gehweg in der Hauptstraße in Schimborn abgesackt, do stolpert mer drüber';
    const first = start(flows.maengelmelder!, said);
    expect(first.state!.answers).toMatchObject({ kategorie: 'Straßenschaden', ort: 'Hauptstraße, Schimborn', beschreibung: said });
    const report = flows.maengelmelder!;
    const asked = start(report, 'Schlagloch in der Hauptstraße in Schimborn');
    expect(asked.state!.field).toBe('beschreibung');
    const step = advance(report, asked.state!, { text: 'Hauptstraße 12, Schimborn' });
    expect(step.state!.answers.ort).toBe('Hauptstraße 12, Schimborn');
    expect(step.state!.answers.beschreibung).toBeUndefined();
    expect(step.state!.field).toBe('beschreibung');
  });

  it('knows a pothole as typed in dialect or on a phone', () => {
    // "Straße kaputt, große Loch": the street named first, as a non-native speaker writes it (it had been "Sonstiges").
    for (const said of [
      'do is e riesisch schlachloch in de hauptstrass',
      'zwei schlaglöcher am gehweg',
      'e loch in de strass',
      'Straße kaputt, große Loch vor meine Haus in Brücken',
    ])
      expect(start(flows.maengelmelder!, said).state!.answers.kategorie).toBe('Straßenschaden');
  });

  it('takes place and description from the answer to "Was möchten Sie melden?" too, and says so', () => {
    const report = flows.maengelmelder!;
    const said = `In der Hauptstraße in ${ortsteil} vor Hausnummer 12 ist ein tiefes Schlagloch`;
    const step = advance(report, start(report, 'Schaden melden').state!, { text: said });
    expect(step.state!.answers).toMatchObject({ kategorie: 'Straßenschaden', ort: `Hauptstraße 12, ${ortsteil}`, beschreibung: said });
    expect(step.messages[0]!.text).toBe(
      `Aus Ihrer Nachricht habe ich schon: Ort: Hauptstraße 12, ${ortsteil}; Beschreibung: Ihre Nachricht von eben. Vor dem Absenden können Sie alles ändern.`,
    );
    expect(step.state!.field).toBe('foto');
  });
});

describe("choices named in the citizen's words", () => {
  const category = (flow: FlowDefinition, text: string): unknown => {
    const started = start(flow);
    const step = advance(flow, started.state!, { text });
    return step.state?.field === 'kategorie' ? undefined : step.state?.answers.kategorie;
  };

  it('takes the only choice that shares a word with the answer, and asks again when none or several do', () => {
    const m = flows.maengelmelder!;
    expect(category(m, 'Straßenbeleuchtung')).toBe('Straßenbeleuchtung');
    expect(category(m, 'die straßenbeleuchtung ist kaputt')).toBe('Straßenbeleuchtung');
    expect(category(m, 'am Spielplatz die Schaukel')).toBe('Spielplatz');
    // "Straße…" starts two choices: the citizen chooses.
    expect(category(m, 'Straße')).toBeUndefined();
    // The everyday words of a report name a choice too, also in dialect.
    expect(category(m, 'eine Laterne')).toBe('Straßenbeleuchtung');
    expect(category(m, 'die Latern is hie')).toBe('Straßenbeleuchtung');
    expect(category(m, 'weiß nicht')).toBeUndefined();
  });

  it('in English the shown choice is matched by its words and the German one is kept', () => {
    const m = defineFlows(municipality, { language: 'en' }).maengelmelder!;
    expect(category(m, 'street light is broken')).toBe('Straßenbeleuchtung');
    expect(category(m, 'someone dumped rubbish, illegal dumping')).toBe('Wilder Müll');
  });

  it('everyday words name a service at the appointment question, in German and in English', () => {
    const service = (flow: FlowDefinition, text: string): unknown => advance(flow, start(flow).state!, { text }).state?.answers.anliegen;
    expect(service(flows['termin-buchen']!, 'wegen Perso')).toBe('Personalausweis');
    expect(service(defineFlows(municipality, { language: 'en' })['termin-buchen']!, 'renew my passport')).toBe('Reisepass');
    // Words of two services: the citizen chooses.
    expect(service(flows['termin-buchen']!, 'Perso und Pass')).toBeUndefined();
  });

  it('names every service in English words, the certificate of registration apart from the registration (trial 30)', () => {
    const english = defineFlows(municipality, { language: 'en' })['termin-buchen']!;
    const service = (text: string): unknown => advance(english, start(english).state!, { text }).state?.answers.anliegen;
    expect(
      [
        'residence registration',
        'I moved here last month',
        'registration certificate',
        'proof of residence',
        'police clearance certificate',
        'my ID',
        'notarize some copies',
        'something else',
      ].map(service),
    ).toEqual([
      'Anmeldung oder Ummeldung',
      'Anmeldung oder Ummeldung',
      'Meldebescheinigung',
      'Meldebescheinigung',
      'Führungszeugnis',
      'Personalausweis',
      'Beglaubigung',
      'Sonstiges',
    ]);
    // "other" inside a sentence names nothing by itself: the passport of another child is the passport.
    expect(service('a passport for my other daughter')).toBe('Reisepass');
  });
});

describe('Veranstaltung and Hund', () => {
  // Wednesday, 25 Nov 2026, 10:00 in Berlin.
  const now = new Date('2026-11-25T09:00:00Z');
  const fixed = defineFlows(municipality, { clock: () => now });
  const v = fixed['veranstaltung-anzeigen']!;
  const upToDate = ['TSV Mömbris', 'Erika Muster', 'Sommerfest', 'Festplatz'];

  it('warns when the event begins less than a week ahead (Art. 19 LStVG) but not when it is later', () => {
    const soon = run(v, [...upToDate, '28.11. 14 Uhr']);
    expect(soon.step.messages[0]!.text).toBe('Ich habe „Sa., 28.11.2026, 14:00 Uhr“ verstanden.');
    expect(soon.step.messages[1]!.text).toMatch(/Art\. 19 LStVG/);
    expect(soon.state!.field).toBe('ende');
    const later = run(v, [...upToDate, '12.7. 14 Uhr']);
    expect(later.step.messages.map((m) => m.text).join(' ')).not.toMatch(/LStVG/);
    expect(later.state!.answers.beginn).toBe('2027-07-12T12:00:00.000Z');
    expect(run(v, [...upToDate, 'irgendwann']).step.messages[0]!.text).toMatch(/Datum und Uhrzeit/);
    expect(run(v, [...upToDate, '12.7.']).step.messages[0]!.text).toMatch(/Datum und Uhrzeit/);
    expect(run(v, [...upToDate, 'heute 8 Uhr']).step.messages[0]!.text).toMatch(/Vergangenheit/);
  });

  it('"Gesangverein Frohsinn, am 12.7. um 18 Uhr" at the organiser takes the club and the start (trial 31: the date had stayed in the club)', () => {
    const { state } = run(v, ['Gesangverein Frohsinn Mömbris, am 12.7. um 18 Uhr']);
    expect(state!.answers).toMatchObject({ veranstalter: 'Gesangverein Frohsinn Mömbris', beginn: '2027-07-12T16:00:00.000Z' });
    expect(state!.field).toBe('verantwortlicher');
  });

  it('"so 150 Leute, Ausschank von Glühwein gibts auch" at the visitors takes both (trial 31: refused as no number)', () => {
    const { state } = run(v, [...upToDate, '12.7. 14 Uhr', '22 Uhr', 'so 150 Leute, Ausschank von Glühwein gibts auch']);
    expect(state!.answers).toMatchObject({ besucher: 150, alkohol: 'Ja' });
    expect(state!.field).toBe('musik');
  });

  it('"ja, ne Liveband" to the music is a yes: "ne" is the article (trial 42: "Bitte wählen Sie: Ja, Nein.")', () => {
    const asked = run(v, [...upToDate, '12.7. 14 Uhr', '22 Uhr', '150', 'Nein']);
    expect(asked.state!.field).toBe('musik');
    expect(advance(v, asked.state!, { text: 'ja, ne Liveband' }).state!.answers.musik).toBe('Ja');
  });

  it('"mir singe selber, also ja live" to the music is a yes (trial 61: asked again)', () => {
    const asked = run(v, [...upToDate, '12.7. 14 Uhr', '22 Uhr', '150', 'Nein']);
    expect(advance(v, asked.state!, { text: 'mir singe selber, also ja live' }).state!.answers.musik).toBe('Ja');
  });

  it('keeps a day given without its time and asks only for the time; "14 bis 23 Uhr" then is the start and the end', () => {
    const { step, state } = run(v, [...upToDate, '16.05.2027']);
    expect(step.messages[0]!.text).toMatch(/^Um wie viel Uhr am 16\.05\.2027\?/);
    expect(state!.field).toBe('beginn');
    const timed = run(v, [...upToDate, '16.05.2027', '14 bis 23 Uhr']);
    expect(timed.state!.answers).toMatchObject({ beginn: '2027-05-16T12:00:00.000Z', ende: '2027-05-16T21:00:00.000Z' });
    // A day alone that is not the question's answer either is not kept: "irgendwann" is asked again as before.
    expect(run(v, [...upToDate, '16.05.2027', 'irgendwann']).state!.field).toBe('beginn');
  });

  it('keeps a day the first message gave without its time, and asks only for the time when the start comes (trial 37: the day had been asked again)', () => {
    let step = start(v, 'Wir wollen unser Sommerfest am 14. Februar beim Ordnungsamt anzeigen');
    for (const text of ['TSV Mömbris', 'Erika Muster', 'Festplatz']) step = advance(v, step.state!, { text });
    expect(step.state!.field).toBe('beginn');
    expect(step.messages.at(-1)!.text).toMatch(/^Um wie viel Uhr am 14\.02\.2027\?/);
    step = advance(v, step.state!, { text: '19 Uhr' });
    expect(step.state!.answers.beginn).toBe('2027-02-14T18:00:00.000Z');
    expect(step.state!.field).toBe('ende');
    // A whole answer typed there instead still counts as it is.
    let other = start(v, 'Wir wollen unser Sommerfest am 14. Februar beim Ordnungsamt anzeigen');
    for (const text of ['TSV Mömbris', 'Erika Muster', 'Festplatz', '21.2. 15 Uhr']) other = advance(v, other.state!, { text });
    expect(other.state!.answers.beginn).toBe('2027-02-21T14:00:00.000Z');
  });

  it('takes a Glühwein stand as the kind of event, with its drinks (trial 34: both had been asked again)', () => {
    const { state } = start(
      v,
      'Wir vom Gesangverein Eintracht wollen am 19.12. ab 16 Uhr einen Glühweinstand vor der Kirche in Schimborn machen',
    );
    expect(state!.answers).toMatchObject({ art: 'Glühweinstand', veranstalter: 'Gesangverein Eintracht', alkohol: 'Ja' });
  });

  it("takes a club's first message whole: organiser, kind, place with its Ortsteil, start and visitors, and warns when it is soon", () => {
    const said =
      'Wir vom TSV Schimborn möchten am Samstag, 28.11. ab 14 Uhr ein Sommerfest auf dem Sportplatz Schimborn machen, so 300-400 Leute';
    const { messages, state } = start(v, said);
    expect(messages[1]!.text).toBe(
      'Aus Ihrer Nachricht habe ich schon: Art: Sommerfest; Veranstalter: TSV Schimborn; Ort: Sportplatz Schimborn; Beginn: Sa., 28.11.2026, 14:00 Uhr; Besucherzahl: 400. Vor dem Absenden können Sie alles ändern.',
    );
    expect(messages[2]!.text).toMatch(/Art\. 19 LStVG/);
    expect(state!.field).toBe('verantwortlicher');
    // A day without a time is asked for, a month is no place, and a plan without a club asks who holds it.
    const vague = start(v, 'wir wollen im juli e grillfest im feuerwehrhaus machen');
    expect(vague.state!.answers).toEqual({ art: 'Grillfest', ort: 'Feuerwehrhaus' });
    expect(vague.state!.field).toBe('veranstalter');
    // "bis 23 Uhr" is the end, not the start; a span gives both; a club is named by its kind and name; music is said.
    const until = start(v, 'Unser Verein möchte am 18. Juli 2027 ein Sommerfest mit Musik bis 23 Uhr anmelden.');
    expect(until.state!.answers).toEqual({ art: 'Sommerfest', musik: 'Ja' });
    const span = start(
      v,
      'Der Gesangverein Frohsinn Mensengesäß möchte am 18.7.2027 von 15 bis 23 Uhr ein Sommerfest mit Livemusik machen',
    );
    expect(span.state!.answers).toMatchObject({
      veranstalter: 'Gesangverein Frohsinn Mensengesäß',
      beginn: '2027-07-18T13:00:00.000Z',
      ende: '2027-07-18T21:00:00.000Z',
      musik: 'Ja',
    });
    // The club's name ends with its sentence ("… Schimborn. Wir machen …"), not with the next word.
    const told = start(
      v,
      'Hallo, ich bin Vorsitzender vom Gesangverein Schimborn. Wir machen am 18. Juli 2027 unser Sommerfest am Festplatz.',
    );
    expect(told.state!.answers).toMatchObject({ veranstalter: 'Gesangverein Schimborn', ort: 'Festplatz' });
    expect(start(v, 'Der Musikverein St. Georg Brücken e. V. möchte ein Sommerfest machen').state!.answers).toMatchObject({
      veranstalter: 'Musikverein St. Georg Brücken e. V.',
    });
    // Alcohol said with the plan is not asked again (and brings the Gestattung's note); "ohne Alkohol" is no.
    const beer = start(v, 'Wir möchten als Verein unser Sommerfest mit Bierausschank am 18.07.2027 auf dem Dorfplatz anmelden');
    expect(beer.state!.answers).toMatchObject({ alkohol: 'Ja' });
    expect(beer.messages.map((m) => m.text).join('\n')).toMatch(/Gestattung/);
    expect(start(v, 'Wir machen ein Kinderfest ohne Alkohol am 18.07.2027').state!.answers).toMatchObject({ alkohol: 'Nein' });
    expect(start(v, 'Wir machen ein Spanferkelessen mit Schwein am Spieß').state!.answers).not.toHaveProperty('alkohol');
  });

  it('takes the end said with the start where the place is asked ("18.07.2027 von 11 bis 23 Uhr"), and does not ask for it again', () => {
    const step = run(v, [...upToDate.slice(0, 3), '18.07.2027 von 11 bis 23 Uhr', 'Festplatz']);
    expect(step.state!.answers).toMatchObject({ beginn: '2027-07-18T09:00:00.000Z', ende: '2027-07-18T21:00:00.000Z' });
    expect(step.state!.field).not.toBe('ende');
  });

  it('takes midnight and an end in the night as the night after the start', () => {
    const begun = run(v, [...upToDate, '12.7. 18 Uhr']).state!;
    for (const [said, end] of [
      ['Mitternacht', '2027-07-12T22:00:00.000Z'],
      ['24 Uhr', '2027-07-12T22:00:00.000Z'],
      ['2 Uhr nachts', '2027-07-13T00:00:00.000Z'],
    ] as const)
      expect(advance(v, begun, { text: said }).state!.answers.ende).toBe(end);
    expect(advance(v, begun, { text: '13 Uhr' }).messages[0]!.text).toMatch(/Ende muss nach dem Beginn/);
  });

  it('refuses a start day gone by at once, before its time is asked (trial 58: "Um wie viel Uhr am 14.03.2025?")', () => {
    const atStart = run(v, ['TSV Mömbris', 'Erika Muster', 'Frühlingskonzert', 'Festplatz Mömbris']);
    const past = advance(v, atStart.state!, { text: '14.03.2025' });
    expect(past.messages[0]!.text).toMatch(/^Dieser Zeitpunkt liegt in der Vergangenheit\./);
    expect(past.state!.partial).toBeUndefined();
    // A day to come keeps the day and asks its time.
    expect(advance(v, atStart.state!, { text: '14.03.2027' }).messages[0]!.text).toMatch(/^Um wie viel Uhr am 14\.03\.2027\?/);
  });

  it('refuses the kind of event where its place is asked ("Konzert"; trial 58: "Ort: Konzert" reached the Ordnungsamt)', () => {
    const kind = run(v, ['TSV Mömbris', 'Erika Muster', 'Frühlingskonzert', 'Konzert']);
    expect(kind.state!.field).toBe('ort');
    expect(kind.step.messages[0]!.text).toMatch(/^Das klingt nach der Art der Veranstaltung\. Bitte nennen Sie den Ort/);
    // A place with its name stays a place.
    for (const place of ['Festplatz Mömbris', 'im Sportheim Strötzbach', 'Konzertsaal im Bürgerhaus'])
      expect(run(v, ['TSV Mömbris', 'Erika Muster', 'Frühlingskonzert', place]).state!.field).toBe('beginn');
  });

  it('takes a place given for the kind of event as the place, with its street, says so and asks the kind again', () => {
    const placed = run(v, ['TSV Mömbris', 'Erika Muster', 'Sportplatz Brücken, Am Sportplatz 1']);
    expect(placed.state!.field).toBe('art');
    expect(placed.state!.answers.ort).toBe('Sportplatz Brücken, Am Sportplatz 1');
    expect(placed.step.messages[0]!.text).toBe('Ich habe „Sportplatz Brücken, Am Sportplatz 1“ als Ort verstanden.');
    // A kind with its place is a kind.
    expect(run(v, ['TSV Mömbris', 'Erika Muster', 'Konzert im Bürgerhaus']).state!.answers.art).toBe('Konzert im Bürgerhaus');
  });

  it('refuses an end without its year that lies before the start ("20.11." for a fête from 28.11.), not reading it as a year later', () => {
    // A start about three months ahead and an end eight days before it, whatever today is.
    const DAY = 24 * 60 * 60 * 1000;
    const dayAndMonth = (d: Date) => `${d.getDate()}.${d.getMonth() + 1}.`;
    const start = new Date(Date.now() + 100 * DAY);
    const begun = run(v, [...upToDate, `${dayAndMonth(start)} 14 Uhr`]).state!;
    expect(advance(v, begun, { text: `${dayAndMonth(new Date(start.getTime() - 8 * DAY))} 18 Uhr` }).messages[0]!.text).toMatch(
      /Ende muss nach dem Beginn/,
    );
    // Across the new year stays possible.
    const eve = run(v, [...upToDate, '31.12. 20 Uhr']).state!;
    expect(advance(v, eve, { text: '1.1. 2 Uhr' }).state!.answers.ende).toMatch(/-01-01T01:00:00\.000Z$/);
  });

  it('takes the end as a time on the same day, and refuses an end before the beginning', () => {
    const before = run(v, [...upToDate, 'nächsten Samstag halb drei', '13 Uhr']);
    expect(before.step.messages[0]!.text).toMatch(/Ende muss nach dem Beginn/);
    const { state } = run(v, [...upToDate, 'nächsten Samstag halb drei', '22 Uhr']);
    const beginn = new Date(String(state!.answers.beginn));
    expect(new Date(String(state!.answers.ende)).getTime() - beginn.getTime()).toBe(7.5 * 3600 * 1000);
    expect(state!.field).toBe('besucher');
  });

  it('points to the Gestattung when alcohol is served; changing the beginning asks for the end again', () => {
    const until = run(v, [...upToDate, '12.7. 14 Uhr', '12.7. 23 Uhr']).state!;
    // Estimates and numbers in words are understood and said back; anything else is asked again.
    expect(advance(v, until, { text: 'so 80' }).messages[0]!.text).toBe('Ich habe „80“ verstanden.');
    expect(advance(v, until, { text: 'ca. 1.500 Besucher' }).state!.answers.besucher).toBe(1500);
    expect(advance(v, until, { text: 'zweihundertfünfzig' }).state!.answers.besucher).toBe(250);
    expect(advance(v, until, { text: 'ganz viele' }).messages[0]!.text).toMatch(/Zahl/);
    const alc = advance(v, advance(v, until, { text: '200' }).state!, { text: 'Ja' });
    expect(alc.messages[0]!.text).toMatch(/Gestattung/);
    const done = run(v, [...upToDate, '12.7. 14 Uhr', '23 Uhr', '200', 'Nein', 'Ja', 'verein@example.de']);
    expect(done.state!.field).toBe(SUMMARY);
    expect(done.step.messages[0]!.text).toContain('Besucherzahl: 200');
    expect(done.step.messages[0]!.text).toContain('Beginn: Mo., 12.07.2027, 14:00 Uhr');
    expect(done.step.messages[0]!.text).toContain('Ende: Mo., 12.07.2027, 23:00 Uhr');
    const edit = advance(v, advance(v, done.state!, { text: 'Beginn ändern' }).state!, { text: '13.7. 14 Uhr' });
    expect(edit.state!.field).toBe('ende');
    const back = advance(v, edit.state!, { text: '18 Uhr' });
    expect(back.state!.field).toBe(SUMMARY);
    expect(back.messages.at(-1)!.text).toContain('Ende: Di., 13.07.2027, 18:00 Uhr');
  });

  it('Hund: takes an approximate birth date and reaches the summary with the answers', () => {
    const h = fixed['hund-anmelden']!;
    const vague = run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', 'ca. Frühjahr 2022']);
    expect(vague.step.messages[0]!.text).toBe('Ich habe „April 2022 (ungefähr)“ verstanden.');
    expect(vague.state!.answers.geburtsdatum).toBe('2022-04');
    // Not known at all ("weiß nicht", a dog from the shelter): kept as such (trial 60: a date had been asked again and again); a word that is no date is asked again.
    expect(run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', 'weiß nicht']).state!.answers.geburtsdatum).toBe(
      'unbekannt',
    );
    expect(run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', 'schon älter']).step.messages[0]!.text).toMatch(
      /Datum/,
    );
    expect(run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', '1.3.2030']).step.messages[0]!.text).toMatch(
      /Zukunft/,
    );
    const { step, state } = run(h, [
      'Erika Muster',
      `Hauptstraße 1, ${ortsteil}`,
      'Mischling',
      'Bello',
      'März 2024',
      '1.3.2026',
      'Nein',
      'Keine',
    ]);
    expect(state!.field).toBe(SUMMARY);
    expect(state!.answers).toMatchObject({ geburtsdatum: '2024-03', haltungsbeginn: '2026-03-01' });
    expect(step.messages[0]!.text).toContain('Geburtsdatum: März 2024 (ungefähr)');
    expect(step.messages[0]!.text).toContain('Haltungsbeginn: 01.03.2026');
  });

  it('Hund: a start of keeping before the birth date is asked again; the month of birth itself is possible', () => {
    const h = fixed['hund-anmelden']!;
    const born = ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', 'März 2024'];
    const early = run(h, [...born, '01.01.2020']);
    expect(early.step.messages[0]!.text).toMatch(/vor der Geburt des Hundes/);
    expect(early.state!.field).toBe('haltungsbeginn');
    expect(run(h, [...born, '20.3.2024']).state!.answers.haltungsbeginn).toBe('2024-03-20');
  });

  it('Hund: the age gives the birth date, roughly ("2 Jahre alt" with the breed, "8 Monate alt" when asked)', () => {
    const h = fixed['hund-anmelden']!;
    const withBreed = run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Bello, ein Labrador, 2 Jahre alt']);
    expect(withBreed.state!.answers.geburtsdatum).toBe('2024-11');
    expect(withBreed.state!.field).toBe('haltungsbeginn');
    const asked = run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', '8 Monate alt']);
    expect(asked.step.messages[0]!.text).toBe('Ich habe „März 2026 (ungefähr)“ verstanden.');
  });

  it('Hund: yes and no as said in dialect ("nee, der is ganz lieb", "nö"), "na klar" is yes, "ja nee" is asked again', () => {
    const h = fixed['hund-anmelden']!;
    const before = ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling', 'Bello', 'März 2024', '1.3.2026'];
    expect(run(h, [...before, 'nee, der is ganz lieb', 'nö']).state!.answers).toMatchObject({ listenhund: 'Nein', ermaessigung: 'Keine' });
    expect(run(h, [...before, 'naa']).state!.answers.listenhund).toBe('Nein');
    expect(run(h, [...before, 'na klar']).state!.answers.listenhund).toBe('Ja');
    const unsure = run(h, [...before, 'ja nee']);
    expect(unsure.state!.field).toBe('listenhund');
  });

  it('Hund: "Nein, der Hund ist ein Mischling, kein Labrador" at the yes/no question corrects the breed and asks that question again (trial 39: taken as "Nein")', () => {
    const h = fixed['hund-anmelden']!;
    const asked = run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Labrador', 'Bello', 'März 2024', '1.3.2026']);
    expect(asked.state!.field).toBe('listenhund');
    const corrected = advance(h, asked.state!, { text: 'Nein, der Hund ist ein Mischling, kein Labrador' });
    expect(corrected.state!.answers).toMatchObject({ rasse: 'Mischling' });
    expect(corrected.state!.answers.listenhund).toBeUndefined();
    expect(corrected.messages.map((m) => m.text)).toEqual(['Ich habe „Mischling“ als Rasse verstanden.', asked.step.messages.at(-1)!.text]);
    // In English, and "not a …" before the right one.
    const english = localize(h, 'en');
    const date = run(english, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Beagle', 'Bello']);
    const breed = advance(english, date.state!, { text: 'no, not a Beagle, it is a Dachshund' });
    expect(breed.state!.answers.rasse).toBe('Dachshund');
    expect(breed.state!.field).toBe('geburtsdatum');
    // A plain "Nein" and a "kein Kampfhund" answer the question; naming no earlier answer, nothing is corrected.
    expect(advance(h, asked.state!, { text: 'Nein, kein Kampfhund' }).state!.answers).toMatchObject({
      rasse: 'Labrador',
      listenhund: 'Nein',
    });
  });

  it('Hund: an earlier answer corrected in passing takes the new value, and the question asked goes on', () => {
    const h = fixed['hund-anmelden']!;
    const asked = run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Labrador', 'Bello']);
    expect(asked.state!.field).toBe('geburtsdatum');
    const corrected = advance(h, asked.state!, { text: 'ach nein, die Rasse ist falsch, es ist ein Golden Retriever' });
    expect(corrected.state!.answers.rasse).toBe('Golden Retriever');
    expect(corrected.messages.map((m) => m.text)).toEqual([
      'Ich habe „Golden Retriever“ als Rasse verstanden.',
      asked.step.messages.at(-1)!.text,
    ]);
    // Without the right value, that question comes again; answered, the request goes on where it was.
    const again = advance(h, corrected.state!, { text: 'die Anschrift ist falsch' });
    expect(again.state!.field).toBe('anschrift');
    expect(advance(h, again.state!, { text: `Bergstraße 4, ${ortsteil}` }).state!.field).toBe('geburtsdatum');
  });

  it('Hund: a breed not known ("weiß ich nicht", "keine Ahnung") is kept as "unbekannt", not as the words (trial 38)', () => {
    const h = fixed['hund-anmelden']!;
    for (const said of ['weiß ich nicht', 'Keine Ahnung.', 'ich weiß es leider nicht genau'])
      expect(run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, said]).state!.answers.rasse).toBe('unbekannt');
    expect(run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Mischling, weiß nicht genau welcher']).state!.answers.rasse).toBe(
      'Mischling, weiß nicht genau welcher',
    );
  });

  it('Hund: the value told after the correction\'s word ("das Geburtsdatum ist falsch, er ist im Mai 2023 geboren") is taken (trial 38: the date was asked again)', () => {
    const h = fixed['hund-anmelden']!;
    const asked = run(h, ['Erika Muster', `Hauptstraße 1, ${ortsteil}`, 'Labrador', 'Bello', 'März 2024']);
    expect(asked.state!.field).toBe('haltungsbeginn');
    const corrected = advance(h, asked.state!, { text: 'nein, das Geburtsdatum ist falsch, er ist im Mai 2023 geboren' });
    expect(corrected.messages[0]!.text).toBe('Ich habe „Mai 2023 (ungefähr)“ als Geburtsdatum verstanden.');
    expect(corrected.state!.field).toBe('haltungsbeginn');
    expect(corrected.state!.answers.geburtsdatum).not.toBe(asked.state!.answers.geburtsdatum);
  });

  it('a street corrected at the summary without its Ortsteil is kept and only the Ortsteil asked (trial 39: the place was asked again from the start)', () => {
    const m = flows.maengelmelder!;
    const atSummary = run(m, [
      'Straßenschaden',
      `Hauptstraße 12, ${ortsteil}`,
      'Ein tiefes Loch in der Fahrbahn',
      'überspringen',
      'überspringen',
    ]);
    expect(atSummary.state!.field).toBe('bestaetigung');
    const corrected = advance(m, atSummary.state!, { text: 'nein, die Straße ist falsch, es ist die Bahnhofstraße 3' });
    expect(corrected.messages.at(-1)!.text).toBe('Danke. In welchem Ortsteil ist „Bahnhofstraße 3“?');
    const done = advance(m, corrected.state!, { text: ortsteil });
    expect(done.state!.answers.ort).toBe(`Bahnhofstraße 3 ${ortsteil}`);
    expect(done.state!.field).toBe('bestaetigung');
  });

  it('corrections in everyday words: "die Adresse ist …" for the Ort, "ich wohne in …" for the Anschrift, "die Nummer ist …" at the summary', () => {
    const m = flows.maengelmelder!;
    const atPhoto = run(m, ['Straßenschaden', `${ortsteil}, Kahlgrundstraße Höhe Bäckerei`, 'Ein tiefes Loch in der Fahrbahn']);
    expect(atPhoto.state!.field).toBe('foto');
    const place = advance(m, atPhoto.state!, { text: `nein, falsch, die Adresse ist Kahlgrundstraße 5 in ${ortsteil}` });
    expect(place.state!.answers.ort).toBe(`Kahlgrundstraße 5 in ${ortsteil}`);
    expect(place.state!.field).toBe('foto');
    const h = fixed['hund-anmelden']!;
    const atBreed = run(h, ['Erika Muster', `Rathausstraße 4, ${ortsteil}`]);
    expect(atBreed.state!.field).toBe('rasse');
    const moved = advance(h, atBreed.state!, { text: `ach nein, ich wohne in der Rathausstraße 14 in ${ortsteil}` });
    expect(moved.state!.answers.anschrift).toBe(`Rathausstraße 14 in ${ortsteil}`);
    expect(moved.state!.answers.rasse).toBeUndefined();
    expect(moved.state!.field).toBe('rasse');
    // Another number in the same street keeps the Ortsteil said before (trial 31), and says it back.
    const renumbered = advance(h, atBreed.state!, { text: 'ach nein, ich wohne in der Rathausstraße 14' });
    expect(renumbered.state!.answers.anschrift).toBe(`Rathausstraße 14, ${ortsteil}`);
    expect(renumbered.messages[0]!.text).toBe(`Ich habe „Rathausstraße 14, ${ortsteil}“ als Anschrift verstanden.`);
    // Another street without its Ortsteil is asked again, never taken as the breed.
    const unsure = advance(h, atBreed.state!, { text: 'ach nein, ich wohne in der Bahnhofstraße 14' });
    expect(unsure.state!.answers.rasse).toBeUndefined();
    expect(unsure.state!.field).toBe('anschrift');
    const c = flows.rueckruf!;
    const atSummary = run(c, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja']);
    expect(atSummary.state!.field).toBe(SUMMARY);
    const number = advance(c, atSummary.state!, { text: 'nein, falsch, die Nummer ist 06029 99888' });
    expect(number.state!.field).toBe(SUMMARY);
    expect(number.messages.map((m) => m.text).join('\n')).toMatch(/Kontakt: \+49 6029 99888/);
    // Someone else as the person ("für meine Frau … Sabine Klein") corrects the name, though "Termin" is named too.
    const forWife = advance(c, atSummary.state!, { text: 'nein falsch, der termin soll für meine frau sein, Sabine Klein' });
    expect(forWife.state!.field).toBe(SUMMARY);
    expect(forWife.state!.answers.name).toBe('Sabine Klein');
  });

  it('at the summary, an answer changed in the words a first message is read with ("moment, der is eigentlich en labrador-mischling") is taken (it had been refused)', () => {
    const h = fixed['hund-anmelden']!;
    const atSummary = run(h, [
      'Erika Muster',
      `Rathausstraße 4, ${ortsteil}`,
      'Labrador',
      'Bello',
      '2.3.2024',
      '1.11.2026',
      'Nein',
      'Keine',
    ]);
    expect(atSummary.state!.field).toBe(SUMMARY);
    const changed = advance(h, atSummary.state!, { text: 'moment, der is eigentlich en labrador-mischling' });
    expect(changed.state!.field).toBe(SUMMARY);
    expect(changed.state!.answers.rasse).toMatch(/^Labrador-mischling$/i);
    expect(changed.messages[0]!.text).toMatch(/als Rasse verstanden/);
  });

  it('at the summary, a field named with its number or its new place ("ruft mich lieber auf em handy an: 0160 …", "der ort is falsch, es is …") takes it (it had asked again)', () => {
    const c = flows.rueckruf!;
    const atSummary = run(c, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags', 'Ja']);
    const mobile = advance(c, atSummary.state!, { text: 'moment, ruft mich lieber auf em handy an: 0160 9876543' });
    expect(mobile.state!).toMatchObject({ field: SUMMARY, answers: { kontakt: '+49 160 9876543' } });
    const m = flows.maengelmelder!;
    const report = run(m, ['Straßenschaden', `Hauptstraße 12, ${ortsteil}`, 'Ein tiefes Schlagloch', 'überspringen', '06029 9988']);
    expect(report.state!.field).toBe(SUMMARY);
    const place = advance(m, report.state!, { text: `der ort is falsch, es is die Hauptstraße 21 in ${ortsteil}` });
    expect(place.state!).toMatchObject({ field: SUMMARY, answers: { ort: `Hauptstraße 21 in ${ortsteil}` } });
  });

  it('"ach nee, bitte per E-Mail: …" at the call-back’s phone question changes the way and takes the address (it had been refused as no phone number)', () => {
    const c = flows.rueckruf!;
    const atPhone = run(c, ['Frage zur Abwassergebühr', 'Monika Hahn', 'Telefon']);
    expect(atPhone.state!.field).toBe('kontakt');
    const mail = advance(c, atPhone.state!, { text: 'ach nee, bitte per E-Mail: monika.hahn@gmx.de' });
    expect(mail.state!).toMatchObject({ field: 'einwilligung', answers: { kontaktweg: 'E-Mail', kontakt: 'monika.hahn@gmx.de' } });
    expect(advance(c, atPhone.state!, { text: '06029 7788' }).state!).toMatchObject({
      field: 'erreichbarkeit',
      answers: { kontaktweg: 'Telefon', kontakt: '+49 6029 7788' },
    });
  });

  it('another way chosen after "zurück" asks for its address instead of keeping the old number, and the way is wished in words or with "(at)" (trial 33: the phone number had been kept as the e-mail contact)', () => {
    const c = flows.rueckruf!;
    const numbered = run(c, ['Frage zu meinem Bauantrag', 'Dieter Kraus', '0171 1234567']);
    expect(numbered.state!).toMatchObject({ field: 'erreichbarkeit', answers: { kontaktweg: 'Telefon', kontakt: '+49 171 1234567' } });
    const atPhone = advance(c, numbered.state!, { text: 'zurück' });
    expect(atPhone.state!.field).toBe('kontakt');
    const atWay = advance(c, atPhone.state!, { text: 'zurück' });
    expect(atWay.state!.field).toBe('kontaktweg');
    const byMail = advance(c, atWay.state!, { text: 'E-Mail' });
    expect(byMail.state!.field).toBe('kontakt');
    expect(byMail.state!.answers.kontakt).toBeUndefined();
    expect(byMail.messages.at(-1)!.text).toContain('An welche E-Mail-Adresse');
    // At the phone's question: the way in words, then its address; or the address with "(at)".
    const inWords = advance(c, atPhone.state!, { text: 'Ich möchte nicht angerufen werden, sondern eine E-Mail bekommen' });
    expect(inWords.state!).toMatchObject({ field: 'kontakt', answers: { kontaktweg: 'E-Mail' } });
    expect(inWords.state!.answers.kontakt).toBeUndefined();
    expect(advance(c, inWords.state!, { text: 'dieter.kraus@web.de' }).state!.answers.kontakt).toBe('dieter.kraus@web.de');
    const writtenOut = advance(c, atPhone.state!, { text: 'lieber per email: dieter.kraus(at)web.de' });
    expect(writtenOut.state!).toMatchObject({ field: 'einwilligung', answers: { kontaktweg: 'E-Mail', kontakt: 'dieter.kraus@web.de' } });
  });

  it('a name with its telephone number in one message ("Max Mustermann, 06029 1234") answers both questions', () => {
    const e = flows['veranstaltung-anzeigen']!;
    const both = run(e, ['Sportverein Schimborn', 'Max Mustermann, 06029 1234']);
    expect(both.state!.answers).toMatchObject({ verantwortlicher: 'Max Mustermann', kontakt: '+49 6029 1234' });
    const c = flows.rueckruf!;
    const called = run(c, ['Frage zu meiner Grundsteuer', 'Maria Klein, 06029 5566']);
    expect(called.state!.answers).toMatchObject({ name: 'Maria Klein', kontaktweg: 'Telefon', kontakt: '+49 6029 5566' });
    expect(called.state!.field).toBe('erreichbarkeit');
    // Said in the first message, with "unter" and "ich bin": each taken, none of it kept in the matter.
    const first = start(c, 'bitte ruft mich zurück unter 06029 5566, ich bin Maria Klein, es geht um die kita gebühren');
    expect(first.state!.answers).toMatchObject({ name: 'Maria Klein', kontakt: '+49 6029 5566' });
    expect(first.state!.answers.anliegen).not.toMatch(/5566|Maria|unter/);
  });

  it('a correction with its value in everyday words: "des is für mein mann, der heißt …", "des war hausnummer 7 net 3"', () => {
    const c = flows.rueckruf!;
    const atSummary = run(c, ['Frage zu meinem Bauantrag', 'Gerlinde Hofmann', 'Telefon', '06029 12345', 'vormittags', 'Ja']);
    const husband = advance(c, atSummary.state!, { text: 'ach halt, des is für mein mann, der heißt Erwin Hofmann' });
    expect(husband.state!.answers.name).toBe('Erwin Hofmann');
    expect(husband.state!.field).toBe(SUMMARY);
    const m = flows.maengelmelder!;
    const atPhoto = run(m, ['Straßenbeleuchtung', `Schimborner Straße 3, ${ortsteil}`, 'Die Lampe ist ganz dunkel']);
    const number = advance(m, atPhoto.state!, { text: 'ne sorry des war hausnummer 7 net 3' });
    expect(number.state!.answers.ort).toBe(`Schimborner Straße 7, ${ortsteil}`);
    expect(number.state!.field).toBe('foto');
  });

  it('a correction in dialect ("richtig is …") or with "ändern: …" takes the value said with it, also at another question', () => {
    const c = flows.rueckruf!;
    const atConsent = run(c, ['Frage zu meinem Bauantrag', 'Erika Muster', 'Telefon', '06029 12345', 'vormittags']);
    expect(atConsent.state!.field).toBe('einwilligung');
    for (const text of ['die Nummer is falsch, richtig is 0151 23456789', 'Telefonnummer ändern: 0151 23456789']) {
      const corrected = advance(c, atConsent.state!, { text });
      expect(corrected.state!.answers.kontakt).toBe('+49 1512 3456789');
      expect(corrected.state!.field).toBe('einwilligung');
    }
  });

  it('Hund: a reply word is no holder\'s name ("ok weiter" had been stored as the name on the tax notice)', () => {
    const h = fixed['hund-anmelden']!;
    const replied = run(h, ['ok weiter']);
    expect(replied.state!.field).toBe('halter');
    expect(replied.step.messages[0]!.text).toMatch(/Vor- und Nachnamen/);
  });

  it("Hund: the dog's name is asked after its breed and kept wherever it is said (trials 54–58 told it and it was lost)", () => {
    const h = fixed['hund-anmelden']!;
    const address = `Am Rain 3, ${ortsteil}`;
    const asked = run(h, ['Gerda Schmitt', address, 'Dackel']);
    expect(asked.state!.field).toBe('hundename');
    expect(asked.step.messages.at(-1)!.text).toBe('Wie heißt der Hund?');
    expect(advance(h, asked.state!, { text: 'er heißt bello' }).state!.answers.hundename).toBe('Bello');
    // None yet, said so: kept as such, not asked again.
    const none = advance(h, asked.state!, { text: 'hat noch keinen' });
    expect(none.state!.answers.hundename).toBe('noch ohne Namen');
    expect(none.state!.field).toBe('geburtsdatum');
    // An address is no name: it corrects the address, and the name is asked again.
    const moved = advance(h, asked.state!, { text: `Hauptstraße 7, ${ortsteil}` });
    expect(moved.state!.answers).toMatchObject({ anschrift: `Hauptstraße 7, ${ortsteil}` });
    expect(moved.state!.answers.hundename).toBeUndefined();
    expect(moved.state!.field).toBe('hundename');
    // Said where the breed is asked: the name kept and the breed asked again; both said, both kept.
    const atBreed = run(h, ['Gerda Schmitt', address, 'er heißt bello']);
    expect(atBreed.state!.answers.hundename).toBe('Bello');
    expect(atBreed.state!.field).toBe('rasse');
    expect(run(h, ['Gerda Schmitt', address, 'Er heißt Bello und ist ein Labrador']).state!.answers).toMatchObject({
      rasse: 'Labrador',
      hundename: 'Bello',
    });
    // Said where the address is asked (trial 58: the address hint came and the name and breed were lost).
    const atAddress = run(h, ['Gerda Schmitt', 'der Hund heißt Bello und is en Dackel']);
    expect(atAddress.state!.answers).toMatchObject({ rasse: 'Dackel', hundename: 'Bello' });
    expect(atAddress.state!.field).toBe('anschrift');
    // At the summary, in a sentence (trial 58: "Bitte wählen Sie „Absenden“ …" and nothing kept).
    const atSummary = run(h, ['Gerda Schmitt', address, 'Dackel', 'Rex', 'März 2024', '1.11.2026', 'Nein', 'Keine']);
    expect(atSummary.state!.field).toBe(SUMMARY);
    expect(atSummary.step.messages.at(-1)!.text).toContain('Hundename: Rex');
    const renamed = advance(h, atSummary.state!, { text: 'der Hund heißt Bello' });
    expect(renamed.state!.answers.hundename).toBe('Bello');
    expect(renamed.state!.field).toBe(SUMMARY);
  });

  it('Hund: a date where the breed is asked is the birth or the start, and the breed is asked again (trial 59: "Rasse: seit gestern")', () => {
    const h = fixed['hund-anmelden']!;
    const born = run(h, ['Hans Müller', `Am Rain 3, ${ortsteil}`, 'März 2023']);
    expect(born.state!.answers).toMatchObject({ geburtsdatum: '2023-03' });
    expect(born.state!.answers.rasse).toBeUndefined();
    expect(born.state!.field).toBe('rasse');
    const since = advance(h, born.state!, { text: 'seit gestern' });
    expect(since.state!.answers).toMatchObject({ haltungsbeginn: '2026-11-24' });
    expect(since.state!.answers.rasse).toBeUndefined();
    expect(since.state!.field).toBe('rasse');
    expect(advance(h, since.state!, { text: 'Labrador' }).state!.field).toBe('hundename');
  });

  it('Hund: at the summary, a street without a street word corrected by its number keeps the Ortsteil ("es is Am Rain 5", trial 58: the address was asked again)', () => {
    const h = fixed['hund-anmelden']!;
    const atSummary = run(h, ['Gerda Schmitt', `Am Rain 3, ${ortsteil}`, 'Dackel', 'Rex', 'März 2024', '1.11.2026', 'Nein', 'Keine']);
    const corrected = advance(h, atSummary.state!, { text: 'Ach nee, die Adresse is falsch, es is Am Rain 5' });
    expect(corrected.state!.answers.anschrift).toBe(`Am Rain 5, ${ortsteil}`);
    expect(corrected.state!.field).toBe(SUMMARY);
  });

  it('Hund: takes breed and start from the first message, and asks the rest', () => {
    const h = fixed['hund-anmelden']!;
    const first = start(h, 'Ich möchte meinen Hund anmelden, einen Labrador namens Bruno, seit 24.11.');
    expect(first.state!.answers).toEqual({ rasse: 'Labrador', hundename: 'Bruno', haltungsbeginn: '2026-11-24' });
    expect(first.state!.field).toBe('halter');
    // A mixed breed keeps that it is mixed (it had been stored as "Labrador").
    expect(
      start(h, 'Ich habe mir einen Hund aus dem Tierheim geholt, einen Labrador-Mischling. Muss ich den anmelden?').state!.answers.rasse,
    ).toBe('Labrador-Mischling');
    expect(start(h, 'wir ham seit gestern en mischling aus em tierheim').state!.answers).toEqual({
      rasse: 'Mischling',
      haltungsbeginn: '2026-11-24',
    });
    // The birth date said with the wish is not asked again.
    expect(start(h, 'Wir haben einen neuen Hund, geboren März 2025, ich möchte ihn anmelden').state!.answers).toEqual({
      geburtsdatum: '2025-03',
    });
    expect(start(h, 'Hund anmelden, ein Dackel, geb. 14.3.2024').state!.answers).toEqual({ rasse: 'Dackel', geburtsdatum: '2024-03-14' });
  });
});

describe('the flows of the catalogue', () => {
  it('has a definition with the same title for every flow topic the router can decide on', () => {
    const topics = loadIntents().filter((i) => i.kind === 'flow');
    expect(topics.length).toBeGreaterThanOrEqual(5);
    for (const topic of topics) expect(flows[topic.id]?.title).toBe(topic.title);
  });
});
