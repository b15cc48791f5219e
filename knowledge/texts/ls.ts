// What the assistant says on its own, in Leichte Sprache (rules of the Netzwerk Leichte Sprache):
// short sentences, one statement each, active voice, everyday words, hard words explained, numbers
// as digits, no abbreviations. Each sentence gets its own line. Fees, dates and numbers stay exact.
// The same keys as the German catalogue (de.ts), checked by the compiler.
import type { Municipality, Office } from '../schema';
import type { CitizenTexts } from './catalogue';
import { de } from './de';

const lines = (...sentences: string[]): string => sentences.join('\n');
/** Who waits before the citizen, said as a person would (trial 35: "Vor Ihnen warten 0 Menschen"). */
const peopleBefore = (position: number): string =>
  position <= 1 ? 'Sie sind als Nächstes dran.' : position === 2 ? 'Vor Ihnen wartet 1 Mensch.' : `Vor Ihnen warten ${position - 1} Menschen.`;

function rathausContact(town: Municipality): string {
  const rathaus = town.offices.rathaus!;
  return lines(
    `Sie können das Rathaus fragen.`,
    ...(rathaus.phone ? [`Die Telefon-Nummer ist: ${rathaus.phone}`] : []),
    ...(rathaus.email ? [`Die E-Mail-Adresse ist: ${rathaus.email}`] : []),
  );
}

const closedUntil = (office: string, reopens: string | undefined, phone: string | null): string =>
  lines(
    `Das Amt für Ihre Frage ist jetzt zu.`,
    `Das Amt heißt: ${office}.`,
    ...(reopens ? [`Das Amt ist wieder da: ${reopens}.`] : []),
    ...(phone ? [`Telefon: ${phone}`] : []),
  );

