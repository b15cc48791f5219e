// Termin im Bürgerbüro vereinbaren (termin-buchen): the service, a free slot (offered by bot/ at
// run time), name and contact; the slot is reserved when the citizen confirms.
import { z } from 'zod';
import type { ChoiceWords, FlowDefinition } from '../engine';
import {
  anyContact,
  choices,
  contactNote,
  type FlowContext,
  nameSaidIn,
  nameWithContact,
  notADate,
  personName,
  phoneSaidIn,
  skippable,
} from '../fields';
import { texts } from '../../knowledge/texts/index';
import { parseSlot, slotLabel, type Slot } from '../slots';

/** The service for any other matter (municipality.yaml's last button): no matter of its own to name. */
export const OTHER_SERVICE = 'Sonstiges';

/**
 * Everyday words for the services ("Perso", "Pass", "umgezogen"; in English "passport", "ID card"),
 * by the service's name in municipality.yaml. The services keep their German names on the buttons.
 */
const SERVICE_WORDS: ChoiceWords = [
  // Also as typed in a hurry ("persoausweis", "reisepas").
  ['Personalausweis', /\b(perso|ausweis|personalausweis\w*|persoausweis|personalausweiss?|id|id card|identity card|national id)\b/iu],
  ['Reisepass', /\b(pass|reisepass|reisepas|reispass|pässle|kinderreisepass|passport|travel document)\b/iu],
  [
    'Anmeldung oder Ummeldung',
    // "registration" alone, but not the certificate of it (that is the Meldebescheinigung).
    /\b(anmelden|ummelden|umgezogen|umzug|zugezogen|wohnsitz|moved|moving|new address|change of address|relocat\w*|register(ing)?|(?<!(?:certificate|proof|confirmation) of )registration(?! certificate))\b/iu,
  ],
  [
    'Meldebescheinigung',
    /\b(meldebescheinigung|(proof|confirmation|certificate) of (address|residence|registration)|registration certificate)\b/iu,
  ],
  ['Führungszeugnis', /(führungszeugnis|certificate of good conduct|criminal record|police (clearance|certificate)|background check)/iu],
  ['Beglaubigung', /\b(beglaubig\w*|certified cop\w*|certify|notari[sz]\w*|authenticat\w*)\b/iu],
  // "Witwenrente", "Kontenklärung" (trial 34: "Rentenantrag" had been refused here, though its answer offers the booking).
  [
    'Rentenantrag',
    /(rente\b|rentenantrag\w*|witwenrente|witwerrente|altersrente|\w*rente beantrag\w*|kontenkl(ä|ae)rung|rentenversicherung|pension)/iu,
  ],
  // Only as the whole answer: "my other daughter's passport" is the passport.
  [OTHER_SERVICE, /^\W*(other|something else|anything else|none of these)\W*$/iu],
];

/** A wish the slots cannot be narrowed to, said in the citizen's language. */
const NOT_A_SLOT = {
  de: 'Das habe ich nicht als Tag oder Uhrzeit verstanden.',
  en: 'I did not understand that as a day or a time. Please tap a day and then a time.',
  ls: 'Das verstehe ich nicht als Tag oder Uhrzeit.\nBitte tippen Sie auf einen Tag.\nDann tippen Sie auf eine Uhrzeit.',
};

