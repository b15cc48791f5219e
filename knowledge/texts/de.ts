// Everything the assistant says on its own, in German: to citizens (formal "Sie", short sentences),
// to staff in the console, and to offices by e-mail. One place, so that the town can review the
// wording and a translation has one file to follow. What the knowledge entries say is in
// knowledge/entries/, the questions of the step-by-step requests in dialogs/flows/.
import { berlinWallClock } from '../hours';
import type { Municipality, Office } from '../schema';

/** The Rathaus's phone and e-mail from the profile (values the town has not confirmed are left out). */
function rathausContact(town: Municipality): string {
  const rathaus = town.offices.rathaus!;
  const parts = [rathaus.phone && `Telefon ${rathaus.phone}`, rathaus.email && `E-Mail ${rathaus.email}`].filter(Boolean);
  return parts.length ? `${rathaus.name}: ${parts.join(', ')}.` : `Bitte wenden Sie sich an das ${rathaus.name}.`;
}

/** "Telefon Rathaus Markt Mömbris: 06029 705-0. " (nothing when the number is not known). */
const byPhone = (office: string, phone: string | null): string => (phone ? `Telefon ${office}: ${phone}. ` : '');

// Formatters made once: building one per call (as toLocaleString with options does) cost a tenth
// of the server's CPU when every hours answer said when the Rathaus opens again (npm run bench:http).
const inBerlin = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', ...options });
const TIME = inBerlin({ hour: 'numeric', minute: '2-digit' });
const WEEKDAY = inBerlin({ weekday: 'long' });
const DAY_AND_MONTH = inBerlin({ day: 'numeric', month: 'long' });

const closedUntil = (office: string, reopens: string | undefined, phone: string | null): string =>
  `Die zuständige Stelle (${office}) ist gerade geschlossen${reopens ? ` und ${reopens} wieder für Sie da` : ''}.${phone ? ` Telefon: ${phone}.` : ''}`;

const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

