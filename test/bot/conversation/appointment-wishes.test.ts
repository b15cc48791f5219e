// Appointments on the day the citizen wants: a day, a time or a window in their own words, the
// free slots that fit offered day by day, an exact time taken when it is free, and the booking as
// a calendar file. The clock stands at Monday, 30 November 2026, 11:00 in Mömbris (only Date is
// faked; timers and I/O run for real).
import { startTestAssistant, TestConversation, allText, promptOf, type TestAssistant } from '../../helpers/harness';

const NOW = new Date('2026-11-30T10:00:00Z');
const timeOf = (label: string): string => /(\d{2}:\d{2}) Uhr$/.exec(label)![1]!;

let assistant: TestAssistant;
beforeAll(async () => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
  assistant = await startTestAssistant();
});
afterAll(async () => {
  await assistant.stop();
  jest.useRealTimers();
});

async function bookingFor(service: string, channel = 'test'): Promise<TestConversation> {
  const c = new TestConversation(assistant.url, undefined, channel);
  await c.say('Termin vereinbaren');
  const r = await c.say(service);
  expect(promptOf(r)).toMatchObject({ field: 'zeitfenster' });
  return c;
}

describe('a button picked by its place', () => {
  it('"den zweiten" takes the second day offered and "1" its first time (they had been "nicht als Tag oder Uhrzeit verstanden")', async () => {
    const c = await bookingFor('Personalausweis');
    const days = promptOf(await c.say('nächsten Dienstag nachmittag'))!.choices!;
    expect(days.length).toBeGreaterThanOrEqual(2);
    const times = promptOf(await c.say('den zweiten'))!.choices!;
    expect(times.every((label) => label.startsWith(days[1]!.slice(0, 15)))).toBe(true);
    expect(allText(await c.say('1'))).toContain(`Ich habe „${times[0]}“ verstanden.`);
  });
});

