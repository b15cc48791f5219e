// One vocabulary for commands and buttons: what a button shows and what recognizes it come from
// the text catalogue, and every place compares through the same folding, so "Abbrechen!",
// "abbrechen?" and "ABBRECHEN" all cancel, and "zurueck" is "zurück". A command is understood in
// every conversation language ("Abbrechen" also in an English conversation); its button is shown in
// the language of the running turn.
import { normalize } from '../language/normalize';
import { asksToAsk } from '../language/small-talk';
import { de } from './de';
import { CATALOGUES, texts } from './index';

export type Command = keyof typeof de.commands;

/** Case, umlaut spellings, punctuation around the words, commas between them and repeated spaces do not count. */
export function foldCommand(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '?') return '?';
  return normalize(trimmed)
    .replace(/^[^\p{L}\p{N}/]+|[^\p{L}\p{N}]+$/gu, '')
    // "Jo, passt, abschicke" is "jo passt abschicke".
    .replace(/\s*[,;]\s*|\s+/g, ' ');
}

const folded = new Map<Command, ReadonlySet<string>>(
  (Object.keys(de.commands) as Command[]).map((c) => [
    c,
    new Set<string>(Object.values(CATALOGUES).flatMap(({ commands }) => [commands[c].button, ...commands[c].words].map(foldCommand))),
  ]),
);

/** The last text folded: a turn asks about its one message for a dozen commands. */
let lastFolded: { text: string; folded: string } | undefined;

/** Whether a message is the command (its button or one of its words). */
export function isCommand(text: string, command: Command): boolean {
  if (lastFolded?.text !== text) lastFolded = { text, folded: foldCommand(text) };
  return folded.get(command)!.has(lastFolded.folded);
}

// A short refusal in everyday words ("nein danke", "ich hab kein Foto", "hab leider keins", "lieber anonym", "no
// thanks, I don't have one") skips an optional question: every word must be a refusal, a polite or
// filler word or the thing asked about, so that "nicht dringend" stays an answer. Words as folded.
// ("hab kaa foto, hab ja kaa handy mit kamera": the region's "kein", trial 46.)
const REFUSALS = new Set(['nein', 'ne', 'nee', 'naa', 'nae', 'no', 'noe', 'net', 'ned', 'nix', 'kein', 'keine', 'keins', 'keinen', 'keiner', 'kaa', 'kaan', 'kaans', 'kei', 'koa', 'koan', 'nicht', 'nichts', 'ohne', 'none', 'not', "don't", 'dont', 'nothing', 'without', 'anonym', 'anonymous', 'anonymously']);
const AROUND_A_REFUSAL = new Set([
  ...['danke', 'bitte', 'ich', 'habe', 'hab', "hab'", 'leider', 'gerade', 'grad', 'momentan', 'da', 'dazu', 'das', 'ein', 'eins', 'einen'],
  ...['brauche', 'brauch', 'brauchts', 'braucht', 'ist', 'noetig', 'mehr', 'gibt', 'es', 'will', 'moechte', 'angeben', 'lieber', 'bleiben', 'bleibe', 'stay', 'rather'],
  ...['thanks', 'thank', 'you', 'i', 'have', 'a', 'one', 'need', 'do', 'any', 'sorry', 'want', 'to'],
  ...['ja', 'mit', 'kamera', 'smartphone', 'und', 'oder', 'auch', 'noch', 'weder'],
  // ("er hat noch keinen" at the dog's name.)
  ...['er', 'sie', 'hat', 'yet'],
  ...['foto', 'fotos', 'bild', 'bilder', 'photo', 'picture', 'angabe', 'angaben', 'e-mail', 'email', 'mail', 'telefon', 'telefonnummer', 'nummer', 'handy', 'name', 'namen', 'angegeben', 'gesagt'],
]);

/** Whether a message declines an optional question ("überspringen", "nein danke", "ich habe kein Foto"). */
export function declines(text: string): boolean {
  if (isCommand(text, 'skip')) return true;
  const words = foldCommand(text).split(/[\s,.!]+/u).filter(Boolean);
  return words.length <= 10 && words.some((w) => REFUSALS.has(w)) && words.every((w) => REFUSALS.has(w) || AROUND_A_REFUSAL.has(w));
}

