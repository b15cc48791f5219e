// Hund zur Hundesteuer anmelden (hund-anmelden).
import { texts } from '../../knowledge/texts/index';
import { withoutSubjectFrame } from '../../knowledge/texts/commands';
import { z } from 'zod';
import { text, type FlowDefinition } from '../engine';
import { addressInTown, choices, type FlowContext, nameSaidIn, nameWithAddress, pastDate, personName, showDate, yesOrNo } from '../fields';
import { isOnlyAnAddress } from '../../knowledge/language/names';
import { parseDateTime } from '../dates';
import { SAYS_NO, saysNotKnown } from '../../knowledge/language/yes-no';
import { isBareReply } from '../../knowledge/language/small-talk';

/**
 * The breeds Bavaria always counts as fighting dogs (Verordnung über Hunde mit gesteigerter
 * Aggressivität und Gefährlichkeit, § 1 Abs. 1): named, the dog is a Listenhund without asking.
 * Those of § 1 Abs. 2 (Rottweiler, Mastiff, Cane Corso …) are unless a certificate says otherwise,
 * so the question stays.
 */
/** "kein Kampfhund", "ist kein Listenhund": the answer to the listed dog's question, said beforehand. */
const NOT_LISTED = /(?<!\p{L})(?:kein|keine|net|nicht)\s+(?:\p{L}+\s+)?(?:kampfhund|listenhund)(?!\p{L})/iu;
const LISTED_ALWAYS = /(?<!\p{L})(?:pit\s*-?\s*bull|bandog|american\s+staffordshire|amstaff|staffordshire\s+bull|tosa)/iu;
const LISTED_BREEDS = String.raw`pit\s*-?\s*bull(?:\s*-?\s*terrier)?|bandog|american\s+staffordshire(?:\s+terrier)?|amstaff|staffordshire\s+bull\s*-?\s*terrier|tosa(?:\s*-?\s*inu)?|alano|american\s+bulldog(?:ge)?|bull\s*-?\s*mastiff|bull\s*-?\s*terrier|cane\s+corso|dogo\s+argentino|dogue\s+de\s+bordeaux|bordeauxdogge|fila\s+brasileiro|mastin\s+espa[ñn]ol|mastino\s+napoletano|perro\s+de\s+presa\s+(?:canario|mallorquin)|presa\s+canario|mastiff`;
/** Breeds often kept in Germany, the listed ones, and the mixed breed: named in a first message, the breed is not asked again. */
const BREED = new RegExp(
  String.raw`(?<!\p{L})((?:${LISTED_BREEDS}|mischling|labrador(?:\s+retriever)?|golden\s+retriever|(?:deutscher\s+)?schäferhund|dackel|teckel|beagle|pudel|zwergpudel|mops|chihuahua|husky|border\s+collie|collie|boxer|rottweiler|dobermann|jack\s+russell(?:\s+terrier)?|yorkshire(?:\s+terrier)?|terrier|spitz|malteser|havaneser|französische\s+bulldogge|bulldogge|cocker\s+spaniel|australian\s+shepherd|berner\s+sennenhund|dalmatiner|shih\s+tzu|weimaraner|magyar\s+vizsla|vizsla|pinscher|schnauzer|west\s+highland(?:\s+white)?\s+terrier|windhund|galgo|podenco|leonberger|neufundländer|labradoodle|cavalier(?:\s+king\s+charles)?(?:\s+spaniel)?)(?:-\s*mischling|\s+mischling)?)(?!\p{L})`,
  'iu',
);
/** "seit 24.11.", "seit letzter Woche": since when the dog lives there. */
// ("Seit letzte Woche, also 1.12.": the date said after the words, trial 56: last week's Monday had been taken.)
const SINCE = /(?<!\p{L})seit\s+([^.;!?]*?\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|[^,.;!?]*\d[^,;!?]*|[^,.;!?]+)/iu;
/** "geboren im März 2025", "geb. 14.3.2024", "born in May 2024": the birth date said with the wish (its field checks it). */
const BORN =
  /(?<!\p{L})(?:geboren|geb\.|born)\s+(?:am\s+|im\s+|on\s+|in\s+)?([^,;!?]+?)(?=\s*(?:[,;!?]|$|\s+(?:und|and|ich|wir|er|sie|it|he|she)(?!\p{L})))/iu;
