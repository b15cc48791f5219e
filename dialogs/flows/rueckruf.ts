// Rückruf oder schriftliche Antwort der Verwaltung anfordern (rueckruf).
import type { FlowDefinition } from '../engine';
import { text } from '../engine';
import { texts } from '../../knowledge/texts/index';
import { isOnlyAName } from '../../knowledge/language/names';
import {
  choices,
  contactFor,
  contactNote,
  EXTENSION,
  type FlowContext,
  nameAmong,
  nameSaidIn,
  nameWithContact,
  personName,
  phoneSaidIn,
  skippable,
  withAtSign,
  withoutNameSaid,
  withoutPhoneWords,
  yesOrNo,
} from '../fields';
import { matterOfCallBack, wishesCallBack } from '../../knowledge/language/call-back';
import { withSpokenDigits } from '../../knowledge/language/number-words';
import { berlinWallClock } from '../../knowledge/hours';
import { addDays, showDay } from '../dates';

/** The matter of a call-back without the name and number said with it (they have fields of their own). */
function withoutPersonalDetails(said: string, phone: string | undefined): string {
  // The words before the number first ("zurück unter 06029 5566, …"), while the number still follows them.
  const words = withoutPhoneWords(said);
  const left = withoutNameSaid(phone ? words.replace(phone, ' ') : words);
  return (
    withoutPhoneWords(left)
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/[,;:](?=[,.;:!?]|\s*$)/g, '')
      // ("Meine Nummer is 06029 7777777, ruft mich bitte zurück …", trial 61: "Anliegen: , ruft mich …".)
      .replace(/^[\s,.;:!?–-]+/u, '')
  );
}

/**
 * A telephone number and what else was said with it ("0171 2345678 ab 14 Uhr": when to call), as
 * answers to the number's question and the next one; the number's run needs six digits or more.
 */
