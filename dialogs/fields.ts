// Field builders shared by the flows: a choice whose buttons and check come from one list, a
// person's name, contact details (libphonenumber-js for German telephone numbers), a place and an
// address in the town, counts ("so 80", "zweihundert"), past dates (also vague ones: "Frühjahr
// 2022") and future dates and times. Each takes what it depends on (the town, the clock) from the
// FlowContext. What a field checks is what the office needs; what it cannot read it asks again.
// The full metadata: the default's reads any five digits as a German number ("12345" as +49 12345).
import { findPhoneNumbersInText, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { Municipality } from '../knowledge/schema';
import { berlinInstant, berlinWallClock } from '../knowledge/hours';
import { NUMBER_WORDS, withSpokenDigits } from '../knowledge/language/number-words';
import { addDays, impossibleDateOrTime, namesOnlyATime, parseDateTime, showInstant, weekdayAgainstDate } from './dates';
import { declines } from '../knowledge/texts/commands';
import {
  isClubOrEventWord,
  isOnlyAName,
  isPlaceWord,
  isTitle,
  NAME_PARTICLES,
  NOT_IN_NAMES,
  STREET_AND_NUMBER,
} from '../knowledge/language/names';
import { currentLanguage, texts, type Language } from '../knowledge/texts/index';
import { likelyMeantAddress } from './email-typos';
import { slotLabel } from './slots';
import { SAYS_NO, SAYS_YES, saysNotKnown, saysPlainYes } from '../knowledge/language/yes-no';
import { choice, text, type ChoiceWords, type FlowField } from './engine';

/** What a flow definition may depend on. */
export interface FlowContext {
  municipality: Municipality;
  /** The current time; tests pass a fixed one. */
  clock: () => Date;
  /** The language the citizen reads (for the few checks a flow words itself). */
  language: Language;
}

/** A field's buttons and the check of the answer, from one list. */
export const choices = (list: readonly string[], words?: ChoiceWords): Pick<FlowField, 'choices' | 'schema'> => ({
  choices: [...list],
  schema: choice(list, words),
});
const YES_NO = ['Ja', 'Nein'] as const;
export type YesNo = (typeof YES_NO)[number];
const YES_NO_WORDS: ChoiceWords = [
  ['Ja', SAYS_YES],
  ['Nein', SAYS_NO],
];
/**
 * A yes-or-no question; `told` reads what an answer tells of the matter first ("Glühwein und Punsch, ja" is a yes to
 * the drinks, "und Musik gibts auch keine" a no to the music), then a plain yes or no.
 */
export const yesOrNo = (told?: (said: string) => YesNo | undefined): Pick<FlowField, 'choices' | 'schema'> => {
  if (!told) return choices(YES_NO, YES_NO_WORDS);
  const plain = choice(YES_NO, YES_NO_WORDS);
  return {
    choices: [...YES_NO],
    schema: z.string().transform((said, ctx) => {
      // A no said first stays the no ("nein, Glühwein gibt es keinen").
      const answer = SAYS_NO.test(said) ? undefined : told(said);
      if (answer) return answer;
      const parsed = plain.safeParse(said);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }),
  };
};

/** "dieter.kraus(at)web.de", "name [at] web.de": the "@" written out, as people do against spam. */
const AT_WRITTEN_OUT = /\s*[([{]\s*at\s*[)\]}]\s*/giu;
export const withAtSign = (said: string): string => said.replace(AT_WRITTEN_OUT, '@');
/** "meine Mail ist k.weber@example.de", "my email is …": the one address in a sentence, the words around it dropped. */
function oneAddressIn(typed: string): string {
  const said = withAtSign(typed);
  const addresses = said.split(/[\s,;:]+/u).filter((word) => word.includes('@'));
  return addresses.length === 1 ? addresses[0]!.replace(/[.!?)]+$/u, '') : said;
}
const email = z
  .string()
  .trim()
  .transform(oneAddressIn)
  .pipe(z.email({ error: () => texts().fields.email }))
  .transform((v) => v.toLowerCase());

/** "Tel.", "Handy:", "meine Nummer ist", "unter" and the like around a number. */
const PHONE_WORDS =
  /(?<!\p{L})(?:(?:meine|unsere|die|my|our)\s+)?(?:(?:tel\.?|telefon|handy|mobil|festnetz|ruf)(?:nummer)?|nummer|(?:phone|mobile|cell)?\s*number)(?!\p{L})(?:\s+(?:ist|lautet|wäre|is))?\s*:?|(?<!\p{L})(?:(?:sie\s+)?erreichen\s+(?:sie\s+)?mich\s+)?unter(?=\s*(?:[\d+(]|$))/giu;
/** The words of a message about its telephone number taken out ("meine Nummer ist 06029 4711" → "06029 4711"). */
export const withoutPhoneWords = (said: string): string => said.replace(PHONE_WORDS, ' ').replace(/\s+/g, ' ').trim();
/** An extension after a number ("ext 7", "Durchwahl 12", "App. 3"). */
export const EXTENSION = /\s*[,;]?\s*(?<!\p{L})(?:ext\.?|extension|durchwahl|dw\.?|apparat|app\.|nebenstelle)\s*:?\s*(\d{1,5})(?!\d)/iu;
/** "17 Uhr", "8:30 Uhr", "5 pm": a time of day, said beside a number. */
const TIME_OF_DAY = /(?<![\d:.])\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|am|pm|a\.m\.|p\.m\.)(?!\p{L})/giu;
/**
 * A German (or international, with +) telephone number, in international format ("+49 6029 1234").
 * Typed alone, only digits and the usual separators: libphonenumber reads letters as a vanity number
 * or an extension ("5x"), which would store a number other than the one typed. In a sentence, the
 * number libphonenumber finds in it.
 */