export const terminBuchen = (context: FlowContext): FlowDefinition => {
  const office = context.municipality.offices.buergerbuero;
  const services = office?.services?.length ? office.services : [OTHER_SERVICE];
  /** The service a message names ("… für einen neuen Reisepass", "wegen Perso"), by its name or its everyday words. */
  const serviceNamed = (said: string): string | undefined => {
    const lower = said.toLowerCase();
    const named =
      services.find((s) => s !== OTHER_SERVICE && s.split(' oder ').some((part) => lower.includes(part.toLowerCase()))) ??
      SERVICE_WORDS.find(([, words]) => words.test(said))?.[0];
    return named && services.includes(named) ? named : undefined;
  };
  return {
    id: 'termin-buchen',
    office: 'buergerbuero',
    title: 'Termin im Bürgerbüro vereinbaren',
    starters: ['Termin vereinbaren', 'Termin buchen'],
    // "Ich brauche einen Termin für einen neuen Reisepass", "ich bräucht mal nen Termin wegen Perso",
    // "ich brauch schnell perso termin", "ich brauche einen Passtermin", "ich brauche am Freitag um 10 Uhr einen Termin",
    // "ich will termin", "ich brauch doch eher einen Termin" (a wish, not "Brauche ich einen Termin?"); not one with someone else
    // ("einen Termin beim Hautarzt", "an appointment with my doctor").
    startsOn: new RegExp(
      [
        // The pronoun may be left out where the wish opens the message or a clause ("brauch nen termin morgen früh für perso",
        // "hi, perso abgelaufen, brauch termin morgen"); "an", "a" are the dialect's article ("Ich möcht an Termin").
        String.raw`(?:\b(ich|wir)\s+|^\W*|[,;:]\s*)(brauch\w*|bräucht\w*|benötig\w*|möcht\w*|hätt\w*\s+gerne?|will|wollen|würd\w*\s+gerne?)\s+((gern|gerne|bitte|dringend|noch|schnell|mal|bald|doch|eher|lieber|eigentlich|am|um|ab|morgen|übermorgen|heute|nächste\w*|diese\w*|vormittags?|nachmittags?|früh|montag|dienstag|mittwoch|donnerstag|freitag|uhr|[\d.:]+)\s+)*((einen|ein|en|e|an|a|nen|'nen)\s+)?((neuen|freien)\s+)?((perso|personalausweis|ausweis|reisepass|pass|kinderreisepass)[\s-]*)?termin\b(?!\s+(beim|bei\s+(der|dem|einer|einem|meinem|meiner|meine))\s+(?!(bürgerbüro|buergerbuero|rathaus|gemeinde|markt|einwohnermeldeamt|meldeamt|standesamt)\b))|(?<!\b(do|does|did)\s+)\b(i|we)\s+(need|want|would\s+like)\s+(to\s+book\s+)?an?\s+appointment\b(?!\s+(with|at)\s+(a|an|my|the)\s+(doctor|dentist|gp|physician|lawyer|bank|hospital|hairdresser)\b)`,
        // "Kann ich einen Termin machen?", "Kann ich bei euch nen Termin bekommen?": a wish asked as a question.
        String.raw`\bkann\s+(ich|man|mir\s+jemand)\s+((bei\s+(ihnen|euch|eich)|bitte|mal|auch)\s+)*((einen|nen|en|'nen)\s+)?termin\s+(machen|ausmachen|bekommen|kriegen|vereinbaren|buchen|geben)\b`,
        // "Termin Personalausweis", "termin perso nächste woche": the wish in two words (not asked with "?").
        String.raw`^\s*termin\s+(?:(?:fürn|fuern|fürs|fuers|für|fuer|wegen|zum|zur)\s+)?(?:(?:den|die|das|einen|ein|eine|nen|en|e)\s+)?(?:neuen?\s+)?(?:perso|personalausweis|ausweis|reisepass|pass|kinderreisepass|meldebescheinigung|führungszeugnis|fuehrungszeugnis|beglaubigung|anmeldung|ummeldung)(?:\s+(?:am|um|ab|nächste\w*|naechste\w*|diese\w*|morgen|übermorgen|heute|vormittags?|nachmittags?|früh|montag|dienstag|mittwoch|donnerstag|freitag|woche|uhr|[\d.:]+))*\s*[.!]*\s*$`,
      ].join('|'),
      'iu',
    ),
    // The service named in that message ("… für einen neuen Reisepass", "wegen Perso") is not asked
    // again, nor the name and number said with it ("Ich heiße Jana Berg, Telefon 0151 22334455").
    prefill: (said): Record<string, string> => {
      const named = serviceNamed(said);
      const [name, phone] = [nameSaidIn(said), phoneSaidIn(said)];
      return {
        ...(named ? { anliegen: named } : {}),
        ...(name ? { name } : {}),
        ...(phone ? { kontakt: phone } : {}),
      };
    },
    completion: 'book-appointment',
    intro:
      'Gern vereinbare ich einen Termin im Bürgerbüro für Sie. Mit „abbrechen“ beenden Sie die Buchung. Einen gebuchten Termin sagen Sie mit „Termin absagen“ ab.',
    fields: [
      {
        name: 'anliegen',
        label: 'Anliegen',
        prompt: 'Worum geht es bei Ihrem Termin?',
        ...choices(services, SERVICE_WORDS),
        help: 'Wählen Sie, was Sie im Bürgerbüro erledigen möchten. Wenn nichts passt, wählen Sie „Sonstiges“.',
      },
      {
        name: 'zeitfenster',
        echo: true,
        label: 'Termin',
        prompt:
          'Welcher Tag passt Ihnen? Sie können auch einen Wunsch schreiben, zum Beispiel „Donnerstag nach 16 Uhr“, „nächste Woche vormittags“ oder „am 14.12.“.',
        // bot/ offers the free slots (days first, then times) and narrows them to the citizen's wish.
        choicesFrom: 'free-slots',
        schema: (answers, offered) =>
          z.string().transform((value, ctx): Slot => {
            const slot = parseSlot(value, context.clock());
            const minutes = office?.serviceMinutes?.[String(answers.anliegen)];
            // Offered in whichever language the conversation had then (a switch may come between).
            const wasOffered = slot && (['de', 'en'] as const).some((language) => offered.includes(slotLabel(slot, language)));
            if (wasOffered) return minutes ? { ...slot, minutes } : slot;
            ctx.addIssue({
              code: 'custom',
              message: notADate(value, NOT_A_SLOT[context.language]),
            });
            return z.NEVER;
          }),
        // "ach nee, doch lieber Personalausweis" when asked for the day: the service changes, the day is asked again.
        answeredWith: (said) => {
          const named = serviceNamed(said);
          return named ? { anliegen: named } : undefined;
        },
        show: (v) => slotLabel(v as Slot, context.language),
        help: 'Tippen Sie auf einen Tag und dann auf eine Uhrzeit. Oder schreiben Sie, wann es Ihnen passt, zum Beispiel „Freitag vormittags“. Passt nichts, rufen Sie bitte das Bürgerbüro an.',
      },
      {
        name: 'name',
        label: 'Name',
        prompt: 'Auf welchen Namen soll der Termin laufen? Das Bürgerbüro braucht ihn, um Sie aufzurufen.',
        schema: personName(),
        holder: true,
        // "Anna Weber, 06029 1234": the name and the contact asked next, each taken.
        answeredWith: (said) => {
          const both = nameWithContact(said);
          return both && { name: both.name, kontakt: both.contact };
        },
        help: 'Vor- und Nachname genügen.',
      },
      {
        name: 'kontakt',
        label: 'Kontakt',
        prompt: 'Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie, falls sich am Termin etwas ändert?',
        // "habe keine email und kein telefon": booked all the same, the office just cannot tell of a change (trial 48: an
        // 84-year-old without either could not book, and was told to phone).
        schema: skippable(anyContact),
        note: (value) => (value === null ? texts().fields.bookedWithoutContact : contactNote(value)),
        help: 'Wir nutzen Ihren Kontakt nur für diesen Termin. Haben Sie weder Telefon noch E-Mail, schreiben Sie „keins“.',
      },
    ],
    // The services keep their German names (as on the office's signs and forms).
    translations: {
      en: {
        title: 'Book an appointment at the Bürgerbüro',
        intro:
          'I will gladly book an appointment at the Bürgerbüro (citizens’ office) for you. Write “cancel” to stop. To cancel a booked appointment, write “Cancel an appointment”.',
        fields: {
          anliegen: {
            label: 'Service',
            // The services are the town's, in German: the prompt says what the common ones mean.
            prompt:
              'What is your appointment about? (Personalausweis: ID card, Reisepass: passport, Anmeldung oder Ummeldung: registering your address, Meldebescheinigung: certificate of registration, Führungszeugnis: certificate of good conduct, Beglaubigung: certified copies or signatures, Rentenantrag: pension application, Sonstiges: other)',
            help: 'Choose what you would like to do at the Bürgerbüro (Personalausweis: ID card, Reisepass: passport, Anmeldung: registering your address). If nothing fits, choose “Sonstiges” (other).',
          },
          zeitfenster: {
            label: 'Appointment',
            prompt: 'Which day suits you? Tap a day and then a time.',
            help: 'Tap a day and then a time. If nothing fits, please call the Bürgerbüro.',
          },
          name: {
            label: 'Name',
            prompt: 'Under which name should the appointment be booked? The Bürgerbüro needs it to call you in.',
            help: 'First name and surname are enough.',
          },
          kontakt: {
            label: 'Contact',
            prompt: 'At which phone number or e-mail address can we reach you if something changes?',
            help: 'We use your contact only for this appointment. If you have neither a phone nor e-mail, write “none”.',
          },
        },
      },
      ls: {
        title: 'Termin im Bürger·büro machen',
        intro: 'Sie möchten einen Termin im Bürger·büro?\nDas mache ich gern.\nSie möchten aufhören?\nDann schreiben Sie: abbrechen.',
        fields: {
          anliegen: {
            label: 'Thema',
            prompt: 'Was möchten Sie im Bürger·büro machen?\nBitte wählen Sie aus.',
            help: 'Nichts passt?\nDann tippen Sie auf: Sonstiges.',
          },
          zeitfenster: {
            label: 'Termin',
            prompt: 'Welcher Tag passt für Sie?\nBitte tippen Sie auf einen Tag.\nDann tippen Sie auf eine Uhrzeit.',
            help: 'Nichts passt?\nDann rufen Sie bitte im Bürger·büro an.',
          },
          name: {
            label: 'Name',
            prompt: 'Für wen ist der Termin?\nBitte schreiben Sie den Vor·namen und den Nach·namen.',
            help: 'Zum Beispiel: Anna Weber',
          },
          kontakt: {
            label: 'Kontakt',
            prompt:
              'Vielleicht ändert sich etwas am Termin.\nDann melden wir uns bei Ihnen.\nBitte schreiben Sie Ihre Telefon-Nummer oder E-Mail-Adresse.',
            help: 'Wir nutzen die Nummer nur für diesen Termin.\nSie haben kein Telefon und keine E-Mail?\nDann schreiben Sie: keins.',
          },
        },
      },
    },
  };
};