describe('a wish for the day and time', () => {
  it('says that the next of the weekday wished for is closed before the later ones are offered (trial 47: next week came without a word)', async () => {
    const town = assistant.services.town;
    const bureau = assistant.services.municipality.offices.buergerbuero!;
    await town.saveOffice(
      'buergerbuero',
      { hours: bureau.hours, closures: [{ date: '2026-12-01', label: 'Betriebsausflug', hours: [] }] },
      'test',
    );
    try {
      const r = await new TestConversation(assistant.url).say('Termin für Reisepass am Dienstag');
      expect(allText(r)).toMatch(/Bürgerbüro: am Dienstag, 1\. Dezember geschlossen \(Betriebsausflug\)\./);
      expect(promptOf(r)!.choices!.some((choice) => choice.includes('01.12.2026'))).toBe(false);
    } finally {
      await town.resetOffice('buergerbuero', 'test');
    }
  });

  it("leaves out the weekdays said not to suit, in the first message and at the day's question (trial 42: only those had been offered)", async () => {
    const first = new TestConversation(assistant.url);
    const days = promptOf(
      await first.say('Ich brauch einen Termin für ein Führungszeugnis, aber bitte nicht am Freitag und nicht am Montag'),
    )!.choices!;
    expect(days.length).toBeGreaterThan(1);
    expect(days.some((day) => /^(Mo|Fr)\./.test(day))).toBe(false);
    const c = await bookingFor('Meldebescheinigung');
    const later = promptOf(await c.say('nicht am Montag'))!.choices!;
    expect(later.length).toBeGreaterThan(1);
    expect(later.some((day) => day.startsWith('Mo.'))).toBe(false);
    const english = new TestConversation(assistant.url);
    await english.say('English', { locale: 'en-US' });
    const mornings = promptOf(
      await english.say('I need an appointment for a certificate of residence, any morning next week but not on Friday', {
        locale: 'en-US',
      }),
    )!.choices!;
    expect(mornings.length).toBeGreaterThan(1);
    expect(mornings.some((day) => day.startsWith('Fri'))).toBe(false);
  });

  it('keeps "vormittags" said in the first message or before the day, also when the day is typed without it (trial 32)', async () => {
    const first = new TestConversation(assistant.url);
    const days = promptOf(await first.say('Ich brauche einen Termin für einen Personalausweis, vormittags'))!.choices!;
    // It had answered "Dafür ist in den nächsten Wochen leider kein Termin frei" and offered every day.
    expect(days.length).toBeGreaterThan(1);
    expect(days.every((day) => day.endsWith('bis 12:00 Uhr'))).toBe(true);
    const c = await bookingFor('Personalausweis');
    const offered = promptOf(await c.say('vormittags'))!.choices!;
    const times = promptOf(await c.say(offered[1]!.replace(/ bis 12:00 Uhr$/, '')))!.choices!;
    expect(times.length).toBeGreaterThan(1);
    expect(times.every((label) => timeOf(label) < '12:00')).toBe(true);
  });

  it('a time said alone after choosing a day ("so um 10") is that day, also once the time has passed today', async () => {
    const c = await bookingFor('Personalausweis');
    await c.say('am 8.12.');
    expect(allText(await c.say('so um 10'))).toContain('Ich habe „Di., 08.12.2026, 10:00 Uhr“ verstanden.');
    // A bare hour where the day's times are offered is that hour (it had been "nicht als Tag oder Uhrzeit verstanden" three times).
    const bare = await bookingFor('Reisepass');
    await bare.say('am 8.12.');
    expect(allText(await bare.say('10'))).toContain('Ich habe „Di., 08.12.2026, 10:00 Uhr“ verstanden.');
    // "termin fürn perso" starts the booking with its service (it had answered the ID card).
    const short = new TestConversation(assistant.url);
    const started = await short.say('termin fürn perso');
    expect(promptOf(started)).toMatchObject({ flow: 'termin-buchen', field: 'zeitfenster' });
    expect(allText(started)).toContain('Anliegen: Personalausweis');
    const other = await bookingFor('Personalausweis');
    // "nächste Woch" in dialect with a weekday: that weekday of next week only.
    expect(promptOf(await other.say('nächste woch dienstag'))?.choices?.every((label) => label.startsWith('Di., 08.12.2026'))).toBe(true);
  });

  it('understands a wish in English: "Saturday morning" is closed, "Thursday after 4 pm" offers Thursdays from 16:00, with English day and time buttons', async () => {
    const c = new TestConversation(assistant.url);
    await c.say('English');
    await c.say('Termin im Bürgerbüro vereinbaren');
    expect(promptOf(await c.say('Reisepass'))).toMatchObject({ field: 'zeitfenster' });
    let r = await c.say('saturday morning please');
    expect(allText(r)).toMatch(/Bürgerbüro: closed on Saturdays\. There are free times on these days:/);
    r = await c.say('Thursday after 4 pm');
    expect(promptOf(r)?.choices).toEqual(['Thu, 3 Dec 2026 from 16:00', 'Thu, 10 Dec 2026 from 16:00']);
    r = await c.say('Thu, 3 Dec 2026 from 16:00');
    expect(allText(r)).toContain('On Thursday 3 December, these times are free.');
    expect(promptOf(r)?.choices?.[0]).toBe('Thu, 3 Dec 2026, 16:00');
    r = await c.say('Thu, 3 Dec 2026, 16:30');
    expect(allText(r)).toContain('“Thu, 3 Dec 2026, 16:30”');
    expect(promptOf(r)).toMatchObject({ field: 'name' });
    // Written in their own words, in English: a day and a time.
    const other = new TestConversation(assistant.url);
    await other.say('English');
    await other.say('I need an appointment');
    await other.say('Reisepass');
    expect(promptOf(await other.say('on the 8th of December at 10')) ?? {}).toMatchObject({ field: 'name' });
  });

  it('a wish in the message that starts the booking narrows the first offer ("… am Donnerstag nach 16 Uhr")', async () => {
    const r = await new TestConversation(assistant.url).say('Ich möchte einen Termin für meinen Personalausweis am Donnerstag nach 16 Uhr');
    expect(promptOf(r)).toMatchObject({ field: 'zeitfenster' });
    expect(promptOf(r)?.choices).toEqual(['Do., 03.12.2026 ab 16:00 Uhr', 'Do., 10.12.2026 ab 16:00 Uhr']);
    // Without a wish, the next free days.
    const plain = await new TestConversation(assistant.url).say('Ich möchte einen Termin für meinen Personalausweis');
    expect(promptOf(plain)?.choices?.[0]).toBe('Mo., 30.11.2026');
    // An exact time that is free is said to be free, to be taken with one tap.
    const exact = await new TestConversation(assistant.url).say('Ich brauche einen Termin für meinen neuen Reisepass am Freitag um 9');
    expect(promptOf(exact)?.choices).toEqual(['Fr., 04.12.2026, 09:00 Uhr']);
    expect(allText(exact)).toContain('„Fr., 04.12.2026, 09:00 Uhr“ ist frei. Passt das? Dann tippen Sie darauf.');
  });

  it('a day the Bürgerbüro is closed is said so (Saturday, a holiday), with the days that are free', async () => {
    const c = await bookingFor('Personalausweis');
    let r = await c.say('am samstag vormittag');
    expect(allText(r)).toMatch(/^Bürgerbüro: samstags geschlossen\. An diesen Tagen ist etwas frei:/m);
    expect(allText(r)).not.toMatch(/kein Termin frei/);
    expect(promptOf(r)?.choices?.[0]).toBe('Mo., 30.11.2026');
    // A holiday within the days booked here (one beyond them is said to be beyond them, below).
    jest.setSystemTime(new Date('2026-12-18T10:00:00Z'));
    try {
      r = await c.say('am 25.12.');
      expect(allText(r)).toMatch(/Bürgerbüro: am Freitag, 25\. Dezember geschlossen\./);
    } finally {
      jest.setSystemTime(NOW);
    }
    // A weekday it is open keeps its free times.
    r = await c.say('am 8.12. vormittags');
    expect(allText(r)).toMatch(/Am Dienstag, 8\. Dezember, sind diese Zeiten frei/);
  });

  it('"Donnerstag nach 16 Uhr" offers only Thursdays, then only times from 16:00, including the long first Thursday', async () => {
    const c = await bookingFor('Reisepass');
    // A question mark does not make it a question for the router: it is a wish for the slot.
    let r = await c.say('geht auch Donnerstag nach 16 Uhr?');
    expect(allText(r)).not.toMatch(/Öffnungszeiten|Montag/);
    expect(promptOf(r)?.choices).toEqual(['Do., 03.12.2026 ab 16:00 Uhr', 'Do., 10.12.2026 ab 16:00 Uhr']);
    r = await c.say('Do., 03.12.2026 ab 16:00 Uhr');
    const times = promptOf(r)!.choices!;
    expect(times.length).toBeGreaterThan(3);
    for (const label of times) {
      expect(label).toMatch(/^Do\., 03\.12\.2026, /);
      expect(timeOf(label) >= '16:00').toBe(true);
    }
    // The first Thursday of the month is open until 20:00: a 30-minute Reisepass can start at 19:30.
    expect(times.at(-1)).toBe('Do., 03.12.2026, 19:30 Uhr');
    expect(allText(r)).toMatch(/Am Donnerstag, 3\. Dezember, sind diese Zeiten frei/);
  });

  it('"Donnerstag 16:30" is taken at once and said back; the booking holds 30 minutes and comes as a calendar file', async () => {
    const c = await bookingFor('Reisepass', 'emulator');
    let r = await c.say('Donnerstag 16:30');
    expect(allText(r)).toContain('Ich habe „Do., 03.12.2026, 16:30 Uhr“ verstanden.');
    expect(promptOf(r)?.field).toBe('name');
    await c.say('Erika Muster');
    await c.say('erika@example.org');
    r = await c.say('Absenden');
    const reference = /MOE-\d{4}-\d{5}/.exec(allText(r))![0];
    const stored = await assistant.services.store.get<{ answers: Record<string, unknown> }>(`cases/${reference}`);
    expect(stored?.answers.zeitfenster).toEqual({ date: '2026-12-03', time: '16:30', minutes: 30 });
    expect((await assistant.services.store.keys('appointments/slots/2026-12-03/')).sort()).toEqual([
      'appointments/slots/2026-12-03/16:30',
      'appointments/slots/2026-12-03/16:45',
    ]);
    const attachments = r.flatMap((a) => (a.attachments ?? []) as Array<{ contentType: string; name: string; contentUrl: string }>);
    const calendar = attachments.find((a) => a.contentType === 'text/calendar')!;
    expect(calendar.name).toBe(`Termin-${reference}.ics`);
    const ics = Buffer.from(String(calendar.contentUrl).split(',')[1]!, 'base64').toString('utf8');
    expect(ics).toMatch(/DTSTART:20261203T153000Z/);
    expect(ics).toMatch(/DURATION:PT30M/);
    expect(ics).toMatch(/LOCATION:Schimborner Straße 6/);
    expect(ics).not.toMatch(/Erika|example\.org/);

    // Someone else asking for the same time hears it is taken and gets that Thursday's nearest times.
    const other = await bookingFor('Reisepass');
    r = await other.say('Donnerstag 16:30');
    expect(allText(r)).toMatch(/Am Donnerstag, 3\. Dezember, um 16:30 Uhr ist leider nichts frei/);
    const offered = promptOf(r)!.choices!;
    expect(offered.every((label) => label.startsWith('Do., 03.12.2026, '))).toBe(true);
    // 16:15 would run into the booked 16:30 (a Reisepass takes 30 minutes); 17:00 is the nearest after.
    expect(offered).not.toContain('Do., 03.12.2026, 16:15 Uhr');
    expect(offered).not.toContain('Do., 03.12.2026, 16:30 Uhr');
    expect(offered).toContain('Do., 03.12.2026, 17:00 Uhr');
  });

  it('"nächste Woche vormittags" offers the days of next week, then morning times', async () => {
    const c = await bookingFor('Meldebescheinigung');
    let r = await c.say('nächste Woche vormittags');
    const days = promptOf(r)!.choices!;
    expect(days).toEqual([
      'Mo., 07.12.2026 bis 12:00 Uhr',
      'Di., 08.12.2026 bis 12:00 Uhr',
      'Mi., 09.12.2026 bis 12:00 Uhr',
      'Do., 10.12.2026 bis 12:00 Uhr',
      'Fr., 11.12.2026 bis 12:00 Uhr',
    ]);
    r = await c.say(days[2]!);
    const times = promptOf(r)!.choices!;
    expect(times.every((label) => label.startsWith('Mi., 09.12.2026') && timeOf(label) <= '12:00')).toBe(true);
    // A time said on its own belongs to the day just offered.
    r = await c.say('10:15');
    expect(allText(r)).toContain('Ich habe „Mi., 09.12.2026, 10:15 Uhr“ verstanden.');
  });

  it('"am 14.12." offers that day; a day without a free slot gets the next free days', async () => {
    const c = await bookingFor('Beglaubigung');
    let r = await c.say('am 14.12.');
    expect(promptOf(r)!.choices!.every((label) => label.startsWith('Mo., 14.12.2026, '))).toBe(true);
    r = await c.say('Samstag');
    expect(allText(r)).toMatch(/samstags geschlossen/);
    expect(promptOf(r)!.choices![0]).toBe('Mo., 30.11.2026');
  });

  it('"Montag 14.12. 9 Uhr" books that Monday, not the next one; a weekday that does not fit the date is asked about', async () => {
    const c = await bookingFor('Beglaubigung');
    let r = await c.say('Montag 14.12. 9 Uhr');
    expect(allText(r)).toMatch(/„Mo\., 14\.12\.2026, 09:00 Uhr“/);
    expect(promptOf(r)).toMatchObject({ field: 'name' });
    const other = await bookingFor('Beglaubigung');
    r = await other.say('Montag, den 8.12., vormittags');
    expect(allText(r)).toMatch(/^Montag und Dienstag, 8\. Dezember passen nicht zusammen\. Welchen Tag meinen Sie\?/);
    expect(promptOf(r)).toMatchObject({ field: 'zeitfenster' });
  });

  it('a day or a time that does not exist ("am 31.02.", "25:00 Uhr") is said back, not "not understood"', async () => {
    const c = await bookingFor('Beglaubigung');
    let r = await c.say('am 31.02.');
    expect(allText(r)).toMatch(/^Den 31\.02\. gibt es nicht\. Bitte prüfen Sie das Datum\./);
    expect(promptOf(r)).toMatchObject({ field: 'zeitfenster' });
    r = await c.say('Donnerstag um 25:00 Uhr');
    expect(allText(r)).toMatch(/^Die Uhrzeit 25:00 Uhr gibt es nicht\./);
    // In English too, the month by its name (trial 50: "november 31 at 10am" had been read as today).
    const english = new TestConversation(assistant.url);
    await english.say('English', { locale: 'en-US' });
    expect(promptOf(await english.say('I need an appointment for a certificate of residence', { locale: 'en-US' }))).toMatchObject({
      field: 'zeitfenster',
    });
    r = await english.say('november 31 at 10am', { locale: 'en-US' });
    expect(allText(r)).toMatch(/^There is no november 31 in the calendar\. Please check the date\./);
    expect(promptOf(r)).toMatchObject({ field: 'zeitfenster' });
  });

  it('a time that does not exist after a day was chosen keeps that day: its times are offered again, and the next time is on that day', async () => {
    const c = await bookingFor('Führungszeugnis');
    let r = await c.say('10.12.');
    expect(promptOf(r)!.choices![0]).toMatch(/^Do\., 10\.12\.2026, \d\d:\d\d Uhr$/);
    r = await c.say('um 25 Uhr');
    // The day is named with its times (trial 65: the buttons show the times alone).
    expect(allText(r)).toMatch(/^Die Uhrzeit 25 Uhr gibt es nicht\..*Am Donnerstag, 10\. Dezember, sind diese Zeiten frei\.$/s);
    expect(promptOf(r)!.choices!.every((choice) => choice.startsWith('Do., 10.12.2026, '))).toBe(true);
    r = await c.say('um 17:45');
    // It had offered the days from the start again and then booked 17:45 on the first of them.
    expect(allText(r)).toMatch(/„Do\., 10\.12\.2026, 17:45 Uhr“/);
  });

  it('"nein doch lieber am 9." at the name after a time was taken offers the times of the 9th (trial 64: "am 17." and the name was asked again)', async () => {
    const c = await bookingFor('Personalausweis');
    const times = promptOf(await c.say('10.12.'))!.choices!;
    await c.say(times[0]!);
    const other = await c.say('nein doch lieber am 9.');
    expect(promptOf(other)).toMatchObject({ field: 'zeitfenster' });
    const later = promptOf(other)!.choices!;
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((choice) => choice.startsWith('Mi., 09.12.2026, '))).toBe(true);
    expect(allText(await c.say(later[0]!))).toContain(`Ich habe „${later[0]}“ verstanden.`);
  });

  it('a question in between after a day was chosen comes back to that day’s times, asked as times (trial 64: "Welcher Tag passt Ihnen?" above the times)', async () => {
    const c = await bookingFor('Personalausweis');
    await c.say('10.12.');
    const r = await c.say('was kost’n der Ausweis eigentlich?');
    expect(allText(r)).toMatch(/Zurück zu Ihrer Anfrage: Am Donnerstag, 10\. Dezember, sind diese Zeiten frei\.$/);
    expect(allText(r)).not.toContain('Welcher Tag passt Ihnen?');
    expect(promptOf(r)!.choices!.every((choice) => choice.startsWith('Do., 10.12.2026, '))).toBe(true);
  });

  it('a time of day the office is closed ("Freitag nachmittag") is said to be closed, not booked; "heute" after closing has no slot left today', async () => {
    const c = await bookingFor('Meldebescheinigung');
    let r = await c.say('Freitag nachmittag');
    expect(allText(r)).toMatch(/^Zu dieser Zeit ist das Bürgerbüro geschlossen\./);
    expect(promptOf(r)!.choices![0]).toMatch(/^Fr\., /);
    // Monday evening, after the office closed.
    jest.setSystemTime(new Date('2026-11-30T17:30:00Z'));
    try {
      r = await c.say('heute');
      expect(allText(r)).toMatch(/^Heute ist leider kein Termin mehr frei\./);
    } finally {
      jest.setSystemTime(NOW);
    }
  });

  it('an exact time the office is closed ("Mittwoch 15 Uhr") is said to be closed, and an afternoon’s days are offered from their first free time', async () => {
    const c = await bookingFor('Meldebescheinigung');
    const r = await c.say('Mittwoch 15 Uhr');
    expect(allText(r)).toMatch(/um 15:00 Uhr ist das Bürgerbüro geschlossen\. Diese Zeiten liegen nah daran:/);
    // The Bürgerbüro opens at 14:00 on Tuesday afternoons: "nachmittags" (from 13:00) had been shown as "ab 13:00 Uhr".
    const days = promptOf(await (await bookingFor('Meldebescheinigung')).say('Dienstag nachmittag'))!.choices!;
    expect(days[0]).toMatch(/^Di\., \d\d\.\d\d\.2026 ab 14:00 Uhr$/);
  });

  it('a day beyond the days booked here, or one gone by, is said so instead of "nothing free"', async () => {
    const c = await bookingFor('Beglaubigung');
    let r = await c.say('am 21.12.');
    expect(allText(r)).toMatch(
      /^Termine vergebe ich hier bis Montag, 14\. Dezember\. Für einen späteren Termin wenden Sie sich bitte an das Bürgerbüro \(Telefon 06029 705-0\)\./,
    );
    // The days offered are those nearest the wish, up to the last one booked here (trial 51: the first of the coming week had been).
    expect(promptOf(r)!.choices!.at(-1)).toBe('Mo., 14.12.2026');
    // A holiday beyond them too ("am 01.01.2027"): beyond the days booked here, not "geschlossen" with days weeks before it (trial 55).
    r = await c.say('am 01.01.2027');
    expect(allText(r)).toMatch(/^Termine vergebe ich hier bis Montag, 14\. Dezember\./);
    expect(allText(r)).not.toMatch(/geschlossen/);
    r = await c.say('am 27.11.2026');
    expect(allText(r)).toMatch(/^Dieser Tag ist schon vorbei\./);
    // Without its year too (trial 34: "dann am 3.12." had been read as next year's and refused as too far ahead).
    r = await c.say('dann am 27.11.');
    expect(allText(r)).toMatch(/^Dieser Tag ist schon vorbei\./);
    // By the month's name too, in German and English (trial 66: "am 7. Dezember" and "December 7" had become next year's).
    r = await c.say('am 27. November');
    expect(allText(r)).toMatch(/^Dieser Tag ist schon vorbei\./);
    const english = new TestConversation(assistant.url);
    await english.say('English');
    await english.say('I need an appointment');
    await english.say('Reisepass');
    expect(allText(await english.say('November 27'))).toMatch(/^That day has passed\./);
  });

  it('in English: a day tapped again under its times shows them again, and the hours asked in between are answered (trial 66: 00:00 booked; the question read as the day)', async () => {
    const c = new TestConversation(assistant.url);
    await c.say('English');
    await c.say('I need an appointment');
    await c.say('Reisepass');
    let r = await c.say('Thu, 3 Dec 2026');
    expect(allText(r)).toContain('On Thursday 3 December, these times are free.');
    const times = promptOf(r)?.choices;
    r = await c.say('Thu, 3 Dec 2026');
    expect(allText(r)).toContain('On Thursday 3 December, these times are free.');
    expect(promptOf(r)).toMatchObject({ field: 'zeitfenster', choices: times });
    r = await c.say('Is the town hall open on December 24?');
    expect(allText(r)).toContain('Opening hours of the town hall and the Citizens');
    expect(allText(r)).toContain('Back to your request:');
    expect(promptOf(r)).toMatchObject({ field: 'zeitfenster' });
  });
});