/** A message that begins with "seit": since when the dog is here. */
const SINCE_FIRST = /^\W*seit\s/iu;
/** "seit 1. November" said for the birth date: when the dog came, not when it was born. */
const SINCE_IS_NO_BIRTH = {
  de: '„Seit …“ sagt, seit wann der Hund bei Ihnen ist. Bitte nennen Sie, wann er geboren wurde.',
  en: 'That says since when the dog has lived with you. Please give the date it was born.',
  ls: 'Sie haben geschrieben: Seit wann der Hund bei Ihnen ist.\nBitte schreiben Sie: Wann ist der Hund geboren?',
};

/** A start of keeping before the birth date given (at the coarser of the two precisions: "2024-03" is all of March). */
const beforeBirth = (start: string, born: unknown): boolean => {
  // (A birth not known, "unbekannt", is no date to compare.)
  if (typeof born !== 'string' || !/^\d{4}/u.test(born)) return false;
  const common = Math.min(start.length, born.length);
  return start.slice(0, common) < born.slice(0, common);
};
const KEPT_BEFORE_BIRTH = {
  de: 'Das liegt vor der Geburt des Hundes. Bitte prüfen Sie das Datum, seit dem der Hund bei Ihnen ist.',
  en: 'That is before the dog was born. Please check the date since when the dog has been with you.',
  ls: 'Das Datum ist vor der Geburt vom Hund.\nBitte prüfen Sie das Datum.\nSeit wann ist der Hund bei Ihnen?',
};

/** A name or breed as written: its first letter capital ("bello" → "Bello", "labrador" → "Labrador"). */
const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "er ist ein Dackel", "it's a beagle": the breed without the sentence around it (trial 41: stored as "er ist ein dackel"). */
// ("en Labrador": the dialect's article, trial 49: stored as "Rasse: en Labrador".)
// ("doch en Pitbull-Mix" as a breed corrected, trial 61: stored with "doch".)
const ARTICLE = /^(?:(?:doch|also|nee|nein|sorry)\W+)*(?:en|e|ein|eine|einen|a|an)\s+(?=\p{L})/iu;
function withoutBreedFrame(said: string): string {
  const breed = withoutSubjectFrame(said.trim()).trim().replace(ARTICLE, '');
  return breed === said.trim() || !breed ? said : capitalized(breed);
}

/** "der Name ist Bello, …", "er heißt Bello und …": the dog's name said beside what is asked. */
const NAME_SAID = /(?<!\p{L})(?:hei(?:ß|ss)t|hoaßt|name\s+(?:ist|is)|is\s+called)(?!\p{L})/iu;
/** The breed named beside the dog's name ("der Name ist Bello, die Rasse ist Labrador"), written as breeds are. */
function breedBesideName(said: string): string | undefined {
  const breed = NAME_SAID.test(said) ? BREED.exec(said)?.[1] : undefined;
  return breed === undefined ? undefined : capitalized(breed);
}