// A change of mind in the middle of a request ("ach doch nicht, ich warte bis mein Mann da ist",
// "nee doch net", "ach vergessen Sie es", "ich will das nicht mehr") ends it like "abbrechen". "Nicht
// mehr" only as the whole message: "ich will nicht mehr warten, …" goes on.
const CHANGE_OF_MIND = new RegExp(
  [
    "^\\W*(?:(?:ach|oh|nee|ne|nein|nä|nö|ok|okay|also|äh)\\W+)*(?:",
    [
      // "ach nä, lass mers, mei Mann hat des scho gemeldet" (trial 61: the summary came again).
      "lass\\s+(?:mer['’]?s|mers|mir['’]?s|es|des|das)(?:\\s+(?:lieber\\s+)?(?:sein|sei|bleiben|bleibe))?(?=\\s*(?:[,.!;]|$))",
      "lass\\s+(?:es\\s+|mal\\s+)?gut\\s+sein\\b",
      "(?:lieber\\s+)?doch\\s+(?:nicht|net|ned|nit)\\b",
      "hat sich erledigt\\b",
      "vergessen sie(?:\\s+es|'s)?\\b",
      // "vergiss es", "hör auf" (trial 48: the Ortsteile were listed again until the chat went to staff): only as the whole message.
      "vergiss(?:\\s+(?:es|das|des|'s))?(?:\\s+einfach)?\\W*$",
      "vergessen\\s+wir\\s+(?:es|das|des)\\b",
      "(?:hör|hoer|hören\\s+sie|hoeren\\s+sie)\\s+(?:bitte\\s+)?auf\\W*$",
      // "Ich will das jetzt doch nicht machen" (trial 46).
      "(?:ich\\s+)?(?:will|möchte|moechte|mag)\\s+(?:ich\\s+)?(?:das\\s+|des\\s+|es\\s+)?(?:jetzt\\s+|grad\\s+|gerade\\s+|erstmal\\s+)?doch\\s+(?:nicht|net|ned)(?:\\s+(?:machen|mache|ausfüllen|ausfuellen|melden|anmelden))?\\b",
      "(?:ich\\s+)?(?:will|möchte|moechte|mag)\\s+(?:das\\s+|es\\s+)?(?:nicht|net)\\s+mehr\\W*$",
      // "nein ich will doch keine Meldung machen": the request itself declined.
      "(?:ich\\s+)?(?:will|möchte|moechte|mag)\\s+(?:doch\\s+)?(?:gar\\s+)?kein(?:e|en)?\\s+(?:neue[nrs]?\\s+)?(?:meldung|anfrage|anzeige|anmeldung|termin|rückruf|rueckruf)\\b",
      // "keine Lust mehr", "Stopp, Hund später", "ach nee, das mach ich später" (trial 46: the question came again until "mehrmals nicht geklappt").
      "(?:hab\\s+|habe\\s+)?(?:keine|kei|ka|kaa|koa)\\s+lust\\s+mehr\\b",
      "stopp?(?:\\W+(?:\\p{L}+\\s+){0,2}?(?:später|spaeter))?\\W*$",
      "(?:das|des|den|die|ihn|sie)\\s+(?:mach|mache|erledige)\\s+(?:ich|isch)\\s+(?:lieber\\s+|dann\\s+)?später\\b",
      // "nein! ich will keinen neuen hund anmelden, ich will wissen ob mein antrag durch ist" (trial 41): the request itself declined.
      "(?:ich\\s+)?(?:will|möchte|moechte|mag)\\s+(?:doch\\s+)?(?:gar\\s+)?kein(?:e|en)?\\s+(?:neue[nrs]?\\s+)?\\p{L}+\\s+(?:anmelden|melden|beantragen|buchen)\\b",
      // "Ich wollte doch nur wissen was es kostet, ich will nix anmelden": a question, not the request (trial 32).
      "(?:ich\\s+)?(?:will|möchte|moechte|mag)\\s+(?:doch\\s+)?(?:gar\\s+)?(?:nix|nichts)\\s+(?:anmelden|melden|beantragen|buchen|ausfüllen|ausfuellen)\\b",
      "(?:ich\\s+)?wollte\\s+(?:doch\\s+)?(?:eigentlich\\s+)?(?:bloß\\s+|bloss\\s+)?nur\\s+(?:was\\s+|etwas\\s+)?(?:wissen|fragen)\\b",
      // "ach dann lass mal", "lassen wir das", "lass gut sein", "dann halt nicht" (trial 40: the booking went on): only as the whole message.
      // ("ach nee lass mal, doch net", trial 48.)
      "(?:dann\\s+)?(?:lass|lassen\\s+(?:wir|sie))(?:\\s+(?:mal|ma|es|das|des|mers|gut|lieber))*(?:\\s+(?:sein|bleiben))?(?:\\W+(?:doch\\s+)?(?:nicht|net|ned|nit))?\\W*$",
      "dann\\s+(?:eben\\s+|halt\\s+|lieber\\s+)?(?:nicht|net|ned|nit)\\W*$",
      // "ach lass mal, ich behalt den alten termin" while moving one (trial 49: "nicht als Tag oder Uhrzeit verstanden").
      "(?:(?:lass|lassen\\s+(?:wir|sie))(?:\\s+(?:mal|ma|es|das|des|gut))*\\W+)?(?:ich\\s+|wir\\s+)?(?:behalt|behalte|behalten|nehm|nehme)\\s+(?:doch\\s+)?(?:den|meinen|unseren)\\s+(?:alten|bisherigen|ersten)\\s+termin\\b",
      "(?:i'?ll|i\\s+will|we'?ll)\\s+keep\\s+(?:my|the|our)\\s+(?:old|current|original)\\s+appointment\\b",
    ].join('|'),
    ')',
  ].join(''),
  'iu',
);