describe('the summary in the citizen’s words', () => {
  it('"ach nee, doch lieber Dienstag" offers Tuesdays, and a question is answered with the summary after it (trial 30: both had been refused)', async () => {
    const c = await bookingFor('Personalausweis');
    const days = promptOf(await c.say('Mittwoch'))!.choices!;
    const times = promptOf(await c.say(days[0]!))!.choices!;
    for (const said of [times[0]!, 'Klaus Meier']) await c.say(said);
    expect(promptOf(await c.say('klaus@example.org'))).toMatchObject({ field: 'bestaetigung' });
    const question = await c.say('wie viel kostet der Ausweis eigentlich?');
    expect(allText(question)).toMatch(/Kosten: Der Personalausweis kostet/);
    expect(promptOf(question)).toMatchObject({ field: 'bestaetigung' });
    const tuesday = await c.say('ach nee, doch lieber Dienstag');
    expect(promptOf(tuesday)).toMatchObject({ field: 'zeitfenster' });
    const offered = promptOf(tuesday)!.choices!;
    expect(offered.length).toBeGreaterThan(0);
    for (const label of offered) expect(label).toMatch(/^Di\./);
  });
});

describe('a wish for the day said where something else is asked (trial 31)', () => {
  it('a day said after an answer that offers the booking books with it; a day said with the service is the day offered', async () => {
    const c = new TestConversation(assistant.url);
    await c.say('Was kostet ein neuer Reisepass?');
    const wish = await c.say('nächste Woche Dienstag vormittag wenns geht');
    expect(promptOf(wish)).toMatchObject({ flow: 'termin-buchen', field: 'zeitfenster' });
    expect(allText(wish)).toContain('Anliegen: Reisepass');
    expect(promptOf(wish)!.choices!.every((label) => label.startsWith('Di., 08.12.2026'))).toBe(true);
    // The service and the day in one answer (the day had been asked again).
    const both = await (await bookingStart()).say('Personalausweis, am 14.12. nachmittags');
    expect(promptOf(both)).toMatchObject({ field: 'zeitfenster' });
    const times = promptOf(both)!.choices!;
    expect(times.length).toBeGreaterThan(0);
    for (const label of times) {
      expect(label).toMatch(/^Mo\., 14\.12\.2026, /);
      expect(Number(timeOf(label).slice(0, 2))).toBeGreaterThanOrEqual(12);
    }
  });
});

async function bookingStart(): Promise<TestConversation> {
  const c = new TestConversation(assistant.url);
  expect(promptOf(await c.say('Termin vereinbaren'))).toMatchObject({ field: 'anliegen' });
  return c;
}