function numberAndTime(typed: string, also: Record<string, string> = {}): Record<string, string> | undefined {
  // "null eins sieben eins – zwo drei …": a number said digit by digit, as voice input writes it (trial 58: not recognised).
  const said = withSpokenDigits(typed);
  // A digit a letter follows directly ("5x") is a typo or an extension, not a number with words after it.
  if (/\d\p{L}/u.test(said)) return undefined;
  const run = [...said.matchAll(/[\d+(][\d\s+()/.-]*\d/g)].map((m) => m[0]).find((digits) => digits.replace(/\D/g, '').length >= 6);
  if (!run) return undefined;
  // "06029 1234 ext 7": the extension is the number's.
  const extension = EXTENSION.exec(said.slice(said.indexOf(run) + run.length));
  const number = extension?.index === 0 ? run + extension[0] : run;
  // "meine Nummer ist …", "… unter 0160 …" are no times to call, nor is "des is 0 60 29 …".
  // The commas and dashes that joined it to the number are no part of the time ("06029 998877, am besten nachmittags").
  // Only the words before the number label it: after it they are the note ("… (des is de Festnetz, bin nur vormittags do)", trial 55: "Festnetz" had been cut out of it).
  const at = said.indexOf(number);
  const rest = `${withoutPhoneWords(said.slice(0, at))} ${said.slice(at + number.length)}`.replace(/^[\s,;:.–-]+|[\s,;:–-]+$/gu, '');
  // A stray letter beside the digits ("0 6 0 2 9 - 1 2 3 4 x") is a typo, not a time: the number's own check refuses it.
  if (/^\p{L}{1,2}$/u.test(rest)) return undefined;
  return { ...also, kontakt: number, ...(SAYS_WHEN.test(rest) ? { erreichbarkeit: rest } : {}) };
}

/** A telephone number alone ("06029 / 99 88 77"), no time said with it. */
const onlyANumber = (said: string): boolean => {
  const taken = numberAndTime(said);
  return taken !== undefined && taken.erreichbarkeit === undefined && !/\p{L}{2}/u.test(withoutPhoneWords(said));
};

/** "lieber per E-Mail", "Ich möchte nicht angerufen werden, sondern eine E-Mail bekommen": the way wished, without its address. */
const BY_MAIL = /(?<!\p{L})(?:e-?mail\p{L}*|mail|schriftlich|per\s+post|by\s+e-?mail)(?!\p{L})/iu;
const NO_MAIL = /(?<!\p{L})(?:kein\p{L}*|nicht\s+per|nicht\s+über|nicht\s+ueber|no)\s+(?:e-?mail|mail)(?!\p{L})/iu;
// "Können Sie mich bitte zurückrufen?" (trial 34: the way had been asked after it).
const BY_PHONE =
  /(?<!\p{L})(?:anruf\p{L}*|anrufen|telefon\p{L}*|telefonisch|zurückruf\p{L}*|zurueckruf\p{L}*|(?:rufen\s+sie|ruf)\s+mich|call|phone)(?!\p{L})/iu;
const NO_PHONE =
  /(?<!\p{L})(?:nicht|net|ned|kein\p{L}*)\s+(?:\p{L}+\s+)?(?:angerufen|anrufen|anruf\p{L}*|telefon\p{L}*)(?!\p{L})|(?<!\p{L})don'?t\s+call(?!\p{L})/iu;
function wayWished(said: string): Record<string, string> | undefined {
  if (BY_MAIL.test(said) && !NO_MAIL.test(said)) return { kontaktweg: 'E-Mail' };
  if (BY_PHONE.test(said) && !NO_PHONE.test(said)) return { kontaktweg: 'Telefon' };
  return undefined;
}

/** An e-mail address alone ("sabine.kraus@gmx.de", "(at)" written out too). */
const anAddressAlone = (said: string): boolean => /^\S+@\S+\.\S+$/u.test(withAtSign(said).trim());

/** The way of contact said with its number or address ("(at)" for "@" too); also a time said with the number ("0171 2345678 ab 14 Uhr"); else the way alone. */
function contactGiven(typed: string): Record<string, string> | undefined {
  const said = withAtSign(typed);
  if (said.includes('@')) return { kontaktweg: 'E-Mail', kontakt: said };
  return numberAndTime(said, { kontaktweg: 'Telefon' }) ?? wayWished(said);
}

/** A German number with its area code has this many digits at least ("06029 1234"). */
const FEWEST_DIGITS = 8;
/**
 * The way of contact told by what is typed where it is asked; digits too few for a number with its area code ("0171 12", trial 64:
 * only "Bitte wählen Sie" came back) are the telephone, and its number is asked next.
 */
const wayGiven = (typed: string): Record<string, string> | undefined =>
  DIGITS_ALONE.test(typed) && typed.replace(/\D/gu, '').length < FEWEST_DIGITS ? { kontaktweg: 'Telefon' } : contactGiven(typed);

/** Words that say when one can be reached ("ab 14 Uhr", "vormittags", "nur Montag", "anytime"). */
const SAYS_WHEN =
  /(?<!\p{L})(?:\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h)?|uhr|früh\p{L}*|frueh\p{L}*|morgen\p{L}*|vormittag\p{L}*|mittag\p{L}*|nachmittag\p{L}*|abend\p{L}*|nacht\p{L}*|montag\p{L}*|dienstag\p{L}*|mittwoch\p{L}*|donnerstag\p{L}*|freitag\p{L}*|samstag\p{L}*|sonntag\p{L}*|werktag\p{L}*|wochenende\p{L}*|täglich|taeglich|jederzeit|immer|heute|ab|bis|zwischen|nach|vor|mo|di|mi|do|fr|sa|so|morning\p{L}*|afternoon\p{L}*|evening\p{L}*|anytime|after|before|between|until|today|tomorrow|weekdays?)(?!\p{L})/iu;

const DIGITS_ALONE = /^[\s\d/+()-]+$/u;

/**
 * "Am beste morgen nachmittag, vormittags schaff ich", "Lieber Mittwoch vormittag" (at the summary): the time wished, said beside
 * the rest (trial 53: asked again, and at the summary refused). Only words of a day or a time: "lieber per E-Mail" is the way.
 */
