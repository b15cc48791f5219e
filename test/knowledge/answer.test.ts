// Answers as a citizen reads them on a phone: the point asked first, short, with the office; the
// rest as buttons; opening hours one line per day; honest when the entry does not say.
import { answerView, FIRST_REPLY_MAX, formatHours, noteNamedIn, officeNamedForHours, officeText, telUri } from '../../knowledge/answer';
import { KnowledgeBase } from '../../knowledge/loader';
import { facetOf } from '../../knowledge/language/facets';
import { loadMunicipality } from '../../knowledge/municipality';
import { entrySchema, type Municipality } from '../../knowledge/schema';
import { inLanguage } from '../../knowledge/texts/index';
import { dogEntry, passEntry } from './fixtures';

const town = loadMunicipality();
const pass = entrySchema.parse({ ...passEntry, links: [{ title: 'Online-Termin', url: 'https://example.org/termin' }] });

describe('the first reply', () => {
  it('answers the asked point first, with the office, and offers the rest as buttons', () => {
    const fees = answerView(pass, town, facetOf('Was kostet ein neuer Reisepass?'));
    expect(fees.text.split('\n').slice(0, 2)).toEqual([pass.title, 'Kosten: 70 Euro']);
    expect(fees.text).toContain('Zuständig: Bürgerbüro');
    expect(fees.more).toEqual(expect.arrayContaining(['documents', 'office']));
    expect(fees.more).not.toContain('fees');
    expect(answerView(pass, town, facetOf('Wie lange dauert das?')).text).toMatch(/^Reisepass beantragen\nBearbeitungsdauer: etwa drei bis vier Wochen/);
    expect(fees.text).toMatch(/\nStand: 01\.10\.2026$/);
  });

  it('names an external body with where it is, not the Rathaus as its contact; the birth and the death with the Standesamt of the place', () => {
    const kb = new KnowledgeBase();
    try {
      const kfz = answerView(kb.entry('kfz-zulassung')!, town).text;
      expect(kfz).toContain('Zuständig: Landratsamt Aschaffenburg, Bayernstraße 18, 63739 Aschaffenburg.');
      expect(kfz).not.toContain('Kontakt über das Rathaus');
      const birth = answerView(kb.entry('geburt-beurkunden')!, town).text;
      expect(birth).toContain('Zuständig: Standesamt des Geburtsorts (nach einer Geburt im Klinikum Aschaffenburg das Standesamt der Stadt Aschaffenburg)');
      // Mömbris's Standesamt only for a birth in Mömbris, never as the office of every birth.
      expect(birth).toContain('Eine Hausgeburt in Mömbris zeigen die Eltern beim Standesamt Mömbris an.');
      expect(birth).not.toMatch(/Zuständig: Standesamt Mömbris|Kontakt über das Rathaus/);
      // A death likewise where it happened: the answer does not say "Sterbeort" and then "Standesamt Mömbris".
      const death = answerView(kb.entry('sterbefall')!, town).text;
      expect(death).toContain('Zuständig: Standesamt des Sterbeorts (nach einem Tod in Mömbris das Standesamt Mömbris).');
      expect(death).not.toMatch(/Zuständig: Standesamt Mömbris|Kontakt über das Rathaus/);
      // A certificate comes from the register that holds the case: not Mömbris's for a birth in Aschaffenburg's hospital.
      const certificates = answerView(kb.entry('urkunden')!, town).text;
      expect(certificates).toContain('Zuständig: das Standesamt, bei dem der Fall beurkundet ist.');
      expect(certificates).not.toMatch(/Zuständig: Standesamt Mömbris/);
    } finally {
      kb.close();
    }
  });

  it('is the short answer when nothing in particular was asked', () => {
    expect(answerView(pass, town).text.startsWith(`${pass.title}\n${pass.summary}`)).toBe(true);
  });

  it('says honestly which point the entry does not cover, then its short answer, and names who knows', () => {
    const text = answerView(pass, town, 'appointment', false).text;
    expect(text).toMatch(/^Reisepass.*\nOb Sie einen Termin brauchen, dazu habe ich keine gesicherte Angabe\. Die zuständige Stelle sagt es Ihnen\.\n/);
    expect(text).toContain(pass.summary);
    expect(text).toContain('Zuständig: Bürgerbüro');
    // Where the assistant books the appointment, it says so; online without a link: no known way.
    const bookable = answerView({ ...pass, flow: 'termin-buchen', details: { ...pass.details, appointment: undefined } }, town, 'appointment').text;
    expect(bookable.split('\n')[1]).toBe('Einen Termin im Bürgerbüro können Sie hier gleich vereinbaren.');
    expect(answerView({ ...pass, online: undefined }, town, 'online').text.split('\n')[1]).toBe('Einen Weg, das online zu erledigen, kenne ich nicht.');
    // An entry that says in its text how to do it online answers with that, not "kenne ich nicht".
    const ballot = entrySchema.parse({ ...pass, online: undefined, summary: 'Den Wahlschein beantragen Sie mit der Wahlbenachrichtigung. Das geht auch online oder per E-Mail.' });
    expect(answerView(ballot, town, 'online').text.split('\n')[1]).toBe('Das geht auch online oder per E-Mail.');
    // "Wie geht das?" without steps in the entry: the short answer is the answer, not "no information".
    const how = answerView({ ...pass, details: { ...pass.details, procedure: [] } }, town, 'procedure').text;
    expect(how.startsWith(`${pass.title}\n${pass.summary}`)).toBe(true);
    expect(how).not.toMatch(/keine gesicherte Angabe/);
  });

  it('refers to the Rathaus when the office has no confirmed contact', () => {
    const sparse: Municipality = {
      ...town,
      offices: { ...town.offices, steueramt: { name: 'Steueramt', external: false, address: null, phone: null, email: null, website: null, hours: [], closures: [] } },
    };
    expect(answerView(entrySchema.parse(dogEntry), sparse).text).toContain(`Zuständig: Steueramt. Kontakt über das ${town.offices.rathaus!.name}`);
  });

  it('stays within the limit for every entry, and shows every aspect a citizen may ask first whole, with its office', () => {
    const kb = new KnowledgeBase();
    try {
      for (const entry of kb.entries) {
        expect(answerView(entry, town).text.length).toBeLessThanOrEqual(FIRST_REPLY_MAX);
        for (const facet of ['fees', 'duration', 'documents', 'procedure', 'appointment', 'office', 'online'] as const) {
          const { text } = answerView(entry, town, facet);
          expect({ entry: entry.id, facet, cut: text.includes('…') }).toEqual({ entry: entry.id, facet, cut: false });
          expect(text).toMatch(/Zuständig/);
          // Whole, but still short enough for a phone: an editor shortens a point that grows beyond this.
          expect({ entry: entry.id, facet, length: Math.min(text.length, 2 * FIRST_REPLY_MAX) }).toEqual({ entry: entry.id, facet, length: text.length });
        }
        // The short answer and its office fit whole: a citizen never meets "…" before the phone number.
        expect({ entry: entry.id, text: answerView(entry, town).text }).not.toEqual(expect.objectContaining({ text: expect.stringContaining('…') }));
      }
    } finally {
      kb.close();
    }
  });
});

