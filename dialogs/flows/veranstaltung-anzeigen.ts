// Veranstaltung anzeigen (veranstaltung-anzeigen): a club's event for the Ordnungsamt, with the
// one-week notice of Art. 19 LStVG and the Gestattung for serving alcohol.
import { parseDateTime } from '../dates';
import { text, type FlowDefinition } from '../engine';
import { namesAClub, namesOnlyAnEvent } from '../../knowledge/language/clubs';
import { texts } from '../../knowledge/texts/index';
import {
  anyContact,
  contactNote,
  count,
  dayWithoutTime,
  type FlowContext,
  futureDateTime,
  nameAmong,
  nameWithContact,
  personName,
  phoneSaidIn,
  placeOf,
  showDateTime,
  type YesNo,
  yesOrNo,
} from '../fields';

/** A word that names an event a club or a citizen holds ("Sommerfest", "Konzert", "Flohmarkt"). */
// A parade only as a compound ("Faschingsumzug", "Martinsumzug"): a bare "Umzug" is a move.
// A stand a club runs is its event too ("Glühweinstand", "Waffelstand"; trial 34: the kind had been asked again).
// ("Faschingsball", "Prunksitzung", "Tanzabend" are events too; trial 36: the ball had been asked for again.)
const EVENT =
  /\p{L}*(fest|feier|konzert|turnier|flohmarkt|weihnachtsmarkt|adventsmarkt|party|fasching|kerb|kirchweih|veranstaltung)\b|\p{L}+umzug\b|\p{L}+ball\b|\p{L}+sitzung\b|(?:tanz|theater|film|lieder|musik|kabarett|quiz|spiele|vortrags|heimat)abend\b|\p{L}*(?:wein|bier|getränke|getraenke|punsch|verkaufs|grill|kuchen|waffel)stand\b/iu;
/** A club named by its kind and name ("Gesangverein Frohsinn") or by its initials ("FC Hemsbach"). */
const aClub = (said: string): boolean => CLUB.test(said) || namesAClub(said);
/** An event's kind alone, one or two words ("Kerbparty", "Sommerfest am See"), no club named. */
const onlyAnEvent = (said: string): boolean => said.trim().split(/\s+/).length <= 3 && EVENT.test(said) && !aClub(said);
/** An e-mail address or a telephone number, said where another answer is asked. */
const A_CONTACT = /@|(?:\d[\s/-]*){6,}/u;
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Above this many visitors a public event needs a permit, not only the notice (Art. 19 LStVG). */
const PERMIT_VISITORS = 1000;
/** "Wir vom TSV Schimborn möchten …", "wir von der Feuerwehr Hohl planen …": who holds it. */
const ORGANISER =
  /\b(?:wir|ich)\s+(?:vom|von\s+der|von\s+den|von)\s+([^,.!?;]{2,60}?)(?=\s+(?:möcht\w*|moecht\w*|woll\w*|will|plan\w*|mach\w*|würd\w*|wuerd\w*|veranstalt\w*|feier\w*|richt\w*|hab\w*)\b)/iu;
/**
 * "Der Gesangverein Frohsinn Mensengesäß möchte …": a club by its kind and its name (a kind alone,
 * "unser Verein", names none). A dot ends the name ("… Schimborn. Wir machen …") but after a short
 * abbreviation ("St. Georg") or in "e. V.".
 */
const CLUB =
  /(?<!\p{L})((?:\p{Lu}\p{L}*(?:verein|chor|kapelle|feuerwehr|gemeinde|club|klub)|TSV|SV|FC|SG|TuS|DJK|KjG|CVJM)(?:\s+(?:e\.\s?V\.|\p{Lu}\p{L}{0,2}\.|\p{Lu}[\p{L}-]*|\d{2,4}))+)/u;
/** "bis 23 Uhr", "bis Mitternacht": when it ends; "von 15 bis 23 Uhr" begins at 15. */
// "bis ca. 19 Uhr", "17 Uhr bis 19 Uhr" (trial 33: the end had been asked again).
const UNTIL =
  /(?<!\p{L})bis\s+(?:ca\.?\s*|circa\s+|etwa\s+|ungefähr\s+|ungefaehr\s+)?((?:\d{1,2}(?::\d{2})?\s*uhr)|mitternacht)(?!\p{L})/iu;