const WHEN_WISHED =
  /(?<!\p{L})(?:am\s+beste[n]?|am\s+liebste[n]?|lieber|besser|erreichbar\s+(?:bin\s+ich\s+)?|erreichen\s+sie\s+mich)\s+([^,.;!?]+)/iu;
const A_DAY_OR_TIME =
  /(?<!\p{L})(?:\d{1,2}(?:[:.]\d{2})?\s*uhr|heute|morgen|übermorgen|uebermorgen|vormittag\p{L}*|nachmittag\p{L}*|abend\p{L}*|früh|frueh|montag\p{L}*|dienstag\p{L}*|mittwoch\p{L}*|donnerstag\p{L}*|freitag\p{L}*|samstag\p{L}*|sonntag\p{L}*)(?!\p{L})/iu;
function timeWished(said: string): Record<string, string> | undefined {
  const wished = WHEN_WISHED.exec(said)?.[1]?.trim();
  return wished && A_DAY_OR_TIME.test(wished) ? { erreichbarkeit: wished } : undefined;
}

/** A time word on its own ("Vormittag", "Montags"), which a capital at the start of a line makes look like a name. */
const isTimeWord = (word: string): boolean => SAYS_WHEN.exec(word)?.[0].length === word.length;
const LEADS_A_TIME = new Set(['am', 'um', 'gegen', 'so', 'gern', 'gerne', 'bitte', 'besten', 'nur', 'eher', 'lieber']);
/** Two capitalized words in a row, neither a time nor a word before one: "Maria Klein", not "Morgen Vormittag" or "Am Montag" (trial 46). */
function namesAPerson(said: string): boolean {
  const words = said.split(/[\s,.;!?]+/).filter(Boolean);
  const namePart = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !isTimeWord(w) && !LEADS_A_TIME.has(w.toLowerCase());
  return words.some((w, i) => namePart(w) && namePart(words[i + 1] ?? ''));
}

/** "morgen", "übermorgen", "tomorrow": a day the clerk reads later, so its date goes with it (trial 46: "morgen ab 14 Uhr" in the console days after). */
const RELATIVE_DAY = /(?<!\p{L})(heute|today|übermorgen|uebermorgen|morgen|tomorrow)(?!\p{L})/iu;
const DAYS_AHEAD: Record<string, number> = { heute: 0, today: 0, übermorgen: 2, uebermorgen: 2, morgen: 1, tomorrow: 1 };
function datedReachability(said: string, now: Date): string {
  return said.replace(RELATIVE_DAY, (word) => `${word} (${showDay(addDays(berlinWallClock(now).date, DAYS_AHEAD[word.toLowerCase()]!))})`);
}