export const de = {
  /** Buttons and the words that mean the same command (compared after commands.ts folds them). */
  commands: {
    cancel: { button: 'Abbrechen', words: ['abbrechen', 'abbruch', 'stopp', 'stop', 'beenden'] },
    back: { button: 'Zurück', words: ['zurück'] },
    /** After "zurück" to a question already answered: the answer kept, on to the next question. */
    keep: { button: 'Beibehalten', words: ['so lassen', 'passt so', 'bleibt so', 'stimmt so', 'unverändert', 'das passt'] },
    /** Takes a request back up right after it was cancelled. */
    resume: { button: 'Weiter ausfüllen', words: ['doch nicht', 'weiter', 'weitermachen', 'fortsetzen', 'nicht abbrechen', 'rückgängig', 'doch weiter'] },
    // ("Hä?" at a question, trial 56: "keine gesicherte Auskunft" had come.)
    help: { button: 'Hilfe', words: ['hilfe', '?', 'hä', 'häh', 'hää', 'wie bitte', 'versteh ich nicht', 'verstehe ich nicht'] },
    person: { button: 'Mit einem Menschen sprechen', words: ['mitarbeiter', 'mitarbeiterin', 'mensch', 'person'] },
    backToAssistant: { button: 'Zurück zum Assistenten', words: ['abbrechen'] },
    callBack: { button: 'Rückruf anfordern', words: ['rückruf', 'rückruf bitte', 'bitte rückruf'] },
    // "Stimmt alles?" is answered as citizens answer it ("stimmt", "passt so", "ok", "abschicken").
    submit: {
      button: 'Absenden',
      words: [
        ...['ja', 'ja bitte', 'jawohl', 'jo', 'genau', 'ja genau', 'richtig', 'korrekt', 'alles richtig', 'alles korrekt', 'ok', 'okay'],
        ...['stimmt', 'stimmt so', 'stimmt alles', 'alles stimmt', 'ja stimmt', 'ja stimmt alles', 'passt', 'passt so', 'passt alles'],
        ...['ja passt', 'jo passt', 'abschicken', 'abschicke', 'ja abschicken', 'jo passt abschicke', 'senden', 'ja absenden', 'bitte absenden'],
        ...['absenden bitte', 'passt so abschicken', 'passt abschicken', 'passt so absenden', 'stimmt so abschicken', 'stimmt abschicken', 'alles richtig abschicken'],
      ],
    },
    /** Sends the request, and the citizen agrees to a message in this chat once it is closed. */
    // ("ja bitte mit benachrichtigung": trial 45, it had been asked again.)
    submitNotify: {
      button: 'Absenden mit Benachrichtigung',
      words: [
        ...['mit benachrichtigung', 'ja mit benachrichtigung', 'ja bitte mit benachrichtigung', 'ja gerne mit benachrichtigung', 'mit benachrichtigung bitte'],
        ...['ja bitte benachrichtigen', 'bitte benachrichtigen', 'ja und benachrichtigen', 'mit bescheid', 'ja mit bescheid', 'ja bitte mit bescheid'],
      ],
    },
    /** At the summary of a long request: the answers to change are offered after it (13 buttons had filled a phone's screen). */
    changeSomething: { button: 'Etwas ändern', words: ['ändern', 'was ändern', 'korrigieren', 'etwas korrigieren', 'da stimmt was nicht'] },
    skip: { button: 'überspringen', words: ['nein', 'keine', 'kein', 'weiter'] },
    yes: { button: 'Ja', words: ['ja bitte', 'ja löschen'] },
    no: { button: 'Nein', words: [] },
    deleteData: { button: 'Meine Daten löschen', words: ['daten löschen', 'lösche meine daten', '/loeschen', '/löschen'] },
    showData: { button: 'Meine Daten anzeigen', words: ['datenauskunft', '/auskunft'] },
    privacy: { button: 'Datenschutz', words: [] },
    openingHours: { button: 'Öffnungszeiten', words: [] },
    bookAppointment: { button: 'Termin vereinbaren', words: [] },
    helpful: { button: 'Hilfreich', words: ['hat geholfen', 'das hilft'] },
    notHelpful: { button: 'Nicht hilfreich', words: ['hat nicht geholfen', 'hilft nicht'] },
    reasonWrong: { button: 'Falsch', words: [] },
    reasonOutdated: { button: 'Veraltet', words: [] },
    reasonUnclear: { button: 'Unverständlich', words: [] },
    reasonNotMyQuestion: { button: 'Nicht meine Frage', words: ['das war nicht meine frage'] },
    keepRequest: { button: 'Anfrage behalten', words: ['behalten'] },
    withdrawRequest: { button: 'Anfrage zurückziehen', words: ['zurückziehen'] },
    keepEverything: { button: 'Nichts löschen', words: ['doch nicht', 'nicht löschen'] },
    cancelAppointment: { button: 'Termin absagen', words: [] },
    facetDocuments: { button: 'Unterlagen', words: [] },
    facetFees: { button: 'Kosten', words: [] },
    facetProcedure: { button: 'Ablauf', words: [] },
    facetOffice: { button: 'Zuständig und Öffnungszeiten', words: [] },
    facetOnline: { button: 'Online beantragen', words: [] },
    /** The conversation languages: each button is the language's own name. */
    easyLanguage: {
      button: 'Leichte Sprache',
      words: ['einfache sprache', 'in einfacher sprache', 'bitte in einfacher sprache', 'bitte in leichter sprache', 'ich verstehe das nicht', 'ich verstehe nicht'],
    },
    english: { button: 'English', words: ['continue in english', 'in english', 'english please', 'englisch', 'auf englisch', 'englisch bitte', 'bitte englisch', 'bitte auf englisch', 'auf englisch bitte', 'auf englisch weiter'] },
    german: { button: 'Deutsch', words: ['auf deutsch weiter', 'auf deutsch', 'deutsch bitte', 'auf deutsch bitte', 'bitte auf deutsch', 'bitte deutsch', 'wieder deutsch', 'wieder auf deutsch', 'in german', 'german', 'normale sprache'] },
  },

  /** Choosing the conversation's language: each catalogue says it in its own language. */
  language: {
    name: 'Deutsch',
    /** The button that switches to (or stays in) this language when a message looks like another one. */
    confirm: 'Auf Deutsch weiter',
    switched: 'Gern, ich schreibe wieder auf Deutsch.',
    /** Said when the first message of a conversation was written in this language: switched without asking, the way back one tap away. */
    writtenIn: 'Sie schreiben auf Deutsch, darum antworte ich auf Deutsch. For English, write “English”.',
    /** Asked when a later message looks like this language (a first message switches at once, see writtenIn). */
    offer: 'Ihre Nachricht sieht nach Deutsch aus. Möchten Sie auf Deutsch weiterschreiben?',
    /** Under an answer whose translation is missing in part: never shown in German. */
    germanOnly: '',
    unclear: 'Das tut mir leid. Was ist unklar? Schreiben Sie mir gern, welches Wort oder welchen Schritt Sie nicht verstehen. Oder sprechen Sie mit einem Menschen.',
    /** A message in a language the assistant does not speak (Turkish, Russian, Arabic …): said in German and English. */
    notSpoken:
      'Ich verstehe Deutsch und Englisch, auch Leichte Sprache. Bitte schreiben Sie auf Deutsch oder Englisch. Oder sprechen Sie mit einem Menschen im Rathaus.\nI understand German and English. Please write in German or English, or talk to a person at the town hall.',
  },

  conversation: {
    /** Texts said in one reply: one paragraph (Leichte Sprache puts each sentence on its own line). */
    together: (...texts: string[]): string => texts.join(' '),
    /** The welcome, followed by the notices valid now (lines of noticeLine); `brief` where a question came first (its answer follows at once). */
    welcome: (town: Municipality, notices: readonly string[] = [], brief = false): string =>
      (brief
        ? [
            `Guten Tag! Ich bin der digitale Assistent des ${town.name}, ein automatisches Programm, kein Mensch.`,
            'Einen Menschen erreichen Sie mit „Mitarbeiter“, mehr zu Ihren Daten mit „Datenschutz“.',
          ]
        : [
            `Guten Tag! Ich bin der digitale Assistent des ${town.name}.`,
            'Ich bin ein automatisches Programm, kein Mensch.',
            'Ich beantworte Fragen zu den Diensten der Verwaltung und helfe Ihnen Schritt für Schritt bei einfachen Anliegen.',
            'Möchten Sie mit einem Menschen sprechen? Schreiben Sie einfach „Mitarbeiter“.',
            'Wie wir mit Ihren Daten umgehen, erfahren Sie mit „Datenschutz“.',
          ]
      ).join(' ') + (notices.length ? `\nAktuelle Hinweise:\n${notices.map((n) => `• ${n}`).join('\n')}` : ''),
    /** A notice as citizens read it: its text, and the Ortsteile it concerns that the text does not name. */
    noticeLine: (text: string, ortsteile: readonly string[]): string => {
      const unnamed = ortsteile.filter((o) => !text.includes(o));
      return unnamed.length ? `${text} (betrifft: ${unnamed.join(', ')})` : text;
    },
    /** Put before the answer when a citizen asks about the matter of a notice. */
    noticeFirst: (lines: readonly string[]): string => `Aktueller Hinweis: ${lines.join(' ')}`,
    /** "Gibt es aktuelle Hinweise?" when none is published. */
    noNotices: 'Zurzeit gibt es keine aktuellen Hinweise des Rathauses. Neuigkeiten aus der Gemeinde stehen im Mitteilungsblatt.',
    /** The same, where the question names an Ortsteil and the notices are for others. */
    noNoticesFor: (ortsteil: string): string =>
      `Für ${ortsteil} gibt es zurzeit keine Hinweise des Rathauses, etwa zu Sperrungen oder Störungen. Neuigkeiten aus der Gemeinde stehen im Mitteilungsblatt.`,
    /** A greeting answered: the welcome has introduced the assistant already. */
    greeting: 'Wie kann ich Ihnen helfen? Stellen Sie mir Ihre Frage, zum Beispiel „Was kostet ein Personalausweis?“.',
    /** Before the answer to someone who tells of a death in the family, or of their animal. */
    annoyed: 'Das tut mir leid. Ich verstehe, dass Sie sich ärgern.',
    /** After the apology, where the annoyed message asked nothing the knowledge answers. */
    annoyedOffer: 'Schreiben Sie mir gern, worum es geht. Oder sprechen Sie mit einem Menschen aus dem Rathaus.',
    /** "ich bin grad etwas durcheinander": time, and the way on, not "formulieren Sie Ihre Frage anders". */
    overwhelmed:
      'Das ist ganz verständlich. Lassen Sie sich Zeit. Schreiben Sie mir einfach in Ihren Worten, worum es geht; ich frage dann Schritt für Schritt nach. Oder sprechen Sie mit einem Menschen aus dem Rathaus.',
    loss: { person: 'Herzliches Beileid zu Ihrem Verlust.', animal: 'Das tut mir leid um Ihr Tier.' },
    /**
     * Danger told (knowledge/language/urgent): what to do now, first. Sources: DVGW, „Verhalten bei
     * Gasgeruch“; Feuerwehr-Notruf 112; Polizei-Notruf 110 für eine Ölspur (Gefahr im Straßenverkehr) und eine Straftat, die gerade geschieht; Hilfetelefon „Gewalt gegen Frauen“ 116 016 (HilfetelefonG
     * § 1, rund um die Uhr); Hilfetelefon „Gewalt an Männern“ 0800 1239900 (Länderprojekt, Bayern beteiligt);
     * TelefonSeelsorge 0800 111 0 111, 0800 111 0 222 und 116 123 (kirchlich getragen, rund um die Uhr, kostenlos, anonym).
     * Rettungsdienst 112; ärztlicher Bereitschaftsdienst 116 117 (Kassenärztliche Vereinigungen, SGB V § 75 Abs. 1b).
     * Wasser im Keller: technische Hilfe der Feuerwehr (Art. 4 Abs. 1 BayFwG), alarmiert über die Integrierte Leitstelle, Notruf 112;
     * nicht in überflutete Räume mit Strom (BBK, Ratgeber für Notfallvorsorge, „Hochwasser“).
     */
    danger: {
      crisis:
        'Es tut mir leid, dass es Ihnen so schlecht geht. Sie sind damit nicht allein. Bei der TelefonSeelsorge spricht sofort ein Mensch mit Ihnen, rund um die Uhr, kostenlos und anonym: 0800 111 0 111 oder 0800 111 0 222 oder 116 123. Wenn Sie in akuter Gefahr sind, rufen Sie die 112.',
      road: 'Öl, ein Hindernis oder ein offener Schacht auf der Fahrbahn, etwa ein umgestürzter Baum oder ein fehlender Gullydeckel, ist eine Gefahr für den Verkehr. Bitte melden Sie es sofort der Polizei: Notruf 110. Ist jemand verletzt oder brennt es, rufen Sie 112. Halten Sie Abstand und sichern Sie die Stelle nur, wenn das gefahrlos geht.',
      gas: 'Bei Gasgeruch: Verlassen Sie sofort das Haus und nehmen Sie alle mit. Schalten Sie kein Licht und kein Gerät ein oder aus, klingeln Sie nicht, machen Sie kein Feuer. Schließen Sie den Gashaupthahn, wenn das gefahrlos geht. Rufen Sie draußen die 112 oder den Störungsdienst Ihres Gasversorgers an (die Nummer steht auf der Gasrechnung).',
      power: 'Ein herabhängendes oder offenes Stromkabel ist lebensgefährlich. Berühren Sie nichts, halten Sie Abstand und warnen Sie andere. Rufen Sie sofort die 112 an.',
      fire: 'Wenn es brennt: Rufen Sie sofort die 112 an. Bringen Sie sich und andere in Sicherheit, schließen Sie die Türen hinter sich und benutzen Sie keinen Aufzug.',
      medical:
        'Bei Brustschmerzen, Atemnot, Bewusstlosigkeit oder anderen Zeichen eines Notfalls rufen Sie sofort den Rettungsdienst: Notruf 112. Ist es nicht lebensbedrohlich und hat die Praxis zu, hilft der ärztliche Bereitschaftsdienst unter 116 117. Das Rathaus kann hier nicht helfen.',
      flood:
        'Steht Wasser im Keller: Gehen Sie nicht hinein, solange dort Strom fließen kann, etwa über Steckdosen oder Geräte im Wasser. Die Feuerwehr hilft und pumpt ab: Notruf 112. Das Rathaus kann hier nicht helfen.',
      crime:
        'Wenn gerade eingebrochen oder gestohlen wird: Rufen Sie sofort die Polizei an, Notruf 110. Bringen Sie sich nicht selbst in Gefahr und halten Sie Abstand. Merken Sie sich, was Sie sehen, und bleiben Sie erreichbar.',
      violence:
        'Wenn Sie in Gefahr sind, rufen Sie sofort die Polizei: 110. Das Hilfetelefon „Gewalt gegen Frauen“ berät rund um die Uhr, kostenlos, anonym und in vielen Sprachen: 116 016. Für Männer gibt es das Hilfetelefon „Gewalt an Männern“: 0800 1239900. Sie müssen das nicht allein durchstehen.',
    },
    /** The answer to "Wie geht es Ihnen?". */
    smallTalk:
      'Danke der Nachfrage! Ich bin ein Computerprogramm, mir geht es immer gleich. Wobei kann ich Ihnen helfen? Fragen Sie zum Beispiel „Was kostet ein Personalausweis?“.',
    thanks: 'Gern geschehen! Kann ich Ihnen noch bei etwas anderem helfen?',
    farewell: 'Auf Wiedersehen und einen schönen Tag! Wenn Sie wieder eine Frage haben, bin ich hier.',
    /** "Nicht hilfreich" typed, "👎": no thanks for it. */
    notHelpful: 'Das tut mir leid. Schreiben Sie mir gern in eigenen Worten, was Sie suchen. Oder sprechen Sie mit einem Menschen.',
    help: [
      'Ich beantworte Fragen zu den Diensten der Verwaltung, zum Beispiel zu Ausweis und Pass, Anmeldung, Urkunden, Steuern, Müll, Bauen und Vereinen.',
      'Einfache Anliegen nehme ich Schritt für Schritt auf: einen Schaden melden, einen Termin vereinbaren, einen Hund anmelden, eine Veranstaltung anzeigen oder einen Rückruf anfordern.',
      'Sie können jederzeit „Mitarbeiter“ schreiben, dann verbinde ich Sie mit einem Menschen.',
    ].join(' '),
    botIdentity:
      'Ich bin ein automatischer Assistent, kein Mensch, und kein Dienst eines KI-Anbieters wie ChatGPT. Meine Antworten stammen aus der geprüften Wissensdatenbank der Verwaltung. Wenn Sie mit einem Menschen sprechen möchten, schreiben Sie „Mitarbeiter“.',
    fallback: (town: Municipality): string =>
      [
        'Dazu habe ich leider keine gesicherte Auskunft. Ich möchte Ihnen nichts Falsches sagen.',
        'Bitte formulieren Sie Ihre Frage anders oder sprechen Sie mit einem Menschen.',
        rathausContact(town),
      ].join(' '),
    fallbackAgain: 'Das konnte ich leider wieder nicht beantworten.',
    notTheTowns:
      'Das gehört nicht zu den Aufgaben des Rathauses, dazu kann ich Ihnen nichts Verlässliches sagen. Ich helfe bei Anliegen an die Gemeinde, zum Beispiel Ausweis, Ummeldung, Müll oder Hundesteuer.',
    clarify: 'Ich bin nicht ganz sicher, was Sie meinen. Meinten Sie eines dieser Themen?',
    // "Was kostet das?" with nothing named before: which matter, with an example of the same point.
    whichMatter: (point: 'fees' | 'duration' | 'documents'): string =>
      `Worum geht es Ihnen? Nennen Sie bitte das Thema, zum Beispiel ${{ fees: '„Was kostet ein Personalausweis?“', duration: '„Wie lange dauert ein Reisepass?“', documents: '„Was brauche ich für die Anmeldung?“' }[point]}`,
    /** "Kennt ihr einen guten Fotografen?": why the town names none. */
    noRecommendation: (town: Municipality): string =>
      `Firmen, Handwerker, Ärzte oder Produkte empfiehlt der ${town.name} nicht, denn er muss alle gleich behandeln. Bei Fragen zu den Diensten der Verwaltung helfe ich Ihnen gern.`,
    referralOffer: 'Wenn Sie trotzdem Fragen an das Rathaus haben, verbinde ich Sie gern mit einem Menschen.',
    /** A service of another municipality around (its hours, taxes, registers). */
    otherTown: (other: string, town: Municipality): string =>
      `Dafür ist ${other} zuständig, nicht der ${town.name}. Bitte wenden Sie sich an die Verwaltung in ${other}; meine Angaben gelten nur für ${town.shortName}.`,
    /** A question about the topic just answered that the entry holds nothing more for: said, not the same answer again. */
    nothingMore: (title: string, office: string, phone: string | null): string =>
      `Dazu steht in meinen Informationen zu „${title}“ nichts Genaueres. Ich möchte Ihnen nichts Falsches sagen. Bitte fragen Sie die zuständige Stelle: ${office}${phone ? `, Telefon ${phone}` : ''}.`,
    also: (title: string): string => `Sie haben auch nach „${title}“ gefragt. Tippen Sie darauf, dann helfe ich Ihnen auch dabei.`,
    noText: 'Ich kann bisher nur Textnachrichten lesen. Bitte schreiben Sie mir Ihr Anliegen.',
    busy: 'Entschuldigung, das hat gerade nicht geklappt. Bitte senden Sie Ihre Nachricht noch einmal.',
    error: (town: Municipality): string =>
      `Entschuldigung, dabei ist ein technischer Fehler aufgetreten. Bitte versuchen Sie es später noch einmal. ${rathausContact(town)}`,
    tooLong: (maxChars: number): string => `Ihre Nachricht ist zu lang. Bitte fassen Sie Ihr Anliegen in höchstens ${maxChars} Zeichen zusammen.`,
    tooMany: (retryAfterSeconds: number): string =>
      `Sie haben sehr viele Nachrichten in kurzer Zeit geschickt. Bitte warten Sie ${retryAfterSeconds} Sekunden und schreiben Sie dann erneut.`,
    /** Buttons under the welcome and under the help text (titles of topics route exactly). */
    welcomeSuggestions: ['Öffnungszeiten', 'Mit einem Menschen sprechen', 'Datenschutz', 'Leichte Sprache', 'English'],
    helpSuggestions: ['Schaden oder Mangel melden', 'Termin im Bürgerbüro vereinbaren', 'Öffnungszeiten'],
  },

  /** Labels of an answer from the knowledge base. */
  answers: {
    responsible: 'Zuständig',
    address: 'Adresse',
    phone: 'Telefon',
    email: 'E-Mail',
    website: 'Internet',
    hours: 'Öffnungszeiten',
    changedDays: 'Abweichende Tage',
    closed: 'geschlossen',
    /** Short day names of the weekly hours, Monday first. */
    days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
    weekdays: WEEKDAYS,
    holiday: 'Feiertag',
    /** A day many offices close early (Heiliger Abend, Silvester) that the town's hours do not mention. */
    mayDiffer: (day: string): string => `${day}: oft kürzer geöffnet, bitte fragen Sie vorher nach`,
    /** The weekday's hours on such a day: what holds on other weeks, not a promise for that day. */
    usually: (hours: string): string => `üblicherweise ${hours}`,
    /**
     * Hours of one week of the month ("jeden ersten Donnerstag im Monat bis 20:00 Uhr"); `longer`: they
     * lengthen the day's regular hours. An editor's note says it in their own words (German only).
     */
    /** A day's hours with their notes ("08:00–18:00 (jeden ersten Donnerstag …)"). */
    withNotes: (hours: string, notes: string[]): string => (notes.length ? `${hours} (${notes.join('; ')})` : hours),
    nthWeekday: (n: number, weekday: string, from: string, to: string, longer: boolean, note?: string): string =>
      note ?? `jeden ${['ersten', 'zweiten', 'dritten', 'vierten', 'fünften'][n - 1]} ${weekday} im Monat ${longer ? `bis ${to} Uhr` : `${from}–${to}`}`,
    /**
     * The line most asking for the hours want: today's hours (none when closed all day, a holiday's
     * or changed day's label) and whether it is open now; `reopens` as in handoff ("heute ab 14:00 Uhr").
     */
    today: (weekday: string, hours: string | undefined, label: string | undefined, open: boolean, reopens: string | undefined): string => {
      const day = `Heute, ${weekday}: ${hours ?? 'geschlossen'}${label ? ` (${label})` : ''}.`;
      if (!hours) return reopens ? `${day} Wieder geöffnet ${reopens}.` : day;
      return `${day} ${open ? 'Jetzt ist geöffnet.' : `Jetzt ist geschlossen.${reopens ? ` Wieder geöffnet ${reopens}.` : ''}`}`;
    },
    /** The hours topic's title when the question named another office ("Wann hat das Standesamt offen?"). */
    hoursOf: (office: string): string => `Öffnungszeiten: ${office}`,
    /** Another office closed on the day the hours are asked for. */
    closedThatDay: (office: string, label: string): string => `${office}: an diesem Tag geschlossen (${label}).`,
    onDay: (at: Date, hours: string | undefined, label: string | undefined): string =>
      `Am ${WEEKDAY.format(at)}, ${DAY_AND_MONTH.format(at)}: ${hours ?? 'geschlossen'}${label ? ` (${label})` : ''}.`,
    askRathaus: (rathaus: string, phone: string | null): string => `Kontakt: bitte beim ${rathaus} erfragen${phone ? ` (Telefon ${phone})` : ''}.`,
    documents: 'Das brauchen Sie',
    requirements: 'Voraussetzungen',
    fees: 'Kosten',
    deadlines: 'Fristen',
    processingTime: 'Bearbeitungsdauer',
    appointment: 'Termin',
    procedure: 'So geht es',
    notes: 'Gut zu wissen',
    links: 'Links',
    reviewed: 'Stand',
    officeLine: (office: string, reach: string): string => `Zuständig: ${office}, ${reach}.`,
    officeOnly: (office: string): string => `Zuständig: ${office}.`,
    officeViaRathaus: (office: string, rathaus: string, phone: string | null): string =>
      `Zuständig: ${office}. Kontakt über das ${rathaus}${phone ? `, Telefon ${phone}` : ''}.`,
    onlineAt: (title: string, url: string): string => `Das geht online: ${title} – ${url}`,
    footer: (source: string): string => `Quelle: ${source}`,
    atAGlance: 'Auf einen Blick',
    moreLinks: 'Mehr dazu',
    call: (phone: string): string => `Anrufen: ${phone}`,
    appointmentBookable: 'Einen Termin im Bürgerbüro können Sie hier gleich vereinbaren.',
    // "Geht das auch online?" where the assistant takes the request itself (the dog's registration, an event's notice).
    onlineHere: 'Online geht das hier im Chat: Tippen Sie unten auf den Knopf, dann frage ich alles Nötige ab.',
    /** "Geht das ohne Termin?" about a request the assistant takes itself. */
    appointmentNotNeeded: 'Einen Termin brauchen Sie dafür nicht: Das geht hier im Chat. Tippen Sie unten auf den Knopf, dann frage ich alles Nötige ab.',
    // A point the entry does not cover, said before its short answer (the office follows).
    unknownFacet: {
      fees: 'Was es kostet, dazu habe ich keine gesicherte Angabe. Die zuständige Stelle sagt es Ihnen.',
      duration: 'Wie lange es dauert oder wie früh Sie es beantragen müssen, dazu habe ich keine gesicherte Angabe. Die zuständige Stelle sagt es Ihnen.',
      documents: 'Welche Unterlagen Sie brauchen, dazu habe ich keine gesicherte Angabe. Die zuständige Stelle sagt es Ihnen.',
      appointment: 'Ob Sie einen Termin brauchen, dazu habe ich keine gesicherte Angabe. Die zuständige Stelle sagt es Ihnen.',
      online: 'Einen Weg, das online zu erledigen, kenne ich nicht.',
    },
    notOurs: (town: string): string => `Dafür ist der ${town} nicht zuständig.`,
  },

  flows: {
    // Not "nicht gespeichert": the conversation's last messages are kept for staff up to its retention (privacy notice).
    cancelled: 'Ich habe die Anfrage abgebrochen und nichts abgeschickt. Wie kann ich sonst helfen?',
    /** A request with answers: they are kept for one more message, in case the cancel was a slip. */
    cancelledUndoable:
      'Ich habe die Anfrage abgebrochen und nichts abgeschickt. Ihre Angaben lösche ich mit Ihrer nächsten Nachricht. War das ein Versehen? Dann tippen Sie auf „Weiter ausfüllen“.',
    /** After a request ended by an answer (no consent): the way back, in case it was a slip. */
    stoppedUndoable: (stopped: string): string => `${stopped} War das ein Versehen? Dann tippen Sie auf „Weiter ausfüllen“.`,
    resumed: 'Gut, wir machen weiter. Ihre Angaben sind noch da.',
    /** Taken back up at its first question: nothing had been given yet. */
    resumedAtStart: 'Gut, wir machen weiter.',
    /** "Können Sie mich zurückrufen, wenn es repariert ist?" in the middle of a request. */
    toldWhenDone: (submitNotify: string): string =>
      `Gern. Tippen Sie am Ende auf „${submitNotify}“. Dann sage ich Ihnen hier Bescheid, sobald das Rathaus Ihre Anfrage abgeschlossen hat.`,
    /** "Warum wollen Sie das wissen?" in the middle of a request: why the question is asked, and where the answer goes. */
    whoCallsBack: 'Es meldet sich eine Mitarbeiterin oder ein Mitarbeiter der Stelle, die für Ihr Anliegen zuständig ist. Welche Stelle das ist, sage ich Ihnen nach dem Absenden.',
    whyAsked: (help: string | undefined): string =>
      `${help ? `${help} ` : ''}Ich frage nur, was die zuständige Stelle für Ihr Anliegen braucht. Ihre Angaben gehen nur dorthin. Mehr dazu erfahren Sie mit „Datenschutz“.`,
    /** "Wie lange dauert das, bis es repariert ist?" in the middle of a request: no promise, what happens, how to ask. */
    /** "Wann krieg ich die Hundemarke?" in the middle of a request whose office is known: what happens after sending. */
    whatComesNext: (next: string): string => `${next} Nach dem Absenden bekommen Sie eine Vorgangsnummer. Damit können Sie hier jederzeit nach dem Stand fragen.`,
    howLongItTakes: (next: string): string =>
      `Wie lange es dauert, kann ich Ihnen nicht sicher sagen. ${next} Nach dem Absenden bekommen Sie eine Vorgangsnummer. Damit können Sie hier jederzeit nach dem Stand fragen.`,
    /** A photo sent before its question (while the place is asked): kept for the report. */
    photoKept: 'Danke, das Foto habe ich. Es kommt mit Ihrer Meldung.',
    /** Several photos sent, or one more after the first: a report takes one. */
    onePhotoOnly: (name: string): string => `Pro Meldung nehme ich hier ein Foto an. Angehängt ist „${name}“.`,
    sendAtTheEnd: 'Abschicken können Sie am Ende, wenn Sie alles geprüft haben.',
    /** "kann ich a Bild schicke?" before the photo is asked: after the photo question's help, how and when (trial 44). */
    /** The same in a request that takes no photo (a call-back): by e-mail instead. */
    noPhotoHere: (town: Municipality): string =>
      `Bei dieser Anfrage kann ich kein Foto annehmen. Schicken Sie es bitte per E-Mail an das Rathaus und nennen Sie dabei Ihre Vorgangsnummer. Die Nummer bekommen Sie nach dem Absenden. ${rathausContact(town)}`,
    /** A club said where the responsible person is asked. */
    personNotClub: 'Bitte nennen Sie eine Person mit Vor- und Nachnamen, nicht den Verein.',
    photoWelcome: 'Tippen Sie unten auf die Büroklammer und wählen Sie das Foto aus. Sie können es jetzt senden oder später, wenn ich danach frage.',
    /** "ja" to "Möchten Sie ein Foto anhängen?": how to send one. */
    howToSendPhoto: (skip: string): string => `Gern. Tippen Sie unten auf die Büroklammer und wählen Sie das Foto aus. Ohne Foto tippen Sie auf „${skip}“.`,
    /** "Absenden" typed when no request is open (after one was sent): nothing to send again. */
    nothingToSend:
      'Gerade ist keine Anfrage offen, die ich abschicken könnte. Eine Anfrage, die Sie schon abgeschickt haben, ist mit ihrer Vorgangsnummer gespeichert. Wobei kann ich Ihnen noch helfen?',
    /** "abbrechen" or "zurück" typed when no request is open: nothing to stop or go back in. */
    noRequestOpen: 'Gerade ist keine Anfrage offen, die ich abbrechen oder in der ich zurückgehen könnte. Wobei kann ich Ihnen helfen?',
    leftUnsent: (title: string): string => `Ich beende „${title}“ und schicke nichts davon ab.`,
    summaryHelp: 'Tippen Sie auf „Absenden“, um die Anfrage abzuschicken, oder auf „… ändern“, um eine Angabe zu korrigieren.',
    firstQuestion: 'Das ist bereits die erste Frage.',
    /** Going back to a question already answered: the answer so far, and how to keep it. */
    answeredSoFar: (value: string, keep: string): string => `Bisher: „${value}“. Schreiben Sie eine neue Antwort oder tippen Sie auf „${keep}“.`,
    chooseAtSummary: 'Bitte wählen Sie „Absenden“ oder was Sie ändern möchten.',
    whatToChange: 'Was möchten Sie ändern? Tippen Sie darauf.',
    notUnderstood: 'Das habe ich nicht verstanden.',
    failedTooOften: 'Das hat leider mehrmals nicht geklappt. Ich gebe Ihr Anliegen an eine Mitarbeiterin oder einen Mitarbeiter weiter.',
    failedKeepGoing:
      'Das hat leider mehrmals nicht geklappt. Ihre bisherigen Angaben bleiben erhalten. Bitte versuchen Sie es noch einmal; mit „Hilfe“ erkläre ich die Frage. Oder tippen Sie auf „Mit einem Menschen sprechen“: Dann meldet sich die Verwaltung bei Ihnen, Ihre Angaben gehen mit.',
    resume: 'Zurück zu Ihrer Anfrage:',
    whereWeAre: (title: string, lines: string[]): string =>
      lines.length ? `Wir sind bei: ${title}. Das haben Sie schon angegeben:\n${lines.join('\n')}\nJetzt die nächste Frage:` : `Wir sind bei: ${title}. Jetzt die erste Frage:`,
    understood: (value: string): string => `Ich habe „${value}“ verstanden.`,
    // An answer to another question than the one asked: which one it answered.
    addedTo: (label: string): string => `Danke, ich habe das bei „${label}“ ergänzt.`,
    understoodAs: (label: string, value: string): string => `Ich habe „${value}“ als ${label} verstanden.`,
    /** At the summary, an answer said again as it stands ("des is e schlagloch" with the category a road damage already). */
    alreadySo: (label: string, value: string): string => `Das habe ich schon so: ${label} „${value}“.`,
    /** Several answers taken from one message, said back in one line. */
    understoodAll: (items: ReadonlyArray<{ label: string; value: string }>): string =>
      `Das habe ich verstanden: ${items.map((i) => `${i.label}: ${i.value}`).join('; ')}.`,
    /** What the first message already gave; `confirmed` flows end with a summary where it can be changed. */
    taken: (answers: ReadonlyArray<{ field: string; value: string }>, confirmed = true): string =>
      `Aus Ihrer Nachricht habe ich schon: ${answers.map((a) => `${a.field}: ${a.value}`).join('; ')}.${confirmed ? ' Vor dem Absenden können Sie alles ändern.' : ''}`,
    yourWords: 'Ihre Nachricht von eben',
    change: (label: string): string => `${label} ändern`,
    // Without submitNotify (a booking is done at once, nothing to wait for): no notification offered.
    /** The office a request's matter chose, as a line of its summary (trial 63: named only after sending). */
    officeLine: (office: string): string => `Zuständig: ${office}`,
    summary: (lines: string[], submit: string, submitNotify?: string): string =>
      `Bitte prüfen Sie Ihre Angaben:\n${lines.join('\n')}\nStimmt alles? Dann tippen Sie auf „${submit}“.` +
      (submitNotify ? ` Mit „${submitNotify}“ sage ich Ihnen hier Bescheid, sobald das Rathaus die Anfrage abgeschlossen hat.` : ''),
    choose: (choices: readonly string[]): string => `Bitte wählen Sie: ${choices.join(', ')}.`,
    moreDetail: (what: string): string => `Bitte beschreiben Sie ${what} etwas genauer.`,
    /** Before the field's question again, which says what to write. */
    needed: 'Diese Angabe brauchen wir.',
    stillHere: 'Ich bin da: der digitale Assistent des Rathauses.',
    shorter: (what: string, max: number): string => `Bitte fassen Sie ${what} kürzer (höchstens ${max} Zeichen).`,
    noDefinition: (town: Municipality): string => `Dieses Anliegen kann ich noch nicht Schritt für Schritt aufnehmen. ${rathausContact(town)}`,
    noFreeSlot: (town: Municipality): string => `Leider ist in den nächsten Tagen kein Termin mehr frei. ${rathausContact(town)}`,
    photo: (name: string): string => `Foto (${name})`,
  },

  fields: {
    email: 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
    phone: 'Bitte geben Sie eine gültige Telefonnummer an, zum Beispiel 06029 1234.',
    /** Digits too few for a number ("0171 12"): said so, not only "not valid" (trial 66). */
    phoneTooShort: (typed: string): string => `Die Nummer „${typed}“ ist zu kurz. Bitte geben Sie die ganze Nummer mit Vorwahl an, zum Beispiel 06029 1234.`,
    /** A plain yes to an optional question: the question again, as a go-ahead. */
    goAhead: 'Gern.',
    // Said before the question again, which says whether the field is optional.
    phoneOrEmail: 'Das habe ich nicht als Telefonnummer oder E-Mail-Adresse erkannt.',
    placeNotATime: 'Das ist ein Zeitpunkt. Bitte nennen Sie den Ort, zum Beispiel „Festplatz Mömbris“.',
    placeNotAContact: 'Das ist eine E-Mail-Adresse oder Telefonnummer. Bitte nennen Sie den Ort, zum Beispiel „Festplatz Mömbris“.',
    placeNotAPerson: 'Das ist der Name einer Person. Bitte nennen Sie den Ort der Veranstaltung, zum Beispiel „Festplatz Mömbris“ oder eine Adresse.',
    /** An appointment booked without a contact: what that means. */
    bookedWithoutContact: 'Gut, dann ohne Kontakt. Ändert sich etwas am Termin, kann das Bürgerbüro Ihnen das dann nicht mitteilen.',
    /** A booking found from another chat without the contact it was booked with (there was none): why not, and whom to call (trial 53). */
    noContactToCheck: (phone: string | null | undefined): string =>
      `Ohne die Telefonnummer oder E-Mail-Adresse aus der Buchung kann ich den Termin hier nicht ändern. So schützen wir Ihren Termin vor Fremden. Bitte rufen Sie das Bürgerbüro an${phone ? `: Telefon ${phone}.` : '.'}`,
    // A refusal where a contact is needed: why, and the way out.
    contactNeeded: 'Ohne Telefonnummer oder E-Mail-Adresse können wir Sie nicht erreichen. Möchten Sie keine angeben, schreiben Sie „abbrechen“ und rufen Sie das Rathaus an.',
    placeElsewhere: (town: string, municipality: string): string => `${town} gehört nicht zum Gemeindegebiet von ${municipality}.`,
    placeDetailKept: 'Danke, das nehme ich zum Ort dazu.',
    /** Said into the place where the citizen does not know its Ortsteil (the office reads the rest). */
    ortsteilUnknown: 'Ortsteil unbekannt',
    /** An event's place in another municipality: its own office is responsible (trial 38: it had been taken). */
    eventElsewhere: (town: string, municipality: string): string =>
      `${town} gehört nicht zum Gemeindegebiet von ${municipality}. Eine Veranstaltung dort zeigen Sie bitte bei der dortigen Gemeinde an. Findet sie in ${municipality} statt, nennen Sie bitte den Ort hier.`,
    /** "Konzert" where an event's place is asked: the kind of event, not where it is. */
    eventKindNotPlace: 'Das klingt nach der Art der Veranstaltung. Bitte nennen Sie den Ort, zum Beispiel „Festplatz Mömbris“ oder eine Adresse.',
    /** A street said without its Ortsteil: kept, and the Ortsteil asked. */
    ortsteilOfStreet: (street: string): string => `Danke. In welchem Ortsteil ist „${street}“?`,
    addressNotBreed: 'Das sieht nach einer Anschrift aus, nicht nach einer Rasse.',
    dateNotBreed: 'Das ist ein Datum, keine Rasse.',
    notABreed: 'Das sieht nach einer E-Mail-Adresse oder Telefonnummer aus, nicht nach einer Rasse.',
    /** The same word given as the breed and then as the name: the name, and the breed asked again. */
    nameGivenAsBreed: (name: string): string => `„${name}“ ist also der Name des Hundes, nicht seine Rasse.`,
    nameNotBreed: 'Das ist der Name des Hundes, nicht seine Rasse.',
    /** A mail provider that looks mistyped ("gmial.com"): the address is kept, the likely one named. */
    emailTypo: (meant: string): string => `Bitte prüfen Sie die Adresse. Meinten Sie „${meant}“? Vor dem Absenden können Sie sie ändern.`,
    /** A breed or a birth as the record keeps it when the citizen does not know it. */
    notKnown: 'unbekannt',
    /** The dog's name as the record keeps it when the dog has none yet. */
    dogUnnamed: 'noch ohne Namen',
    onlyTheDogsName: 'Bitte schreiben Sie nur den Namen des Hundes, zum Beispiel „Bello“.',
    livesElsewhere: (town: string, municipality: string): string =>
      `${town} gehört nicht zu ${municipality}. Wohnen Sie dort, ist Ihre eigene Gemeinde zuständig.`,
    placeInTown: (ortsteile: readonly string[]): string =>
      `Bitte nennen Sie den Ortsteil (${ortsteile.join(', ')}) und die Straße oder eine Beschreibung. Liegt der Ort in einer anderen Gemeinde, wenden Sie sich bitte an diese.`,
    timeMissing: (day: string): string => `Um wie viel Uhr am ${day}?`,
    dateInFuture: 'Das Datum liegt in der Zukunft. Bitte prüfen Sie es.',
    noSuchDay: (day: string): string => `Den ${day} gibt es nicht. Bitte prüfen Sie das Datum.`,
    noSuchTime: (time: string): string => `Die Uhrzeit ${time} gibt es nicht. Bitte nennen Sie eine Uhrzeit von 0 bis 24 Uhr.`,
    date: (example: string): string => `Bitte nennen Sie ein Datum, z. B. ${example}.`,
    dateAndTime: 'Bitte nennen Sie Datum und Uhrzeit, z. B. „12.7. 14 Uhr“ oder „nächsten Samstag halb drei“.',
    inThePast: 'Dieser Zeitpunkt liegt in der Vergangenheit. Bitte nennen Sie einen späteren.',
    /** A weekday named beside a date it does not fall on. */
    weekdayOfDate: (date: string, weekday: string): string => `Der ${date} ist ein ${weekday}. Bitte prüfen Sie Tag und Datum.`,
    endAfterStart: (start: string): string => `Das Ende muss nach dem Beginn liegen (${start}).`,
    fullName: 'Bitte nennen Sie Vor- und Nachnamen, zum Beispiel „Anna Weber“.',
    nameNotAMatter: 'Das ist ein Name. Nach Ihrem Namen frage ich gleich. Worum geht es? Zum Beispiel „Frage zu meinem Bauantrag“.',
    nameNotAPlace: 'Das ist ein Ort. Bitte nennen Sie den Vor- und Nachnamen einer Person, zum Beispiel „Anna Weber“.',
    surname: 'Bitte nennen Sie den Namen, auf den der Termin gebucht ist, zum Beispiel „Weber“ oder „Anna Weber“.',
    address: (ortsteile: readonly string[]): string =>
      `Bitte nennen Sie Straße, Hausnummer und Ortsteil, zum Beispiel „Hauptstraße 12, Schimborn“. Ortsteile: ${ortsteile.join(', ')}.`,
    count: 'Bitte nennen Sie eine Zahl, zum Beispiel „80“ oder „etwa 300“.',
    approximately: (when: string): string => `${when} (ungefähr)`,
  },

  months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],

  cases: {
    received: (reference: string, next: string, retentionDays: number): string =>
      `Vielen Dank! Ihre Anfrage ist eingegangen. Ihre Vorgangsnummer: ${reference}. ${next} Ihre Angaben speichern wir ${retentionDays} Tage und löschen sie danach.`,
    next: 'Die zuständige Stelle bearbeitet Ihre Anfrage und meldet sich bei Bedarf bei Ihnen.',
    /** Sent without a contact (an optional one skipped): no "meldet sich bei Ihnen" (trial 62). */
    nextWithoutContact: 'Die zuständige Stelle bearbeitet Ihre Anfrage. Ohne Kontaktangabe kann sie Ihnen keine Rückfrage stellen.',
    alreadyDelivered: (references: string[]): string =>
      `Bereits an die zuständige Stelle weitergeleitet: ${references.join(', ')}. Diese Anfragen bleiben beim Rathaus.`,
    withdrawn: (references: string[]): string => `Zurückgezogen und gelöscht: ${references.join(', ')}.`,
    kept: (references: string[]): string => `Behalten, das Rathaus bearbeitet sie weiter: ${references.join(', ')}.`,
    willNotify: 'Sobald das Rathaus die Anfrage abgeschlossen hat, sage ich Ihnen hier Bescheid.',
    /** On the website, whose chat lives as long as its browser tab. */
    willNotifyWhileOpen:
      'Sobald das Rathaus die Anfrage abgeschlossen hat, sage ich Ihnen hier Bescheid, solange dieses Browserfenster geöffnet bleibt. Sonst fragen Sie mit Ihrer Vorgangsnummer nach dem Stand.',
    askStatus: (reference: string): string => `Den Stand erfahren Sie hier jederzeit, zum Beispiel mit „Wie ist der Stand von ${reference}?“.`,
    /** A request whose office its matter chose (the call-back): the office named after sending, as promised before (trial 62). */
    officeInCharge: (office: string): string => `Zuständig: ${office}.`,
    /** After the state of a request asked about as a question ("Wann ruft ihr an?"): a new one only if wanted. */
    anotherOne: (title: string): string => `Möchten Sie eine weitere Anfrage stellen? Dann tippen Sie auf „${title}“.`,
  },

  /** More to say about a request sent in this conversation ("Ich möchte noch etwas ergänzen"). */
  caseAddition: {
    ask: (reference: string, title: string): string => `Was möchten Sie zu Ihrer Anfrage ${reference} (${title}) ergänzen? Schreiben Sie es mir in einer Nachricht.`,
    added: (reference: string): string =>
      `Danke! Ich habe Ihre Ergänzung zur Anfrage ${reference} weitergegeben. Die Mitarbeiterinnen und Mitarbeiter sehen sie bei Ihrer Anfrage.`,
    /** An addition to a request of another chat: its owner cannot be checked here. */
    elsewhere: (town: Municipality): string =>
      `Eine Ergänzung kann ich nur in dem Gespräch aufnehmen, in dem Sie die Anfrage abgeschickt haben. So ergänzt niemand fremde Anfragen. Bitte nennen Sie dem Rathaus Ihre Vorgangsnummer und was Sie ergänzen möchten. ${rathausContact(town)}`,
    unchanged: 'Gut, Ihre Anfrage bleibt, wie sie ist.',
    /** `reaches`: the office has a way to reach the citizen (a call-back, a contact given); else it only works on the request. */
    whoGetsBack: (reference: string, title: string, office: string, reaches: boolean): string =>
      `Ihre Anfrage ${reference} (${title}) liegt beim ${office}. ${reaches ? 'Eine Mitarbeiterin oder ein Mitarbeiter von dort meldet sich bei Ihnen.' : 'Dort wird sie bearbeitet. Den Stand erfahren Sie hier mit Ihrer Vorgangsnummer.'}`,
    failed: (town: Municipality): string => `Ihre Ergänzung konnte ich gerade nicht speichern. Bitte versuchen Sie es gleich noch einmal. ${rathausContact(town)}`,
    /** A photo is sent by e-mail to the office (or, without its address, asked about on the phone); no upload outside a report. */
    photo: (reference: string, office: Office | undefined, town: Municipality): string =>
      `Ein Foto können Sie hier im Chat nicht nachreichen. ${
        office?.email
          ? `Bitte schicken Sie es per E-Mail an ${office.email} (${office.name}).`
          : office?.phone
            ? `Bitte fragen Sie beim ${office.name} nach: Telefon ${office.phone}.`
            : `Bitte fragen Sie im Rathaus nach. ${rathausContact(town)}`
      } Nennen Sie dabei Ihre Vorgangsnummer ${reference}.`,
  },

  /** Where a request stands, for the citizen: asked in the chat, or told when staff close it. */
  caseStatus: {
    new: (reference: string, title: string): string => `Ihre Anfrage ${reference} (${title}) ist eingegangen und wartet auf die Bearbeitung.`,
    'in-progress': (reference: string, title: string): string => `Ihre Anfrage ${reference} (${title}) ist in Bearbeitung.`,
    done: (reference: string, title: string): string => `Ihre Anfrage ${reference} (${title}) ist erledigt.`,
    rejected: (reference: string, title: string): string => `Ihre Anfrage ${reference} (${title}) wurde abgelehnt.`,
    cancelled: (reference: string, title: string): string => `Ihre Anfrage ${reference} (${title}) ist abgesagt.`,
    appointmentAt: (slot: string): string => `Ihr Termin: ${slot}.`,
    /** An appointment booked and not yet kept: booked, not "waiting to be worked on" (trial 32). */
    appointmentBooked: (reference: string, slot: string): string => `Ihr Termin ${reference} ist gebucht: ${slot}. Sie müssen nichts weiter tun.`,
    /** Booked on a day the office closed afterwards (trial 43). */
    appointmentOnClosedDay: (reference: string, slot: string, office: string, label: string): string =>
      `Ihr Termin ${reference} ist gebucht: ${slot}. Das ${office} ist an diesem Tag aber geschlossen (${label}). Bitte verschieben Sie den Termin oder sagen Sie ihn ab.`,
    townNote: (reason: string): string => `Hinweis des Rathauses: ${reason}`,
    rejectedReason: (reason: string): string => `Begründung: ${reason}`,
    appointmentOff: (slot: string): string =>
      `Ihr Termin am ${slot} findet nicht statt. Einen neuen Termin vereinbaren Sie hier mit „Termin vereinbaren“.`,
    /** The same for an unknown number and a wrong name: nobody learns whether a request exists. */
    notFound:
      'Zu dieser Vorgangsnummer und diesem Namen habe ich keine Anfrage gefunden. Bitte prüfen Sie die Vorgangsnummer und den Namen.',
    /** The name skipped for a number that is no request without a name: the state is told only with the name it holds. */
    withoutName: (town: Municipality): string =>
      `Ohne den Namen aus der Anfrage kann ich Ihnen ihren Stand nicht nennen. So erfährt niemand etwas über fremde Anfragen. Auskunft gibt Ihnen auch das Rathaus. ${rathausContact(town)}`,
    /** A proactive message when staff close the request (the citizen agreed at the summary). */
    news: (status: string): string => `Neues zu Ihrer Anfrage: ${status}`,
    /** "Wie ist der Stand meiner Meldung?" in the middle of it, with no earlier request in this conversation. */
    notSentYet: 'Ihre Anfrage ist noch nicht abgeschickt. Wenn Sie sie abschicken, bekommen Sie eine Vorgangsnummer. Damit können Sie den Stand später erfragen.',
    /** Asked in the middle of another request, about a request of another conversation. */
    afterRequest: 'Den Stand dieser Anfrage nenne ich Ihnen gern, wenn Ihre aktuelle Anfrage abgeschlossen ist.',
  },

  appointments: {
    callOffice: (name: string, phone: string | null): string => (phone ? `Bitte rufen Sie das ${name} an: ${phone}.` : `Bitte wenden Sie sich an das ${name}.`),
    /**
     * `phone`: without a contact given (the office's number, null if it has none), the booking can be cancelled only in this chat or by
     * phone (trial 62: "Termin absagen" elsewhere could never find it); said as two ways, not as an order to call (trial 63).
     */
    booked: (slot: string, office: string, address: string | null, phone?: string | null): string =>
      `Ihr Termin ist gebucht: ${slot}, ${office}${address ? `, ${address}` : ''}. ` +
      // Which ones, asked here after the booking, are the service's documents (trial 62: "die nötigen Unterlagen" named none).
      'Welche Unterlagen Sie mitbringen, sage ich Ihnen hier auf „Was muss ich mitbringen?“. ' +
      (phone === undefined
        ? 'Wenn Sie nicht kommen können, schreiben Sie „Termin absagen“ und nennen Sie die Vorgangsnummer.'
        : `Wenn Sie nicht kommen können, sagen Sie den Termin hier im Chat mit „Termin absagen“ ab oder telefonisch beim ${office}${phone ? ` (${phone})` : ''}.`),
    whichDay: 'An diesen Tagen ist etwas frei. Welcher Tag passt Ihnen?',
    /** "Wann ist mein Termin?": the appointments booked in this conversation. */
    yours: (appointments: string[]): string => `Ihr Termin im Bürgerbüro: ${appointments.join('; ')}.`,
    /** "Geht das ohne Termin?" with no service named or talked about. */
    neededForWhich: 'Ob Sie einen Termin brauchen, hängt vom Anliegen ab. Worum geht es, zum Beispiel Ausweis, Anmeldung oder Führungszeugnis?',
    /** Asked about one's appointment in a chat that booked none: it may have been booked in another; its number tells it. */
    noneBooked:
      'In diesem Gespräch haben Sie keinen Termin gebucht. Haben Sie ihn woanders gebucht? Dann schreiben Sie mir die Vorgangsnummer aus der Bestätigung. Ich nenne Ihnen Tag und Uhrzeit. Oder möchten Sie einen neuen Termin vereinbaren?',
    /** "egal" at the day's question: the first day with free times. */
    firstFreeDay: (day: string, more: boolean): string =>
      `Der nächste freie Tag ist ${day}. Diese Zeiten sind frei.${more ? ' Es gibt noch weitere. Nennen Sie gern eine andere Uhrzeit oder einen anderen Tag.' : ''}`,
    freeTimes: (day: string | undefined, more: boolean): string =>
      `${day ? `Am ${day}, sind diese Zeiten frei.` : 'Diese Termine sind frei.'}${more ? ' Es gibt noch weitere. Nennen Sie gern eine andere Uhrzeit.' : ''}`,
    closedAtThatTime: (office: string): string => `Zu dieser Zeit ist das ${office} geschlossen.`,
    noneLeftToday: 'Heute ist leider kein Termin mehr frei. An diesen Tagen ist etwas frei:',
    notAtThatTime: 'Zu dieser Zeit ist leider nichts frei.',
    wishedTimeFree: (slot: string): string => `„${slot}“ ist frei. Passt das? Dann tippen Sie darauf. Sonst nennen Sie einen anderen Tag oder eine andere Uhrzeit.`,
    takenOnOtherDays: (day: string, time: string): string => `Am ${day}, um ${time} Uhr ist leider nichts frei. An diesen Tagen ist um ${time} Uhr frei:`,
    takenNear: (day: string, time: string): string => `Am ${day}, um ${time} Uhr ist leider nichts frei. Diese Zeiten liegen nah daran:`,
    closedNear: (day: string, time: string, office: string): string => `Am ${day}, um ${time} Uhr ist das ${office} geschlossen. Diese Zeiten liegen nah daran:`,
    nothingThen: 'Dafür ist in den nächsten Wochen leider kein Termin frei. An diesen Tagen ist etwas frei:',
    /** The wished days are days the office is closed ("samstags", "am Freitag, 25. Dezember"). */
    closedThen: (office: string, days: string): string => `${office}: ${days} geschlossen. An diesen Tagen ist etwas frei:`,
    /** The next of the weekday wished for is closed ("Termin am Dienstag", a staff outing that Tuesday). */
    closedThatDay: (office: string, day: string, why: string | undefined): string => `${office}: am ${day} geschlossen${why ? ` (${why})` : ''}.`,
    pastDay: 'Dieser Tag ist schon vorbei. An diesen Tagen ist etwas frei:',
    /** A weekday and a date that do not fit together ("Montag, 15.12.", a Tuesday). */
    otherWeekday: (weekday: string, day: string): string =>
      `${weekday} und ${day} passen nicht zusammen. Welchen Tag meinen Sie? An diesen Tagen ist etwas frei:`,
    beyondBooking: (lastDay: string, office: string, phone: string | null): string =>
      `Termine vergebe ich hier bis ${lastDay}. Für einen späteren Termin wenden Sie sich bitte an das ${office}${phone ? ` (Telefon ${phone})` : ''}. An diesen Tagen ist etwas frei:`,
    /** Weekdays as "on Saturdays", Sunday first (as Date.getDay counts). */
    onWeekdays: ['sonntags', 'montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags', 'samstags'],
    onDay: (day: string): string => `am ${day}`,
    calendarTitle: (service: string, office: string): string => `Termin ${service}, ${office}`,
    calendarNote: (reference: string): string => `Vorgangsnummer ${reference}. Absagen: im Bürger-Assistenten „Termin absagen“ schreiben.`,
    calendarFile: 'Mit der Kalenderdatei übernehmen Sie den Termin in Ihren Kalender.',
    slotGone: (past: boolean): string => `Dieser Termin ist leider ${past ? 'schon vorbei' : 'gerade vergeben worden'}. Bitte wählen Sie einen anderen.`,
    notFound: (callOffice: string): string =>
      `Zu diesen Angaben habe ich keinen Termin gefunden. Bitte prüfen Sie sie und nennen Sie sie noch einmal, oder schreiben Sie „abbrechen“. Kommen Sie nicht weiter? ${callOffice}`,
    alreadyCancelled: (reference: string): string => `Der Termin ${reference} ist bereits abgesagt.`,
    /** The old number of a moved appointment: the new one named, and whether to cancel it asked. */
    movedThere: (old: string, slot: string, reference: string): string =>
      `Der Termin ${old} wurde verlegt. Ihr neuer Termin ist am ${slot} (${reference}). Soll ich den neuen Termin absagen?`,
    moveFound: (slot: string, reference: string, service: string): string =>
      `Ich habe Ihren Termin am ${slot} (${service ? `${service}, ` : ''}${reference}) gefunden. Er bleibt gebucht, bis Sie den neuen gebucht haben. Jetzt wählen Sie den neuen Termin.`,
    movedFrom: (slot: string, reference: string): string => `Ihr bisheriger Termin am ${slot} (${reference}) ist abgesagt.`,
    keptOld: (reference: string): string => `Ihr bisheriger Termin (${reference}) bleibt, wie er ist.`,
    /** "Wie lange dauert der Termin?" while booking: its length (the service's own where the office sets one). */
    lasts: (minutes: number, service?: string): string =>
      service ? `Für „${service}“ planen Sie etwa ${minutes} Minuten ein.` : `Planen Sie für den Termin etwa ${minutes} Minuten ein.`,
    cancelled: (slot: string, reference: string): string =>
      `Ihr Termin am ${slot} (${reference}) ist abgesagt. Vielen Dank, dass Sie Bescheid gegeben haben. Der Termin ist wieder frei.`,
    /** "Termin absagen" in the chat that booked it: which one, asked once (the number and name had been asked). */
    confirmCancel: (slot: string, reference: string): string => `Soll ich Ihren Termin am ${slot} (${reference}) absagen?`,
    confirmCancelYes: 'Ja, absagen',
    confirmCancelNo: 'Nein, behalten',
    kept: (slot: string): string => `Gut, Ihr Termin am ${slot} bleibt bestehen.`,
  },

  handoff: {
    waiting: (position: number, minutes: number): string => `Sie sind auf Platz ${position} der Warteschlange. Die Wartezeit beträgt etwa ${minutes} Minuten.`,
    /** The place alone while nobody is signed in: no estimate that nobody would keep (trial 39: "niemand … etwa 30 Minuten"). */
    waitingWithoutEstimate: (position: number): string => `Sie sind auf Platz ${position} der Warteschlange.`,
    /** Waiting while the last clerk has gone (console closed): the call-back beside waiting. */
    nobodyOnlineNow: 'Gerade ist niemand mehr im Chat angemeldet. Sie können warten oder einen Rückruf anfordern.',
    /** The same, told unasked while waiting (a notice carries no buttons): the word that asks for the call-back. */
    nobodyLeft: 'Gerade ist niemand mehr im Chat angemeldet. Sie können warten. Oder schreiben Sie „Rückruf“: Dann ruft die Verwaltung Sie zurück.',
    /** A message written while waiting: it is kept for the person who takes over. */
    keptForStaff: 'Danke. Ihre Nachricht gebe ich weiter: Wer Ihr Gespräch übernimmt, sieht sie sofort.',
    /**
     * The office is open, but nobody is free in the chat: its telephone, if known. No promise of a
     * person here: the call-back's questions follow at once, with their own introduction.
     */
    nobodyThereCallBack: (office: string, phone: string | null): string => `Im Chat ist gerade niemand frei. ${byPhone(office, phone)}`.trim(),
    /** The responsible office is closed: which one, and when it is back ("am Montag ab 8:00 Uhr"); the call-back follows. */
    closedCallBack: (office: string, reopens: string | undefined, phone: string | null): string => closedUntil(office, reopens, phone),
    closedNow: (office: string, reopens: string | undefined, phone: string | null): string => `${closedUntil(office, reopens, phone)} Die Verwaltung kann Sie zurückrufen.`,
    /** "heute ab 14:00 Uhr", "morgen ab 8:00 Uhr", "am Montag ab 8:00 Uhr", "am Montag, 4. Januar, ab 8:00 Uhr". */
    reopens: (at: Date, now: Date): string => {
      const day = (d: Date) => berlinWallClock(d).date;
      const time = TIME.format(at);
      const days = Math.round((Date.parse(day(at)) - Date.parse(day(now))) / 86_400_000);
      const weekday = WEEKDAY.format(at);
      const date = DAY_AND_MONTH.format(at);
      if (days === 0) return `heute ab ${time} Uhr`;
      if (days === 1) return `morgen ab ${time} Uhr`;
      return days < 7 ? `am ${weekday} ab ${time} Uhr` : `am ${weekday}, ${date}, ab ${time} Uhr`;
    },
    personalAdvice: 'Dazu berät Sie das Rathaus gern persönlich.',
    someoneHelps: 'Gern hilft Ihnen eine Mitarbeiterin oder ein Mitarbeiter weiter.',
    /** Offered, not started: the citizen decides whether to wait for a person. */
    someoneThere: 'Im Chat ist gerade jemand aus dem Rathaus erreichbar. Möchten Sie verbunden werden?',
    nobodyThere: (office: string, phone: string | null): string =>
      `Im Chat ist gerade keine Mitarbeiterin und kein Mitarbeiter erreichbar. ${byPhone(office, phone)}Die Verwaltung kann Sie auch zurückrufen.`,
    connecting: 'Ich verbinde Sie mit einer Mitarbeiterin oder einem Mitarbeiter des Rathauses.',
    leftLiveChat: 'Sie haben das Gespräch mit dem Rathaus beendet. Sie sprechen wieder mit dem digitalen Assistenten.',
    leftQueue: 'Sie warten nicht mehr. Sie sprechen wieder mit dem digitalen Assistenten.',
    taken: (speaker: string): string =>
      `Sie schreiben jetzt mit ${speaker}. Das ist ein Mensch aus dem Rathaus, kein Programm. Schreiben Sie einfach Ihre Nachricht. Mit „Zurück zum Assistenten“ beenden Sie das Gespräch.`,
    /** A staff member's name and office as citizens see it, e.g. "Anna (Bürgerbüro)". */
    speaker: (name: string, office: string): string => `${name} (${office})`,
    /** The office shown when an account names none. */
    defaultOffice: 'Rathaus',
    handedBack: 'Sie sprechen wieder mit dem digitalen Assistenten. Fragen Sie mich gern weiter.',
    /** Who ended it, by the name the citizen wrote with (trial 46: "Die Mitarbeiterin oder der Mitarbeiter" after "Sie schreiben jetzt mit Anna"). */
    closed: (name: string): string => `${name} hat das Gespräch beendet. Sie können dem digitalen Assistenten weiter Fragen stellen.`,
    connectionLost: (position: number): string =>
      `Die Verbindung zu Ihrer Ansprechperson im Rathaus wurde unterbrochen. Sie sind wieder in der Warteschlange auf Platz ${position}.`,
    /** The chat was closed for a while: the place or the live chat is given up (trial 39: left chats had stayed in the queue). */
    citizenGone:
      'Sie waren eine Weile nicht mehr im Chat. Deshalb habe ich das Warten auf eine Mitarbeiterin oder einen Mitarbeiter beendet. Möchten Sie wieder warten? Schreiben Sie „Mitarbeiter“.',
  },

  /** The report for the council (console page, CSV, PDF, npm run report). */
  report: {
    title: 'Bürger-Assistent – Auswertung',
    subtitle: (town: string): string => `${town} · Bericht für den Gemeinderat`,
    period: (from: string, to: string): string => `Zeitraum: ${from} bis ${to}`,
    created: (at: string): string => `Erstellt am ${at}. Zahlen ohne personenbezogene Daten.`,
    sections: {
      usage: 'Nutzung',
      handoffs: 'Übergaben an Mitarbeitende',
      requests: 'Anfragen und Termine',
      channels: 'Kanäle',
      topics: 'Häufigste Themen und Bewertungen',
      feedback: 'Bewertungen der Antworten',
      days: 'Verlauf nach Tagen',
      saved: 'Geschätzte Entlastung',
    },
    figures: {
      conversations: 'Gespräche',
      messages: 'Nachrichten',
      questions: 'Fragen',
      answered: 'direkt beantwortet',
      clarified: 'Rückfrage „Meinten Sie …?“',
      unanswered: 'ohne Antwort',
      referred: 'an andere Stelle verwiesen',
      withoutStaff: 'Gespräche ohne Mitarbeitende',
      clarificationRate: 'Anteil Rückfragen',
      noAnswerRate: 'Anteil ohne Antwort',
      queued: 'an Mitarbeitende übergeben',
      taken: 'von Mitarbeitenden übernommen',
      returned: 'an den Assistenten zurückgegeben',
      callBacks: 'Rückruf statt Chat (außerhalb der Zeiten oder niemand frei)',
      medianWait: 'Wartezeit bis zur Übernahme (Median, Minuten)',
      requestsTotal: 'Anfragen digital eingereicht (ohne zurückgenommene)',
      booked: 'Termine gebucht',
      cancelled: 'Termine abgesagt',
      helpful: 'hilfreich',
      notHelpful: 'nicht hilfreich',
    },
    columns: {
      area: 'Bereich',
      figure: 'Kennzahl',
      value: 'Wert',
      request: 'Anliegen',
      created: 'eingereicht',
      delivered: 'zugestellt',
      moved: 'verlegt',
      cancelled: 'abgesagt',
      channel: 'Kanal',
      conversations: 'Gespräche',
      messages: 'Nachrichten',
      requests: 'Anfragen',
      topic: 'Thema',
      answers: 'Antworten',
      helpful: 'hilfreich',
      notHelpful: 'nicht hilfreich',
      reason: 'Grund',
      count: 'Anzahl',
      weekday: 'Wochentag',
      date: 'Tag',
    },
    reasons: { falsch: 'falsch', veraltet: 'veraltet', unverstaendlich: 'unverständlich', 'nicht-meine-frage': 'nicht meine Frage' },
    weekdays: WEEKDAYS,
    channels: { directline: 'Website (Web Chat)', webchat: 'Web Chat (Azure)', msteams: 'Microsoft Teams', telegram: 'Telegram', emulator: 'Bot Framework Emulator', terminal: 'Testprogramm im Terminal' } as Record<string, string>,
    none: '—',
    noneDelivered:
      '„zugestellt“ zählt Anfragen, die per E-Mail oder Schnittstelle an die Fachstelle gingen. In diesem Zeitraum keine: Alle Anfragen stehen in der Konsole unter „Anfragen“.',
    savedAnswers: 'beantwortete Fragen (ohne „nicht hilfreich“)',
    savedRequests: 'digital eingereichte Anfragen',
    savedHours: 'eingesparte Arbeitszeit (Stunden)',
    savedEuros: 'entspricht (Euro)',
    formula: (a: number, minutesA: number, r: number, minutesR: number, rate: number): string =>
      `Formel: (${a} beantwortete Fragen × ${minutesA} Minuten je vermiedenem Anruf oder Besuch + ${r} Anfragen × ${minutesR} Minuten je Papierformular) ÷ 60 × ${rate} € je Arbeitsstunde. Die Minuten und den Stundensatz legt die Verwaltung in den Einstellungen des Assistenten fest.`,
    badPeriod: 'Bitte wählen Sie „von“ und „bis“ als Datum.',
    periodTooLong: 'Der Zeitraum ist länger als 3 Jahre. Bitte wählen Sie einen kürzeren.',
  },

  /** The assistant's own words explained ("Was ist eine Vorgangsnummer?"), knowledge/language/glossary.ts. */
  glossary: {
    vorgangsnummer:
      'Die Vorgangsnummer ist die Nummer Ihrer Anfrage, zum Beispiel MOE-2026-00042. Sie bekommen sie nach dem Absenden. Mit ihr finden Sie und die Verwaltung die Anfrage wieder. Bitte heben Sie sie auf.',
    termin: 'Ein Termin ist eine feste Uhrzeit, zu der Sie ins Bürgerbüro kommen. Dann müssen Sie nicht warten. Einen Termin vereinbaren Sie hier im Chat mit „Termin vereinbaren“.',
    rueckruf: 'Bei einem Rückruf ruft Sie jemand aus der Verwaltung an. Dafür nennen Sie Ihre Telefonnummer und wann Sie erreichbar sind.',
    erreichbarkeit: 'Mit Erreichbarkeit ist gemeint: Wann können wir Sie anrufen? Zum Beispiel „vormittags“ oder „ab 14 Uhr“.',
    einwilligung: 'Einwilligung heißt: Sie sind einverstanden. Hier: dass die Verwaltung Ihre Angaben speichert, um Ihre Anfrage zu bearbeiten und Ihnen zu antworten.',
    benachrichtigung: 'Mit Benachrichtigung sage ich Ihnen hier im Chat Bescheid, sobald die Verwaltung Ihre Anfrage abgeschlossen hat.',
    ortsteil: 'Ein Ortsteil ist ein Dorf, das zur Gemeinde gehört. Ich frage danach, weil es manche Straßennamen in mehreren Ortsteilen gibt.',
    buergerbuero:
      'Das Bürgerbüro ist die Stelle im Rathaus für Ausweise, Pässe, Anmeldungen und Bescheinigungen. Dort bekommen Sie auch Termine.',
  },

  feedback: {
    thanks: 'Danke für Ihre Rückmeldung!',
    whatWasWrong: 'Danke für Ihre Rückmeldung. Was hat nicht gepasst? Sie können auch gleich mit einem Menschen sprechen.',
    /** After "Falsch", "Veraltet" or "Unverständlich": what exactly, in a sentence, for the editors. */
    whatExactly:
      'Danke. Die Redaktion im Rathaus prüft die Antwort. Was genau hat nicht gestimmt? Schreiben Sie es gern in einem Satz. Oder sprechen Sie mit einem Menschen.',
    noted: 'Danke für den Hinweis. Er geht an die Redaktion im Rathaus. Möchten Sie mit einem Menschen sprechen?',
    notMyQuestion:
      'Danke. Ihre Frage geht an die Redaktion im Rathaus, damit der Assistent sie künftig versteht. Formulieren Sie sie gern anders oder sprechen Sie mit einem Menschen.',
  },

  privacy: {
    confirmDeletion: 'Wirklich löschen? Danach kennt der Assistent dieses Gespräch nicht mehr.',
    /** An open request, before deleting: keep it (it still goes to the Rathaus) or withdraw it. */
    askAboutOpen: (reference: string, title: string): string =>
      `Ihre Anfrage ${reference} (${title}) ist noch nicht an die zuständige Stelle weitergeleitet. Wenn Sie Ihre Daten löschen, ziehen Sie sie zurück. Möchten Sie die Anfrage behalten oder zurückziehen?`,
    /** A booked appointment, before deleting: whether it stands (trial 42: the citizen could not tell). */
    askAboutAppointment: (reference: string, slot: string): string =>
      `Ihr Termin am ${slot} (${reference}) ist gebucht. Behalten Sie die Anfrage, bleibt der Termin bestehen. Ziehen Sie sie zurück, ist der Termin abgesagt. Möchten Sie die Anfrage behalten oder zurückziehen?`,
    chooseKeepOrWithdraw: 'Bitte tippen Sie auf „Anfrage behalten“ oder „Anfrage zurückziehen“.',
    deletionCancelled: 'Gut, es wurde nichts gelöscht.',
    export: 'Hier sind alle Daten, die der Assistent zu diesem Gespräch gespeichert hat, als Datei „meine-daten.json“ zum Herunterladen. Jedes Textprogramm öffnet sie.',
    /** What is held, one line each, before the file (trial 43: the file alone, JSON, was unreadable for a citizen). */
    held: {
      heading: 'Zu diesem Gespräch ist gespeichert:',
      state: 'der Stand des Gesprächs (zum Beispiel die Sprache)',
      form: (title: string): string => `Ihre Angaben zur angefangenen Anfrage „${title}“`,
      recent: (count: number): string => `die letzten ${count} Nachrichten, für Mitarbeitende, die das Gespräch übernehmen`,
      address: 'die Adresse, über die der Assistent Ihnen antwortet',
      files: (count: number): string => (count === 1 ? 'eine hochgeladene Datei' : `${count} hochgeladene Dateien`),
      transcript: (count: number): string => `der Chatverlauf auf der Webseite (${count} Nachrichten)`,
      queue: 'Ihr Wunsch, mit einem Menschen zu sprechen',
      liveChat: (count: number): string => `Ihr Chat mit dem Rathaus (${count} Nachrichten)`,
      cases: (references: readonly string[]): string => `Ihre Anfragen: ${references.join(', ')}`,
      unanswered: (count: number): string =>
        `${count === 1 ? 'eine Frage' : `${count} Fragen`}, die der Assistent nicht beantworten konnte (Namen und Nummern unkenntlich, damit das Rathaus die Antworten verbessert)`,
    },
    deleted:
      'Ihre Daten zu diesem Gespräch sind gelöscht: Gesprächsverlauf, Zustand, hochgeladene Dateien, der Chat mit dem Rathaus und die Adresse für Rückmeldungen.',
    partlyDeleted: 'Ein Teil Ihrer Daten konnte nicht gelöscht werden. Bitte versuchen Sie es später noch einmal oder wenden Sie sich an das Rathaus.',
    deliveredStays:
      'Anfragen beim Rathaus bearbeitet die Verwaltung nach ihren Aufbewahrungsfristen. Die Löschung dort können Sie beim Rathaus verlangen.',
  },

  /** The privacy notice (Art. 13 DSGVO): chat answer to "Datenschutz" and the page /datenschutz. */
  notice: {
    pageTitle: (town: string): string => `Datenschutz – Bürger-Assistent ${town}`,
    heading: (town: string): string => `Datenschutzhinweise zum Bürger-Assistenten – ${town}`,
    controllerHeading: 'Verantwortliche Stelle',
    controller: (controller: string, contact: string): string => `Verantwortlich für diesen Chat ist der ${controller}.${contact ? ` Erreichbar unter ${contact}.` : ''}`,
    officer: (officer: string | null): string =>
      officer ? `Behördlicher Datenschutzbeauftragter: ${officer}.` : 'Den behördlichen Datenschutzbeauftragten erreichen Sie über das Rathaus.',
    purposeHeading: 'Zweck und Rechtsgrundlage',
    purpose: 'Wir verarbeiten Ihre Nachrichten, um Ihre Fragen zu beantworten und Ihre Anliegen an die Verwaltung weiterzugeben.',
    legalBasis: 'Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO i. V. m. Art. 4 BayDSG (Erfüllung der Aufgaben der Gemeinde).',
    retentionHeading: 'Was gespeichert wird und wie lange',
    conversations: (days: number): string =>
      `Der Gesprächsverlauf, der Stand Ihres Anliegens und hochgeladene Dateien werden höchstens ${days} Tage nach Ihrer letzten Nachricht gespeichert und dann automatisch gelöscht.`,
    cases: (days: number): string =>
      `Anliegen, die an die Verwaltung übermittelt wurden, löscht der Assistent ${days} Tage nach der Übermittlung. In der Verwaltung gelten deren Aufbewahrungsfristen.`,
    /** Trial 43: the notice had left out what is kept of unanswered questions and the statistics. */
    unanswered: (days: number): string =>
      `Fragen, die der Assistent nicht beantworten konnte, sieht die Redaktion der Gemeinde ${days} Tage lang, um die Antworten zu verbessern. Telefonnummern, E-Mail- und Postadressen und erkennbare Namen sind darin unkenntlich gemacht. Dann werden die Fragen gelöscht.`,
    statistics: (days: number): string =>
      `Für den Bericht an den Gemeinderat zählt der Assistent Gespräche, Themen und Bewertungen ohne Bezug zu Ihrer Person. Diese Zahlen bleiben ${days} Tage.`,
    recipientsHeading: 'Empfänger',
    noAiService:
      'Der Assistent nutzt keinen KI-Dienst eines anderen Anbieters (etwa OpenAI oder Google): Er versteht Ihre Fragen mit einem eigenen Programm auf diesen Servern.',
    // After the answer to one point of privacy: the rest is one tap away.
    allPoints: 'Alle Hinweise zum Datenschutz: Tippen Sie auf „Datenschutz“.',
    recipients: (town: string): string =>
      `Ihre Daten erhält nur die Verwaltung (${town}). Es gibt keine Weitergabe an Dritte und keine Verarbeitung außerhalb der EU. Der Assistent läuft auf Servern der Gemeinde oder ihres Dienstleisters in der EU; Ihr Browser lädt nichts von fremden Servern.`,
    rightsHeading: 'Ihre Rechte',
    rights: 'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch.',
    complaint:
      'Sie können sich beim Bayerischen Landesbeauftragten für den Datenschutz beschweren (Wagmüllerstraße 18, 80538 München, www.datenschutz-bayern.de).',
    deleteHeading: 'Daten löschen oder anzeigen',
    delete: 'Schreiben Sie im Chat „Meine Daten löschen“. Dann löscht der Assistent dieses Gespräch und Ihre Daten sofort.',
    show: 'Mit „Meine Daten anzeigen“ erhalten Sie alle gespeicherten Daten als Datei.',
    back: 'Zurück zum Chat',
    phone: (phone: string): string => `Telefon ${phone}`,
    email: (email: string): string => `E-Mail ${email}`,
  },

  /** The site's pages beside the chat (German, as the town's website). */
  pages: {
    notFoundTitle: (town: string): string => `Seite nicht gefunden – Bürger-Assistent ${town}`,
    notFoundHeading: 'Diese Seite gibt es nicht.',
    notFound: 'Vielleicht ist die Adresse falsch geschrieben oder veraltet.',
    toChat: 'Zum Chat des Bürger-Assistenten',
    call: (office: string, phone: string): string => `Sie erreichen das ${office} auch unter Telefon ${phone}.`,
  },
  uploads: {
    empty: 'Die Datei ist leer.',
    tooLarge: 'Die Datei ist zu groß. Erlaubt sind höchstens 5 MB.',
    wrongType: 'Dieser Dateityp wird nicht angenommen. Erlaubt sind Fotos (JPEG, PNG, WebP, GIF) und PDF.',
    tooManyPixels: (megapixels: number): string =>
      `Das Bild ist zu groß. Erlaubt sind höchstens ${megapixels.toLocaleString('de-DE')} Megapixel. Bitte senden Sie ein kleineres Foto.`,
    unreadable: 'Das Bild lässt sich nicht öffnen. Bitte senden Sie es noch einmal, am besten als JPEG.',
  },

  /** The console's messages to staff. */
  staff: {
    unknownTopic: 'Dieses Thema gibt es nicht.',
    editorsOnly: 'Das dürfen nur Konten mit der Rolle „editor“ oder „admin“.',
    adminsOnly: 'Das dürfen nur Konten mit der Rolle „admin“.',
    unknownOffice: 'Diese Stelle gibt es nicht.',
    ownOfficeNeedsOffice: 'Nur Anfragen der eigenen Stelle: Bitte wählen Sie eine Stelle. Für die Verwaltung der Konten gilt das nicht.',
    otherOffice: 'Diese Anfrage gehört zu einer anderen Stelle. Sie ist für Ihr Konto nicht freigegeben.',
    assigneeOtherOffice: 'Diese Person sieht nur die Anfragen ihrer Stelle. Diese Anfrage gehört zu einer anderen.',
    /** A request forwarded: refused to its own office, or once the appointment was cancelled (an unknown office: unknownOffice). */
    sameOffice: 'Die Anfrage liegt schon bei dieser Stelle.',
    cancelledNotForwarded: 'Dieser Termin ist abgesagt. Er wird nicht mehr weitergeleitet.',
    badHours:
      'Bitte prüfen Sie die Zeiten: Tage wählen, Uhrzeiten als HH:MM, „von“ vor „bis“, jeder Tag nur einmal in den abweichenden Tagen.',
    hoursOverlap: (day: string, first: string, second: string): string =>
      `Am ${day} überschneiden sich ${first} und ${second}. Bitte fassen Sie die Zeiten zusammen oder korrigieren Sie sie.`,
    badNotice: 'Bitte prüfen Sie den Hinweis: Text mit 5 bis 300 Zeichen, „von“ vor „bis“, nur Ortsteile aus der Liste.',
    noticeText: 'Bitte schreiben Sie den Hinweis (mindestens 5 Zeichen).',
    noticeTooLong: 'Der Hinweis darf höchstens 300 Zeichen lang sein. Bitte kürzen Sie ihn.',
    noticePeriod: 'Bitte geben Sie „bis“ mit Datum und Uhrzeit an („von“ leer lassen heißt: ab sofort).',
    noticeOrder: '„bis“ muss nach „von“ liegen.',
    noticeOrtsteile: 'Bitte wählen Sie nur Ortsteile aus der Liste.',
    noticeNotFound: 'Diesen Hinweis gibt es nicht (mehr).',
    /** A notice that says the offices are closed, where no office has a closed day in its period (trial 44: appointments were still offered). */
    noticeClosesNothing:
      'Gespeichert. Bitte beachten Sie: Der Hinweis ändert die Öffnungszeiten nicht. Der Assistent bietet an diesen Tagen weiter Termine an. Tragen Sie die Schließtage bitte unter „Öffnungszeiten“ beim betroffenen Amt ein.',
    badAccount: 'Bitte prüfen Sie die Angaben des Kontos.',
    /** Each part of an account named as it is wrong (the admin page shows the first). */
    accountNameRule:
      'Der Anmeldename braucht 2 bis 40 Zeichen: Kleinbuchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich oder Unterstrich, zum Beispiel „max.mueller“.',
    passwordRule: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    roleRule: 'Bitte wählen Sie eine Rolle: Sachbearbeitung, Redaktion oder Verwaltung der Konten.',
    accountExists: 'Ein Konto mit diesem Namen gibt es schon.',
    notYourself: 'Ihr eigenes Konto können Sie nicht sperren und Ihre eigene Rolle nicht ändern.',
    fileGone: 'Die Datei gibt es nicht mehr (gelöscht oder abgelaufen).',
    loginMissing: 'Bitte Name und Passwort angeben.',
    lockedOut: (minutes: number): string => `Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in ${minutes} Minuten erneut.`,
    loginFailed: 'Name oder Passwort ist falsch.',
    pleaseLogIn: 'Bitte melden Sie sich an.',
    emptyMessage: 'Die Nachricht ist leer.',
    messageTooLong: (max: number): string => `Die Nachricht ist zu lang (höchstens ${max} Zeichen).`,
    notQueued: 'Das Gespräch ist nicht mehr in der Warteschlange. Vielleicht hat es schon jemand übernommen.',
    notYours: 'Dieses Gespräch führen Sie nicht.',
    notDelivered: 'Die Nachricht konnte nicht zugestellt werden: Der Chat der Bürgerin oder des Bürgers ist nicht mehr erreichbar (Seite geschlossen). Beenden Sie das Gespräch; liegt eine Telefonnummer vor, rufen Sie bitte an.',
    badRequest: 'Ungültige Anfrage.',
    caseDelivered: 'an die Stelle übermittelt',
    caseDelivering: 'wird übermittelt',
    caseStoredOnly: 'nur im Assistenten gespeichert',
    /** Why the console marks a request urgent (dialogs/engine.ts, UrgentReason). */
    urgent: { ice: 'Dringend: Glätte', danger: 'Dringend: Gefahr beschrieben' },
    /** The clerk's status of a request, by id (bot/casework.ts), and "abgesagt" for an appointment the citizen cancelled. */
    statuses: { new: 'neu', 'in-progress': 'in Bearbeitung', done: 'erledigt', rejected: 'abgelehnt', cancelled: 'abgesagt' },
    caseNotFound: 'Diese Anfrage gibt es nicht (mehr).',
    /** A booked appointment the citizen cancelled in the chat: its request is done, and so its history says. */
    cancelledByCitizen: 'Termin von der Bürgerin oder dem Bürger im Chat abgesagt.',
    /** The old appointment of a move, as its request's reason (it had read as a cancellation, trial 53). */
    movedByCitizen: (reference: string): string => `Termin von der Bürgerin oder dem Bürger im Chat verlegt; der neue Termin ist ${reference}.`,
    /** An appointment moved in the chat: the old one's note and the new one's, each naming the other. */
    movedTo: (reference: string): string => `Im Chat verlegt: Der neue Termin ist ${reference}.`,
    movedFrom: (reference: string): string => `Im Chat verlegt: Er ersetzt den abgesagten Termin ${reference}.`,
    assistantAsStaff: 'Bürger-Assistent',
    /** The citizen's words added to a sent request in the chat (bot/conversation/case-addition.ts), as a note. */
    citizenAddition: (text: string): string => `Ergänzung der Bürgerin oder des Bürgers im Chat: ${text}`,
    csrfExpired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an oder laden Sie die Seite neu.',
    caseChanged: 'Jemand hat diese Anfrage gerade geändert. Bitte laden Sie sie neu und prüfen Sie den Stand, bevor Sie sie ändern.',
    reasonRequired: 'Bitte geben Sie eine kurze Begründung an. Die Bürgerin oder der Bürger erfährt sie.',
    reasonTooLong: (max: number): string => `Die Begründung ist zu lang (höchstens ${max} Zeichen).`,
    sameStatus: (status: string): string => `Die Anfrage ist schon „${status}“.`,
    notBackToNew: 'Eine Anfrage in Bearbeitung kann nicht wieder „neu“ werden.',
    cancelledStaysClosed: 'Dieser Termin wurde im Chat abgesagt. Seine Zeit ist wieder frei. Bitte vereinbaren Sie mit der Bürgerin oder dem Bürger einen neuen Termin.',
    slotTakenMeanwhile: 'Die Zeit dieses Termins ist inzwischen vergeben. Bitte vereinbaren Sie mit der Bürgerin oder dem Bürger einen neuen Termin.',
    unknownStaff: 'Dieses Konto gibt es nicht.',
    sameAssignee: 'Die Anfrage ist schon so zugewiesen.',
    nothingToChange: 'Bitte geben Sie einen Status oder eine Zuständigkeit an.',
    emptyNote: 'Die Notiz ist leer.',
    noteTooLong: (max: number): string => `Die Notiz ist zu lang (höchstens ${max} Zeichen).`,
    badReference: 'Die Vorgangsnummer sieht so aus: MOE-2026-00042.',
    badFilter: 'Bitte prüfen Sie die Filter (Stelle, Anliegen, Status, Zeitraum von–bis).',
    datesReversed: 'Das Enddatum liegt vor dem Anfangsdatum. Bitte tauschen Sie „von“ und „bis“.',
    /** Columns of the CSV export of the request list. */
    caseColumns: {
      reference: 'Vorgangsnummer',
      request: 'Anliegen',
      office: 'Stelle',
      created: 'Eingang',
      status: 'Status',
      reason: 'Begründung',
      assignee: 'Zuständig',
      delivery: 'Übermittlung',
      notify: 'Benachrichtigung gewünscht',
      language: 'Sprache',
      answers: 'Angaben',
    },
    /** The conversation's language as staff read it (queue, requests). */
    languages: { de: 'Deutsch', ls: 'Leichte Sprache', en: 'Englisch' },
    yes: 'ja',
    no: 'nein',
  },

  /** Editing the knowledge entries in the staff console (bot/staff/knowledge.ts). */
  knowledgeEditing: {
    entryNotFound: 'Diesen Eintrag gibt es nicht.',
    entryExists: 'Einen Eintrag mit dieser Kennung gibt es schon. Bitte wählen Sie eine andere Kennung.',
    idMismatch: 'Die Kennung im Eintrag passt nicht zur Adresse.',
    notAnEntryId: 'Diese Kennung ist schon ein Anliegen oder eine feste Funktion des Assistenten.',
    changed: 'Jemand hat diesen Eintrag gerade geändert. Bitte laden Sie ihn neu und prüfen Sie den Stand.',
    invalid: 'Der Eintrag hat Fehler. Bitte prüfen Sie die genannten Felder.',
    alreadyRetired: 'Dieser Eintrag ist schon stillgelegt.',
    noSuchVersion: 'Diese Version gibt es nicht.',
    badYaml: (reason: string): string => `Die Datei ist kein gültiges YAML. ${reason}`,
    /** What is wrong in a YAML file, by the parser's error code, and where. */
    yamlAt: (line: number | undefined, what: string): string => (line ? `Zeile ${line}: ${what}` : what),
    yamlProblems: {
      TAB_AS_INDENT: 'Zum Einrücken sind nur Leerzeichen erlaubt, keine Tabulatoren.',
      DUPLICATE_KEY: 'Ein Feld steht in einem Eintrag doppelt.',
      MISSING_CHAR: 'Ein Anführungszeichen oder eine Klammer wird nicht geschlossen.',
      BAD_INDENT: 'Die Einrückung stimmt nicht.',
      BLOCK_AS_IMPLICIT_KEY: 'Die Einrückung stimmt nicht, oder nach einem Feldnamen fehlt der Doppelpunkt.',
      MULTILINE_IMPLICIT_KEY: 'Die Einrückung stimmt nicht, oder nach einem Feldnamen fehlt der Doppelpunkt.',
      aliases: 'Die Datei verwendet Verweise (Anker und Aliase). Bitte schreiben Sie jeden Wert aus.',
      other: 'Der Aufbau der Datei stimmt hier nicht. Vergleichen Sie die Stelle mit einer exportierten Datei.',
    } as Record<string, string> & { aliases: string; other: string },
    importEmpty: 'Die Datei enthält keinen Eintrag.',
    importInvalid: 'Nichts wurde übernommen: Einige Einträge haben Fehler.',
    importDuplicate: (id: string): string => `Die Kennung „${id}“ kommt mehrmals vor.`,
    // An entry's problems, as the console and kb:check name them.
    atLeastCharacters: (n: number): string => `Bitte mindestens ${n} Zeichen.`,
    atMostCharacters: (n: number): string => `Bitte höchstens ${n} Zeichen.`,
    atLeastItems: (n: number): string => `Bitte mindestens ${n} Angaben.`,
    atMostItems: (n: number): string => `Bitte höchstens ${n} Angaben.`,
    required: 'Bitte ausfüllen.',
    httpsAddress: 'Bitte eine vollständige Adresse angeben, die mit https:// beginnt.',
    keyRule: 'Nur Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche (höchstens 80), zum Beispiel „christbaum-abholung“.',
    reviewedLongAgo: (date: string, months: number): string => `zuletzt geprüft am ${date}, vor mehr als ${months} Monaten`,
    noLegalBasis: 'Gebühren oder Fristen ohne Rechtsgrundlage: bitte unter „Rechtsgrundlage“ ergänzen oder sagen, wer sie festlegt.',
    translationsBehind: (languages: readonly ('en' | 'ls')[]): string =>
      `Die Antwort ${languages.map((l) => (l === 'en' ? 'auf Englisch' : 'in Leichter Sprache')).join(' und ')} zeigt die geänderten Teile auf Deutsch, bis ihre Übersetzung nachgezogen ist. Die Übersetzungen pflegt die IT der Gemeinde: Bitte geben Sie ihr Bescheid.`,
    summaryCutShort: (length: number): string =>
      `Die Kurzantwort hat ${length} Zeichen. Im Chat zeigt die erste Antwort nur ihren Anfang, der Rest ist abgeschnitten. Bitte kürzen.`,
    noteCutShort: (position: number, length: number): string =>
      `Der ${position}. Hinweis hat ${length} Zeichen. Fragt jemand genau danach, zeigt der Chat nur seinen Anfang. Bitte kürzen oder auf zwei Hinweise verteilen.`,
    // (Trial 43: the clerk had read a file's name here.)
    unknownOffice: (office: string): string => `unbekannte Stelle „${office}“ (nicht unter den Stellen der Gemeinde)`,
    unknownFlow: (flow: string): string => `die Anfrage „${flow}“ gibt es nicht`,
    sourceNamesFile: (file: string): string => `die Quelle nennt die Datei „${file}“; Bürgerinnen und Bürger sehen die Quelle unter der Antwort – bitte nennen Sie Gesetz, Amt oder Website`,
    notADate: (value: string): string => `kein Datum: ${value}`,
    reviewInFuture: (date: string): string => `das Prüfdatum liegt in der Zukunft (${date})`,
    summaryTooLong: (length: number, max: number): string =>
      `die Kurzantwort hat ${length} Zeichen; höchstens ${max} passen mit Titel und Stelle in die erste Antwort. Bitte kürzen Sie sie um ${length - max} Zeichen.`,
  },

  /** `npm run chat` and `npm run staff` in a terminal. */
  terminal: {
    intro: 'Chat mit dem Bürger-Assistenten. Beenden mit "exit" oder Strg+D.',
    connected: (url: string): string => `Verbunden mit dem Assistenten unter ${url}.`,
    startedOwn: (data: string): string => `Kein Assistent lief; einer wurde in diesem Terminal gestartet (Daten: ${data}).`,
    you: 'Sie:',
    usage:
      'Aufruf: npm run staff -- add <name> [--role clerk|editor|admin] [--display-name Anna] [--office Bürgerbüro [--own-office-only]] --password-stdin | remove <name> | list',
    accountLine: (name: string, createdAt: string, role: string, disabled = false, displayName?: string, office?: string): string =>
      `${name}\t${role}\t(angelegt ${createdAt})${displayName || office ? `\t${[displayName, office && `(${office})`].filter(Boolean).join(' ')}` : ''}${disabled ? '\tgesperrt' : ''}`,
    unknownOffice: (said: string, offices: string[]): string => `Die Stelle „${said}“ gibt es nicht. Möglich sind: ${offices.join(', ')}.`,
    accountSaved: (name: string, role: 'clerk' | 'editor' | 'admin'): string =>
      `Konto „${name}“ gespeichert, Rolle ${role} (${{ clerk: 'Sachbearbeitung', editor: 'Redaktion und Auswertung', admin: 'Verwaltung der Konsole' }[role]}).`,
    accountRemoved: (name: string): string => `Konto „${name}“ gelöscht.`,
    displayNameRule: 'Anzeigename: 1–60 Buchstaben, Leerzeichen, Punkt, Bindestrich.',
    officeNameRule: 'Stelle: 1–80 Zeichen aus Buchstaben, Leerzeichen, Punkt, Bindestrich und Klammern.',
    noAccount: (name: string): string => `Kein Konto „${name}“.`,
  },

  /** `npm run backup` in a terminal. */
  backup: {
    usage: 'Aufruf: npm run backup -- <Zieldatei>',
    redis:
      'Die Daten liegen in Redis (REDIS_URL ist gesetzt). Sichern Sie Redis mit dessen eigenen Mitteln (RDB-Snapshot oder AOF-Datei), npm run backup sichert nur die SQLite-Datei.',
    exists: (file: string): string => `Die Datei „${file}“ gibt es schon. Bitte geben Sie einen neuen Dateinamen an.`,
    done: (file: string, megabytes: string): string => `Sicherung geschrieben: ${file} (${megabytes} MB, nur für den Betrieb lesbar).`,
  },

  /** The e-mail a new case sends to its office. */
  officeMail: {
    subject: (reference: string, title: string, cancelled: boolean): string => `[${reference}] ${cancelled ? 'Abgesagt: ' : ''}${title}`,
    intro: (town: string): string => `Neue Anfrage über den digitalen Assistenten des ${town}.`,
    reference: 'Vorgangsnummer',
    request: 'Anliegen',
    office: 'Zuständig',
    received: 'Eingegangen',
    language: 'Sprache',
    cancelled: 'Die Bürgerin oder der Bürger hat diesen Termin abgesagt. Der Termin ist wieder frei.',
    answers: 'Angaben',
    attachments: 'Anhänge',
    replyHint: 'Bitte antworten Sie der Bürgerin oder dem Bürger über die angegebenen Kontaktdaten, nicht auf diese E-Mail.',
  },
};