const SPAN = /(?:(?<!\p{L})(?:von|ab)\s+|(?<![\d.:]))\d{1,2}(?::\d{2})?(?:\s*uhr)?\s*bis(?!\p{L})/iu;
/**
 * Alcohol served, said with the plan ("mit Bierausschank", "Weinstand", "Sektbar"), unless without it ("ohne Alkohol"); a club
 * named for wine is no drink ("Weinfreunde Schimborn", trial 66: "Alkoholausschank: Ja" had been taken from the name).
 */
const ALCOHOL =
  /(?<!\p{L})(\p{L}*ausschank|bier\p{L}*|wein(?:e|s|ausschank|stand|stände|staende|probe|fest|verkauf|bar|zelt|laube|lokal)?|glühwein\p{L}*|weißwein|rotwein|sekt\p{L}*|cocktail\p{L}*|alkohol|schnaps\p{L}*)(?!\p{L})/iu;
const NO_ALCOHOL = /\bohne\s+(alkohol|ausschank)|alkoholfrei|\bkein(en)?\s+(alkohol|ausschank|bier|wein|glühwein|sekt|schnaps)/iu;
/** Alcohol served or not, as a message tells it ("mit Bierausschank", "nur alkoholfrei"). */
const alcoholSaid = (said: string): YesNo | undefined => (NO_ALCOHOL.test(said) ? 'Nein' : ALCOHOL.test(said) ? 'Ja' : undefined);
/** Music said with the plan ("mit Livemusik", "DJ", "Blaskapelle"). */
// ("nur aus de Box", trial 56: recorded music from a speaker, refused as no answer; "mir singe selber, also ja live", trial 61.)
const MUSIC =
  /(?<!\p{L})(musik|livemusik|live-musik|live|band|dj|disco|blaskapelle|konzert|box|boxen|lautsprecher\p{L}*|musikanlage|vom\s+band|playlist|spotify|radio|singe|singen|gesang|chor)(?!\p{L})/iu;
/** "und Musik gibts auch keine", "ohne Musik", "keine Band" (trial 34: it had been taken as music). */
const NO_MUSIC =
  /(?<!\p{L})(?:(?:kein\p{L}*|ohne)\s+(?:\p{L}+\s+)?(?:musik|livemusik|band|dj)|(?:musik|band|dj)\s+(?:\p{L}+\s+){0,3}?(?:kein\p{L}*|nicht|net|ned))(?!\p{L})/iu;
const musicSaid = (said: string): YesNo | undefined => (NO_MUSIC.test(said) ? 'Nein' : MUSIC.test(said) ? 'Ja' : undefined);
/** "auf dem Sportplatz", "im Bürgerhaus", "in der Turnhalle": a place by the word its name ends in. */
const PLACE =
  /\b(?:auf\s+dem|auf\s+der|im|in\s+der|am|an\s+der|beim|vor\s+dem|vor\s+der)\s+(\p{L}*(?:platz|haus|halle|gelände|gelaende|wiese|hof|saal|park|garten|heim|zentrum|anlage|stadion|kirche|schule)\b)/iu;
/** "so 300 Leute", "200-250 Gäste": the expected visitors. */
const VISITORS =
  /(\d[\d.]*(?:\s*(?:-|–|bis)\s*\d[\d.]*)?)\s*(?:leute|leut|leit|personen|besucher\w*|gäste\w*|gaeste\w*|menschen|teilnehmer\w*)\b/iu;

/**
 * A place given where the kind of event is asked ("Sportplatz Brücken, Am Sportplatz 1"): it starts
 * with a place's word or names a street with its number. "Konzert im Bürgerhaus" is a kind.
 */
const A_PLACE =
  /^\s*(?:\p{L}*(?:platz|haus|halle|gelände|gelaende|wiese|hof|saal|park|garten|heim|zentrum|anlage|stadion|kirche|schule)(?!\p{L})|(?:auf|im|in|am|an|beim|vor)\s)|\p{L}*(?:straße|strasse|str\.|weg|gasse|ring|allee)\s*\d+/iu;