/**
 * Right after a cancel: the request taken back up ("Weiter ausfüllen", "doch nicht, ich will es doch
 * melden", "ach doch weiter", "ok dann weiter").
 */
const TAKEN_BACK =
  /^\W*(?:(?:ok|okay|gut|na\s+gut|ja)\W+)?(?:dann\s+)?weiter(?:\s+(?:ausfüllen|machen|bitte))?\W*$|^\W*(?:(?:ach|oh|nein|nee|ne|oh\s+nein|sorry)\W+)*(?:doch\s+(?:nicht|net|ned|weiter)|nicht\s+abbrechen)\b|\b(?:will|möchte|moechte|wollte)\s+(?:es|das|den|die|ihn|sie)?\s*doch(?:\s+\p{L}+){0,2}\W*$/iu;
/**
 * "ja", "doch ja, war ein Versehen", "yes, by mistake": the answer to "War das ein Versehen?" (trial 60: a call-back whose consent
 * had been refused was lost on "ja").
 */
const BY_MISTAKE =
  /^\W*(?:(?:doch|ach|oh|oh\s+nein|sorry|oops|hoppla)\W+)*(?:ja|jo|jaa|jup|doch|yes|yeah|yep)\W*$|(?<!\p{L})(?:versehen|versehentlich|vertippt|verklickt|verdrückt|verdrueckt|falsch\s+(?:getippt|geklickt|gedrückt|gedrueckt)|by\s+mistake|a\s+mistake|by\s+accident|misclicked|wrong\s+button)(?!\p{L})/iu;
/** "doch nicht, lieber einen Termin": something else instead, not the request taken back up. */
const RATHER = /\b(?:lieber|stattdessen|statt\s+dessen|eher|rather|instead)\b/iu;
export const resumes = (text: string): boolean => isCommand(text, 'resume') || ((TAKEN_BACK.test(text) || BY_MISTAKE.test(text)) && !RATHER.test(text));

/** What a message says after its change of mind ("ach nee, doch nicht, is ka Kampfhund" → "is ka Kampfhund"), if anything. */
export function afterChangeOfMind(text: string): string | undefined {
  const change = CHANGE_OF_MIND.exec(text);
  const rest = change ? text.slice(change[0].length).replace(/^[\s,.;:!–-]+/u, '') : '';
  return rest || undefined;
}