const phoneNumber = (said: string): string | undefined => {
  // "null sechs null zwo neun …": a number said digit by digit, as voice input writes it.
  const value = withSpokenDigits(said);
  // "06029 1234 ext 7", "…, Durchwahl 12": the extension written as German numbers write it ("06029 705-0"; trial 38: it had become the time to call).
  const extension = EXTENSION.exec(value);
  if (extension) {
    const number = phoneNumber(value.slice(0, extension.index));
    return number && `${number}-${extension[1]}`;
  }
  const typed = withoutPhoneWords(value);
  if (/^[\d\s+()\-/.]+$/u.test(typed)) {
    const parsed = parsePhoneNumberFromString(typed, 'DE');
    return parsed?.isValid() && !tooShort(parsed) ? parsed.formatInternational() : undefined;
  }
  // "hab kein Handy, nur Festnetz 06029 99123", "Kurt, 0160 9988776": the one number of a sentence
  // whose other words hold no digit (a house number beside it would make the number a guess).
  const hit = oneNumberIn(value);
  // ("0151 23456789, ab 17 Uhr bin ich daheim": a time of day beside it is no second number; trial 53: the number had been refused.)
  const rest = hit ? (value.slice(0, hit.startsAt) + value.slice(hit.endsAt)).replace(TIME_OF_DAY, ' ') : '';
  // ("0 6 0 2 9 - 1 2 3 4 x": a stray letter beside the digits is a typo, not a word of a sentence; trial 38: it had been dropped.)
  const strayLetters = /^[\s,.;:]*\p{L}{1,2}[\s,.;:]*$/u.test(rest);
  return hit && !/\d/u.test(rest) && !strayLetters && !tooShort(hit.number) ? hit.number.formatInternational() : undefined;
};

/**
 * A German number with digits missing ("06029 12", "0602970"): libphonenumber takes any area code
 * with one or two digits after it. Area codes have three to five digits outside the big cities and
 * subscriber numbers at least three, so a national number under seven digits is one cut short (the
 * Rathaus's "06029 705-0" has eight).
 */
const MIN_NATIONAL_DIGITS = 7;
const tooShort = (number: PhoneNumber): boolean => number.countryCallingCode === '49' && number.nationalNumber.length < MIN_NATIONAL_DIGITS;

/**
 * The one telephone number libphonenumber finds in a text, written as numbers are (digits, spaces,
 * "+", "/", "-", brackets): "07.12.2026, 08:00" is a date and a time, though libphonenumber reads
 * a number in it.
 */
function oneNumberIn(said: string): ReturnType<typeof findPhoneNumbersInText>[number] | undefined {
  const found = findPhoneNumbersInText(said, 'DE').filter((f) => /^[\d\s+()/-]+$/u.test(said.slice(f.startsAt, f.endsAt)));
  const [hit] = found;
  // Only a whole run of digits: in "0151 2345678" (a digit short) libphonenumber finds "2345678", another number.
  const partOfMore = hit && (/\d[\s()/-]*$/u.test(said.slice(0, hit.startsAt)) || /^[\s()/-]*\d/u.test(said.slice(hit.endsAt)));
  return found.length === 1 && hit!.number.isValid() && !partOfMore ? hit : undefined;
}
/** The one telephone number a longer message names with its word ("…, Telefon 0151 22334455."), as typed. */
export function phoneSaidIn(said: string): string | undefined {
  const hit = PHONE_WORD.test(said) ? oneNumberIn(said) : undefined;
  return hit && said.slice(hit.startsAt, hit.endsAt);
}
const PHONE_WORD =
  /(?<!\p{L})(?:telefon\p{L}*|tel|handy|mobil\p{L}*|festnetz|nummer|rufnummer|number|cell|erreichbar\p{L}*|phone|unter(?=\s*[\d+(]))(?!\p{L})/iu;

/**
 * "Max Mustermann, 06029 1234", "Anna Weber anna.weber@example.de": a name followed by a telephone
 * number or an e-mail address, split where the contact begins (each part is checked by its own field).
 */
export function nameWithContact(said: string): { name: string; contact: string } | undefined {
  const words = said.trim().split(/\s+/u);
  const at = words.findIndex((word) => word.includes('@') || /\d/u.test(word));
  if (at < 2) return undefined;
  const name = withoutPhoneWords(words.slice(0, at).join(' ')).replace(/[\s,;:–-]+$/u, '');
  return name ? { name, contact: words.slice(at).join(' ') } : undefined;
}

/**
 * "Ich bin die Vorsitzende, Gerda Hofmann, Tel …", "hab ich doch geschrieben: Klaus Bauer": the one
 * part between commas (or after a colon) that is only a person's name.
 */
export function nameAmong(said: string): string | undefined {
  const names = said
    .split(/[,;:]|\s+und\s+/u)
    .map((part) => part.trim())
    .filter(isOnlyAName);
  return names.length === 1 ? names[0] : undefined;
}

/** Words that introduce a name: "Ich heiße", "ich bin", "mein Name ist", "Name:", "Name" before it, "hier spricht". */
// In English too ("My name is Siobhan O'Connor, phone …", trial 34).
const INTRODUCTION_WORDS = String.raw`(?:[Ii]ch\s+hei(?:ß|ss)e|[Ii]ch\s+bin|[Mm]ein\s+[Nn]ame\s+ist|[Nn]ame\s*:|[Nn]ame|[Hh]ier\s+(?:spricht|schreibt|ist)|[Mm]y\s+[Nn]ame\s+is|[Mm]y\s+[Nn]ame'?s|I'?m|I\s+am|[Tt]his\s+is)`;
/** Capitalized words that start no name ("Name Ihres Hundes", "hier ist Frau …"). */
const NOT_A_NAME = String.raw`(?:Ihr|Ihre|Ihres|Ihren|Ihrem|Sie|Der|Die|Das|Des|Dem|Den|Mein|Meine|Unser|Unsere|Und|Oder|Von|Vom|Zum|Zur|Am|Im|Frau|Herr|Herrn|Familie)(?!\p{L})`;
/** The name a message introduces ("Ich heiße Jana Berg", "Name: Jürgen Roth"): two to four capitalized words. */
// The introduction in any case, the name capitalized (case matters there: no flag i).
// "Ich bin die Petra Wolf": the region's article before a name is no part of it.
const NAME_SAID = new RegExp(
  String.raw`(?<!\p{L})${INTRODUCTION_WORDS}\s+(?:d(?:er|ie|e)\s+)?(?!${NOT_A_NAME})(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`,
  'u',
);
/** "MEIN NAME IST HILDEGARD KRAUS": in a message in capitals, the two words after the introduction, in the usual case. */
const NAME_SAID_IN_CAPITALS = new RegExp(
  String.raw`(?<!\p{L})${INTRODUCTION_WORDS}\s+(?:d(?:er|ie|e)\s+)?(\p{L}[\p{L}'’-]+\s+\p{L}[\p{L}'’-]+)`,
  'iu',
);
const inCapitals = (said: string): boolean => said === said.toUpperCase() && /\p{Lu}{3}/u.test(said);
const usualCase = (name: string): string => name.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (c) => c.toUpperCase());
export const nameSaidIn = (said: string): string | undefined => {
  if (!inCapitals(said)) return NAME_SAID.exec(said)?.[1];
  const name = NAME_SAID_IN_CAPITALS.exec(said)?.[1];
  return name && usualCase(name);
};
/** The text without the name it introduces and the words that introduced it. */
export const withoutNameSaid = (said: string): string => said.replace(NAME_SAID, ' ');