/** "er heißt bello", "his name is Rex": the dog's name said where its breed is asked. */
const DOG_NAMED =
  /^\W*(?:(?:er|sie|es|der|die|des|he|she|it)\s+(?:hei(?:ß|ss)t|hoaßt|is\s+called|'s\s+called)|(?:his|her|sein|ihr)\s+name\s+(?:is|ist))\s+\p{L}+\W*$/iu;

/**
 * "er heißt Bello", "namens Bruno", "his name is Rex": the dog's name said in a sentence (trials 54–58 told it and it was lost).
 * Not the holder's ("ich heiße …", "mein Name ist …").
 */
const DOG_NAME_SAID =
  /(?<!\p{L})(?:hei(?:ß|ss)t|hoaßt|namens|rufname(?:\s+ist)?|(?<!(?:mein|my)\s+)name\s+(?:ist|is)|is\s+called|called|named)\s+(\p{L}[\p{L}-]*)/iu;
/** Words after "heißt" that are no name ("Was heißt das?", "heißt es"). */
const NO_NAME = new Set([
  'das',
  'des',
  'dass',
  'es',
  'er',
  'sie',
  'der',
  'die',
  'den',
  'so',
  'wie',
  'was',
  'also',
  'ja',
  'nicht',
  'net',
  'doch',
  'jetzt',
  'the',
  'it',
  'he',
  'she',
  'that',
  'this',
]);
function dogNameIn(said: string): string | undefined {
  const name = DOG_NAME_SAID.exec(said)?.[1];
  return name === undefined || NO_NAME.has(name.toLowerCase()) ? undefined : capitalized(name);
}
/** "hat noch keinen", "noch keiner", "no name yet": a dog without a name so far. */
const NO_NAME_YET = /(?<!\p{L})(?:noch\s+kein\p{L}*|hat\s+kein\p{L}*|kein\p{L}*\s+name\p{L}*|no\s+name|not\s+yet|none\s+yet)(?!\p{L})/iu;
/** The longest name taken ("Lady Di von der Hohen Wart" is a pedigree's; the Steueramt needs the name the dog is called). */
const NAME_WORDS = 4;
/** The dog's name: said alone or in a sentence, or that it has none yet. */
/** A day said ("seit 1.11.", "ab dem 3."), never a dog's name. */
const DATE_SAID = /(?<!\p{L})(?:seit|ab|am|vom)\s+(?:dem\s+)?\d|\d{1,2}\.\s*\d{1,2}\./iu;
const dogName = z
  .string()
  .trim()
  // ("seit 1.11." at the name's question, trial 64: the keeping's start, which had become the name as well.)
  .refine((said) => !/@|\d{3,}/u.test(said) && !DATE_SAID.test(said) && !isOnlyAnAddress(said), {
    error: () => texts().fields.onlyTheDogsName,
  })
  .transform((said) =>
    NO_NAME_YET.test(said) || saysNotKnown(said) ? texts().fields.dogUnnamed : (dogNameIn(said) ?? said.replace(/[.!]+$/u, '')),
  )
  .refine((name) => /\p{L}{2}/u.test(name) && name.split(/\s+/).length <= NAME_WORDS && !isBareReply(name), {
    error: () => texts().fields.onlyTheDogsName,
  });

/** "unbekannt, is aus em Tierheim", "weiß ich net": the birth not known (trial 60: refused again and again), said without a date. */
const birthUnknown = (said: string): boolean => !/\d/u.test(said) && said.split(/[,;.!]/u).some(saysNotKnown);

/** "2 Jahre alt", "8 Monate alt", "about 2 years old": the dog's age, for its birth date. */
const AGE = /(?<!\p{L}|\d)(\d{1,2})\s+(jahre?|monate?|years?|yrs?|months?)\s+(?:alt|old)(?!\p{L})/iu;
/** German month names, for an approximate birth date the date field reads ("ca. Dezember 2024"). */
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** The birth month an age says ("2 Jahre alt" in December 2026: "ca. Dezember 2024"), or undefined without an age. */
function birthFromAge(said: string, now: Date): string | undefined {
  const age = AGE.exec(said);
  if (!age) return undefined;
  const months = Number(age[1]) * (/^[jy]/i.test(age[2]!) ? 12 : 1);
  const born = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return `ca. ${MONTHS[born.getUTCMonth()]} ${born.getUTCFullYear()}`;
}

export const hundAnmelden = (context: FlowContext): FlowDefinition => {
  const past = pastDate(context);
  const birthDate = past('„14.3.2024“ oder „März 2024“');
  /** A past date, or the birth said to be unknown (its word, "unbekannt"). */
  const pastOrUnknown = z.string().transform((value, ctx) => {
    if (value === texts().fields.notKnown) return value;
    const read = birthDate.safeParse(value);
    if (read.success) return read.data;
    for (const issue of read.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
  /** A date said without a breed ("März 2023", "seit gestern", "1.11."; not "Bello, ein Labrador, 2 Jahre alt"). */
  const aDateSaid = (said: string): boolean =>
    !BREED.test(said) &&
    (SINCE_FIRST.test(said) || (/\d/u.test(said) && parseDateTime(said, context.clock())?.date !== undefined && !/@/u.test(said)));
  /** "Ich möchte meinen Hund anmelden, einen Labrador, seit 24.11., kein Kampfhund": what a message tells of the dog, not asked again. */
  const aboutTheDog = (said: string): Record<string, string> => {
    const breed = BREED.exec(said)?.[1];
    const since = SINCE.exec(said)?.[0];
    // "geboren März 2025", or "Bello, ein Labrador, 2 Jahre alt": the age gives the birth date, roughly.
    const born = BORN.exec(said)?.[1] ?? birthFromAge(said, context.clock());
    const listed = breed && LISTED_ALWAYS.test(breed) ? 'Ja' : NOT_LISTED.test(said) ? 'Nein' : undefined;
    const name = dogNameIn(said);
    return {
      ...(born ? { geburtsdatum: born } : {}),
      ...(breed ? { rasse: capitalized(breed) } : {}),
      ...(name ? { hundename: name } : {}),
      ...(listed ? { listenhund: listed } : {}),
      ...(since ? { haltungsbeginn: since } : {}),
    };
  };
  return {
    id: 'hund-anmelden',
    office: 'steueramt',
    title: 'Hund zur Hundesteuer anmelden',
    starters: ['Hund anmelden'],
    prefill: (said) => {
      const holder = nameSaidIn(said);
      return { ...(holder ? { halter: holder } : {}), ...aboutTheDog(said) };
    },
    intro: 'Ich nehme die Anmeldung Ihres Hundes zur Hundesteuer auf. Mit „abbrechen“ beenden Sie die Anmeldung.',
    next: 'Das Steueramt schickt Ihnen den Steuerbescheid und die Hundemarke. Die Hundemarke muss der Hund außerhalb des Hauses tragen.',
    fields: [
      {
        name: 'halter',
        label: 'Halter',
        prompt: 'Wie heißt die Halterin oder der Halter? Das Steueramt braucht den Namen für den Steuerbescheid.',
        schema: personName(),
        holder: true,
        // "Ich heiße Gerda Schmitt und wohne in der Bahnhofstraße 3 in Mömbris": the holder and the address asked next, each taken.
        // "Ich bin die Petra Wolf, wohne in der Hauptstraße 5 in Schimborn, der Hund ist ein Labrador und kein Kampfhund": the dog's too.
        answeredWith: (said) => {
          const both = nameWithAddress(said);
          // "der Name ist Bello, die Rasse ist Labrador": the dog's, not the holder's (trial 52); its breed kept, the holder asked again.
          if (both) return { halter: both.name, anschrift: both.address, ...aboutTheDog(said) };
          const breed = breedBesideName(said);
          return breed === undefined ? undefined : { ...aboutTheDog(said), rasse: breed };
        },
        help: 'Vor- und Nachname der Person, die den Hund hält.',
      },
      {
        name: 'anschrift',
        label: 'Anschrift',
        prompt: 'Wie lautet Ihre Anschrift? Sie ist für den Bescheid nötig.',
        schema: addressInTown(context),
        // "der Hund heißt Bello und is en Dackel" where the address is asked: the dog's name and breed kept, the address asked again (trial 58).
        answeredWith: (said) => {
          const told = aboutTheDog(said);
          return Object.keys(told).length ? told : undefined;
        },
        help: `Straße, Hausnummer und Ortsteil (${context.municipality.ortsteile.join(', ')}).`,
      },
      {
        name: 'rasse',
        label: 'Rasse',
        prompt: 'Welche Rasse hat der Hund (oder „Mischling“)?',
        // A breed corrected asks again whether it is a listed dog where that may have changed: from a listed one, or to one.
        readFrom: (before, breed) => (before.listenhund === 'Ja' || LISTED_ALWAYS.test(String(breed)) ? ['listenhund'] : []),
        // An e-mail address or a telephone number is no breed (trial 28: "max@example.de" had been stored as one).
        // "weiß ich nicht", "keine Ahnung": the breed is unknown, said so in the record (trial 38: the words had been stored as the breed).
        // An address is the Anschrift said again or corrected ("Am Rain 3, 63776 Mömbris-Gunzenbach"; trial 45: it had been called a contact).
        schema: text('die Rasse', 3, 100)
          // "März 2023", "seit gestern" (trial 59: "Rasse: seit gestern", and a date called an e-mail address or phone number).
          .refine((said) => !aDateSaid(said), { error: () => texts().fields.dateNotBreed })
          .refine((said) => !isOnlyAnAddress(said.trim()), { error: () => texts().fields.addressNotBreed })
          .refine((said) => !/@|\d{4,}/u.test(said), { error: () => texts().fields.notABreed })
          // "er heißt bello" (trial 41: stored as the breed).
          .refine((said) => !DOG_NAMED.test(said), { error: () => texts().fields.nameNotBreed })
          // "Er heißt Bello und ist ein Labrador": the breed alone (trial 52: the whole sentence had been stored as the breed).
          .transform((said) => (saysNotKnown(said) ? texts().fields.notKnown : (breedBesideName(said) ?? withoutBreedFrame(said)))),
        // "Labrador mischling, heißt Bello, seit 1. november bei uns": the breed named, and the start beside it (trial 32: all had been the breed).
        answeredWith: (said): Record<string, string> | undefined => {
          if (isOnlyAnAddress(said.trim())) return { anschrift: said.trim() };
          // A date where the breed is asked: since when the dog is here ("seit gestern"), else its birth ("März 2023"); the breed asked again.
          if (aDateSaid(said)) return SINCE_FIRST.test(said) ? { haltungsbeginn: said.trim() } : { geburtsdatum: said.trim() };
          const told = aboutTheDog(said);
          // "Er heißt Bello und ist ein Labrador": the name and the breed, each kept; "er heißt bello": the name, and the breed asked again.
          const beside = breedBesideName(said);
          if (told.hundename !== undefined && beside !== undefined) return { ...told, rasse: beside };
          if (told.hundename !== undefined && DOG_NAMED.test(said)) return { hundename: told.hundename };
          const first = said.split(',')[0]!.trim();
          if (!told.rasse || said.split(',').length < 2) return undefined;
          // "Bello, ein Labrador, 2 Jahre alt": a single word before the breed is the dog's name.
          if (!BREED.test(first) && /^\p{L}+$/u.test(first)) return { ...told, hundename: capitalized(first) };
          return { ...told, rasse: first };
        },
        help: 'Bei Mischlingen genügt „Mischling“.',
      },
      {
        name: 'hundename',
        label: 'Hundename',
        prompt: 'Wie heißt der Hund?',
        schema: dogName,
        // The same word as the breed, and no breed we know: it was the name both times, and the breed is asked again.
        disproves: (answers, name) =>
          typeof answers.rasse === 'string' && String(name).toLowerCase() === answers.rasse.toLowerCase() && !BREED.test(answers.rasse)
            ? { field: 'rasse', because: texts().fields.nameGivenAsBreed(String(name)) }
            : undefined,
        // An address is the Anschrift said again or corrected, as at the breed's question; a day is the keeping's start, and the name is asked again.
        answeredWith: (said): Record<string, string> | undefined =>
          isOnlyAnAddress(said.trim()) ? { anschrift: said.trim() } : DATE_SAID.test(said) ? { haltungsbeginn: said.trim() } : undefined,
        help: 'Der Name, mit dem Sie den Hund rufen, z. B. „Bello“. Hat er noch keinen, schreiben Sie „noch keiner“.',
      },
      {
        name: 'geburtsdatum',
        echo: true,
        label: 'Geburtsdatum',
        prompt: 'Wann wurde der Hund geboren? Ungefähr genügt, z. B. „März 2024“.',
        schema: z
          .string()
          .refine((said) => !SINCE.test(said), { error: () => SINCE_IS_NO_BIRTH[context.language] })
          .transform((said) => (birthUnknown(said) ? texts().fields.notKnown : (birthFromAge(said, context.clock()) ?? said)))
          .pipe(pastOrUnknown),
        // Taken for the start instead, and the birth date asked again.
        answeredWith: (said) => {
          const since = SINCE.exec(said)?.[0];
          return since ? { haltungsbeginn: since } : undefined;
        },
        show: (value) => (value === texts().fields.notKnown ? String(value) : showDate(value)),
        help: 'Das Geburtsdatum steht im Heimtierausweis. Wenn Sie es nicht genau wissen, genügen Monat und Jahr; sonst schreiben Sie „unbekannt“.',
      },
      {
        name: 'haltungsbeginn',
        echo: true,
        label: 'Haltungsbeginn',
        prompt: 'Seit wann halten Sie den Hund (Datum)?',
        schema: (answers) =>
          past('„1.3.2026“ oder „heute“').refine((start) => !beforeBirth(start, answers.geburtsdatum), {
            error: () => KEPT_BEFORE_BIRTH[context.language],
          }),
        show: showDate,
        help: 'Das Datum, an dem der Hund zu Ihnen kam, z. B. 1.3.2026.',
      },
      {
        name: 'listenhund',
        label: 'Listenhund',
        prompt: 'Ist es ein Listenhund (Kampfhund)?',
        ...yesOrNo(),
        // Keeping one needs the town's permit too (Art. 37 Abs. 1 LStVG), which the tax registration is not (trial 60: only the tax had been said).
        note: (v) =>
          v === 'Ja'
            ? 'Für Kampfhunde gilt ein höherer Steuersatz. Die Höhe nennt Ihnen das Steueramt. Wer einen Kampfhund hält, braucht außerdem eine Erlaubnis der Gemeinde (Art. 37 LStVG). Dazu berät Sie das Ordnungsamt.'
            : undefined,
        help: 'Listenhunde sind in Bayern in einer Verordnung aufgezählt; im Zweifel „Ja“.',
      },
      {
        name: 'ermaessigung',
        label: 'Ermäßigung',
        prompt: 'Beantragen Sie eine Ermäßigung?',
        // "Nein" to "Beantragen Sie eine Ermäßigung?" is "Keine".
        ...choices(['Keine', 'Blindenführhund', 'Rettungshund', 'Sonstiger Grund'], [['Keine', SAYS_NO]]),
        note: (v) =>
          v === 'Keine' ? undefined : 'Für die Ermäßigung brauchen Sie einen Nachweis. Bitte reichen Sie ihn beim Steueramt ein.',
        help: 'Nachweise reichen Sie bitte beim Steueramt ein.',
      },
      {
        // "Sonstiger Grund" alone tells the tax office nothing to check (trial 53).
        name: 'ermaessigungsgrund',
        label: 'Grund der Ermäßigung',
        prompt: 'Welcher Grund ist es? Das Steueramt prüft, ob er für eine Ermäßigung reicht.',
        condition: (answers) => answers.ermaessigung === 'Sonstiger Grund',
        schema: text('den Grund', 3, 300),
        freeText: true,
        help: 'Beschreiben Sie kurz, warum Sie eine Ermäßigung beantragen.',
      },
    ],
    translations: {
      en: {
        title: 'Register a dog for the dog tax',
        intro: 'I will take the registration of your dog for the dog tax. Write “cancel” to stop.',
        next: 'The tax office (Steueramt) will send you the tax notice and the dog tag. The dog must wear the tag outside the house.',
        fields: {
          halter: {
            label: 'Keeper',
            prompt: 'What is the name of the dog’s keeper? The tax office needs the name for the tax notice.',
            help: 'First name and surname of the person who keeps the dog.',
          },
          anschrift: {
            label: 'Address',
            prompt: 'What is your address? It is needed for the tax notice.',
            help: `Street, house number and part of town (${context.municipality.ortsteile.join(', ')}).`,
          },
          rasse: {
            label: 'Breed',
            prompt: 'What breed is the dog (or “mixed breed”)?',
            help: 'For a mixed breed, “mixed breed” is enough.',
          },
          hundename: {
            label: 'Dog’s name',
            prompt: 'What is the dog’s name?',
            help: 'The name you call the dog by, for example “Bello”. If it has none yet, write “none yet”.',
          },
          geburtsdatum: {
            label: 'Date of birth',
            prompt: 'When was the dog born? An approximate date is fine, for example “March 2024”.',
            help: 'The date of birth is in the pet passport. If you do not know the exact day, month and year are enough, for example “March 2024”.',
          },
          haltungsbeginn: {
            label: 'Keeping since',
            prompt: 'Since when have you kept the dog (date)?',
            help: 'The date the dog came to you, for example 1.3.2026.',
          },
          listenhund: {
            label: 'Listed dog',
            prompt: 'Is it a listed dog (a breed on the Bavarian list of dangerous dogs)?',
            choices: ['Yes', 'No'],
            note: (v) =>
              v === 'Ja'
                ? 'A higher tax rate applies to listed dogs. The tax office will tell you the amount. Keeping a listed dog also needs a permit from the town (Art. 37 LStVG). The public order office (Ordnungsamt) advises you.'
                : undefined,
            help: 'Listed dogs are named in a Bavarian regulation; if in doubt, choose “Yes”.',
          },
          ermaessigung: {
            label: 'Reduction',
            prompt: 'Are you applying for a tax reduction?',
            // ("Rescue dog" is a dog from the shelter in everyday English; the Rettungshund searches and rescues, trial 53.)
            choices: ['None', 'Guide dog for the blind', 'Search and rescue dog', 'Other reason'],
            note: (v) => (v === 'Keine' ? undefined : 'For the reduction you need proof. Please hand it in at the tax office.'),
            help: 'Please hand in proof at the tax office.',
          },
          ermaessigungsgrund: {
            label: 'Reason for the reduction',
            prompt: 'What is the reason? The tax office checks whether it qualifies for a reduction.',
            help: 'Please describe briefly why you are applying for a reduction.',
          },
        },
      },
      ls: {
        title: 'Hund anmelden',
        intro:
          'Sie haben einen Hund?\nFür einen Hund bezahlen Sie Steuern.\nDas heißt: Hunde·steuer.\nIch melde Ihren Hund jetzt an.\nSie möchten aufhören?\nDann schreiben Sie: abbrechen.',
        next: 'Das Steuer·amt schickt Ihnen einen Brief.\nIn dem Brief steht: So viel Hunde·steuer zahlen Sie.\nSie bekommen auch eine Hunde·marke.\nDie Hunde·marke muss Ihr Hund draußen immer tragen.',
        fields: {
          halter: {
            label: 'Name',
            prompt:
              'Wem gehört der Hund?\nBitte schreiben Sie den Vor·namen und den Nach·namen.\nDas Steuer·amt braucht den Namen für den Brief.',
            help: 'Schreiben Sie den Namen von der Person mit dem Hund.\nZum Beispiel: Anna Weber',
          },
          anschrift: {
            label: 'Adresse',
            prompt: 'Wo wohnen Sie?\nBitte schreiben Sie Ihre Adresse.\nDas Steuer·amt schickt den Brief an diese Adresse.',
            help: `Schreiben Sie: Straße, Haus·nummer und Ort·teil.\nDie Ort·teile sind: ${context.municipality.ortsteile.join(', ')}.`,
          },
          rasse: {
            label: 'Rasse',
            prompt: 'Welche Rasse hat Ihr Hund?\nIhr Hund hat keine Rasse?\nDann schreiben Sie: Mischling.',
            help: 'Ein Mischling hat Eltern von verschiedenen Rassen.',
          },
          hundename: {
            label: 'Name vom Hund',
            prompt: 'Wie heißt Ihr Hund?',
            help: 'Schreiben Sie den Namen von Ihrem Hund.\nZum Beispiel: Bello\nIhr Hund hat noch keinen Namen?\nDann schreiben Sie: noch keiner.',
          },
          geburtsdatum: {
            label: 'Geburts·tag',
            prompt:
              'Wann ist Ihr Hund geboren?\nSie wissen es nicht genau?\nDann schreiben Sie nur Monat und Jahr.\nZum Beispiel: März 2024',
            help: 'Der Geburts·tag steht im Heim·tier·ausweis.\nDas ist der Pass von Ihrem Hund.',
          },
          haltungsbeginn: {
            label: 'Seit wann',
            prompt: 'Seit wann haben Sie den Hund?\nBitte schreiben Sie ein Datum.\nZum Beispiel: 1.3.2026',
            help: 'Schreiben Sie den Tag: An diesem Tag kam der Hund zu Ihnen.',
          },
          listenhund: {
            label: 'Kampf·hund',
            prompt: 'Ist Ihr Hund ein Kampf·hund?\nKampf·hunde stehen auf einer Liste.\nDie Liste ist von Bayern.',
            choices: ['Ja', 'Nein'],
            note: (v) =>
              v === 'Ja'
                ? 'Für Kampf·hunde zahlen Sie mehr Steuern.\nDas Steuer·amt sagt Ihnen: So viel zahlen Sie.\nFür einen Kampf·hund brauchen Sie auch eine Erlaubnis von der Gemeinde.\nFragen Sie dazu das Ordnungs·amt.'
                : undefined,
            help: 'Sie wissen es nicht genau?\nDann tippen Sie auf: Ja.',
          },
          ermaessigung: {
            label: 'Weniger Steuern',
            prompt: 'Manche Hunde·halter zahlen weniger Steuern.\nZum Beispiel für einen Blinden·hund.\nGilt das für Sie?',
            choices: ['Nein', 'Blinden·hund', 'Rettungs·hund', 'Ein anderer Grund'],
            note: (v) =>
              v === 'Keine'
                ? undefined
                : 'Sie brauchen dafür einen Nachweis.\nEin Nachweis ist ein Papier.\nBitte bringen Sie das Papier zum Steuer·amt.',
            help: 'Bitte bringen Sie den Nachweis zum Steuer·amt.',
          },
          ermaessigungsgrund: {
            label: 'Grund',
            prompt: 'Warum möchten Sie weniger Steuern zahlen?\nBitte schreiben Sie den Grund.\nDas Steuer·amt prüft den Grund.',
            help: 'Schreiben Sie kurz: Warum zahlen Sie weniger Steuern?',
          },
        },
      },
    },
  };
};