describe('a note about what the question names', () => {
  it('comes first (a terrace roof under building permits), and only when the question names something the short answer does not', () => {
    const kb = new KnowledgeBase();
    try {
      const building = kb.entry('bauantrag')!;
      const lead = noteNamedIn(building, 'Terrassenüberdachung hinterm Haus, braucht mer do e Baugenehmigung?');
      expect(lead).toMatch(/Terrassenüberdachungen bis 30 m²/);
      expect(noteNamedIn(building, 'Brauche ich für einen Carport einen Bauantrag')).toBe(lead);
      // A garden house the short answer names itself ("bis 75 m³"): no note before it.
      expect(noteNamedIn(building, 'Gartenhaus im Garten, braucht mer e Baugenehmigung?')).toBeUndefined();
      expect(answerView(building, town, undefined, true).text.split('\n')[1]).toMatch(/Kleine Vorhaben wie ein Gartenhaus bis 75 m³ brauchen keine Baugenehmigung\./);
      const text = answerView(building, town, undefined, true, { lead }).text;
      expect(text.split('\n')[1]).toBe(lead);
      // The Bauantrag goes to the Landratsamt (BayBO Art. 64 since 2025): it is named as responsible, not the Bauamt.
      expect(text).toContain('Zuständig: Landratsamt Aschaffenburg');
      expect(text).not.toContain('…');
      // "verstorben" is the death's own word: no note before its short answer (the deadline and the undertaker's part).
      expect(noteNamedIn(kb.entry('sterbefall')!, 'Mein Mann ist letzten Monat verstorben. Was muss ich jetzt beim Rathaus alles erledigen?')).toBeUndefined();
      // The asker's own language names no note: "wenig deutsch" is not the German embassy abroad.
      expect(noteNamedIn(kb.entry('dokument-verloren')!, 'ich spreche wenig deutsch. ausweis verloren. was machen?')).toBeUndefined();
      // A notice told to be wrong means an objection, though neither word is said.
      expect(noteNamedIn(kb.entry('grundsteuer')!, 'Ich habe einen Bescheid bekommen, der stimmt nicht.')).toMatch(/Widerspruch oder Klage innerhalb eines Monats/);
      // A foreigner asking about the German ID card learns first that it is for Germans only.
      expect(noteNamedIn(kb.entry('personalausweis')!, 'Bekomme ich als Ausländer einen Personalausweis?')).toMatch(/^Einen Personalausweis bekommen nur Deutsche\./);
      // A place says where, not what: "meine Tochter wohnt in Aschaffenburg" names no note on the Landratsamt Aschaffenburg.
      const places = kb.places;
      expect(noteNamedIn(kb.entry('personalausweis')!, 'Mein Ausweis ist abgelaufen, meine Tochter wohnt in Aschaffenburg. Was muss ich tun?', places)).toBeUndefined();
      // Who cannot come: the exemption and whom to ask about a visit at home.
      expect(noteNamedIn(kb.entry('personalausweis')!, 'Meine Mutter liegt im Pflegeheim, wie bekommt sie einen Ausweis?', places)).toMatch(/von der Ausweispflicht befreit/);
      // Also said of oneself (it had been the children's note on coming along).
      for (const asked of [
        'Ich bin 84 Jahre alt und kann nicht mehr so gut laufen. Mein Ausweis läuft ab. Muss ich da wirklich selbst hinkommen?',
        'Ich bin pflegebedürftig und kann das Haus nicht verlassen, mein Ausweis ist abgelaufen.',
      ])
        expect(noteNamedIn(kb.entry('personalausweis')!, asked, places)).toMatch(/Hausbesuch/);
      // "Reisepass oder reicht der Perso?": the note on travelling in the EU with the ID card.
      expect(noteNamedIn(kb.entry('reisepass')!, 'Brauch ich für Mallorca nen Reisepass oder reicht der Perso?', places)).toMatch(/^In die Staaten der EU/);
      // A word that joins sentences names nothing: "außerdem" is no "außerhalb des Hauses".
      expect(noteNamedIn(kb.entry('hundesteuer')!, 'Unser Hund ist gestorben, wie melde ich ihn ab? Und außerdem brauche ich einen Sperrmülltermin')).toBeUndefined();
      // The best-matching note: "Finderlohn" before a note that only says "Finder".
      expect(noteNamedIn(kb.entry('fundbuero')!, 'Wie hoch ist der Finderlohn')).toMatch(/^Finderlohn/);
      expect(noteNamedIn(building, 'Ich möchte ein Haus bauen')).toBeUndefined();
      // Asking for leave names no note: "Erlaubnis" is not the hedges' "Erlaubt sind nur Pflegeschnitte" (it had said the opposite of the short answer for a garden tree).
      expect(noteNamedIn(kb.entry('baum-faellen')!, 'Ich will in meinem Garten eine alte Fichte fällen, brauch ich da eine Erlaubnis?')).toBeUndefined();
      // A word of the title inside a compound ("Marktgemeinderat") is no note's matter.
      expect(noteNamedIn(kb.entry('gemeinderat')!, 'Wann tagt der Gemeinderat das nächste Mal?')).toBeUndefined();
      expect(noteNamedIn(kb.entry('gemeinderat')!, 'wann is die nächste gemeinderatssitzung?')).toBeUndefined();
    } finally {
      kb.close();
    }
  });
});