const STREET_WITH_NUMBER = /\p{L}*(?:straße|strasse|str\.|weg|gasse|ring|allee|platz)\s*\d+/iu;

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "19.12. 17 Uhr, Ende so gegen halb sieben": the end said after the start in words of its own (trial 53: the start had become 18:30). */
const END_SAID =
  /[,;]?\s*(?<!\p{L})(?:ende|end|schluss)(?:\s+(?:ist|is|so|ca\.?|circa|gegen|um|etwa|ungefähr|ungefaehr|around|at))*\s+([^,;]+?)\s*[.!]?\s*$/iu;

/** "18.07.2027 von 11 bis 23 Uhr", "19.12. 17 Uhr, Ende gegen halb sieben": the start, and the end said with it. */
function startAndEnd(said: string): Record<string, string> {
  const end = END_SAID.exec(said);
  if (end && end.index > 0) return { beginn: said.slice(0, end.index).trim(), ende: end[1]! };
  const until = SPAN.test(said) ? UNTIL.exec(said) : null;
  return until ? { beginn: said, ende: until[1]! } : { beginn: said };
}

/** The Ortsteil named right after a place ("Sportplatz Schimborn", "Festplatz in Hohl"), if any. */
function ortsteilAfter(said: string, place: string, ortsteile: readonly string[]): string | undefined {
  const after = said
    .slice(said.indexOf(place) + place.length)
    .trimStart()
    .replace(/^in\s+/i, '');
  return ortsteile.find((o) => after.toLowerCase().startsWith(o.toLowerCase()) && !/\p{L}/u.test(after.charAt(o.length)));
}

/** The visitors expected and the alcohol served, as a message says them beside other things. */
function visitorsAndDrinks(said: string): Record<string, string> {
  const visitors = VISITORS.exec(said)?.[1];
  return { ...(visitors ? { besucher: visitors } : {}), ...oneOf('alkohol', alcoholSaid(said)) };
}
const oneOf = (field: string, value: string | undefined): Record<string, string> => (value ? { [field]: value } : {});

/** From this many words, an answer to the place's question tells more than the place ("… auf dem Sportplatz in Schimborn, wir erwarten 200 Leute"). */
const PLACE_IN_A_SENTENCE_WORDS = 6;

/** A church's, a hall's or an inn's own name right after its word ("Kirche St. Laurentius", "Gasthaus Zur Krone"). */
const OWN_NAME = /^\s+(?:(?:[Ss]t\.|[Ss]ankt|[Hh]l\.)\s*|Zu[mr]\s+)\p{Lu}[\p{L}-]*/u;

/** "im Hof vom Vereinsheim", "im Garten der Gaststätte": the place whose part it is (trial 55: "Hof" alone had been kept). */
const OF_A_PLACE =
  /^\s+(?:vom|von\s+der|von\s+dem|von\s+unserem|von\s+unserm|vor\s+dem|des|der)\s+\p{L}*(?:platz|haus|halle|heim|zentrum|schule|kirche|gaststätte|gaststaette|gasthaus|wirtschaft|kindergarten|anlage)(?!\p{L})/iu;

/** "Festplatz Schimborn" from "auf dem Festplatz in Schimborn": the place a message names, with its own name and its Ortsteil. */
function placeNamedIn(said: string, ortsteile: readonly string[]): string | undefined {
  const found = PLACE.exec(said);
  if (!found) return undefined;
  const word = found[1]!;
  const after = said.slice(found.index + found[0].length);
  const named = `${word}${OWN_NAME.exec(after)?.[0] ?? OF_A_PLACE.exec(after)?.[0] ?? ''}`;
  const ortsteil = ortsteilAfter(said, named, ortsteile);
  return `${capitalized(named)}${ortsteil ? ` ${ortsteil}` : ''}`;
}