export const rueckruf = (context: FlowContext): FlowDefinition => {
  // Said when the citizen refuses consent: the way that needs no storing.
  const phone = context.municipality.offices.rathaus?.phone;
  return {
    id: 'rueckruf',
    office: 'rathaus',
    // "wegen meinem Bauantrag": the Bauamt calls back, not the Rathaus's switchboard (trial 32).
    officeByMatter: 'anliegen',
    title: 'Rückruf oder schriftliche Antwort der Verwaltung anfordern',
    starters: ['Rückruf anfordern', 'Rückruf'],
    // "Ich hätte gern einen Rückruf wegen meiner Grundsteuer": the call-back, whatever topic it names
    // (the router would answer the Grundsteuer); what it is about, the name and the number are taken.
    startsOn: { test: wishesCallBack },
    prefill: (said): Record<string, string> => {
      const phone = phoneSaidIn(said);
      // "können sie mich bitte anrufen? Gertrud Brand, Telefon 06029 4711": the name standing alone after the question (trial 48: it had been kept in the matter).
      const introduced = nameSaidIn(said);
      const nameAlone = introduced ? undefined : nameAmong(said.replace(/(?<=[?!.])\s+/gu, ', '));
      const name = introduced ?? nameAlone;
      const matter = matterOfCallBack(withoutPersonalDetails(nameAlone ? said.replace(nameAlone, ' ') : said, phone));
      return {
        ...(matter ? { anliegen: matter } : {}),
        ...(name ? { name } : {}),
        ...wayWished(said),
        ...(phone ? { kontaktweg: 'Telefon', kontakt: phone } : {}),
        ...timeWished(said),
      };
    },
    intro:
      'Gern meldet sich die Verwaltung bei Ihnen. Ich stelle Ihnen dazu ein paar Fragen. Mit „zurück“ gehen Sie einen Schritt zurück, mit „abbrechen“ beenden Sie die Anfrage.',
    // The citizen asked to be contacted: not "meldet sich bei Bedarf".
    next: 'Die zuständige Stelle meldet sich auf dem gewählten Weg bei Ihnen.',
    fields: [
      {
        name: 'anliegen',
        label: 'Anliegen',
        prompt: 'Worum geht es? Bitte beschreiben Sie Ihr Anliegen in wenigen Sätzen.',
        // "Max Mustermann" at this question is the name, kept for its own (trial 55: it had become the matter and the name).
        schema: text('Ihr Anliegen', 5).refine((said) => !isOnlyAName(said), { error: () => texts().fields.nameNotAMatter }),
        answeredWith: (said) => (isOnlyAName(said) ? { name: said.trim() } : undefined),
        freeText: true,
        questionIsTheMatter: true,
        help: 'Schreiben Sie kurz, worum es geht, damit die richtige Stelle Sie zurückruft. Persönliche Details brauchen wir hier nicht.',
      },
      {
        name: 'name',
        label: 'Name',
        prompt: 'Wie heißen Sie? Die Verwaltung braucht Ihren Namen, um sich bei Ihnen zu melden.',
        schema: personName(),
        holder: true,
        // "06029 12345" before the name was given: the number is kept, and the name asked again;
        // "Maria Klein, 06029 5566": both taken.
        // "morgen ab 14 uhr am besten" before the name: when to call, kept for its question (trial 46: refused as no name).
        answeredWith: (said) => {
          const both = nameWithContact(said);
          const contact = both && contactGiven(both.contact);
          // "no thanks, just take my number 0171 2345678": the number is kept though the words before it are no name.
          // ("ach nein, lieber per E-Mail statt Telefon: g.hofmann@web.de": the words before it name the way, no person.)
          const named = both && wayWished(both.name) === undefined && personName().safeParse(both.name).success;
          if (both && contact) return named ? { name: both.name, ...contact } : contact;
          const given = contactGiven(said);
          if (given) return given;
          // Digits alone ("0151", "12") are a number begun or mistyped, not when to call.
          if (SAYS_WHEN.test(said) && !namesAPerson(said) && !DIGITS_ALONE.test(said)) return { erreichbarkeit: said.trim() };
          return both ? { name: both.name } : undefined;
        },
        help: 'Vor- und Nachname genügen.',
      },
      {
        name: 'kontaktweg',
        label: 'Kontaktweg',
        prompt: 'Wie sollen wir Sie erreichen?',
        ...choices(['Telefon', 'E-Mail']),
        // The number or address itself answers both questions (each is still checked), and a time
        // said with the number the next one ("0171 2345678 ab 14 Uhr").
        answeredWith: wayGiven,
        // Another way chosen (after "zurück"): the number or address of the old way is asked again.
        invalidates: ['kontakt'],
        help: 'Wählen Sie, ob die Verwaltung Sie anrufen oder Ihnen schreiben soll.',
      },
      {
        name: 'kontakt',
        label: 'Kontakt',
        prompt: 'Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie? Wir brauchen sie nur, um Ihnen zu antworten.',
        // Only what the chosen way needs (the answers keep the German choice in every language).
        promptFor: ({ kontaktweg }) =>
          kontaktweg === 'Telefon'
            ? 'Unter welcher Telefonnummer erreichen wir Sie? Wir brauchen sie nur, um Sie zurückzurufen.'
            : 'An welche E-Mail-Adresse dürfen wir schreiben? Wir brauchen sie nur, um Ihnen zu antworten.',
        schema: (answers) => contactFor(answers.kontaktweg),
        note: contactNote,
        // "ach nee, bitte per E-Mail: …" at the phone's question (or a number at the address's): the way changes with it.
        answeredWith: contactGiven,
        help: 'Geben Sie die Telefonnummer oder E-Mail-Adresse an, die zu Ihrem gewählten Kontaktweg passt.',
      },
      {
        name: 'erreichbarkeit',
        label: 'Erreichbarkeit',
        prompt: 'Wann erreichen wir Sie am besten (z. B. „vormittags“)?',
        // An answer by e-mail needs no time to call.
        condition: (answers) => answers.kontaktweg !== 'E-Mail',
        // A telephone number typed here is the number to call, not a time (trial 36: "Erreichbarkeit: 06029 / 99 88 77").
        // (It is taken as the contact, answeredWith, and this question asked again.)
        // "weiter", "überspringen": no time said (trial 38: "Erreichbarkeit: weiter").
        // An e-mail address typed here is the contact, the way with it (trial 40: "Erreichbarkeit: sabine.kraus@gmx.de").
        schema: skippable(
          text('Ihre Erreichbarkeit', 2, 200, { words: false })
            .refine((said) => !onlyANumber(said) && !anAddressAlone(said))
            .transform((said) => datedReachability(said, context.clock())),
        ),
        answeredWith: (said) => (onlyANumber(said) ? numberAndTime(said) : anAddressAlone(said) ? contactGiven(said) : undefined),
        help: 'Nennen Sie Tage oder Uhrzeiten, zu denen Sie gut erreichbar sind.',
      },
      {
        name: 'einwilligung',
        label: 'Einwilligung',
        prompt: 'Dürfen wir Ihre Kontaktdaten für die Antwort auf dieses Anliegen speichern? Wir nutzen sie nur dafür.',
        ...yesOrNo(),
        // The address written again here, after the note on a mistyped provider ("Meinten Sie …@gmail.com?"): it is the contact.
        answeredWith: (said) => (withAtSign(said).includes('@') || onlyANumber(said) ? contactGiven(said) : undefined),
        stopsWith: (v) =>
          v === 'Nein'
            ? 'Ohne Ihre Einwilligung können wir Sie leider nicht zurückrufen. Ich habe die Anfrage beendet und nichts abgeschickt. Sie erreichen das Rathaus auch direkt' +
              (phone ? `: Telefon ${phone}.` : '.')
            : undefined,
        help: 'Ohne Ihre Einwilligung dürfen wir Ihre Kontaktdaten nicht speichern und Sie daher nicht zurückrufen.',
      },
    ],
    translations: {
      en: {
        title: 'Ask for a call-back or a written answer',
        intro:
          'The administration will gladly get back to you. I will ask you a few questions. Write “back” to go one step back and “cancel” to stop.',
        next: 'The office in charge will contact you the way you chose.',
        fields: {
          anliegen: {
            label: 'Request',
            prompt: 'What is it about? Please describe your request in a few sentences.',
            help: 'Write briefly what it is about, so that the right office calls you back. We do not need personal details here.',
          },
          name: {
            label: 'Name',
            prompt: 'What is your name? The administration needs your name to get back to you.',
            help: 'First name and surname are enough.',
          },
          kontaktweg: {
            label: 'Contact by',
            prompt: 'How should we reach you?',
            choices: ['Phone', 'E-mail'],
            help: 'Choose whether the administration should call you or write to you.',
          },
          kontakt: {
            label: 'Contact',
            prompt: 'At which phone number or e-mail address can we reach you? We only need it to answer you.',
            promptFor: ({ kontaktweg }) =>
              kontaktweg === 'Telefon'
                ? 'At which phone number can we reach you? We only need it to call you back.'
                : 'To which e-mail address may we write? We only need it to answer you.',
            help: 'Give the phone number or e-mail address that fits the way of contact you chose.',
          },
          erreichbarkeit: {
            label: 'Best time',
            prompt: 'When is the best time to reach you (for example “mornings”)?',
            help: 'Name days or times when you are easy to reach.',
          },
          einwilligung: {
            label: 'Consent',
            prompt: 'May we store your contact details to answer this request? We use them for nothing else.',
            choices: ['Yes', 'No'],
            stopsWith: (v) =>
              v === 'Nein'
                ? 'Without your consent we cannot call you back. I have ended the request and sent nothing. You can also contact the town hall directly' +
                  (phone ? `: phone ${phone}.` : '.')
                : undefined,
            help: 'Without your consent we may not store your contact details and so cannot call you back.',
          },
        },
      },
      ls: {
        title: 'Anruf vom Rathaus bekommen',
        intro:
          'Das Rathaus meldet sich gern bei Ihnen.\nDafür stelle ich Ihnen ein paar Fragen.\nSie möchten aufhören?\nDann schreiben Sie: abbrechen.',
        next: 'Das Rathaus meldet sich bei Ihnen.\nSo, wie Sie es gewählt haben.',
        fields: {
          anliegen: {
            label: 'Frage',
            prompt: 'Was ist Ihre Frage an das Rathaus?\nBitte schreiben Sie 1 oder 2 Sätze.',
            help: 'Schreiben Sie kurz: Worum geht es?\nDann ruft Sie die richtige Person an.',
          },
          name: {
            label: 'Name',
            prompt: 'Wie heißen Sie?\nBitte schreiben Sie den Vor·namen und den Nach·namen.',
            help: 'Zum Beispiel: Anna Weber',
          },
          kontaktweg: {
            label: 'Wie',
            prompt: 'Wie sollen wir uns melden?\nMit einem Anruf?\nOder mit einer E-Mail?',
            choices: ['Anruf', 'E-Mail'],
            help: 'Bitte tippen Sie auf: Anruf.\nOder tippen Sie auf: E-Mail.',
          },
          kontakt: {
            label: 'Telefon oder E-Mail',
            prompt:
              'Bitte schreiben Sie Ihre Telefon-Nummer.\nOder schreiben Sie Ihre E-Mail-Adresse.\nWir brauchen das nur für die Antwort.',
            promptFor: ({ kontaktweg }) =>
              kontaktweg === 'Telefon'
                ? 'Bitte schreiben Sie Ihre Telefon-Nummer.\nWir brauchen sie nur für den Anruf.'
                : 'Bitte schreiben Sie Ihre E-Mail-Adresse.\nWir brauchen sie nur für die Antwort.',
            help: 'Sie möchten einen Anruf?\nDann schreiben Sie Ihre Telefon-Nummer.',
          },
          erreichbarkeit: {
            label: 'Wann',
            prompt: 'Wann können wir Sie gut erreichen?\nZum Beispiel: am Vormittag',
            help: 'Schreiben Sie Tage oder Uhrzeiten.',
          },
          einwilligung: {
            label: 'Erlaubnis',
            prompt:
              'Dürfen wir Ihre Telefon-Nummer oder E-Mail-Adresse speichern?\nWir brauchen sie für die Antwort.\nWir nutzen sie für nichts anderes.',
            choices: ['Ja', 'Nein'],
            stopsWith: (v) =>
              v === 'Nein'
                ? 'Ohne Ihre Erlaubnis können wir Sie nicht anrufen.\nIch habe aufgehört.\nIch habe nichts abgeschickt.\nSie können das Rathaus auch selbst anrufen.' +
                  (phone ? `\nTelefon: ${phone}` : '')
                : undefined,
            help: 'Ohne Ihre Erlaubnis dürfen wir nichts speichern.\nDann können wir Sie nicht anrufen.',
          },
        },
      },
    },
  };
};