describe('opening hours and the office', () => {
  it('lists the hours one line per day (days in a row with the same hours together), the long Thursday as a note of its day', () => {
    expect(formatHours(town.offices.buergerbuero!.hours)).toEqual([
      'Mo, Di 08:00–12:30, 14:00–17:00',
      'Mi 08:00–12:00',
      'Do 08:00–18:00 (jeden ersten Donnerstag im Monat bis 20:00 Uhr)',
      'Fr 08:00–12:30',
      'Sa, So geschlossen',
    ]);
  });

  it('finds the office a question names for its hours by its name, never by an article of it (it had taken "das" for "das Standesamt, …")', () => {
    const withHours = (office: Municipality['offices'][string]) => ({ ...office, hours: town.offices.buergerbuero!.hours });
    const edited: Municipality = {
      ...town,
      offices: Object.fromEntries(Object.entries(town.offices).map(([key, office]) => [key, office.external ? office : withHours(office)])),
    };
    expect(officeNamedForHours('Wann hat das Rathaus geöffnet?', edited)).toBeUndefined();
    expect(officeNamedForHours('Hat das Bürgerbüro am Samstag offen?', edited)).toBe('buergerbuero');
    // By its English name too (trial 50: "the citizens office … 9 december" had got the Rathaus's hours, not the day it was closed).
    expect(officeNamedForHours('is the citizens office open on wednesday 9 december?', edited)).toBe('buergerbuero');
    expect(officeNamedForHours("is the citizen's office open tomorrow", edited)).toBe('buergerbuero');
    expect(officeNamedForHours('is the office open tomorrow?', edited)).toBeUndefined();
  });

  it('says the long Thursday in the language of the conversation, and an editor\'s note in German as written', () => {
    const hours = town.offices.buergerbuero!.hours;
    expect(inLanguage('en', () => formatHours(hours))).toContain('Thu 08:00–18:00 (every first Thursday of the month until 20:00)');
    // Leichte Sprache has no brackets: the note on a line of its own.
    expect(inLanguage('ls', () => formatHours(hours))).toContain('Donnerstag 08:00–18:00\nAm 1. Donnerstag im Monat: bis 20:00 Uhr');
    const noted = hours.map((p) => (p.nthWeekdayOfMonth ? { ...p, note: 'erster Donnerstag: lange Sprechzeit' } : p));
    expect(formatHours(noted)).toContain('Do 08:00–18:00 (erster Donnerstag: lange Sprechzeit)');
    expect(inLanguage('en', () => formatHours(noted))).toContain('Thu 08:00–18:00 (every first Thursday of the month until 20:00)');
  });

  describe('asked for the opening hours, the citizen reads today first', () => {
    const kb = new KnowledgeBase();
    afterAll(() => kb.close());
    const hours = (at: string, language: 'de' | 'en' | 'ls' = 'de') =>
      inLanguage(language, () => answerView(kb.entry('oeffnungszeiten')!, town, undefined, true, { now: new Date(at) }).text.split('\n'));

    it('open now, closed at lunch until the afternoon, closed at the weekend until Monday', () => {
      // Tuesday 1 December 2026, 10:00 and 13:00 in Mömbris (UTC+1).
      expect(hours('2026-12-01T09:00:00Z')[1]).toBe('Heute, Dienstag: 08:00–12:30, 14:00–17:00. Jetzt ist geöffnet.');
      expect(hours('2026-12-01T12:00:00Z')[1]).toBe(
        'Heute, Dienstag: 08:00–12:30, 14:00–17:00. Jetzt ist geschlossen. Wieder geöffnet heute ab 14:00 Uhr.',
      );
      const saturday = hours('2026-12-05T09:00:00Z');
      expect(saturday[1]).toBe('Heute, Samstag: geschlossen. Wieder geöffnet am Montag ab 8:00 Uhr.');
      // The week follows, with the days it is closed.
      expect(saturday).toEqual(expect.arrayContaining(['Öffnungszeiten:', 'Mo, Di 08:00–12:30, 14:00–17:00', 'Sa, So geschlossen']));
      // A day the question names comes first ("morgen": Wednesday), Saturday as closed.
      const on = (day: string) => answerView(kb.entry('oeffnungszeiten')!, town, undefined, true, { now: new Date('2026-12-01T09:00:00Z'), day }).text.split('\n')[1];
      expect(on('2026-12-02')).toBe('Am Mittwoch, 2. Dezember: 08:00–12:00.');
      expect(on('2026-12-05')).toBe('Am Samstag, 5. Dezember: geschlossen.');
      expect(on('2026-12-25')).toBe('Am Freitag, 25. Dezember: geschlossen (Feiertag).');
      // Heiliger Abend and Silvester: the regular hours, but not as a promise.
      // Not the Thursday's hours as a promise: many offices close early that day.
      expect(on('2026-12-24')).toBe('Am Donnerstag, 24. Dezember: üblicherweise 08:00–18:00 (Heiliger Abend: oft kürzer geöffnet, bitte fragen Sie vorher nach).');
      // In English by its English name (trial 55: "Heiliger Abend" in an English answer).
      expect(inLanguage('en', () => on('2026-12-24'))).toMatch(/\(Christmas Eve: often shorter hours, please ask beforehand\)/);
      // "Wie lange habt ihr heute noch offen?" reads as a question of duration: the hours answer it.
      const howLong = inLanguage('de', () => answerView(kb.entry('oeffnungszeiten')!, town, 'duration', true, { now: new Date('2026-12-01T09:00:00Z') }).text);
      expect(howLong.split('\n')[1]).toBe('Heute, Dienstag: 08:00–12:30, 14:00–17:00. Jetzt ist geöffnet.');
      expect(howLong).not.toMatch(/keine gesicherte Angabe/);
    });

    it("the town's changed days come right after today, whole, and the week only as far as it fits", () => {
      const rathaus = town.offices.rathaus!;
      const changed: Municipality = {
        ...town,
        offices: {
          ...town.offices,
          rathaus: {
            ...rathaus,
            closures: [
              { date: '2026-12-01', hours: [{ from: '08:00', to: '23:30' }], label: 'Testbetrieb' },
              { date: '2026-12-24', hours: [], label: 'Heiligabend' },
              { date: '2026-12-31', hours: [], label: 'Silvester' },
            ],
          },
        },
      };
      const text = answerView(kb.entry('oeffnungszeiten')!, changed, undefined, true, { now: new Date('2026-12-01T09:00:00Z') }).text;
      expect(text.length).toBeLessThanOrEqual(FIRST_REPLY_MAX);
      expect(text).not.toContain('…');
      expect(text).toContain('Abweichende Tage:\nDi 01.12.: 08:00–23:30 (Testbetrieb)\nDo 24.12.: geschlossen (Heiligabend)\nDo 31.12.: geschlossen (Silvester)');
      expect(text).toMatch(/Zuständig: /);
    });

    it('the long first Thursday as one span, and a public holiday as closed', () => {
      expect(hours('2026-12-03T09:00:00Z')[1]).toBe('Heute, Donnerstag: 08:00–20:00. Jetzt ist geöffnet.');
      expect(hours('2026-12-10T09:00:00Z')[1]).toBe('Heute, Donnerstag: 08:00–18:00. Jetzt ist geöffnet.');
      // Friday 25 December 2026: Christmas, then the weekend.
      expect(hours('2026-12-25T09:00:00Z')[1]).toBe(
        'Heute, Freitag: geschlossen (Feiertag). Wieder geöffnet am Montag ab 8:00 Uhr.',
      );
    });

    it('in English with English day names, in Leichte Sprache without abbreviations', () => {
      const english = hours('2026-12-01T12:00:00Z', 'en');
      expect(english[1]).toBe('Today, Tuesday: 08:00–12:30, 14:00–17:00. Closed now, open again today from 14:00.');
      expect(english).toEqual(expect.arrayContaining(['Mon, Tue 08:00–12:30, 14:00–17:00', 'Sat, Sun closed']));
      const simple = hours('2026-12-05T09:00:00Z', 'ls');
      expect(simple.slice(1, 3)).toEqual(['Heute ist zu.', 'Wieder offen: am Montag ab 8:00 Uhr.']);
      expect(simple).toEqual(expect.arrayContaining(['Montag, Dienstag 08:00–12:30, 14:00–17:00', 'Samstag, Sonntag zu']));
    });
  });

  it('shows each hour once when asked who is responsible', () => {
    const text = officeText('buergerbuero', town);
    expect(text).toContain('Zuständig: Bürgerbüro');
    expect(text.match(/Mo, Di 08:00/g)).toHaveLength(1);
    expect(text).not.toMatch(/\n\n/);
    // In Leichte Sprache the label is a question: no colon after its question mark.
    const simple = inLanguage('ls', () => officeText('buergerbuero', town));
    expect(simple).toContain('Wann ist offen?\n');
    expect(simple).not.toContain('?:');
  });

  it('names the office in English with its German name beside it (trial 30: English answers named German offices only)', () => {
    const english = inLanguage('en', () => officeText('steueramt', town));
    expect(english).toContain("Office: Town's tax office (Steueramt)");
    expect(english).toContain('Phone: 06029 705-0 (Rathaus Markt Mömbris)');
    // German and Leichte Sprache keep the German name.
    expect(officeText('steueramt', town)).toContain('Zuständig: Steueramt (Kämmerei)');
    expect(inLanguage('ls', () => officeText('steueramt', town))).not.toContain('tax office');
    // The card's "Office" fact says the same as the answer's line.
    const kb = new KnowledgeBase();
    try {
      const card = inLanguage('en', () => answerView(kb.entry('hundesteuer')!, town, undefined, true).facts);
      expect(card).toContainEqual(expect.objectContaining({ value: "Town's tax office (Steueramt)" }));
    } finally {
      kb.close();
    }
  });

  it('gives the number to call for an office of the Markt without a line of its own: the Rathaus', () => {
    expect(officeText('steueramt', town)).toContain('Telefon: 06029 705-0 (Rathaus Markt Mömbris)');
    // An office with its own number keeps it alone.
    expect(officeText('buergerbuero', town)).not.toContain('(Rathaus Markt Mömbris)');
  });
});

describe("the office's phone to call", () => {
  it('is the responsible office\'s line as a tel: URI in international form, a note in brackets left out', () => {
    expect(telUri('06029 705-0')).toBe('tel:+4960297050');
    expect(telUri('0800 1000 4800 (gebührenfrei)')).toBe('tel:+4980010004800');
    expect(telUri('+49 6021 394-396')).toBe('tel:+496021394396');
    // Not a number to dial: no link rather than a wrong one.
    expect(telUri('beim Rathaus erfragen')).toBeUndefined();
  });

  it("comes with an answer: the office's own line, the Rathaus's for an office of the Markt, none for another body without a phone", () => {
    expect(answerView(pass, town).call).toEqual({ number: '06029 705-0', uri: 'tel:+4960297050' });
    const kb = new KnowledgeBase();
    // The vehicle's registration is the Landratsamt's, which the town profile knows no phone of.
    expect(answerView(kb.entry('kfz-zulassung')!, town).call).toBeUndefined();
  });
});