/** "und wohne in der", "wohnhaft in", "in de": the words that lead to an address after a name. */
const ADDRESS_LEAD =
  /^[\s,.;:–-]*(?:und\s+)?(?:ich\s+)?(?:wohne|wohn|wohnhaft|wohnen)?\s*(?:in\s+der|in\s+de|in\s+dem|im|in|auf\s+der|am)?\s+/iu;
/** "Ich heiße Gerda Schmitt und wohne in der Bahnhofstraße 3 in Mömbris": the name introduced and what follows it, the address as said. */
export function nameWithAddress(said: string): { name: string; address: string } | undefined {
  const name = nameSaidIn(said);
  const address = name && addressPart(withoutNameSaid(said).replace(ADDRESS_LEAD, ''));
  return name && address ? { name, address } : nameThenAddress(said);
}

/** "Schimborn", "OT Niedersteinbach", "Bad Soden": a place's name alone, part of an address. */
const TOWN_NAME = /^(?:OT\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;
/** "3.4.2022", "3. April 2022": a date, which ends an address part list. */
const DATE_IN_PART = /\d{1,2}\.\s?\d{1,2}\.|\d{1,2}\.\s?\p{L}{3,}\s+\d{4}/u;

/**
 * The address at the start of a text, up to what the text goes on to ("Hauptstraße 5 in Schimborn, der
 * Hund heißt Bello" → "Hauptstraße 5 in Schimborn"): parts after a comma stay while they name a number or a place.
 */
function addressPart(text: string): string {
  const [first, ...rest] = text.split(',').map((part) => part.trim());
  const kept = [first!];
  for (const part of rest) {
    // "geboren 3.4.2022" after the town: a date is no part of an address; a town's name alone ("Schimborn") is.
    if ((!/\d/u.test(part) && !part.split(/\s+/u).some(isPlaceWord) && !TOWN_NAME.test(part)) || DATE_IN_PART.test(part)) break;
    kept.push(part);
  }
  return kept.join(', ').trim();
}

/** "Müller, Gerda": the surname first, as forms and older people write it, turned round ("Gerda Müller"). */
const SURNAME_FIRST = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u;
const surnameFirst = (name: string): string => name.replace(SURNAME_FIRST, '$2 $1');

/** "Klaus Meier, Hauptstraße 5, Schimborn": a name, a comma, then an address (a number or a street in it). */
function nameThenAddress(said: string): { name: string; address: string } | undefined {
  const [before, after] = said.split(/,(.*)/su);
  return after !== undefined && !SURNAME_FIRST.test(said.trim()) && (/\d/u.test(after) || after.split(/\s+/u).some(isPlaceWord))
    ? { name: before!.trim(), address: addressPart(after.trim()) }
    : undefined;
}

/** Digits alone, typed as a telephone number ("0171 12", "0170 98765"). */
const DIGITS_ALONE = /^[\d\s+()\-/.]+$/u;
/**
 * Why digits typed as a number are none: too few for any number (fewer national digits than tooShort allows: "0171 12",
 * trial 66), else not a valid one ("0170 98765", trial 67: "not recognised as a number or e-mail address" had come).
 */
const whyNoNumber = (typed: string): string =>
  typed.replace(/\D/gu, '').replace(/^0/u, '').length < MIN_NATIONAL_DIGITS ? texts().fields.phoneTooShort(typed) : texts().fields.phone;

const phone: z.ZodType<string, string> = z.string().transform((value, ctx) => {
  const number = phoneNumber(value);
  if (number) return number;
  const typed = withoutPhoneWords(value);
  ctx.addIssue({ code: 'custom', message: DIGITS_ALONE.test(typed) ? whyNoNumber(typed) : texts().fields.phone });
  return z.NEVER;
});

/** An optional answer: "überspringen" (or "nein", "keine", "nein danke", "ich habe kein Foto", "weiß net") gives null. */
export const skippable = <T>(inner: z.ZodType<T, string>): z.ZodType<T | null, string> =>
  z.string().transform((value, ctx) => {
    // ("weiß net" at the contact's question, trial 62: "nicht als Telefonnummer oder E-Mail-Adresse erkannt".)
    if (declines(value) || saysNotKnown(value)) return null;
    // "ja" to "Möchten Sie … angeben?": the question again, as a go-ahead (not "nicht erkannt").
    if (saysPlainYes(value)) {
      ctx.addIssue({ code: 'custom', message: texts().fields.goAhead });
      return z.NEVER;
    }
    const parsed = inner.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? texts().flows.notUnderstood });
    return z.NEVER;
  });