export const ls: CitizenTexts = {
  commands: {
    cancel: { button: 'Abbrechen', words: ['aufhören'] },
    back: { button: 'Zurück', words: [] },
    keep: { button: 'So lassen', words: [] },
    resume: { button: 'Weiter ausfüllen', words: ['doch nicht', 'weiter', 'weitermachen'] },
    help: { button: 'Hilfe', words: [] },
    person: { button: 'Mit einem Menschen sprechen', words: [] },
    backToAssistant: { button: 'Zurück zum Assistenten', words: [] },
    callBack: { button: 'Anruf vom Rathaus', words: ['anruf'] },
    submit: { button: 'Absenden', words: [] },
    submitNotify: { button: 'Absenden und Nachricht bekommen', words: [] },
    changeSomething: { button: 'Etwas ändern', words: [] },
    skip: { button: 'Weiter ohne', words: ['überspringen'] },
    yes: { button: 'Ja', words: [] },
    no: { button: 'Nein', words: [] },
    deleteData: { button: 'Meine Daten löschen', words: [] },
    showData: { button: 'Meine Daten anzeigen', words: [] },
    privacy: { button: 'Datenschutz', words: [] },
    openingHours: { button: 'Öffnungszeiten', words: [] },
    bookAppointment: { button: 'Termin vereinbaren', words: [] },
    helpful: { button: 'Das hat geholfen', words: [] },
    notHelpful: { button: 'Das hat nicht geholfen', words: [] },
    reasonWrong: { button: 'Das ist falsch', words: [] },
    reasonOutdated: { button: 'Das ist alt', words: [] },
    reasonUnclear: { button: 'Das verstehe ich nicht', words: [] },
    reasonNotMyQuestion: { button: 'Ich wollte etwas anderes wissen', words: [] },
    keepRequest: { button: 'Anfrage behalten', words: [] },
    withdrawRequest: { button: 'Anfrage zurückziehen', words: [] },
    keepEverything: { button: 'Nichts löschen', words: [] },
    cancelAppointment: { button: 'Termin absagen', words: [] },
    facetDocuments: { button: 'Was brauche ich?', words: [] },
    facetFees: { button: 'Was kostet das?', words: [] },
    facetProcedure: { button: 'Wie geht das?', words: [] },
    facetOffice: { button: 'Wer hilft mir?', words: [] },
    facetOnline: { button: 'Im Internet beantragen', words: [] },
    easyLanguage: { button: 'Leichte Sprache', words: [] },
    english: { button: 'English', words: [] },
    german: { button: 'Deutsch', words: [] },
  },

  language: {
    name: 'Leichte Sprache',
    confirm: 'Leichte Sprache',
    // No "Gut." first: it is also said to "Ich verstehe das nicht", where it would sound glad of it.
    switched: lines('Ab jetzt schreibe ich in Leichter Sprache.', 'Sie möchten wieder normale Sprache?', 'Dann tippen Sie auf: Deutsch.'),
    offer: lines('Ihre Nachricht ist auf Deutsch.', 'Möchten Sie in Leichter Sprache weiter·schreiben?'),
    // Never said: a message is detected as German or English, not as Leichte Sprache.
    writtenIn: lines('Sie schreiben auf Deutsch.', 'Ich schreibe in Leichter Sprache.'),
    germanOnly: lines('Diese Antwort gibt es noch nicht in Leichter Sprache.', 'Ein Teil steht hier in schwerer Sprache.'),
    /** "Ich verstehe das nicht" when the conversation is already in Leichte Sprache. */
    unclear: lines('Das tut mir leid.', 'Was verstehen Sie nicht?', 'Schreiben Sie mir ein Wort dazu.', 'Oder sprechen Sie mit einem Menschen.'),
    notSpoken: lines(
      'Ich verstehe Deutsch und Englisch.',
      'Bitte schreiben Sie auf Deutsch.',
      'Oder sprechen Sie mit einem Menschen.',
      'I understand German and English. Please write in German or English.',
    ),
  },

  conversation: {
    together: lines,
    welcome: (town: Municipality, notices: readonly string[] = [], brief = false): string =>
      (brief
        ? lines(
            'Guten Tag!',
            `Ich bin der Computer·helfer vom ${town.name}.`,
            'Ich bin kein Mensch.',
            'Sie möchten mit einem Menschen sprechen?',
            'Dann schreiben Sie: Mitarbeiter.',
          )
        : lines(
            'Guten Tag!',
            `Ich bin der Computer·helfer vom ${town.name}.`,
            'Ich bin ein Programm.',
            'Ich bin kein Mensch.',
            'Sie können mir Fragen zum Rathaus stellen.',
            'Ich helfe Ihnen auch bei einem Antrag.',
            'Ein Antrag ist ein Wunsch an das Rathaus.',
            'Sie möchten mit einem Menschen sprechen?',
            'Dann schreiben Sie: Mitarbeiter.',
          )) + (notices.length ? `\nWichtige Nachrichten:\n${notices.map((n) => `• ${n}`).join('\n')}` : ''),
    noticeLine: (text: string, ortsteile: readonly string[]): string => {
      const unnamed = ortsteile.filter((o) => !text.includes(o));
      return unnamed.length ? `${text} (für: ${unnamed.join(', ')})` : text;
    },
    noticeFirst: (lines: readonly string[]): string => `Wichtige Nachricht: ${lines.join(' ')}`,
    noNotices: lines('Im Moment gibt es keine wichtigen Nachrichten vom Rathaus.', 'Neues aus der Gemeinde steht im Mitteilungs·blatt.'),
    noNoticesFor: (ortsteil: string): string =>
      lines(`Für ${ortsteil} gibt es im Moment keine wichtigen Nachrichten vom Rathaus.`, 'Neues aus der Gemeinde steht im Mitteilungs·blatt.'),
    greeting: lines('Wie kann ich Ihnen helfen?', 'Schreiben Sie mir Ihre Frage.', 'Zum Beispiel: Was kostet ein Ausweis?'),
    danger: {
      crisis: lines(
        'Es geht Ihnen sehr schlecht?',
        'Sie sind nicht allein.',
        'Rufen Sie die Telefon·seelsorge an: 0800 111 0 111.',
        'Dort spricht sofort ein Mensch mit Ihnen.',
        'Der Anruf kostet nichts. Sie müssen Ihren Namen nicht sagen.',
        'Sind Sie in großer Gefahr? Dann rufen Sie: 112.',
      ),
      road: lines('Auf der Straße ist Öl?', 'Oder ein Baum liegt auf der Straße?', 'Oder ein Deckel auf der Straße fehlt?', 'Das ist gefährlich.', 'Rufen Sie sofort die Polizei an: 110.', 'Ist jemand verletzt? Dann rufen Sie: 112.'),
      power: lines('Ein Strom·kabel hängt herunter?', 'Das ist lebens·gefährlich.', 'Fassen Sie nichts an.', 'Gehen Sie weg.', 'Rufen Sie sofort an: 112.'),
      gas: lines('Es riecht nach Gas?', 'Gehen Sie sofort aus dem Haus.', 'Nehmen Sie alle Menschen mit.', 'Machen Sie kein Licht an und kein Licht aus.', 'Machen Sie kein Feuer.', 'Rufen Sie draußen an: 112.'),
      fire: lines('Es brennt?', 'Rufen Sie sofort an: 112.', 'Gehen Sie aus dem Haus.', 'Nehmen Sie keinen Aufzug.'),
      medical: lines('Haben Sie Schmerzen in der Brust?', 'Oder bekommen Sie schlecht Luft?', 'Rufen Sie sofort die 112 an.', 'Das ist der Not·ruf.', 'Ist es nicht so schlimm?', 'Und Ihr Arzt hat zu?', 'Dann rufen Sie die 116 117 an.'),
      flood: lines('Im Keller steht Wasser?', 'Gehen Sie nicht in den Keller.', 'Dort kann Strom im Wasser sein.', 'Das ist gefährlich.', 'Die Feuer·wehr hilft.', 'Rufen Sie an: 112.'),
      crime: lines('Jemand bricht gerade ein?', 'Oder jemand stiehlt gerade etwas?', 'Rufen Sie sofort die Polizei an: 110.', 'Gehen Sie nicht hin.', 'Bringen Sie sich nicht in Gefahr.'),
      violence: lines(
        'Sind Sie in Gefahr?',
        'Dann rufen Sie sofort die Polizei an: 110.',
        'Frauen bekommen Hilfe am Hilfe·telefon: 116 016.',
        'Das Hilfe·telefon ist immer da. Es kostet nichts.',
        'Männer bekommen Hilfe unter: 0800 1239900.',
      ),
    },
    annoyed: lines('Das tut mir leid.', 'Sie ärgern sich. Das verstehe ich.'),
    annoyedOffer: lines('Schreiben Sie mir: Worum geht es?', 'Oder sprechen Sie mit einem Menschen vom Rathaus.'),
    overwhelmed: lines('Das ist ganz normal.', 'Lassen Sie sich Zeit.', 'Schreiben Sie mir: Worum geht es?', 'Oder sprechen Sie mit einem Menschen vom Rathaus.'),
    loss: { person: 'Das tut mir sehr leid.', animal: 'Das tut mir leid.' },
    smallTalk: lines('Danke für die Frage!', 'Ich bin ein Computer·programm.', 'Mir geht es immer gleich.', 'Wobei kann ich Ihnen helfen?', 'Zum Beispiel: Was kostet ein Ausweis?'),
    thanks: lines('Gern!', 'Haben Sie noch eine Frage?'),
    farewell: lines('Auf Wiedersehen!', 'Sie haben wieder eine Frage?', 'Dann schreiben Sie mir gern.'),
    notHelpful: lines('Das tut mir leid.', 'Was suchen Sie?', 'Schreiben Sie es mir mit Ihren Worten.', 'Oder sprechen Sie mit einem Menschen.'),
    help: lines(
      'Ich beantworte Fragen zum Rathaus.',
      'Zum Beispiel zu: Ausweis, Umzug, Müll und Steuern.',
      'Ich helfe Ihnen auch bei einem Antrag.',
      'Zum Beispiel: Sie möchten einen Schaden melden.',
      'Oder Sie möchten einen Hund anmelden.',
      'Sie möchten mit einem Menschen sprechen?',
      'Dann schreiben Sie: Mitarbeiter.',
    ),
    botIdentity: lines(
      'Ich bin ein Programm.',
      'Ich bin kein Mensch.',
      'Meine Antworten kommen vom Rathaus.',
      'Das Rathaus hat die Antworten geprüft.',
      'Sie möchten mit einem Menschen sprechen?',
      'Dann schreiben Sie: Mitarbeiter.',
    ),
    fallback: (town: Municipality): string =>
      lines('Das weiß ich leider nicht sicher.', 'Ich möchte Ihnen nichts Falsches sagen.', 'Bitte fragen Sie mit anderen Worten.', rathausContact(town)),
    fallbackAgain: lines('Das weiß ich leider auch nicht.'),
    notTheTowns: lines('Das macht das Rathaus nicht.', 'Darum weiß ich dazu nichts.', 'Ich helfe Ihnen bei Fragen zum Rathaus.', 'Zum Beispiel: Ausweis, Umzug, Müll oder Hunde·steuer.'),
    clarify: lines('Ich weiß nicht genau:', 'Was meinen Sie?', 'Meinen Sie eins von diesen Themen?'),
    nothingMore: (title: string, office: string, phone: string | null): string =>
      lines(`Das weiß ich zu „${title}“ leider nicht genau.`, 'Bitte fragen Sie dort:', office, ...(phone ? [`Telefon: ${phone}`] : [])),
    whichMatter: (point: 'fees' | 'duration' | 'documents'): string =>
      lines(
        'Worum geht es?',
        'Bitte schreiben Sie das Thema.',
        { fees: 'Zum Beispiel: Was kostet ein Personal·ausweis?', duration: 'Zum Beispiel: Wie lange dauert ein Reise·pass?', documents: 'Zum Beispiel: Was brauche ich für die Anmeldung?' }[point],
      ),
    /** "Kennt ihr einen guten Fotografen?": why the town names none. */
    noRecommendation: (): string =>
      lines('Die Gemeinde empfiehlt keine Firmen und keine Produkte.', 'Sie muss alle gleich behandeln.', 'Fragen Sie mich gern zu den Diensten vom Rathaus.'),
    referralOffer: lines('Haben Sie trotzdem eine Frage an das Rathaus?', 'Dann verbinde ich Sie gern mit einem Menschen.'),
    otherTown: (other: string, town: Municipality): string =>
      lines(`Das macht ${other}.`, `Nicht ${town.shortName}.`, `Bitte fragen Sie die Verwaltung in ${other}.`),
    also: (title: string): string => lines(`Sie haben auch nach diesem Thema gefragt: ${title}.`, 'Tippen Sie auf das Thema.', 'Dann helfe ich Ihnen auch dabei.'),
    noText: lines('Ich kann nur Text lesen.', 'Bitte schreiben Sie mir Ihre Frage.'),
    busy: lines('Das hat nicht geklappt.', 'Bitte schicken Sie Ihre Nachricht noch einmal.'),
    error: (town: Municipality): string =>
      lines('Es gibt einen Fehler im Computer.', 'Bitte versuchen Sie es später noch einmal.', rathausContact(town)),
    tooLong: (maxChars: number): string => lines('Ihre Nachricht ist zu lang.', `Bitte schreiben Sie höchstens ${maxChars} Zeichen.`, 'Zeichen sind: Buchstaben, Zahlen und Leer·zeichen.'),
    tooMany: (retryAfterSeconds: number): string =>
      lines('Sie haben sehr viele Nachrichten geschickt.', `Bitte warten Sie ${retryAfterSeconds} Sekunden.`, 'Dann schreiben Sie wieder.'),
    welcomeSuggestions: ['Öffnungszeiten', 'Mit einem Menschen sprechen', 'Datenschutz', 'Deutsch', 'English'],
    // The requests' titles in Leichte Sprache (dialogs/flows), which start them as the German ones do.
    helpSuggestions: ['Schaden melden', 'Termin im Bürger·büro machen', 'Öffnungszeiten'],
  },

  answers: {
    responsible: 'Wer hilft Ihnen?',
    address: 'Adresse',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Internet',
    hours: 'Wann ist offen?',
    changedDays: 'Andere Tage',
    closed: 'zu',
    // Leichte Sprache writes words out: no abbreviated days.
    days: de.answers.weekdays,
    weekdays: de.answers.weekdays,
    holiday: 'Feiertag',
    mayDiffer: (day: string): string => `${day}: Vielleicht ist es anders. Bitte fragen Sie vorher`,
    usually: (hours: string): string => `normal: ${hours}`,
    // No brackets in Leichte Sprache: each note on a line of its own.
    withNotes: (hours, notes) => [hours, ...notes].join('\n'),
    nthWeekday: (n, weekday, from, to, longer) => `Am ${n}. ${weekday} im Monat: ${longer ? `bis ${to} Uhr` : `von ${from} bis ${to} Uhr`}`,
    today: (_weekday, hours, label, open, reopens) =>
      lines(
        ...(hours ? [`Heute offen: ${hours}.`, open ? 'Jetzt ist offen.' : 'Jetzt ist zu.'] : [`Heute ist zu${label ? ` (${label})` : ''}.`]),
        ...(!open && reopens ? [`Wieder offen: ${reopens}.`] : []),
      ),
    hoursOf: (office: string): string => `Öffnungs·zeiten: ${office}`,
    closedThatDay: (office: string, label: string): string => `${office}: an diesem Tag zu.\nDer Grund: ${label}.`,
    onDay: (at: Date, hours: string | undefined, label: string | undefined): string =>
      de.answers.onDay(at, hours, label).replace('geschlossen', 'zu'),
    askRathaus: (rathaus: string, phone: string | null): string => lines(`Bitte fragen Sie beim ${rathaus}.`, ...(phone ? [`Telefon: ${phone}`] : [])),
    documents: 'Das brauchen Sie',
    requirements: 'Das muss stimmen',
    fees: 'Das kostet es',
    deadlines: 'Bis wann?',
    processingTime: 'So lange dauert es',
    appointment: 'Termin',
    procedure: 'So geht es',
    notes: 'Gut zu wissen',
    links: 'Links',
    reviewed: 'Geprüft am',
    officeLine: (office: string, reach: string): string => lines(`Das Amt für Sie: ${office}.`, `${reach}.`),
    officeOnly: (office: string): string => `Das Amt für Sie: ${office}.`,
    officeViaRathaus: (office: string, rathaus: string, phone: string | null): string =>
      lines(`Das Amt für Sie: ${office}.`, `Fragen Sie beim ${rathaus}.`, ...(phone ? [`Telefon: ${phone}`] : [])),
    onlineAt: (title: string, url: string): string => lines('Das geht auch im Internet.', `${title}: ${url}`),
    // The laws' short names and paragraphs say nothing to a reader of Leichte Sprache (trial 41); the German answer names them.
    footer: (): string => 'Das steht in Gesetzen und Regeln.',
    atAGlance: 'Das Wichtigste',
    moreLinks: 'Mehr dazu',
    call: (phone: string): string => `Anrufen: ${phone}`,
    appointmentBookable: lines('Sie möchten einen Termin im Bürger·büro?', 'Den können Sie hier machen.'),
    onlineHere: lines('Das geht hier im Chat.', 'Tippen Sie unten auf den Knopf.', 'Dann stelle ich Ihnen Fragen.'),
    appointmentNotNeeded: lines('Sie brauchen keinen Termin.', 'Das geht hier im Chat.', 'Tippen Sie unten auf den Knopf.', 'Dann stelle ich Ihnen Fragen.'),
    unknownFacet: {
      fees: lines('Was es kostet: Das weiß ich nicht sicher.', 'Bitte fragen Sie beim Amt.'),
      duration: lines('Wie lange es dauert: Das weiß ich nicht sicher.', 'Wann Sie es beantragen müssen: Das weiß ich auch nicht sicher.', 'Bitte fragen Sie beim Amt.'),
      documents: lines('Welche Papiere Sie brauchen: Das weiß ich nicht sicher.', 'Bitte fragen Sie beim Amt.'),
      appointment: lines('Ob Sie einen Termin brauchen: Das weiß ich nicht sicher.', 'Bitte fragen Sie beim Amt.'),
      online: 'Ich kenne dafür keinen Weg im Internet.',
    },
    notOurs: (town: string): string => lines(`Der ${town} ist dafür nicht zuständig.`, 'Zuständig heißt: Das Amt kümmert sich darum.'),
  },

  flows: {
    cancelled: lines('Ich habe aufgehört.', 'Ich habe nichts abgeschickt.', 'Wie kann ich Ihnen sonst helfen?'),
    cancelledUndoable: lines('Ich habe aufgehört.', 'Ich habe nichts abgeschickt.', 'Ihre Angaben lösche ich bald.', 'War das ein Fehler?', 'Dann tippen Sie auf: Weiter ausfüllen.'),
    stoppedUndoable: (stopped: string): string => lines(stopped, 'War das ein Fehler?', 'Dann tippen Sie auf: Weiter ausfüllen.'),
    resumed: lines('Gut.', 'Wir machen weiter.', 'Ihre Angaben sind noch da.'),
    resumedAtStart: lines('Gut.', 'Wir machen weiter.'),
    toldWhenDone: (submitNotify) => lines('Gern.', `Tippen Sie am Ende auf: ${submitNotify}.`, 'Dann sage ich Ihnen hier Bescheid.', 'Das mache ich, wenn das Rathaus fertig ist.'),
    whoCallsBack: lines('Eine Person vom Amt meldet sich bei Ihnen.', 'Welches Amt das ist: Das sage ich Ihnen nach dem Absenden.'),
    whyAsked: (help: string | undefined): string =>
      lines(...(help ? [help] : []), 'Ich frage nur, was das Rathaus für Ihr Anliegen braucht.', 'Ihre Antworten bekommt nur das Rathaus.', 'Sie möchten mehr dazu wissen?', 'Dann schreiben Sie: Datenschutz'),
    whatComesNext: (next: string): string => lines(next, 'Nach dem Abschicken bekommen Sie eine Nummer.', 'Mit der Nummer können Sie hier fragen: Wie weit ist meine Anfrage?'),
    howLongItTakes: (next: string): string =>
      lines('Wie lange es dauert, weiß ich nicht genau.', next, 'Nach dem Abschicken bekommen Sie eine Nummer.', 'Mit der Nummer können Sie hier fragen: Wie weit ist meine Anfrage?'),
    photoKept: lines('Danke für das Foto.', 'Es kommt mit Ihrer Meldung.'),
    onePhotoOnly: (name: string): string => lines('Ich nehme 1 Foto für jede Meldung.', `Dieses Foto ist dabei: ${name}.`),
    sendAtTheEnd: lines('Abschicken kommt am Ende.', 'Bitte beantworten Sie erst diese Frage.'),
    noPhotoHere: (town: Municipality): string =>
      lines('Bei dieser Anfrage nehme ich kein Foto an.', 'Schicken Sie das Foto bitte als E-Mail an das Rathaus.', 'Schreiben Sie Ihre Vorgangs·nummer dazu.', 'Die Nummer bekommen Sie nach dem Abschicken.', rathausContact(town)),
    personNotClub: lines('Bitte schreiben Sie den Namen von einer Person.', 'Mit Vor·namen und Nach·namen.', 'Nicht den Namen vom Verein.'),
    photoWelcome: lines('Tippen Sie unten auf die Büro·klammer.', 'Dann wählen Sie das Foto aus.', 'Sie können das Foto jetzt schicken.', 'Oder später: Ich frage Sie noch danach.'),
    howToSendPhoto: (skip: string): string =>
      lines('Gut.', 'Tippen Sie unten auf die Büro·klammer.', 'Dann wählen Sie das Foto aus.', 'Sie haben kein Foto?', `Dann tippen Sie auf: ${skip}.`),
    noRequestOpen: lines('Gerade gibt es keine Anfrage.', 'Sie können nichts abbrechen.', 'Wobei kann ich helfen?'),
    nothingToSend: lines('Es gibt gerade nichts zum Abschicken.', 'Haben Sie schon etwas abgeschickt?', 'Dann ist es gespeichert.', 'Es hat eine Vorgangs·nummer.', 'Wobei kann ich noch helfen?'),
    leftUnsent: (title: string): string => lines(`Ich höre auf mit: ${title}.`, 'Ich schicke nichts davon ab.'),
    summaryHelp: lines('Alles ist richtig?', 'Dann tippen Sie auf: Absenden.', 'Etwas ist falsch?', 'Dann tippen Sie auf: … ändern.'),
    firstQuestion: 'Das ist schon die 1. Frage.',
    answeredSoFar: (value: string, keep: string): string => lines(`Bis jetzt steht hier: „${value}“.`, 'Sie können etwas Neues schreiben.', `Oder Sie tippen auf: ${keep}.`),
    chooseAtSummary: lines('Bitte tippen Sie auf: Absenden.', 'Oder tippen Sie auf das, was Sie ändern möchten.'),
    whatToChange: lines('Was möchten Sie ändern?', 'Bitte tippen Sie darauf.'),
    notUnderstood: 'Das habe ich nicht verstanden.',
    failedTooOften: lines('Das hat mehrmals nicht geklappt.', 'Ein Mensch aus dem Rathaus hilft Ihnen jetzt weiter.'),
    failedKeepGoing: lines(
      'Das hat mehrmals nicht geklappt.',
      'Ihre Angaben bleiben gespeichert.',
      'Bitte versuchen Sie es noch einmal.',
      'Tippen Sie auf: Hilfe.',
      'Dann erkläre ich die Frage.',
      'Oder tippen Sie auf: Mit einem Menschen sprechen.',
      'Dann meldet sich das Rathaus bei Ihnen.',
    ),
    resume: 'Jetzt weiter mit Ihrem Antrag:',
    whereWeAre: (title: string, entries: string[]): string =>
      lines(`Wir sind bei: ${title}.`, ...(entries.length ? ['Das haben Sie schon geschrieben:', ...entries] : []), 'Jetzt kommt diese Frage:'),
    understood: (value: string): string => `Ich habe verstanden: ${value}.`,
    addedTo: (label: string): string => `Danke. Ich habe das bei ${label} dazu·geschrieben.`,
    understoodAs: (label: string, value: string): string => `Ich habe verstanden: ${label}: ${value}.`,
    alreadySo: (label: string, value: string): string => lines('Das habe ich schon so:', `${label}: ${value}.`),
    understoodAll: (items: ReadonlyArray<{ label: string; value: string }>): string =>
      ['Ich habe verstanden:', ...items.map((i) => `${i.label}: ${i.value}.`)].join('\n'),
    taken: (answers: ReadonlyArray<{ field: string; value: string }>, confirmed = true): string =>
      lines(
        'Das weiß ich schon aus Ihrer Nachricht:',
        ...answers.map((a) => `${a.field}: ${a.value}`),
        ...(confirmed ? ['Vor dem Absenden können Sie alles ändern.'] : []),
      ),
    yourWords: 'Ihre Nachricht von eben',
    change: (label: string): string => `${label} ändern`,
    officeLine: (office: string): string => `Das macht: ${office}`,
    summary: (entries: string[], submit: string, submitNotify?: string): string =>
      lines(
        'Bitte prüfen Sie Ihre Angaben:',
        ...entries,
        'Alles ist richtig?',
        `Dann tippen Sie auf: ${submit}.`,
        ...(submitNotify ? [`Oder tippen Sie auf: ${submitNotify}.`, 'Dann sage ich Ihnen hier Bescheid: Das Rathaus ist fertig.'] : []),
      ),
    choose: (choices: readonly string[]): string => lines('Bitte wählen Sie eins aus:', choices.join(', ')),
    moreDetail: (): string => lines('Das ist zu kurz.', 'Bitte schreiben Sie etwas mehr.'),
    needed: 'Diese Angabe brauchen wir.',
    stillHere: lines('Ich bin da.', 'Ich bin der Computer vom Rathaus.'),
    shorter: (_what: string, max: number): string => lines('Das ist zu lang.', `Bitte schreiben Sie höchstens ${max} Zeichen.`),
    noDefinition: (town: Municipality): string => lines('Dabei kann ich noch nicht helfen.', rathausContact(town)),
    noFreeSlot: (town: Municipality): string => lines('In den nächsten Tagen ist kein Termin frei.', rathausContact(town)),
    photo: (name: string): string => `Foto (${name})`,
  },

  fields: {
    email: lines('Die E-Mail-Adresse stimmt nicht.', 'So sieht eine E-Mail-Adresse aus: name@beispiel.de'),
    phone: lines('Die Telefon-Nummer stimmt nicht.', 'So sieht eine Telefon-Nummer aus: 06029 1234'),
    phoneTooShort: (typed: string): string => lines(`Die Nummer ${typed} ist zu kurz.`, 'Schreiben Sie bitte die ganze Nummer.', 'Mit der Vor·wahl vorne.', 'Zum Beispiel: 06029 1234'),
    goAhead: 'Gut.',
    phoneOrEmail: 'Das ist keine Telefon-Nummer und keine E-Mail-Adresse.',
    placeNotATime: lines('Das ist ein Datum oder eine Uhr·zeit.', 'Bitte schreiben Sie den Ort.', 'Zum Beispiel: Fest·platz Mömbris.'),
    placeNotAContact: lines('Das ist eine E-Mail·adresse oder eine Telefon·nummer.', 'Bitte schreiben Sie den Ort.', 'Zum Beispiel: Fest·platz Mömbris.'),
    placeNotAPerson: lines('Das ist der Name von einem Menschen.', 'Bitte schreiben Sie den Ort.', 'Zum Beispiel: Fest·platz Mömbris.'),
    bookedWithoutContact: lines('Gut. Dann ohne Telefon und ohne E-Mail.', 'Vielleicht ändert sich etwas am Termin.', 'Dann kann das Bürger·büro Ihnen das nicht sagen.'),
    noContactToCheck: (phone: string | null | undefined): string =>
      lines(
        'Sie haben bei dem Termin keine Telefon·nummer und keine E-Mail angegeben?',
        'Dann kann ich den Termin hier nicht ändern.',
        'So kann kein Fremder Ihren Termin ändern.',
        phone ? `Bitte rufen Sie das Bürger·büro an: ${phone}` : 'Bitte rufen Sie das Bürger·büro an.',
      ),
    contactNeeded: lines('Wir brauchen Ihre Telefon-Nummer oder Ihre E-Mail-Adresse.', 'Sonst können wir Sie nicht erreichen.', 'Sie wollen das nicht sagen?', 'Dann schreiben Sie: abbrechen.', 'Und rufen Sie das Rathaus an.'),
    placeElsewhere: (town: string): string => `${town} ist eine andere Gemeinde.`,
    placeDetailKept: 'Danke. Das schreibe ich zum Ort dazu.',
    // As in German: it goes into the place the office reads.
    ortsteilUnknown: 'Ortsteil unbekannt',
    eventElsewhere: (town: string, municipality: string): string =>
      lines(`${town} ist eine andere Gemeinde.`, `Dann fragen Sie bitte in ${town}.`, `Ist das Fest in ${municipality}?`, 'Dann schreiben Sie bitte den Ort.'),
    eventKindNotPlace: lines('Das ist die Art von dem Fest.', 'Wo ist das Fest?', 'Zum Beispiel: Fest·platz Mömbris'),
    ortsteilOfStreet: (street: string): string => lines('Danke.', `In welchem Orts·teil ist: ${street}?`),
    addressNotBreed: lines('Das ist eine Adresse.', 'Ich frage nach der Rasse vom Hund.'),
    dateNotBreed: lines('Das ist ein Datum.', 'Ich frage nach der Rasse vom Hund.'),
    notABreed: lines('Das ist eine E-Mail-Adresse oder eine Telefon-Nummer.', 'Wir brauchen die Rasse von Ihrem Hund.'),
    nameGivenAsBreed: (name: string): string => lines(`${name} ist der Name von Ihrem Hund.`, 'Wir brauchen noch die Rasse von Ihrem Hund.'),
    nameNotBreed: lines('Das ist der Name von Ihrem Hund.', 'Wir brauchen die Rasse von Ihrem Hund.'),
    emailTypo: (meant: string): string => `Bitte prüfen Sie die E-Mail-Adresse.\nMeinen Sie: ${meant}?\nSie können die Adresse am Ende noch ändern.`,
    notKnown: 'unbekannt',
    dogUnnamed: 'noch ohne Namen',
    onlyTheDogsName: lines('Bitte schreiben Sie nur den Namen von Ihrem Hund.', 'Zum Beispiel: Bello'),
    livesElsewhere: (town: string): string => lines(`${town} ist eine andere Gemeinde.`, 'Wohnen Sie dort?', 'Dann fragen Sie bitte dort.'),
    placeInTown: (ortsteile: readonly string[]): string =>
      lines(
        'Bitte schreiben Sie den Ort·teil.',
        `Die Ort·teile sind: ${ortsteile.join(', ')}.`,
        'Und bitte schreiben Sie die Straße.',
        'Der Ort ist in einer anderen Gemeinde?',
        'Dann fragen Sie bitte dort.',
      ),
    timeMissing: (day: string): string => `Um wie viel Uhr am ${day}?`,
    dateInFuture: lines('Das Datum ist in der Zukunft.', 'Bitte prüfen Sie das Datum.'),
    noSuchDay: (day: string): string => lines(`Den Tag ${day} gibt es nicht.`, 'Bitte prüfen Sie das Datum.'),
    noSuchTime: (time: string): string => lines(`Die Uhrzeit ${time} gibt es nicht.`, 'Bitte prüfen Sie die Uhrzeit.'),
    date: (): string => lines('Bitte schreiben Sie ein Datum.', 'Zum Beispiel: 14.3.2024'),
    dateAndTime: lines('Bitte schreiben Sie ein Datum und eine Uhrzeit.', 'Zum Beispiel: 12.7. 14 Uhr'),
    inThePast: lines('Diese Zeit ist schon vorbei.', 'Bitte schreiben Sie eine spätere Zeit.'),
    weekdayOfDate: (date: string, weekday: string): string => lines(`Der ${date} ist ein ${weekday}.`, 'Bitte prüfen Sie: Welcher Tag ist richtig?'),
    endAfterStart: (start: string): string => lines('Das Ende muss nach dem Anfang sein.', `Der Anfang ist: ${start}.`),
    fullName: lines('Bitte schreiben Sie den Vor·namen und den Nach·namen.', 'Zum Beispiel: Anna Weber'),
    nameNotAMatter: lines('Das ist ein Name.', 'Nach Ihrem Namen frage ich gleich.', 'Worum geht es?', 'Zum Beispiel: Frage zu meinem Bau·antrag'),
    nameNotAPlace: lines('Das ist ein Ort.', 'Bitte schreiben Sie den Namen von einem Menschen.', 'Zum Beispiel: Anna Weber'),
    surname: lines('Bitte schreiben Sie den Namen für den Termin.', 'Zum Beispiel: Weber'),
    address: (ortsteile: readonly string[]): string =>
      lines('Bitte schreiben Sie: Straße, Haus·nummer und Ort·teil.', 'Zum Beispiel: Hauptstraße 12, Schimborn', `Die Ort·teile sind: ${ortsteile.join(', ')}.`),
    count: lines('Bitte schreiben Sie eine Zahl.', 'Zum Beispiel: 80'),
    approximately: (when: string): string => `${when} (ungefähr)`,
  },

  months: de.months,

  cases: {
    received: (reference: string, next: string, retentionDays: number): string =>
      lines(
        'Vielen Dank!',
        'Ihr Antrag ist angekommen.',
        `Ihre Vorgangs·nummer ist: ${reference}.`,
        'Mit der Nummer können Sie später nachfragen.',
        next,
        `Wir speichern Ihre Angaben ${retentionDays} Tage.`,
        'Dann löschen wir die Angaben.',
      ),
    next: lines('Das Amt bearbeitet Ihren Antrag.', 'Vielleicht meldet sich das Amt bei Ihnen.'),
    nextWithoutContact: lines('Das Amt bearbeitet Ihren Antrag.', 'Sie haben keine Telefon·nummer und keine E-Mail-Adresse angegeben.', 'Darum kann das Amt Sie nichts fragen.'),
    alreadyDelivered: (references: string[]): string =>
      lines('Das Rathaus hat diese Anträge schon weiter·gegeben:', references.join(', '), 'Die Anträge bleiben beim Rathaus.'),
    withdrawn: (references: string[]): string => lines('Diese Anträge sind jetzt gelöscht:', references.join(', ')),
    kept: (references: string[]): string => lines('Diese Anträge bleiben beim Rathaus:', references.join(', ')),
    willNotify: lines('Das Rathaus ist mit Ihrem Antrag fertig?', 'Dann sage ich Ihnen hier Bescheid.'),
    willNotifyWhileOpen: lines(
      'Das Rathaus ist mit Ihrem Antrag fertig?',
      'Dann sage ich Ihnen hier Bescheid.',
      'Dafür muss dieses Fenster offen bleiben.',
      'Sonst fragen Sie später mit Ihrer Vorgangs·nummer nach.',
    ),
    askStatus: (reference: string): string => lines('Sie können hier immer nachfragen.', `Schreiben Sie zum Beispiel: Wie ist der Stand von ${reference}?`),
    officeInCharge: (office: string): string => `Das macht: ${office}.`,
    anotherOne: (title: string): string => lines('Sie möchten noch eine Anfrage stellen?', `Dann tippen Sie auf: ${title}.`),
  },

  caseAddition: {
    ask: (reference: string, title: string): string =>
      lines(`Sie möchten noch etwas zu Ihrem Antrag ${reference} sagen?`, `Das Thema ist: ${title}.`, 'Schreiben Sie es mir in einer Nachricht.'),
    added: (reference: string): string => lines('Danke!', `Ich habe Ihre Nachricht zu Ihrem Antrag ${reference} weiter·gegeben.`, 'Das Rathaus sieht sie bei Ihrem Antrag.'),
    elsewhere: (town: Municipality): string =>
      lines('Sie möchten etwas zu Ihrem Antrag sagen?', 'Das geht nur in dem Gespräch, in dem Sie den Antrag geschickt haben.', 'Bitte sagen Sie es dem Rathaus.', 'Sagen Sie dabei Ihre Vorgangs·nummer.', rathausContact(town)),
    unchanged: lines('Gut.', 'Ihr Antrag bleibt so.'),
    whoGetsBack: (reference: string, title: string, office: string, reaches: boolean): string =>
      lines(
        `Ihre Anfrage ${reference} ist beim ${office}.`,
        `Es geht um: ${title}.`,
        reaches ? 'Eine Person von dort meldet sich bei Ihnen.' : 'Dort kümmert sich eine Person darum.',
      ),
    failed: (town: Municipality): string => lines('Das hat gerade nicht geklappt.', 'Bitte versuchen Sie es gleich noch einmal.', rathausContact(town)),
    photo: (reference: string, office: Office | undefined, town: Municipality): string =>
      lines(
        'Ein Foto können Sie hier nicht nach·schicken.',
        office?.email
          ? `Schicken Sie das Foto bitte per E-Mail an: ${office.email}`
          : office?.phone
            ? `Bitte rufen Sie an: ${office.name}, Telefon ${office.phone}`
            : rathausContact(town),
        `Schreiben Sie dazu Ihre Vorgangs·nummer: ${reference}`,
      ),
  },

  caseStatus: {
    new: (reference: string, title: string): string => lines(`Ihr Antrag ${reference} ist angekommen.`, `Das Thema ist: ${title}.`, 'Noch arbeitet niemand daran.'),
    'in-progress': (reference: string, title: string): string => lines(`Das Rathaus arbeitet an Ihrem Antrag ${reference}.`, `Das Thema ist: ${title}.`),
    done: (reference: string, title: string): string => lines(`Ihr Antrag ${reference} ist fertig.`, `Das Thema ist: ${title}.`),
    rejected: (reference: string, title: string): string => lines(`Das Rathaus hat Ihren Antrag ${reference} abgelehnt.`, `Das Thema ist: ${title}.`),
    cancelled: (reference: string, title: string): string => lines(`Ihr Antrag ${reference} ist abgesagt.`, `Das Thema ist: ${title}.`),
    appointmentAt: (slot: string): string => `Ihr Termin ist: ${slot}.`,
    appointmentBooked: (reference: string, slot: string): string => lines(`Ihr Termin ist fest: ${slot}.`, `Die Nummer ist: ${reference}.`, 'Sie müssen nichts mehr tun.'),
    appointmentOnClosedDay: (reference: string, slot: string, office: string, label: string): string =>
      lines(
        `Ihr Termin ist am ${slot}.`,
        `Die Nummer ist: ${reference}.`,
        `Aber an dem Tag ist das ${office} zu.`,
        `Der Grund ist: ${label}.`,
        'Bitte machen Sie einen neuen Termin.',
        'Oder sagen Sie den Termin ab.',
      ),
    townNote: (reason: string): string => `Das Rathaus schreibt dazu: ${reason}`,
    rejectedReason: (reason: string): string => `Der Grund ist: ${reason}`,
    appointmentOff: (slot: string): string => lines(`Ihr Termin am ${slot} fällt aus.`, 'Sie möchten einen neuen Termin?', 'Dann schreiben Sie: Termin vereinbaren'),
    notFound: lines('Ich finde keinen Antrag mit dieser Nummer und diesem Namen.', 'Bitte prüfen Sie die Nummer und den Namen.'),
    withoutName: (town) =>
      lines('Ohne den Namen aus dem Antrag sage ich nichts über den Antrag.', 'So erfährt niemand etwas über fremde Anträge.', rathausContact(town)),
    news: (status: string): string => lines('Es gibt Neues zu Ihrem Antrag.', status),
    notSentYet: lines('Ihre Anfrage ist noch nicht abgeschickt.', 'Wenn Sie die Anfrage abschicken, bekommen Sie eine Nummer.', 'Mit der Nummer können Sie später fragen: Wie weit ist meine Anfrage?'),
    afterRequest: lines('Zuerst machen wir Ihren Antrag fertig.', 'Dann sage ich Ihnen gern den Stand von dem anderen Antrag.'),
  },

  appointments: {
    callOffice: (name: string, phone: string | null): string =>
      phone ? lines(`Bitte rufen Sie beim ${name} an.`, `Die Telefon-Nummer ist: ${phone}`) : `Bitte fragen Sie beim ${name}.`,
    booked: (slot: string, office: string, address: string | null, phone?: string | null): string =>
      lines(
        'Ihr Termin ist gebucht.',
        `Der Termin ist: ${slot}.`,
        `Der Termin ist beim ${office}.`,
        ...(address ? [`Die Adresse ist: ${address}.`] : []),
        'Bitte bringen Sie die Unterlagen mit.',
        'Welche Unterlagen brauchen Sie?',
        'Fragen Sie mich hier: Was muss ich mitbringen?',
        'Sie können nicht kommen?',
        ...(phone === undefined
          ? ['Dann schreiben Sie: Termin absagen.']
          : [
              'Dann schreiben Sie hier in diesem Chat: Termin absagen.',
              phone ? `Oder Sie rufen beim ${office} an.` : `Oder Sie sagen es beim ${office}.`,
              ...(phone ? [`Die Telefon-Nummer ist: ${phone}`] : []),
            ]),
      ),
    whichDay: lines('An diesen Tagen ist ein Termin frei.', 'Welcher Tag passt für Sie?'),
    yours: (appointments) => lines('Ihr Termin im Bürger·büro ist:', ...appointments),
    neededForWhich: lines('Brauchen Sie einen Termin?', 'Das kommt auf Ihre Sache an.', 'Worum geht es? Zum Beispiel: Ausweis oder Anmeldung.'),
    noneBooked: lines(
      'Sie haben in diesem Gespräch keinen Termin gebucht.',
      'Haben Sie den Termin woanders gebucht?',
      'Dann schreiben Sie mir die Vorgangs·nummer.',
      'Die Nummer steht in der Nachricht zu Ihrem Termin.',
      'Dann sage ich Ihnen den Tag und die Uhrzeit.',
      'Oder möchten Sie einen neuen Termin machen?',
    ),
    firstFreeDay: (day: string, more: boolean): string =>
      lines(`Der nächste freie Tag ist: ${day}.`, 'Diese Zeiten sind frei.', ...(more ? ['Es gibt noch mehr Zeiten.', 'Sie können eine andere Uhrzeit schreiben.'] : [])),
    freeTimes: (day: string | undefined, more: boolean): string =>
      lines(day ? `Am ${day} sind diese Zeiten frei.` : 'Diese Termine sind frei.', ...(more ? ['Es gibt noch mehr Zeiten.', 'Sie können eine andere Uhrzeit schreiben.'] : [])),
    closedAtThatTime: (office: string): string => `Zu dieser Zeit ist das ${office} zu.`,
    noneLeftToday: lines('Heute gibt es leider keinen Termin mehr.', 'An diesen Tagen gibt es Termine:'),
    notAtThatTime: 'Zu dieser Zeit ist kein Termin frei.',
    wishedTimeFree: (slot: string): string => lines(`${slot} ist frei.`, 'Passt das?', 'Dann tippen Sie darauf.', 'Sonst schreiben Sie eine andere Zeit.'),
    takenOnOtherDays: (day: string, time: string): string => lines(`Am ${day} um ${time} Uhr ist kein Termin frei.`, `An diesen Tagen ist um ${time} Uhr ein Termin frei:`),
    takenNear: (day: string, time: string): string => lines(`Am ${day} um ${time} Uhr ist kein Termin frei.`, 'Diese Zeiten sind in der Nähe:'),
    closedNear: (day: string, time: string, office: string): string => lines(`Am ${day} um ${time} Uhr ist das ${office} zu.`, 'Diese Zeiten sind in der Nähe:'),
    nothingThen: lines('Dafür ist in den nächsten Wochen kein Termin frei.', 'An diesen Tagen ist ein Termin frei:'),
    closedThen: (office, days) => lines(`${office}: ${days} zu.`, 'An diesen Tagen ist ein Termin frei:'),
    closedThatDay: (office, day, why) => lines(`${office}: am ${day} zu.`, ...(why ? [`Der Grund ist: ${why}.`] : [])),
    pastDay: lines('Dieser Tag ist schon vorbei.', 'An diesen Tagen ist ein Termin frei:'),
    otherWeekday: (weekday, day) => lines(`Sie schreiben: ${weekday}.`, `Sie schreiben auch: ${day}.`, 'Das passt nicht zusammen.', 'Welchen Tag meinen Sie?', 'An diesen Tagen ist ein Termin frei:'),
    beyondBooking: (lastDay: string, office: string, phone: string | null): string =>
      lines(`Ich mache Termine bis ${lastDay}.`, 'Sie möchten einen späteren Termin?', `Dann fragen Sie beim ${office}.`, ...(phone ? [`Telefon: ${phone}`] : []), 'An diesen Tagen ist ein Termin frei:'),
    onWeekdays: ['am Sonntag', 'am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'am Samstag'],
    onDay: de.appointments.onDay,
    calendarTitle: (service: string, office: string): string => `Termin ${service}, ${office}`,
    calendarNote: (reference: string): string => lines(`Vorgangs·nummer: ${reference}.`, 'Absagen: Schreiben Sie dem Computer·helfer: Termin absagen.'),
    calendarFile: lines('Das ist eine Kalender-Datei.', 'Damit kommt der Termin in Ihren Kalender.'),
    slotGone: (past: boolean): string => lines(past ? 'Dieser Termin ist schon vorbei.' : 'Diesen Termin hat gerade jemand anderes genommen.', 'Bitte wählen Sie einen anderen Termin.'),
    notFound: (callOffice: string): string =>
      lines('Ich finde keinen Termin zu Ihren Angaben.', 'Bitte prüfen Sie die Angaben.', 'Schreiben Sie die Angaben noch einmal.', 'Oder schreiben Sie: abbrechen.', callOffice),
    alreadyCancelled: (reference: string): string => `Der Termin ${reference} ist schon abgesagt.`,
    movedThere: (old: string, slot: string, reference: string): string =>
      lines(`Der Termin ${old} ist verlegt.`, `Ihr neuer Termin ist am ${slot}.`, `Die Nummer ist: ${reference}.`, 'Soll ich den neuen Termin absagen?'),
    moveFound: (slot: string, reference: string, service: string): string =>
      lines(`Ich habe Ihren Termin am ${slot} gefunden.`, ...(service ? [`Der Termin ist für: ${service}.`] : []), `Die Nummer ist: ${reference}.`, 'Der Termin bleibt.', 'Erst buchen Sie einen neuen Termin.', 'Dann sage ich den alten Termin ab.'),
    movedFrom: (slot: string, reference: string): string => lines(`Ihr alter Termin am ${slot} ist jetzt abgesagt.`, `Die Nummer ist: ${reference}.`),
    keptOld: (reference: string): string => lines('Ihr alter Termin bleibt.', `Die Nummer ist: ${reference}.`),
    lasts: (minutes: number): string => `Der Termin dauert ungefähr ${minutes} Minuten.`,
    cancelled: (slot: string, reference: string): string =>
      lines(`Ihr Termin am ${slot} ist abgesagt.`, `Die Nummer ist: ${reference}.`, 'Danke für Ihre Nachricht.', 'Jetzt kann jemand anderes den Termin nehmen.'),
    confirmCancel: (slot: string, reference: string): string => lines(`Sie haben einen Termin am ${slot}.`, `Die Nummer ist: ${reference}.`, 'Soll ich den Termin absagen?'),
    confirmCancelYes: 'Ja, absagen',
    confirmCancelNo: 'Nein, behalten',
    kept: (slot: string): string => lines('Gut.', `Ihr Termin am ${slot} bleibt.`),
  },

  handoff: {
    waiting: (position: number, minutes: number): string =>
      lines(peopleBefore(position), `Sie warten ungefähr ${minutes} Minuten.`),
    waitingWithoutEstimate: (position: number): string => lines(peopleBefore(position)),
    nobodyOnlineNow: lines('Gerade ist niemand im Chat.', 'Sie können warten.', 'Oder Sie bitten um einen Rückruf.'),
    nobodyLeft: lines('Gerade ist niemand mehr im Chat.', 'Sie können warten.', 'Oder Sie schreiben: Anruf.', 'Dann ruft das Rathaus Sie an.'),
    keptForStaff: lines('Danke.', 'Ihre Nachricht bekommt die Person aus dem Rathaus.', 'Sie liest die Nachricht, wenn sie mit Ihnen schreibt.'),
    nobodyThereCallBack: (_office, phone) =>
      lines('Gerade ist niemand im Chat da.', ...(phone ? [`Sie können im Rathaus anrufen: ${phone}`] : []), 'Oder das Rathaus ruft Sie an.', 'Dafür frage ich Sie jetzt ein paar Dinge.'),
    closedCallBack: (office: string, reopens: string | undefined, phone: string | null): string =>
      lines(closedUntil(office, reopens, phone), 'Das Rathaus kann Sie anrufen.', 'Dafür frage ich Sie jetzt ein paar Dinge.'),
    closedNow: (office: string, reopens: string | undefined, phone: string | null): string => lines(closedUntil(office, reopens, phone), 'Das Rathaus kann Sie anrufen.'),
    reopens: de.handoff.reopens,
    personalAdvice: 'Dazu berät Sie das Rathaus gern selbst.',
    someoneHelps: 'Ein Mensch aus dem Rathaus hilft Ihnen gern.',
    someoneThere: lines('Gerade ist ein Mensch aus dem Rathaus im Chat.', 'Möchten Sie mit ihm schreiben?'),
    nobodyThere: (_office, phone) =>
      lines('Gerade ist niemand im Chat da.', ...(phone ? [`Sie können im Rathaus anrufen: ${phone}`] : []), 'Oder das Rathaus ruft Sie an.'),
    connecting: 'Ich verbinde Sie jetzt mit einem Menschen aus dem Rathaus.',
    leftLiveChat: lines('Sie haben das Gespräch mit dem Rathaus beendet.', 'Jetzt schreiben Sie wieder mit dem Computer·helfer.'),
    leftQueue: lines('Sie warten nicht mehr.', 'Jetzt schreiben Sie wieder mit dem Computer·helfer.'),
    taken: (speaker: string): string =>
      lines(
        `Jetzt schreiben Sie mit: ${speaker}.`,
        'Das ist ein Mensch aus dem Rathaus.',
        'Schreiben Sie einfach Ihre Nachricht.',
        'Sie möchten aufhören?',
        'Dann tippen Sie auf: Zurück zum Assistenten.',
      ),
    speaker: de.handoff.speaker,
    defaultOffice: 'Rathaus',
    handedBack: lines('Jetzt schreiben Sie wieder mit dem Computer·helfer.', 'Fragen Sie mich gern weiter.'),
    closed: (name: string): string => lines(`${name} vom Rathaus hat das Gespräch beendet.`, 'Sie können dem Computer·helfer weiter Fragen stellen.'),
    connectionLost: (position: number): string =>
      lines('Die Verbindung zum Rathaus ist weg.', 'Sie warten jetzt wieder.', peopleBefore(position)),
    citizenGone: lines('Sie waren lange nicht im Chat.', 'Darum warten Sie jetzt nicht mehr auf einen Menschen aus dem Rathaus.', 'Sie wollen wieder warten?', 'Dann schreiben Sie: Mitarbeiter.'),
  },

  glossary: {
    vorgangsnummer: lines(
      'Die Vorgangs·nummer ist die Nummer von Ihrem Antrag.',
      'Zum Beispiel: MOE-2026-00042.',
      'Sie bekommen die Nummer nach dem Absenden.',
      'Mit der Nummer findet das Rathaus Ihren Antrag.',
      'Bitte heben Sie die Nummer gut auf.',
    ),
    termin: lines(
      'Ein Termin ist eine feste Uhr·zeit.',
      'Zu dieser Uhr·zeit kommen Sie ins Bürger·büro.',
      'Dann müssen Sie nicht warten.',
      'Sie möchten einen Termin?',
      'Dann schreiben Sie: Termin.',
    ),
    rueckruf: lines('Rück·ruf heißt: Jemand vom Rathaus ruft Sie an.', 'Dafür brauchen wir Ihre Telefon·nummer.', 'Und wir fragen: Wann sind Sie zu Hause?'),
    erreichbarkeit: lines('Wir fragen: Wann können wir Sie anrufen?', 'Zum Beispiel: am Vormittag.', 'Oder: ab 14 Uhr.'),
    einwilligung: lines('Einwilligung heißt: Sie sind einverstanden.', 'Das Rathaus speichert Ihre Angaben.', 'Damit kann das Rathaus Ihnen antworten.'),
    benachrichtigung: lines('Benachrichtigung heißt:', 'Ich sage Ihnen hier im Chat Bescheid.', 'Dann wissen Sie: Das Rathaus ist fertig mit Ihrem Antrag.'),
    ortsteil: lines('Ein Orts·teil ist ein Dorf.', 'Das Dorf gehört zur Gemeinde.', 'Manche Straßen gibt es in mehreren Dörfern.', 'Darum frage ich nach dem Orts·teil.'),
    buergerbuero: lines(
      'Das Bürger·büro ist ein Teil vom Rathaus.',
      'Dort bekommen Sie zum Beispiel:',
      '• einen Ausweis',
      '• einen Pass',
      '• eine Anmeldung für die Wohnung',
      'Dort bekommen Sie auch einen Termin.',
    ),
  },

  feedback: {
    thanks: 'Danke für Ihre Antwort!',
    whatWasWrong: lines('Danke.', 'Was war nicht gut?', 'Sie können auch mit einem Menschen sprechen.'),
    whatExactly: lines(
      'Danke.',
      'Das Rathaus prüft die Antwort.',
      'Was war falsch?',
      'Schreiben Sie es gern in einem Satz.',
      'Oder sprechen Sie mit einem Menschen.',
    ),
    noted: lines('Danke für Ihren Hinweis.', 'Das Rathaus liest den Hinweis.', 'Möchten Sie mit einem Menschen sprechen?'),
    notMyQuestion: lines('Danke.', 'Das Rathaus bekommt Ihre Frage.', 'Dann lernt der Computer·helfer die Frage.', 'Fragen Sie gern mit anderen Worten.'),
  },

  privacy: {
    confirmDeletion: lines('Möchten Sie wirklich alles löschen?', 'Dann weiß der Computer·helfer nichts mehr von diesem Gespräch.'),
    askAboutOpen: (reference: string, title: string): string =>
      lines(
        `Das Rathaus hat Ihren Antrag ${reference} noch nicht weiter·gegeben.`,
        `Das Thema ist: ${title}.`,
        'Sie löschen Ihre Daten?',
        'Dann ist auch der Antrag weg.',
        'Möchten Sie den Antrag behalten?',
      ),
    askAboutAppointment: (reference: string, slot: string): string =>
      lines(
        `Sie haben einen Termin am ${slot}.`,
        `Die Nummer ist: ${reference}.`,
        'Sie behalten die Anfrage?',
        'Dann bleibt der Termin.',
        'Sie ziehen die Anfrage zurück?',
        'Dann ist der Termin abgesagt.',
        'Was möchten Sie?',
      ),
    chooseKeepOrWithdraw: lines('Bitte tippen Sie auf: Anfrage behalten.', 'Oder tippen Sie auf: Anfrage zurückziehen.'),
    deletionCancelled: lines('Gut.', 'Ich habe nichts gelöscht.'),
    export: lines('Hier sind alle Daten von diesem Gespräch.', 'Die Daten sind in einer Datei.'),
    held: {
      heading: 'Das ist von diesem Gespräch gespeichert:',
      state: 'Wie weit wir im Gespräch sind. Zum Beispiel die Sprache.',
      form: (title: string): string => `Ihre Antworten für den Antrag: ${title}.`,
      recent: (count: number): string => `Die letzten ${count} Nachrichten. Die sieht ein Mensch im Rathaus, wenn er Ihnen hilft.`,
      address: 'Die Adresse für Antworten an Sie.',
      files: (count: number): string => (count === 1 ? '1 Bild oder Datei von Ihnen.' : `${count} Bilder oder Dateien von Ihnen.`),
      transcript: (count: number): string => `Das Gespräch auf der Internet·seite: ${count} Nachrichten.`,
      queue: 'Sie möchten mit einem Menschen sprechen.',
      liveChat: (count: number): string => `Ihr Gespräch mit dem Rathaus: ${count} Nachrichten.`,
      cases: (references: readonly string[]): string => `Ihre Anträge: ${references.join(', ')}.`,
      unanswered: (count: number): string => `${count === 1 ? '1 Frage' : `${count} Fragen`} ohne Antwort. Namen und Nummern sind unlesbar gemacht. Damit lernt das Rathaus.`,
    },
    deleted: lines('Ihre Daten sind jetzt gelöscht.', 'Das Gespräch ist gelöscht.', 'Ihre Bilder sind gelöscht.'),
    partlyDeleted: lines('Ein Teil von Ihren Daten ist noch da.', 'Bitte versuchen Sie es später noch einmal.', 'Oder fragen Sie beim Rathaus.'),
    deliveredStays: lines('Das Rathaus hat schon Anträge von Ihnen.', 'Das Rathaus hebt diese Anträge eine Zeit lang auf.', 'Sie möchten die Anträge löschen?', 'Dann fragen Sie beim Rathaus.'),
  },

  notice: {
    pageTitle: (town: string): string => `Datenschutz in Leichter Sprache – ${town}`,
    heading: (town: string): string => `Datenschutz beim Computer·helfer vom ${town}`,
    controllerHeading: 'Wer ist verantwortlich?',
    controller: (controller: string, contact: string): string =>
      lines(`Verantwortlich ist: ${controller}.`, ...(contact ? [`So erreichen Sie uns: ${contact}.`] : [])),
    officer: (officer: string | null): string =>
      officer ? `Eine Person passt auf den Datenschutz auf: ${officer}.` : 'Eine Person passt auf den Datenschutz auf. Sie erreichen die Person über das Rathaus.',
    purposeHeading: 'Warum nutzen wir Ihre Daten?',
    purpose: lines('Wir lesen Ihre Nachrichten.', 'Dann können wir Ihre Fragen beantworten.', 'Und wir können Ihren Antrag an das Rathaus geben.'),
    legalBasis: lines('Das Gesetz erlaubt das.', 'Das Gesetz heißt: Datenschutz-Grund·verordnung, Artikel 6.', 'Und: Bayerisches Datenschutz·gesetz, Artikel 4.'),
    retentionHeading: 'Was speichern wir? Wie lange?',
    conversations: (days: number): string =>
      lines('Wir speichern das Gespräch und Ihre Bilder.', `Nach ${days} Tagen löschen wir alles.`, 'Die Tage zählen ab Ihrer letzten Nachricht.'),
    cases: (days: number): string => lines('Wir geben Ihren Antrag an das Rathaus.', `Nach ${days} Tagen löscht der Computer·helfer den Antrag.`),
    unanswered: (days: number): string =>
      lines('Manche Fragen kann der Computer·helfer nicht beantworten.', `Diese Fragen sieht das Rathaus ${days} Tage lang.`, 'Namen, Telefon·nummern und Adressen sind dabei unlesbar gemacht.', 'Dann lernt das Rathaus dazu.', 'Danach löscht der Computer·helfer die Fragen.'),
    statistics: (days: number): string =>
      lines('Der Computer·helfer zählt: Wie viele Gespräche gab es?', 'Welche Themen?', 'Das zeigt er dem Gemeinde·rat.', 'Ihr Name ist nicht dabei.', `Diese Zahlen bleiben ${days} Tage.`),
    recipientsHeading: 'Wer bekommt Ihre Daten?',
    noAiService: lines('Der Computer·helfer schickt Ihre Fragen nicht an andere Firmen.', 'Auch nicht an Firmen für künstliche Intelligenz.'),
    allPoints: lines('Sie möchten alles zum Datenschutz lesen?', 'Dann tippen Sie auf: Datenschutz.'),
    recipients: (town: string): string =>
      lines(`Nur das Rathaus bekommt Ihre Daten: ${town}.`, 'Niemand anderes bekommt die Daten.', 'Die Daten bleiben in Europa.'),
    rightsHeading: 'Ihre Rechte',
    rights: lines('Sie dürfen fragen: Welche Daten haben Sie?', 'Sie dürfen falsche Daten ändern lassen.', 'Sie dürfen Ihre Daten löschen lassen.'),
    complaint: lines(
      'Sie finden etwas nicht richtig?',
      'Dann können Sie sich beschweren.',
      'Bei: Bayerischer Landes·beauftragter für den Datenschutz, Wagmüllerstraße 18, 80538 München.',
    ),
    deleteHeading: 'Daten löschen oder ansehen',
    delete: lines('Schreiben Sie im Chat: Meine Daten löschen.', 'Dann löscht der Computer·helfer sofort alles.'),
    show: lines('Schreiben Sie: Meine Daten anzeigen.', 'Dann bekommen Sie alle Daten in einer Datei.'),
    back: 'Zurück zum Chat',
    phone: (phone: string): string => `Telefon ${phone}`,
    email: (email: string): string => `E-Mail ${email}`,
  },

  uploads: {
    empty: 'Die Datei ist leer.',
    tooLarge: lines('Die Datei ist zu groß.', 'Die Datei darf höchstens 5 Mega·byte groß sein.'),
    wrongType: lines('Diese Datei geht nicht.', 'Bitte schicken Sie ein Foto.', 'Oder schicken Sie eine PDF-Datei.'),
    tooManyPixels: (megapixels: number): string =>
      lines('Das Bild ist zu groß.', `Das Bild darf höchstens ${megapixels.toLocaleString('de-DE')} Mega·pixel haben.`, 'Bitte schicken Sie ein kleineres Foto.'),
    unreadable: lines('Ich kann das Bild nicht öffnen.', 'Bitte schicken Sie das Bild noch einmal.'),
  },
};