export const veranstaltungAnzeigen = (context: FlowContext): FlowDefinition => {
  const when = futureDateTime(context);
  /** When it begins, said where the kind is asked ("morgen 19 Uhr", "am 20.3.2027 um 19 Uhr"): a day or an hour, and no event named. */
  const aStart = (said: string): boolean => {
    const parsed = parseDateTime(said, context.clock());
    return Boolean(parsed && (parsed.date || parsed.time) && !parsed.approximate) && !EVENT.test(said);
  };
  return {
    id: 'veranstaltung-anzeigen',
    office: 'ordnungsamt',
    title: 'Veranstaltung anzeigen (Vereine)',
    starters: ['Veranstaltung anzeigen', 'Veranstaltung anmelden'],
    // "Wir möchten im Juli ein Sommerfest auf dem Sportplatz machen" (a plan, not a question).
    // "vereinsfest melden", "unser Sommerfest anmelden": the wish in two or three words.
    // Not a complaint about others' ("die Nachbarn machen jede Nacht Party, wen soll ich anrufen").
    startsOn: new RegExp(
      `^(?!.*\\?)(?!.*\\b(nachbar(n|in|innen|s)?|nebenan|lärm|ruhestörung|beschwer\\w*|anrufen)\\b)(?=.*\\b(wir|ich)\\b)(?=.*${EVENT.source})(?=.*\\b(machen|veranstalten|ausrichten|feiern|planen|anmelden|anzeigen|durchführen)\\b)|^\\s*(?:(?:unser|unsere|unseren|ein|einen|eine)\\s+)?(?:${EVENT.source})\\s+(?:an)?(?:melden|zeigen)\\s*[.!]*\\s*$`,
      'iu',
    ),
    namedBy: EVENT,
    // What a club's first message tells is not asked again; each value still passes its field's check
    // (the start needs a day and a time, "am 12.7." alone is asked for).
    prefill: (said): Record<string, string> => {
      const event = EVENT.exec(said)?.[0];
      const organiser = ORGANISER.exec(said)?.[1] ?? CLUB.exec(said)?.[1];
      const until = UNTIL.exec(said);
      const place = placeNamedIn(said, context.municipality.ortsteile);
      return {
        // "Veranstaltung anzeigen" names no kind of event; "Sommerfest" or "Musikveranstaltung" does.
        ...(event && event.toLowerCase() !== 'veranstaltung' ? { art: capitalized(event) } : {}),
        ...(organiser ? { veranstalter: organiser } : {}),
        ...(place ? { ort: place } : {}),
        // "… bis 23 Uhr" names the end, not the start.
        beginn: until && !SPAN.test(said) ? said.replace(until[0], ' ') : said,
        ...(until ? { ende: until[1]! } : {}),
        ...visitorsAndDrinks(said),
        ...oneOf('musik', musicSaid(said)),
      };
    },
    intro: 'Ich nehme die Anzeige Ihrer Veranstaltung für das Ordnungsamt auf. Mit „abbrechen“ beenden Sie die Anzeige.',
    next: 'Das Ordnungsamt prüft die Anzeige und meldet sich bei Rückfragen über den angegebenen Kontakt.',
    fields: [
      {
        name: 'veranstalter',
        label: 'Veranstalter',
        prompt: 'Wer veranstaltet (z. B. Verein)?',
        // "Kerbparty" alone is the kind of event, taken for it, and who holds it asked again (trial 45: it had been both).
        schema: text('den Veranstalter', 2, 200).refine((said) => !onlyAnEvent(said), { error: () => texts().flows.notUnderstood }),
        // "Gesangverein Frohsinn Mömbris, am 12.12. um 18 Uhr": the club, and its start (trial 31: the date had been kept in the club's name).
        answeredWith: (said): Record<string, string> | undefined => {
          if (onlyAnEvent(said)) return { art: said.trim() };
          const [club, when] = said.split(/,\s*(?=(?:am|ab|vom|den)?\s*\d{1,2}\.)/u);
          return club && when && parseDateTime(when)?.date ? { veranstalter: club.trim(), ...startAndEnd(when.trim()) } : undefined;
        },
        help: 'Nennen Sie den Verein oder die Gruppe, die einlädt.',
      },
      {
        name: 'verantwortlicher',
        label: 'Verantwortliche Person',
        prompt: 'Wer ist verantwortlich? Das Ordnungsamt braucht den Namen für Rückfragen und die Genehmigung.',
        // A club is no person to ask ("FC Hemsbach", trial 45: it had been taken).
        schema: personName().refine((said) => !aClub(said), { error: () => texts().flows.personNotClub }),
        holder: true,
        // "Max Mustermann, 06029 1234": the name and the contact asked later, each taken. "Ich bin die
        // Vorsitzende, Gerda Hofmann, Tel 06029 4455, es kommen so 150 Leute und wir verkaufen Glühwein":
        // the name among the rest, and what the rest answers (it had all been refused as no name).
        answeredWith: (said) => {
          const both = nameWithContact(said);
          if (both && anyContact.safeParse(both.contact).success) return { verantwortlicher: both.name, kontakt: both.contact };
          const name = nameAmong(said);
          if (!name) return undefined;
          const phone = phoneSaidIn(said);
          return { verantwortlicher: name, ...(phone ? { kontakt: phone } : {}), ...visitorsAndDrinks(said) };
        },
        help: 'Vor- und Nachname der Person, die vor Ort verantwortlich ist.',
      },
      {
        name: 'art',
        label: 'Art',
        prompt: 'Was für eine Veranstaltung ist es (z. B. Sommerfest, Konzert)?',
        // A place is taken for the place (with its street, said back), a start for the start, and the kind asked again.
        // An e-mail address or a telephone number is the contact asked at the end (trial 36: "anna@example.de" had become the kind).
        schema: text('die Art', 3, 200).refine((said) => !A_PLACE.test(said) && !aStart(said) && !A_CONTACT.test(said), {
          error: () => texts().flows.notUnderstood,
        }),
        answeredWith: (said) =>
          aStart(said)
            ? startAndEnd(said)
            : A_PLACE.test(said)
              ? { ort: said }
              : A_CONTACT.test(said)
                ? { kontakt: said.trim() }
                : undefined,
        help: 'Eine kurze Bezeichnung genügt.',
      },
      {
        name: 'ort',
        // Said back: a sentence's place is taken from it.
        echo: true,
        label: 'Ort',
        prompt: 'Wo findet sie statt?',
        // The place alone from a sentence that tells more (its start, its visitors: taken for theirs); a
        // street with its number is kept whole ("Am Sportplatz 5").
        schema: placeOf(context)('den Ort')
          .refine((said) => !namesOnlyAnEvent(said), { error: () => texts().fields.eventKindNotPlace })
          .transform((said) =>
            said.split(/\s+/).length >= PLACE_IN_A_SENTENCE_WORDS && !STREET_WITH_NUMBER.test(said)
              ? (placeNamedIn(said, context.municipality.ortsteile) ?? said)
              : said,
          ),
        // The start given here ("am 12.7. ab 14 Uhr") is taken for the start (and an end said with
        // it for the end), and the place asked again.
        answeredWith: startAndEnd,
        help: 'Adresse oder Gelände, z. B. „Festplatz Mömbris“.',
      },
      {
        name: 'beginn',
        echo: true,
        label: 'Beginn',
        prompt: 'Wann beginnt sie (Datum und Uhrzeit, z. B. „12.7. 14 Uhr“)?',
        schema: when(),
        // "16.05.2027" alone: the day is kept and only its time asked ("14 bis 23 Uhr" then completes it).
        partOf: dayWithoutTime(context),
        // "19.12. 17 Uhr, Ende so gegen halb sieben": the start, and the end asked next, each taken.
        answeredWith: (said) => {
          const both = startAndEnd(said);
          return 'ende' in both ? both : undefined;
        },
        show: showDateTime,
        invalidates: ['ende'],
        note: (v) =>
          new Date(String(v)).getTime() - context.clock().getTime() < WEEK_MS
            ? 'Hinweis: Veranstaltungen sind mindestens eine Woche vorher anzuzeigen (Art. 19 LStVG). Die Anzeige kann dafür zu spät sein; bitte rufen Sie zusätzlich das Ordnungsamt an.'
            : undefined,
        help: 'Nennen Sie Datum und Uhrzeit, z. B. „12.7. 14 Uhr“ oder „nächsten Samstag halb drei“.',
      },
      {
        name: 'ende',
        echo: true,
        label: 'Ende',
        prompt: 'Wann endet sie (z. B. „22 Uhr“ oder „13.7. 1 Uhr“)?',
        schema: (answers) => when(typeof answers.beginn === 'string' ? answers.beginn : undefined),
        show: showDateTime,
        help: 'Eine Uhrzeit genügt, wenn die Veranstaltung am selben Tag endet; sonst Datum und Uhrzeit.',
      },
      {
        name: 'besucher',
        echo: true,
        label: 'Besucherzahl',
        prompt: 'Mit wie vielen Besuchern rechnen Sie?',
        schema: count(),
        // "so 150 Leute, Ausschank von Glühwein gibts auch": the visitors and the drinks, each taken (trial 31: refused as no number).
        answeredWith: (said) => {
          const given = visitorsAndDrinks(said);
          return given.besucher !== undefined && Object.keys(given).length > 1 ? given : undefined;
        },
        note: (v) =>
          Number(v) > PERMIT_VISITORS
            ? 'Hinweis: Bei mehr als 1000 Besuchern genügt die Anzeige nicht; Sie brauchen eine Erlaubnis (Art. 19 LStVG). Das Ordnungsamt meldet sich dazu bei Ihnen.'
            : undefined,
        help: 'Eine Schätzung genügt.',
      },
      {
        name: 'alkohol',
        label: 'Alkoholausschank',
        prompt: 'Wird Alkohol ausgeschenkt?',
        ...yesOrNo(alcoholSaid),
        note: (v) =>
          v === 'Ja'
            ? 'Für den Ausschank brauchen Sie zusätzlich eine Gestattung nach dem Gaststättengesetz. Das Ordnungsamt sendet Ihnen das Formular.'
            : undefined,
        help: 'Auch bei Ausschank gegen Spende ist eine Gestattung nötig.',
      },
      {
        name: 'musik',
        label: 'Musik',
        prompt: 'Gibt es Musik (live oder vom Band)?',
        ...yesOrNo(musicSaid),
        help: 'Wichtig für Lärmschutz und Sperrzeit.',
      },
      {
        name: 'kontakt',
        label: 'Kontakt',
        prompt:
          'Unter welcher Telefonnummer oder E-Mail-Adresse erreicht das Ordnungsamt Sie? Wir brauchen sie für Rückfragen zur Anzeige.',
        schema: anyContact,
        note: contactNote,
        help: 'Telefonnummer oder E-Mail-Adresse der verantwortlichen Person.',
      },
    ],
    translations: {
      en: {
        title: 'Announce an event (clubs)',
        intro: 'I will take the notice of your event for the public order office (Ordnungsamt). Write “cancel” to stop.',
        next: 'The Ordnungsamt checks the notice and contacts you through the contact you gave if it has questions.',
        fields: {
          veranstalter: {
            label: 'Organiser',
            prompt: 'Who is organising it (for example a club)?',
            help: 'Name the club or group that invites.',
          },
          verantwortlicher: {
            label: 'Person in charge',
            prompt: 'Who is in charge? The Ordnungsamt needs the name for questions and the permit.',
            help: 'First name and surname of the person in charge on site.',
          },
          art: {
            label: 'Kind of event',
            prompt: 'What kind of event is it (for example a summer party, a concert)?',
            help: 'A short name is enough.',
          },
          ort: { label: 'Place', prompt: 'Where does it take place?', help: 'Address or grounds, for example “Festplatz Mömbris”.' },
          beginn: {
            label: 'Start',
            prompt: 'When does it start (date and time, for example “12.7. 14:00”)?',
            note: (v) =>
              new Date(String(v)).getTime() - context.clock().getTime() < WEEK_MS
                ? 'Note: events must be announced at least one week in advance (Art. 19 LStVG). This notice may be too late; please also call the Ordnungsamt.'
                : undefined,
            help: 'Give the date and time, for example “12.7. 14:00”.',
          },
          ende: {
            label: 'End',
            prompt: 'When does it end (for example “22:00” or “13.7. 1:00”)?',
            help: 'A time is enough if the event ends on the same day; otherwise date and time.',
          },
          besucher: {
            label: 'Visitors',
            prompt: 'How many visitors do you expect?',
            note: (v) =>
              Number(v) > PERMIT_VISITORS
                ? 'Note: with more than 1,000 visitors the notice is not enough; you need a permit (Art. 19 LStVG). The Ordnungsamt will contact you about it.'
                : undefined,
            help: 'An estimate in digits is enough, for example 80.',
          },
          alkohol: {
            label: 'Serving alcohol',
            prompt: 'Will alcohol be served?',
            choices: ['Yes', 'No'],
            note: (v) =>
              v === 'Ja'
                ? 'To serve alcohol you also need a permit under the Gaststättengesetz (Gestattung). The Ordnungsamt will send you the form.'
                : undefined,
            help: 'A permit is needed even when drinks are given for a donation.',
          },
          musik: {
            label: 'Music',
            prompt: 'Will there be music (live or recorded)?',
            choices: ['Yes', 'No'],
            help: 'This matters for noise protection and closing time.',
          },
          kontakt: {
            label: 'Contact',
            prompt: 'At which phone number or e-mail address can the Ordnungsamt reach you? We need it for questions about the notice.',
            help: 'Phone number or e-mail address of the person in charge.',
          },
        },
      },
      ls: {
        title: 'Fest vom Verein melden',
        intro:
          'Sie machen ein Fest?\nOder eine andere Veranstaltung?\nDann muss das Ordnungs·amt das wissen.\nIch stelle Ihnen dazu Fragen.\nSie möchten aufhören?\nDann schreiben Sie: abbrechen.',
        next: 'Das Ordnungs·amt prüft Ihre Angaben.\nHat das Amt Fragen?\nDann meldet es sich bei Ihnen.',
        fields: {
          veranstalter: {
            label: 'Wer lädt ein',
            prompt: 'Wer lädt zu der Veranstaltung ein?\nZum Beispiel: ein Verein',
            help: 'Schreiben Sie den Namen vom Verein oder von der Gruppe.',
          },
          verantwortlicher: {
            label: 'Verantwortlich',
            prompt: 'Wer passt bei der Veranstaltung auf?\nBitte schreiben Sie den Vor·namen und den Nach·namen.',
            help: 'Diese Person ist bei der Veranstaltung da.\nDas Amt fragt diese Person, wenn es Fragen gibt.',
          },
          art: {
            label: 'Art',
            prompt: 'Was für eine Veranstaltung ist es?\nZum Beispiel: Sommer·fest oder Konzert',
            help: 'Ein Wort genügt.',
          },
          ort: { label: 'Ort', prompt: 'Wo ist die Veranstaltung?', help: 'Schreiben Sie die Adresse.\nZum Beispiel: Festplatz Mömbris' },
          beginn: {
            label: 'Anfang',
            prompt: 'Wann fängt die Veranstaltung an?\nBitte schreiben Sie Datum und Uhrzeit.\nZum Beispiel: 12.7. 14 Uhr',
            note: (v) =>
              new Date(String(v)).getTime() - context.clock().getTime() < WEEK_MS
                ? 'Achtung:\nSie müssen eine Veranstaltung 1 Woche vorher melden.\nDas steht im Gesetz.\nVielleicht ist es jetzt zu spät.\nBitte rufen Sie auch beim Ordnungs·amt an.'
                : undefined,
            help: 'Schreiben Sie Datum und Uhrzeit.\nZum Beispiel: 12.7. 14 Uhr',
          },
          ende: {
            label: 'Ende',
            prompt: 'Wann hört die Veranstaltung auf?\nZum Beispiel: 22 Uhr',
            help: 'Die Veranstaltung hört am nächsten Tag auf?\nDann schreiben Sie auch das Datum.',
          },
          besucher: {
            label: 'Besucher',
            prompt: 'Wie viele Menschen kommen ungefähr?',
            note: (v) =>
              Number(v) > PERMIT_VISITORS
                ? 'Wichtig: Es kommen mehr als 1000 Menschen?\nDann brauchen Sie eine Erlaubnis.\nDas Ordnungs·amt meldet sich bei Ihnen.'
                : undefined,
            help: 'Schreiben Sie eine Zahl.\nZum Beispiel: 80',
          },
          alkohol: {
            label: 'Alkohol',
            prompt: 'Gibt es Alkohol?\nZum Beispiel: Bier oder Wein',
            choices: ['Ja', 'Nein'],
            note: (v) =>
              v === 'Ja' ? 'Für Alkohol brauchen Sie eine Erlaubnis.\nDas Ordnungs·amt schickt Ihnen ein Formular dafür.' : undefined,
            help: 'Sie brauchen die Erlaubnis auch dann:\nDie Gäste geben nur eine Spende.',
          },
          musik: {
            label: 'Musik',
            prompt: 'Gibt es Musik?',
            choices: ['Ja', 'Nein'],
            help: 'Musik ist laut.\nDarum muss das Amt das wissen.',
          },
          kontakt: {
            label: 'Kontakt',
            prompt: 'Bitte schreiben Sie Ihre Telefon-Nummer oder E-Mail-Adresse.\nDann kann das Ordnungs·amt Sie fragen.',
            help: 'Schreiben Sie die Nummer von der Person, die aufpasst.',
          },
        },
      },
    },
  };
};