/** The note after a contact whose mail provider looks mistyped ("…@gmial.com"): the address the citizen likely meant. */
export function contactNote(value: unknown): string | undefined {
  const meant = typeof value === 'string' ? likelyMeantAddress(value) : undefined;
  return meant && texts().fields.emailTypo(meant);
}

/** A telephone number or an e-mail address, as the chosen way of contact asks. */
export const contactFor = (way: unknown): z.ZodType<string, string> => (way === 'Telefon' ? phone : email);

/** A telephone number or an e-mail address. */
export const anyContact: z.ZodType<string, string> = z.string().transform((value, ctx) => {
  const number = phoneNumber(value);
  if (number) return number;
  const address = email.safeParse(value);
  if (address.success) return address.data;
  const typed = withoutPhoneWords(value);
  const why = declines(value) ? texts().fields.contactNeeded : DIGITS_ALONE.test(typed) ? whyNoNumber(typed) : texts().fields.phoneOrEmail;
  ctx.addIssue({ code: 'custom', message: why });
  return z.NEVER;
});

/** "Ich bin", "Mein Name ist", "Ich," before a name; "wie gesagt", "I just told you:" when it is given again. */
const INTRODUCTION =
  /^(?:(?:wie\s+gesagt|(?:hab|habe)\s+ich\s+doch\s+(?:schon\s+|gerade\s+)?gesagt|i\s+(?:just\s+|already\s+)?told\s+you|as\s+i\s+said)\s*[,:.!]*\s*)?(?:(?:ich\s+bin|ich\s+heiße|ich\s+heisse|mein\s+name\s+ist|(?:des|das)\s+bin\s+(?:ich|i)|my\s+name\s+is|my\s+name'?s|i'?m|i\s+am|it'?s)\s*[,:]?\s+|ich\s*,\s*)?(?:(?:de|der|die)\s+(?=\p{L}+\s+\p{L}))?/iu;
/** A role after the name ("…, Vorsitzende", "… (1. Vorstand)"), as a club's people sign. */
const ROLE =
  /\s*[,(]\s*(?:\d\.\s*)?(?:vorsitzende[rn]?|vorstand|vorständin|kassier(?:in)?|kassenwart(?:in)?|schriftführer(?:in)?|leiter(?:in)?|trainer(?:in)?|geschäftsführer(?:in)?|inhaber(?:in)?)\b.*$/iu;

/** A role before the name ("Der Vorstand, Klaus Weigand", trial 60: refused as no name; "Vorsitzende: Monika Geis"). */
const ROLE_FIRST =
  /^(?:(?:der|die|unser|unsere|de)\s+)?(?:\d\.\s*)?(?:vorsitzende[rn]?|vorstand|vorständin|kassier(?:in)?|kassenwart(?:in)?|schriftführer(?:in)?|leiter(?:in)?|trainer(?:in)?|geschäftsführer(?:in)?|inhaber(?:in)?)\s*[,:–-]\s*/iu;

/** A reference number as the assistant gives them ("MOE-2026-00042"), and one inside a message (any town's prefix). */
const REFERENCE_PATTERN = String.raw`[A-Z]{2,6}-\d{4}-\d{5}`;
export const REFERENCE = new RegExp(`^${REFERENCE_PATTERN}$`);
/** As citizens type it: small letters, the number without its leading zeros ("moe-2026-2"), spaces for the hyphens ("moe 2026 3", trial 45). */
const REFERENCE_IN_TEXT = /\b([A-Za-z]{2,6})(?:-|\s+)(\d{4})(?:-|\s+)(\d{1,5})\b/;
/**
 * The reference a text names, written as the assistant writes it ("moe-2026-2" is "MOE-2026-00002").
 * Leading zeros with a digit missing ("MOE-2026-0004") are a typo, not a short number: filled up, they
 * would name someone else's request (trial 38).
 */
export function referenceShapedIn(text: string): string | undefined {
  const found = REFERENCE_IN_TEXT.exec(text);
  if (!found || (found[3]!.startsWith('0') && found[3]!.length < 5)) return undefined;
  return `${found[1]!.toUpperCase()}-${found[2]}-${found[3]!.padStart(5, '0')}`;
}
/** A reference number answered to its question, typed as citizens type it; `message` says how it looks. */
export const referenceAnswer = (message: string): z.ZodType<string, string> =>
  z
    .string()
    .trim()
    .transform((said) => referenceShapedIn(said) ?? said.toUpperCase())
    .pipe(z.string().regex(REFERENCE, { message }));

/**
 * A person's name: 2–4 parts of letters (with hyphen, apostrophe or a dot), titles and particles
 * besides ("Dr. med.", "von der"); with `surnameAlone`, the surname alone is enough (cancelling a
 * booking), and `surnameHint` says which name is meant.
 */
export const personName = (surnameAlone = false, surnameHint: string = texts().fields.surname): z.ZodType<string, string> =>
  z.string().transform((value, ctx) => {
    // "Ich, Monika Geis, Vorsitzende": the name itself.
    // "Klaus Meier, Hauptstraße 5": the name before an address said with it (the address is another question's).
    const name = surnameFirst(
      (nameThenAddress(value)?.name ?? value)
        .trim()
        .replace(/\s+/g, ' ')
        .replace(INTRODUCTION, '')
        .replace(ROLE_FIRST, '')
        .replace(ROLE, '')
        .trim(),
    );
    const parts = name.split(' ');
    if (parts.some(isPlaceWord)) {
      ctx.addIssue({ code: 'custom', message: texts().fields.nameNotAPlace });
      return z.NEVER;
    }
    const wellFormed = parts.every((p) => /^\p{L}[\p{L}'’.-]*$/u.test(p) && !NOT_IN_NAMES.has(p.toLowerCase()) && !isClubOrEventWord(p));
    // "Dr. med. Anna-Lena von Hohenberg": titles and particles are written with it, but count as no part.
    const counted = parts.filter((p) => !isTitle(p) && !NAME_PARTICLES.has(p.toLowerCase())).length;
    if (wellFormed && counted >= (surnameAlone ? 1 : 2) && counted <= 4 && name.length <= 100) return name;
    ctx.addIssue({ code: 'custom', message: surnameAlone ? surnameHint : texts().fields.fullName });
    return z.NEVER;
  });

/** "Ach so, ich wohne seit kurzem in …", "meine Adresse ist …": the words before an address (trial 40: stored with it). */
const ADDRESS_FRAME =
  /^(?:(?:ach\s+so|ach|nein|nee|ne|und|also|ja|sorry|so)[\s,.!:]+)*(?:(?:meine|die|unsere|my|our|the)\s+(?:adresse|anschrift|address)\s+(?:ist|lautet|is)\s*:?\s*)?(?:(?:(?:ich|wir|i|we)\s+)?(?:wohne|wohnen|wohn|wohnhaft|live)\s+(?:seit\s+(?:kurzem|neuestem|\p{L}+\s+(?:wochen|monaten|jahren))\s+)?(?:jetzt\s+|now\s+)?(?:(?:in\s+der|in\s+dem|im|in|am|auf\s+der|at)\s+)?)?/iu;
/** "12 Kirchstrasse, Hemsbach": the number first, as English writes it (trial 40: refused without a word why). */
const NUMBER_FIRST = /^(\d{1,4}\s?[a-z]?)\s+((?:(?:am|an\s+der|im|in\s+der|auf\s+der|zum|zur)\s+)?\p{L}[\p{L}.-]*)/iu;

/** "…, hab mich verschriebe", "…, sorry": a remark after a corrected address (trial 61: kept on the tax notice). */
const ADDRESS_AFTERWORD =
  /[,;]?\s*(?:(?:hab|habe|hob|hatte)\s+(?:mich|mi)\s+(?:ver\p{L}+)|(?:sorry|entschuldigung|tschuldigung|pardon)(?:\s+\p{L}+){0,2})\W*$/iu;

/** An address as the office writes it: the frame before it and a remark after it dropped, the number after the street, the Ortsteil last. */
function cleanAddress(said: string, ortsteile: readonly string[]): string {
  const framed = said.trim().replace(ADDRESS_FRAME, '').replace(ADDRESS_AFTERWORD, '');
  const address = framed === '' ? said.trim() : framed;
  const numbered = address.replace(NUMBER_FIRST, '$2 $1');
  // "Mömbris, Am Anger 4": the Ortsteil said first goes last.
  const [first, ...rest] = numbered.split(/\s*,\s*/u);
  const ortsteilFirst = rest.length > 0 && ortsteile.some((o) => o.toLowerCase() === first!.toLowerCase()) && /\d/u.test(rest.join(' '));
  return ortsteilFirst ? `${rest.join(', ')}, ${first}` : numbered;
}

/** An address in the town: street, house number and Ortsteil ("Hauptstraße 12, Schimborn"). */
export const addressInTown = ({ municipality }: FlowContext): z.ZodType<string, string> =>
  z
    .string()
    .trim()
    .transform((said) => cleanAddress(said, municipality.ortsteile))
    .refine(
      (v) => /\p{L}{3,}.*\b\d+\s?[a-z]?\b/iu.test(v) && municipality.ortsteile.some((o) => v.toLowerCase().includes(o.toLowerCase())),
      {
        // "Hauptstraße 5, Aschaffenburg": said to be another town's (whose matter it is), before the Ortsteile are asked.
        error: (issue) => {
          const elsewhere = neighbourIn(String(issue.input), municipality.neighbours);
          return (
            (elsewhere ? `${texts().fields.livesElsewhere(elsewhere, municipality.name)} ` : '') +
            texts().fields.address(municipality.ortsteile)
          );
        },
      },
    );

const APPROXIMATELY =
  /^(?:(?:so|ca\.?|circa|zirka|etwa|ungefähr|ungefaehr|rund|knapp|um die|um|über|ueber|mehr als|bis zu|maximal|max\.?|eher|wohl|doch|dann)\s+)+/i;
/** "es kommen eher 400 Leute", "wir werden so 80 sein": the frame of a count said in a sentence. */
const COUNT_FRAME = /^(?:(?:es|wir|da)\s+)?(?:kommen|komme|werden|wären|waeren|sind|sin)\s+(?:(?:es|wir)\s+)?/i;
const UNITS: Record<string, number> = {
  // One to twelve as dates.ts reads them in times ("um drei"), and the teens.
  ...NUMBER_WORDS,
  eine: 1,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

/** A German number word up to 9999 ("zweihundertfünfzig", "tausend"), or undefined. */
function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === '') return 0;
  for (const [unit, factor] of [
    ['tausend', 1000],
    ['hundert', 100],
  ] as const) {
    const at = w.indexOf(unit);
    if (at < 0) continue;
    const before = at === 0 ? 1 : numberWord(w.slice(0, at));
    const after = numberWord(w.slice(at + unit.length));
    return before === undefined || after === undefined ? undefined : before * factor + after;
  }
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const compound = /^(.+)und(.+)$/.exec(w);
  if (compound && compound[1]! in UNITS && compound[2]! in TENS) return UNITS[compound[1]!]! + TENS[compound[2]!]!;
  return undefined;
}

const NUMBER = /^\d{1,3}(?:\.\d{3})+$|^\d+$/;
const numberIn = (text: string): number | undefined => (NUMBER.test(text) ? Number(text.replace(/\./g, '')) : numberWord(text));
/** "300-400", "300 bis 400": a range, of which the larger number counts (what the place must hold). */
const RANGE = /^(\S+)\s*(?:-|–|bis)\s*(\S+)$/i;

/** A count people estimate: "so 80", "ca. 300", "zweihundert", "1.500", "so 300-400 leut" (the number; the estimate is fine). */
export const count = (max = 1_000_000): z.ZodType<number, string> =>
  z.string().transform((value, ctx) => {
    const text = value
      .trim()
      .replace(COUNT_FRAME, '')
      .replace(APPROXIMATELY, '')
      .replace(/\s+(?:rum|herum)$/i, '')
      .replace(/\s*(leute|leut|leit|personen|besucher\w*|gäste|gaeste|menschen)$/i, '')
      .replace(/\s+(?:sein|kommen)$/i, '');
    const range = RANGE.exec(text);
    const digits = range ? Math.max(numberIn(range[1]!) ?? NaN, numberIn(range[2]!) ?? NaN) : numberIn(text);
    if (digits !== undefined && digits > 0 && digits <= max) return digits;
    ctx.addIssue({ code: 'custom', message: texts().fields.count });
    return z.NEVER;
  });

/** An optional answer as shown in the summary ("—" when skipped, the file name of a photo). */
export const showOptional = (value: unknown): string =>
  value === null
    ? '—'
    : typeof value === 'object' && value && 'name' in value
      ? texts().flows.photo(String((value as { name: unknown }).name))
      : String(value);

/** "01.03.2026", or "April 2022 (ungefähr)" and "2022 (ungefähr)" for a month or a year. */
export const showDate = (value: unknown): string => {
  const [y, m, d] = String(value).split('-');
  if (d) return `${d}.${m}.${y}`;
  return m ? texts().fields.approximately(`${texts().months[Number(m) - 1]} ${y}`) : texts().fields.approximately(String(y));
};
/** A day and time as the citizen reads it: in English "Sun, 20 Dec 2026, 10:00" (trial 38: "So., … Uhr"); the console's German outside a turn. */
export const showDateTime = (value: unknown): string => {
  const language = currentLanguage();
  if (language !== 'en') return showInstant(new Date(String(value)));
  const { date, time } = berlinWallClock(new Date(String(value)));
  return slotLabel({ date, time }, language);
};

/** A place in the town: it must name one of the Ortsteile. */
/**
 * "weiß ich nicht. beim spielplatz" where the Ortsteil is asked: not known, said so with what is told of the place (trial 47, in
 * Leichte Sprache: the question came again and again). The office reads "Ortsteil unbekannt" and the landmark.
 */
const DOES_NOT_KNOW =
  /(?<!\p{L})(?:(?:ich\s+)?wei(?:ß|ss)\s+(?:ich\s+|es\s+|das\s+)*(?:leider\s+)?nicht|keine\s+ahnung|kei\s+ahnung|kaa\s+ahnung|i\s+(?:do\s+not|don'?t)\s+know|no\s+idea)(?!\p{L})/iu;

/**
 * The words around a place said again or corrected ("ach nee, es is in der …", "hab ich doch gsacht, an der Kirch …", "Korrektur: der Ort
 * ist Kirchstraße 5 in Brücken, nicht Hauptstraße"): not part of it (trial 60: stored with it).
 */
const PLACE_FRAME =
  /^(?:(?:ach|oh|also|sorry|nee|nein|ne|korrektur)[\s,.!:]+)*(?:(?:wie\s+(?:gesagt|gsacht|gesacht)|(?:hab|habe|hob)\s+(?:ich|i|isch)\s+(?:doch\s+)?(?:schon\s+)?(?:gesagt|gsacht|gesacht|gsagt))[\s,.!:]+)?(?:(?:der\s+ort|die\s+stelle|es|das|des)\s+(?:ist|is|isch)\s+)?/iu;
const NOT_THE_OLD_PLACE = /[,;]?\s+(?:nicht|net|ned|not)\s+(?:mehr\s+)?(?:in\s+der\s+|im\s+|am\s+)?[\p{L}\d. -]{2,40}$/iu;
const withoutPlaceFrame = (said: string): string => said.replace(PLACE_FRAME, '').replace(NOT_THE_OLD_PLACE, '').trim() || said;

export const placeInTown = ({ municipality }: FlowContext, known: { ortsteil?: string; street?: string } = {}): z.ZodType<string, string> =>
  z
    .string()
    .trim()
    .transform((said) => withOrtsteileInFull(withoutPlaceFrame(said), municipality.ortsteile))
    .transform((v) => {
      const ortsteil = ortsteilIn(v, municipality.ortsteile);
      if (!ortsteil && DOES_NOT_KNOW.test(v)) {
        const told = v
          .replace(DOES_NOT_KNOW, ' ')
          .replace(/\s+/g, ' ')
          .replace(/^[\s.,!;:-]+|[\s.,!;:-]+$/g, '');
        const parts = [known.street, told.length >= 3 ? told : undefined].filter((p): p is string => Boolean(p));
        return parts.length ? [...parts, texts().fields.ortsteilUnknown].join(', ') : v;
      }
      // The citizen named the Ortsteil before ("in Schimborn ist …"): the street alone completes it
      // ("überspringen" does not: the place is needed, and asked again).
      if (known.ortsteil && v.length >= 3 && !declines(v) && !ortsteil) return `${v}, ${known.ortsteil}`;
      // The street before ("Im Hemsbacher Weg 4 ist …"): the Ortsteil alone ("Schimborn", "in Hemsbach") completes it,
      // and details said with it ("Vor Hausnummer 12, Richtung Kirche" … "Schimborn") go between.
      // A street with its number said now ("Hauptstraße 14, Mömbris" correcting 12) stands for itself.
      if (!known.street || !ortsteil || v.toLowerCase().includes(known.street.toLowerCase()) || STREET_AND_NUMBER.test(v)) return v;
      const details = v
        .replace(new RegExp(`(?<!\\p{L})(?:in\\s+|im\\s+|ortsteil\\s+)?${ortsteil}(?!\\p{L})`, 'iu'), ' ')
        .replace(/\s+/g, ' ')
        .replace(/^[\s.,!]+|[\s.,!]+$/g, '');
      return details ? `${known.street}, ${details}, ${ortsteil}` : `${known.street}, ${ortsteil}`;
    })
    .refine(
      (v) =>
        v.length >= 5 &&
        (municipality.ortsteile.some((o) => v.toLowerCase().includes(o.toLowerCase())) ||
          v.endsWith(`, ${texts().fields.ortsteilUnknown}`)),
      {
        // "Bahnhofstraße 3, 63741 Aschaffenburg": said to be another town's, before the Ortsteile are asked.
        error: (issue) => {
          const elsewhere = neighbourIn(String(issue.input), municipality.neighbours);
          return (
            (elsewhere ? `${texts().fields.placeElsewhere(elsewhere, municipality.name)} ` : '') +
            texts().fields.placeInTown(municipality.ortsteile)
          );
        },
      },
    );

/** The neighbouring municipality a place names as a word of its own ("63741 Aschaffenburg"), if any. */
export const neighbourIn = (text: string, neighbours: readonly string[]): string | undefined =>
  neighbours.find((n) => new RegExp(`(?<!\\p{L})${n}(?!\\p{L})`, 'iu').test(text));

/** Words before an Ortsteil that name a direction, not where something is ("am Ortsausgang Richtung Hohl"). */
const TOWARDS = /(?<!\p{L})(?:richtung|nach|gen|zwischen\s+\p{L}+\s+und)\s+$/iu;

/**
 * The Ortsteil a text names as a word of its own ("in Schimborn"), if any: the first named where
 * something is, before one named as a direction ("in Schimborn am Ortsausgang Richtung Hohl").
 */
/**
 * An Ortsteil as written, also as the region says it without its last "n" ("in Königshofe"; trial 61: not found); not a short one
 * ("Brücke" is a word of its own), nor after an article.
 */
const SHORT_NAME = 8;
const NOT_AFTER_AN_ARTICLE = /(?<!(?:der|die|das|den|dem|des|de|einer|eine|einem|einen)\s)/u.source;
const ortsteilPattern = (ortsteil: string): RegExp =>
  new RegExp(
    `(?<!\\p{L})(?:${ortsteil}${ortsteil.endsWith('en') && ortsteil.length > SHORT_NAME ? `|${NOT_AFTER_AN_ARTICLE}${ortsteil.slice(0, -1)}` : ''})(?!\\p{L})`,
    'iu',
  );

/** The text with an Ortsteil said without its last "n" written in full ("Bergstraß, Königshofe" → "Bergstraß, Königshofen"). */
const withOrtsteileInFull = (text: string, ortsteile: readonly string[]): string =>
  ortsteile.reduce((written, ortsteil) => written.replace(ortsteilPattern(ortsteil), ortsteil), text);

export function ortsteilIn(text: string, ortsteile: readonly string[]): string | undefined {
  const named = ortsteile
    .map((ortsteil) => ({ ortsteil, at: ortsteilPattern(ortsteil).exec(text)?.index ?? -1 }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  return (named.find(({ at }) => !TOWARDS.test(text.slice(0, at))) ?? named[0])?.ortsteil;
}

/** What to say for an answer that is no date: the day or time that does not exist, if one was written, else `otherwise`. */
export function notADate(value: string, otherwise: string): string {
  const wrong = impossibleDateOrTime(value);
  if (!wrong) return otherwise;
  return 'day' in wrong ? texts().fields.noSuchDay(wrong.day) : texts().fields.noSuchTime(wrong.time);
}

/** A past day ("YYYY-MM-DD", or "YYYY-MM" when only month and year are known). */
export const pastDate =
  ({ clock }: FlowContext) =>
  (example: string): z.ZodType<string, string> =>
    z.string().transform((value, ctx) => {
      const parsed = parseDateTime(value, clock(), 'past');
      const today = berlinWallClock(clock()).date;
      if (parsed?.date && parsed.date <= today) {
        return parsed.approximate === 'year'
          ? parsed.date.slice(0, 4)
          : parsed.approximate === 'month'
            ? parsed.date.slice(0, 7)
            : parsed.date;
      }
      ctx.addIssue({
        code: 'custom',
        message: parsed?.date ? texts().fields.dateInFuture : notADate(value, texts().fields.date(example)),
      });
      return z.NEVER;
    });

/** Where something takes place: free text, but not a date or time alone (given to "Wo?" when "Wann?" was expected). */
/** The words a place's name ends in ("Gasthaus Krone", "Vereinsheim"), which a person's name does not. */
const PLACE_NAME_WORD =
  /\p{L}(haus|heim|hof|halle|saal|wiese|park|garten|zentrum|kirche|kapelle|schule|stadion|anlage|platz|gelände|gelaende|keller|hütte|huette)$/iu;

/**
 * "Petra Klein" where the place is asked: a person's name (two to four capitalized words, none of a
 * place, an Ortsteil or the town), not where the event is; "Zum Löwen" and "Gasthaus Krone" are places.
 */
function namesOnlyAPerson(value: string, { municipality }: FlowContext): boolean {
  const words = value.trim().split(/\s+/);
  const places = [municipality.name, municipality.shortName, ...municipality.ortsteile].flatMap((p) => p.toLowerCase().split(/\s+/));
  return (
    isOnlyAName(value) &&
    !NAME_PARTICLES.has(words[0]!.toLowerCase()) &&
    !words.some((w) => PLACE_NAME_WORD.test(w) || places.includes(w.toLowerCase()))
  );
}

export const placeOf =
  (context: FlowContext) =>
  (what: string): z.ZodType<string, string> =>
    text(what, 3, 300)
      .refine((value) => !namesOnlyATime(value, context.clock()), { error: () => texts().fields.placeNotATime })
      // "gisela.hofmann@t-online.de" where the place is asked (trial 44: taken as the event's place).
      .refine((value) => !email.safeParse(value.trim()).success && phoneNumber(value) === undefined, {
        error: () => texts().fields.placeNotAContact,
      })
      .refine((value) => !namesOnlyAPerson(value, context), { error: () => texts().fields.placeNotAPerson })
      // "Festplatz Aschaffenburg": another municipality's, unless a place of the town is named too.
      .refine(
        (value) => !neighbourIn(value, context.municipality.neighbours) || ortsteilIn(value, context.municipality.ortsteile) !== undefined,
        {
          error: (issue) =>
            texts().fields.eventElsewhere(neighbourIn(String(issue.input), context.municipality.neighbours)!, context.municipality.name),
        },
      );

/** Times up to this hour after a start are read as the following night. */
const NIGHT_ENDS = '06:00';

/** Longer than this, an end without its year that falls before the start in the start's year is taken as before it. */
const LONGEST_EVENT_DAYS = 31;

/**
 * An end said without its year that lies before the start in the start's year ("1.12." for a fête
 * from 12.12. on): read as the next such day it would make an event of a year; it is a mistake.
 */
function yearAfterStart(value: string, date: string | undefined, after: string, at: Date): boolean {
  if (!date || at.getTime() - new Date(after).getTime() <= LONGEST_EVENT_DAYS * 86_400_000) return false;
  const inStartsYear = parseDateTime(value, new Date(after), 'past')?.date;
  return inStartsYear !== undefined && inStartsYear !== date;
}

/** A day without its time ("16.05.2027"): the day is kept and the time asked for (see FlowField.partOf). */
export const dayWithoutTime =
  ({ clock }: FlowContext) =>
  (said: string): { kept: string; missing: string } | undefined => {
    const parsed = parseDateTime(said, clock());
    // A day gone by is refused at once, not asked for its time first (trial 58); so is a weekday the date is not (trial 63:
    // "Samstag 18.7.2027", a Sunday, was kept, and "14 Uhr" then refused without a word why).
    return parsed?.date &&
      !parsed.time &&
      !parsed.approximate &&
      parsed.date >= berlinWallClock(clock()).date &&
      weekdayAgainstDate(said, parsed.date) === undefined
      ? { kept: said.trim(), missing: texts().fields.timeMissing(showDate(parsed.date)) }
      : undefined;
  };

/** Hours said on the dial before noon ("halb zehn", "9:30"), which an end after an afternoon start means in the evening. */
const NOON = '12:00';
const afternoonOf = (time: string): string => `${String(Number(time.slice(0, 2)) + 12).padStart(2, '0')}${time.slice(2)}`;

/** A future date and time (an ISO instant); with `after`, a time alone means that day (or the night after it). */
export const futureDateTime =
  ({ clock }: FlowContext) =>
  (after?: string): z.ZodType<string, string> =>
    z.string().transform((value, ctx) => {
      const parsed = parseDateTime(value, clock());
      // "14.03.2025" without its time: gone by, said so before its time is asked for (trial 58: "Um wie viel Uhr am 14.03.2025?").
      if (parsed?.date && !parsed.approximate && parsed.date < berlinWallClock(clock()).date) {
        ctx.addIssue({ code: 'custom', message: texts().fields.inThePast });
        return z.NEVER;
      }
      // "Samstag 18. Juli 2027", a Sunday: which of the two is meant is asked, not guessed (before its time is asked for).
      const weekday = parsed?.date ? weekdayAgainstDate(value, parsed.date) : undefined;
      if (weekday !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: texts().fields.weekdayOfDate(showDate(parsed!.date!), texts().answers.weekdays[weekday]!),
        });
        return z.NEVER;
      }
      const date = parsed?.date ?? (after && !parsed?.approximate ? berlinWallClock(new Date(after)).date : undefined);
      if (!date || !parsed?.time || parsed.approximate) {
        ctx.addIssue({ code: 'custom', message: notADate(value, texts().fields.dateAndTime) });
        return z.NEVER;
      }
      let at = berlinInstant(date, parsed.time);
      // An end at night before the start's hour ("bis 2 Uhr", "Mitternacht") is the night after the start day.
      if (after && !parsed.date && at <= new Date(after) && parsed.time < NIGHT_ENDS) at = berlinInstant(addDays(date, 1), parsed.time);
      // "so gegen halb zehn" for a fête from 18 Uhr: the evening's half past nine, as on the dial (it had been refused as before the start).
      else if (
        after &&
        !parsed.date &&
        at <= new Date(after) &&
        parsed.time < NOON &&
        berlinInstant(date, afternoonOf(parsed.time)) > new Date(after)
      )
        at = berlinInstant(date, afternoonOf(parsed.time));
      if (at <= clock()) ctx.addIssue({ code: 'custom', message: texts().fields.inThePast });
      else if (after && (at <= new Date(after) || yearAfterStart(value, parsed.date, after, at)))
        ctx.addIssue({ code: 'custom', message: texts().fields.endAfterStart(showDateTime(after)) });
      else return at.toISOString();
      return z.NEVER;
    });