/** Whether a message cancels a request: the command, or a change of mind in everyday words. */
// "Zurück zum Assistenten" in a form (the queue's button, typed or tapped late): leaving the form.
// "…, abbrechen", "bitte abbrechen": the command at the end of a sentence; "ach, die andern wolle doch net. vergiss es" (trial 50) too.
const ENDS_WITH_CANCEL =
  /(?:[,.;:!–-]\s*|^\W*|\bbitte\s+)(?:abbrechen|abbruch|cancel)\W*$|[,.;:!–-]\s*(?:vergiss(?:\s+(?:es|das|des|'s))?(?:\s+einfach)?|vergessen\s+sie\s+(?:es|das))\W*$/iu;
export const cancels = (text: string): boolean =>
  isCommand(text, 'cancel') || isCommand(text, 'backToAssistant') || CHANGE_OF_MIND.test(text) || ENDS_WITH_CANCEL.test(text);

/** A wish for something else instead ("ach nee, lieber einen Termin", "I'd rather book an appointment"). */
const INSTEAD = /\b(lieber|stattdessen|statt dessen|eher|eigentlich|doch|rather|instead)\b/iu;
export const turnsToAnother = (text: string): boolean => INSTEAD.test(text);

/** "Ach nein, eigentlich will ich ihn abmelden", "Nein! Ich will den Hund ABMELDEN": something else wished for instead of what is asked. */
const NO_AT_START = /^\W*(?:nein|nee|ne|no)\b/iu;
const WISH = /\b(?:will|möchte|moechte|wollte|möchten|moechten|wollen|want|would like)\b/iu;
// ("Moment, eigentlich wollte ich fragen, wann …": a question asked beside the request, not another matter instead; trial 39.)
export const wantsSomethingElse = (text: string): boolean => (INSTEAD.test(text) || NO_AT_START.test(text)) && WISH.test(text) && !asksToAsk(text);

/** A correction of an earlier answer ("Moment, es fängt erst um 15 Uhr an" where the end is asked (trial 63), "ach nein, die Rasse ist falsch", "nein! Beginn ist 15 Uhr" where the end is asked (trial 42), "nein halt, der Termin ist für meine Frau, …", "ne warte, es war eher bei Hemsbach", "the breed is wrong", "nein, seit dem 28.11." (trial 50), "nein moment, es ist Hauptstraße 21" (trial 55)). */
// ("Falsche Kategorie, es ist ein Schlagloch", trial 67: the adjective had not counted.)
const CORRECTION =
  /(?<!\p{L})(falsch(?:e[nrs]?)?|stimmt nicht|stimmt net|stimmt ned|nicht richtig|korrigier\p{L}*|korrektur|verschrieben|vertippt|ach nein|ach nee|ach halt|nein,? halt|halt,? nein|(?:ne|nee|nein),? warte?|warte? mal|(?:ne|nee|nein),? moment|moment,? (?:nein|nee)|(?:war|ist|is)\s+eher|sorry|ändern|aendern|wrong|incorrect|mistake|ich\s+meinte|\d+\s?[a-z]?\s+(?:net|ned|nicht|statt|not)\s+\d+|(?:fängt|faengt|beginnt|startet)\s+(?:\p{L}+\s+){0,2}?erst)(?!\p{L})|^\W*moment\W|^\W*(?:nein|nee|ne|no)\W+(?:der\s+|die\s+|das\s+|the\s+)?\p{L}+\s+(?:ist|is|war|lautet|beginnt|endet|starts|ends)(?!\p{L})|^\W*(?:nein|nee|ne|no)\W+(?:seit|since)\s/iu;
export const correctsEarlier = (text: string): boolean => CORRECTION.test(text);
/**
 * "nein, lieber nachmittags", "no, rather in the afternoon": the answer just given taken back for another, said after the
 * next question (trial 52: at the consent it had been its "Nein"); what comes after "lieber" is the new answer.
 * ("nein, lieber nicht" is a plain no.)
 */
const RATHER_THAN_BEFORE =
  /^\W*(?:nein|nee|ne|na|no)\W+(?:doch\s+|dann\s+)?(?:lieber|besser|eher|rather|better)\s+(?!(?:nicht|net|ned|not|kein\p{L}*|doch\s+nicht)(?!\p{L}))(.+?)\s*[.!]?\s*$/iu;
export const ratherThanBefore = (text: string): string | undefined => RATHER_THAN_BEFORE.exec(text)?.[1];
/**
 * The right value said with a correction ("…, es ist ein Golden Retriever", "…, it's a poodle",
 * "die Nummer ist 06029 99888", "ich wohne in der Rathausstraße 14", "es war eher bei Hausnummer 50"); a dot inside it (an e-mail
 * address, "Dr.") belongs to it.
 */
const CORRECTED_VALUE =
  /(?:ich\s+meinte|es\s+ist|es\s+is|(?:des|das)\s+war|es\s+war\s+(?:eher|doch|eigentlich)(?:\s+(?:bei|an|vor))?|richtig\s+ist|richtig\s+is|die\s+richtige\s+(?:\p{L}+\s+)?(?:ist|is|lautet)|(?:ändern|aendern|change)(?:\s+(?:auf|in|zu|to))?\s*[:,]?|sondern|ist\s+(?:doch|aber)|(?:adresse|anschrift|nummer|e-?mail\p{L}*|name|beginn|anfang|ende|start|end|datum|uhrzeit|ort|place|location)\s+(?:ist|is|lautet)|wohne\s+(?:jetzt\s+)?(?:in|im|am|an)(?:\s+(?:der|dem|den))?|(?:für|fuer|for)\s+(?:meine[nmrs]?|mein|unsere[nmrs]?|my|our)\s+\p{L}+(?:\s+(?:sein|be))?\s*[,:]|it\s+is|it's|should\s+be)\s+(?:(?:ein|eine|einen|der|die|das|a|an|the)\s+)?((?:[^,.!?;]|\.(?=\S)|(?<=\d)\.(?=\s+\p{L}))+?)\s*[.!]?\s*$/iu;
/** "nein, das Geburtsdatum ist falsch, er ist im Mai 2023 geboren": what follows the last word of the correction, if anything (trial 38: the date was asked again). */
const CORRECTIONS = new RegExp(CORRECTION.source, 'giu');
/** ", net halb sieben!", ", nicht 12": the wrong value named after the right one, no part of it (trial 53: "beginn ist 17 uhr, net halb sieben" became 18:30). */
const WRONG_ONE_AFTER = /\s*,\s*(?:net|ned|nicht|not|statt|anstatt|instead\s+of)\s+[^,;]*$/iu;
export function afterCorrection(text: string): string | undefined {
  const words = [...text.matchAll(CORRECTIONS)].at(-1);
  const rest =
    words === undefined
      ? ''
      : text
          .slice(words.index + words[0].length)
          .replace(/^[\s,.;:!–-]+/u, '')
          .replace(WRONG_ONE_AFTER, '')
          .trim();
  return rest || undefined;
}
/**
 * A slip owned before the right answer ("ach nein, Mömbris, Frohnbergstraße 12", "sorry: 06029 99888"), or an
 * answer said again with a sigh ("hab ich doch geschrieben: Brückenstraße 4", trial 42: stored on the tax notice;
 * "wie gsacht, morgen nachmittag", trial 53).
 */
const SLIP =
  /^\s*(?:ach\s+(?:nein|nee|ne)|oh\s+(?:nein|nee)|sorry|ups|hoppla|oops|(?:(?:das\s+)?(?:hab|habe)\s+ich\s+(?:doch\s+)?(?:schon\s+)?(?:geschrieben|gesagt|angegeben)|(?:steht|stand)\s+(?:doch\s+)?(?:schon\s+)?(?:oben|da|drin)|wie\s+(?:schon\s+|bereits\s+)?(?:gesagt|gsagt|gsacht|gesacht|geschrieben))(?:\s+(?:doch|schon|oben))*)\s*[,:;!.–-]+\s*/iu;
/** The text without a slip owned at its start ("ach nein, Frohnbergstraße 12" → "Frohnbergstraße 12"). */
export const withoutSlip = (text: string): string => text.replace(SLIP, '');

/** "der heißt Erwin Hofmann" → "Erwin Hofmann"; "hausnummer 7 net 3", "ich meinte vor Hausnummer 14 ned 12" → "hausnummer 7", "vor Hausnummer 14": the right value without its frame. */
const NAMED = /^(?:(?:der|die|er|sie|ich)\s+)?(?:heißt|heisst|heiße|heisse)\s+/iu;
const NOT_THE_OLD = /,?\s+(?:net|ned|nicht|statt|not|instead\s+of)\s+\S+$/iu;

/** "die Adresse ist Kirchstraße 15, Strötzbach": an address said with its frame, its Ortsteil after a comma (trial 45: the frame had been kept). */
const ADDRESS_VALUE = /(?<!\p{L})(?:adresse|anschrift|standort)\s+(?:ist|is|lautet)\s+(\p{L}[^.!?;]*?\d[^.!?;]*?)\s*[.!]?\s*$/iu;

/** ", des hab i doch gsagt", ", hab grad nachgschaut": what is said of the answer after it, no part of it (trial 48: it went to the Bauhof). */
const ASIDE_AT_END =
  /\s*[,;–-]\s*(?:(?:des|das|hab|habe|hab's|ich|i|wie|doch|grad|gerade|eben|schon)\s+){1,4}(?:\p{L}+\s+){0,2}?(?:gsagt|gesagt|gesacht|geschrieben|gschriebe|gschrieben|nachgschaut|nachgeschaut|nachgeguckt|gschaut|geschaut|gegugt|geguckt)\s*[.!]*\s*$/iu;
export const withoutAsideAtEnd = (value: string): string => value.replace(ASIDE_AT_END, '');

const ONLY_WRONG = /^(?:falsch|nicht\s+richtig|verkehrt|wrong|incorrect|not\s+right)\W*$/iu;

export const correctedValue = (text: string): string | undefined => {
  const address = ADDRESS_VALUE.exec(text)?.[1];
  const said = (address !== undefined && !CORRECTION.test(address) ? address : undefined) ?? CORRECTED_VALUE.exec(text)?.[1];
  // ("der Ort ist falsch" says what is wrong, not the new place.)
  if (said !== undefined && !ONLY_WRONG.test(said)) return withoutAsideAtEnd(said.replace(NAMED, '').replace(NOT_THE_OLD, ''));
  // "ach nein, Mömbris, Frohnbergstraße 12": the value after the slip, unless it only says what is wrong ("ach nein, die Rasse ist falsch").
  const rest = withoutAsideAtEnd(withoutSlip(text).replace(/\s*[.!]\s*$/u, '').replace(FIELD_FRAME, ''));
  return rest !== text.trim() && rest && !CORRECTION.test(rest) ? rest : undefined;
};
/** "Nein, der Hund ist ein Mischling": the no and the subject before the value ("der Hund ist ein", "er ist", "it is a"). */
const NO_FIRST = /^\W*(?:nein|nee|ne|no|nope)\b[\s,.;:!–-]*/iu;
const SUBJECT_FRAME =
  /^(?:(?:der|die|das|er|sie|es|des|mein|meine|unser|unsere|he|she|it|my|our|the)\s+(?:\p{L}+\s+)?(?:ist|is|war|was|hat)\s+(?:(?:ein|eine|einen|a|an)\s+)?|(?:it['’]?s|he['’]?s|she['’]?s)\s+(?:(?:a|an)\s+)?)/iu;
/** "er ist ein Dackel", "it's a beagle" → "Dackel", "beagle": a value without the subject said before it. */
export const withoutSubjectFrame = (text: string): string => text.replace(SUBJECT_FRAME, '');
/**
 * "Nein, der Hund ist ein Mischling, kein Labrador": the right value where a message names an earlier answer as
 * not the one (`earlier`, after "kein", "nicht", "not"); undefined where it names no such answer or no value beside it.
 */
export function valueBesideTheWrongOne(text: string, earlier: string): string | undefined {
  const escaped = earlier.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (escaped.length < 3) return undefined;
  const wrong = new RegExp(`[\\s,;–-]*(?<!\\p{L})(?:kein|keine|keinen|ka|nicht|net|ned|not|no)\\s+(?:(?:ein|eine|einen|a|an)\\s+)?${escaped}(?!\\p{L})[\\s,.;!–-]*`, 'iu');
  const found = wrong.exec(text);
  if (!found) return undefined;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.trim();
  const value = withoutSubjectFrame(rest.replace(NO_FIRST, '')).replace(/[\s,.;:!–-]+$/u, '').trim();
  return value || undefined;
}
/** "Am Kirchweg, nicht Kirchberg", "nicht Kirchberg, sondern Kirchweg", "Kirchweg statt Kirchberg": the right words and the wrong ones. */
const RIGHT_NOT_WRONG = /^(?<right>[^,;]{2,60}?)[,;]?\s+(?:(?:und\s+)?(?:nicht|net|ned|not)|statt|anstatt|instead\s+of)\s+(?<wrong>[^,;.!?]{2,40}?)[\s.!]*$/iu;
/** "nein, ich meinte", "sorry, I meant" before the words of a correction. */
const SLIP_FRAME = /^\W*(?:(?:nein|nee|ne|no|sorry|oh|ach|halt|moment|stopp?)\W+)*(?:(?:ich\s+)?(?:meinte|mein|meine)|gemeint\s+war|i\s+meant)?[\s,:]*/iu;
const NOT_WRONG_BUT_RIGHT = /^(?:nicht|net|ned|not)\s+(?<wrong>[^,;.!?]{2,40}?),?\s+(?:sondern|but)\s+(?<right>[^,;]{2,60}?)[\s.!]*$/iu;
/**
 * "nein, ich meinte Am Kirchweg, nicht Kirchberg" where the place is "Am Kirchberg in Hohl, gegenüber von Hausnummer 7": the
 * earlier answer with its wrong part replaced ("Am Kirchweg in Hohl, gegenüber von Hausnummer 7"; trial 46: it had been added
 * to the description). Undefined when the wrong words are no part of the earlier answer.
 */
export function partReplaced(text: string, earlier: string): string | undefined {
  const said = text.replace(SLIP_FRAME, '');
  const found = RIGHT_NOT_WRONG.exec(said) ?? NOT_WRONG_BUT_RIGHT.exec(said);
  const right = found?.groups?.right?.trim();
  const wrong = found?.groups?.wrong?.trim();
  if (!right || !wrong || wrong.toLowerCase() === earlier.trim().toLowerCase()) return undefined;
  // The right words may say again what stood before the wrong one ("Am Kirchweg" for "Am Kirchberg"): that part is replaced whole.
  const words = right.split(/\s+/u);
  for (let k = words.length - 1; k >= 0; k--) {
    const before = [...words.slice(0, k), wrong].join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = new RegExp(`(?<!\\p{L})${before}(?!\\p{L})`, 'iu');
    if (at.test(earlier)) return earlier.replace(at, right);
  }
  return wordsReplaced(earlier, wrong.replace(ARTICLE_FIRST, ''), right.replace(ARTICLE_FIRST, ''));
}

/** "die vor unserm Haus": the article that points at the thing before the words that tell which. */
const ARTICLE_FIRST = /^(?:der|die|das|den|dem|des|the)\s+(?=\S)/iu;
/** Two spellings of one word: the same, or the same beginning of four letters ("unserm" and "unserem"). */
const sameWord = (a: string, b: string): boolean => {
  const [x, y] = [normalize(a), normalize(b)];
  return x === y || (x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4));
};
/**
 * "net die vor unserm Haus sondern die gegenüber vom Bäcker in der Hauptstraße" where the place is "vor unserem Haus in
 * Schimborn": the earlier answer's run of words the wrong ones name, in other spellings too, replaced by the right ones
 * ("gegenüber vom Bäcker in der Hauptstraße in Schimborn"; trial 47: it had been added to the description).
 */
function wordsReplaced(earlier: string, wrong: string, right: string): string | undefined {
  const wrongWords = wrong.match(/[\p{L}\d]+/gu) ?? [];
  const earlierWords = [...earlier.matchAll(/[\p{L}\d]+/gu)];
  if (!wrongWords.length || !right) return undefined;
  for (let i = 0; i + wrongWords.length <= earlierWords.length; i++) {
    if (!wrongWords.every((w, k) => sameWord(w, earlierWords[i + k]![0]))) continue;
    const first = earlierWords[i]!;
    const last = earlierWords[i + wrongWords.length - 1]!;
    return `${earlier.slice(0, first.index)}${right}${earlier.slice(last.index + last[0].length)}`;
  }
  return undefined;
}

/** "sorry, my address is Bahnhofstraße 12, Mömbris", "nein, der Ort ist …": the field's frame before a value (trial 38, trial 40: kept in the record). */
// ("nein, der Ort ist Hauptstraße 27 in Schimborn", "und die Adresse ist Am Anger 4, Mömbris" at the summary; trial 40: kept word for word.)
const FIELD_FRAME =
  /^(?:(?:nein|nee|ne|no|und|also|ach|doch|and)[\s,.!:]+)*(?:(?:my|our|the|meine|mein|unsere|unser|die|der|das)\s+)?(?:address|adresse|anschrift|ort|standort|stelle|wohnort|place|location|phone(?:\s+number)?|number|nummer|telefonnummer|handynummer|e-?mail(?:-?adresse)?|name|rasse|breed)\s+(?:ist|is|lautet|was|war)(?!\p{L})\s*:?\s*/iu;

/** The button of a command, in the language of the running turn. */
export const button = (command: Command): string => texts().commands[command].button;
