// The mechanical part of the Leichte-Sprache rules of the Netzwerk Leichte Sprache: what simple
// patterns can find in one text. Whether a text is understood still needs a reader of the target
// group; these checks only keep a writer from slipping back into Amtsdeutsch.
// Used by kb:check for every knowledge/translations/ls/ text and exported for the code's own
// Leichte-Sprache texts.
import { NUMBER_WORDS } from './number-words';

/**
 * At most this many words per sentence. The Netzwerk's rules ask for short sentences with one
 * statement each but give no number. 15 words hold one statement with its subject, verb, object
 * and one exact detail ("Der Personal·ausweis kostet für Menschen unter 24 Jahren 27 Euro und 60 Cent.");
 * a sentence beyond that almost always carries a second statement. Every token with a letter or
 * digit counts, so amounts and dates count as written.
 */
const MAX_WORDS = 15;
/** At most this many characters per sentence: 15 words of ordinary length. */
const MAX_CHARACTERS = 120;
/** A longer word must be split with a Mediopunkt or a hyphen ("Melde·bescheinigung"). */
const MAX_WORD_LETTERS = 16;

export type LeichteSpracheRule =
  | 'words'
  | 'length'
  | 'one-statement'
  | 'abbreviation'
  | 'passive'
  | 'number-word'
  | 'decimal'
  | 'brackets'
  | 'long-word'
  | 'genitive';

export interface LeichteSpracheViolation {
  rule: LeichteSpracheRule;
  /** The sentence (or word) that breaks the rule. */
  text: string;
  message: string;
}

const ABBREVIATION_WORD = /(^|[\s.])(\p{L}|bzw|ca|ggf|evtl|inkl|usw|etc|Nr|Abs|Str|Tel|vgl|sog|gem)\.$/u;
const MONTHS = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/**
 * The sentences of a text: split after . ! ? : and at line breaks. A period after a number is an
 * ordinal ("7. Februar", "am 1. des Monats") unless a new sentence starts with a capital word
 * that is not a month.
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  let current = '';
  const chars = [...text];
  for (const [i, c] of chars.entries()) {
    if (c === '\n') {
      result.push(current);
      current = '';
      continue;
    }
    current += c;
    if (!/[.!?:]/.test(c)) continue;
    const rest = chars.slice(i + 1).join('');
    if (rest !== '' && !/^\s/.test(rest)) continue; // "8:00", "www.bayern.de", "46,00"
    const next = rest.trimStart();
    if (c === '.' && /\d$/.test(current.slice(0, -1)) && (next === '' || MONTHS.test(next) || /^[\p{Ll}\d]/u.test(next))) continue;
    // The period of an abbreviation ends no sentence: the abbreviation rule names it.
    if (c === '.' && (ABBREVIATION_WORD.test(current) || /^\p{Ll}/u.test(next))) continue;
    result.push(current);
    current = '';
  }
  result.push(current);
  return result.map((s) => s.trim()).filter((s) => /[\p{L}\d]/u.test(s));
}

const words = (sentence: string): string[] => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

/** Abbreviations the reader has to know; each with what to write instead. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bz\.\s?B\./, 'z. B. (write "zum Beispiel")'],
  [/\bbzw\./, 'bzw. (write "oder", or two sentences)'],
  [/\bca\./, 'ca. (write "ungefähr")'],
  [/\bu\.\s?a\./, 'u. a. (write "unter anderem", or name them)'],
  [/\bggf\./, 'ggf. (write "vielleicht" or "wenn nötig")'],
  [/\bevtl\./, 'evtl. (write "vielleicht")'],
  [/\binkl\./, 'inkl. (write "mit")'],
  [/\busw\./, 'usw. (name the things, or write "und so weiter")'],
  [/\bd\.\s?h\./, 'd. h. (write "das heißt")'],
  [/\betc\./, 'etc. (name the things)'],
  [/\bo\.\s?Ä\./, 'o. Ä. (name the things)'],
  [/\bu\.\s?U\./, 'u. U. (write "vielleicht")'],
  [/\bz\.\s?T\./, 'z. T. (write "zum Teil")'],
  [/\bNr\./, 'Nr. (write "Nummer")'],
  [/\bAbs\./, 'Abs. (write "Absatz", or leave the reference out)'],
  [/\bStr\./, 'Str. (write "Straße")'],
  [/\bTel\./, 'Tel. (write "Telefon")'],
  [/\bvgl\./, 'vgl. (leave it out)'],
  [/\bsog\./, 'sog. (leave it out)'],
  [/\bgem\./, 'gem. (write "nach")'],
  [/\bi\.\s?d\.\s?R\./, 'i. d. R. (write "meistens")'],
];

/**
 * Letter words a reader of Leichte Sprache meets in daily life under that name: allowed. Any other
 * word of capitals ("BMG", "PAuswG", "KfW") is an abbreviation to be written out.
 */
const KNOWN_LETTER_WORDS = new Set(['PIN', 'PUK', 'IBAN', 'PDF', 'TÜV', 'EU', 'SMS', 'WLAN', 'DSL', 'LED', 'ADAC', 'ID', 'QR', 'SEPA', 'USA']);
const LETTER_WORD = /(?<![\p{L}\d])(?:\p{Lu}[\p{Lu}\d]*\p{Lu}\p{L}*|\p{Lu}{2,})(?!\p{L})/gu;

const AUXILIARY = /\b(wird|werden|wurde|wurden|würde|würden)\b/i;
/** Past participles: ge…t/ge…en, …iert, and the prefixed ones without ge- (bestellt, verschickt, erteilt, übermittelt). */
const PARTICIPLE = /^(\p{L}*ge\p{Ll}{2,}(t|en)|\p{L}+iert|(be|ver|er|ent|zer|emp|miss|über|hinter)\p{Ll}{2,}t)$/u;

/** Words that start a second clause after a comma: subordinators and relative pronouns. */
const CLAUSE_START =
  /,\s+(dass|weil|da|damit|obwohl|sodass|wenn|falls|ob|als|bevor|nachdem|während|sobald|solange|bis|um|ohne|indem|wobei|wo|was|wer|wie|deren|dessen|denen|welche|welcher|welches|welchen)\b/i;
/** A sentence that opens with a subordinate clause ("Wenn Sie umziehen, melden Sie sich an."). */
const LEADING_CLAUSE = /^(Wenn|Weil|Dass|Ob|Falls|Obwohl|Nachdem|Bevor|Sobald|Solange|Während|Sofern|Soweit)\b[^,]*,/;
/**
 * "der", "die", "das" … after a comma start a relative clause when a pronoun or a lowercase word
 * follows (", die Sie brauchen", ", das im Rathaus liegt"); before a noun they are the article of
 * the next thing in a list (", der Familien·stand und …").
 */
const RELATIVE = /,\s+(der|die|das|den|dem)\s+(Sie|Ihnen|Ihr\p{L}*|ich|\p{Ll}\S*)/u;
/** A second main clause: a comma, then a conjunction and a subject ("…, und Sie zahlen …"). */
const SECOND_MAIN_CLAUSE = /,\s+(und|oder|aber|sondern|denn|doch)\s+(Sie|er|es|sie|ich|wir|man|das|die|der|dann)\b/;
/** Number words two to twelve, twenty … thousand ("ein"/"eins" is also the article). */
const NUMBER_WORD = new RegExp(
  `(?<!\\p{L})(?:${[...Object.keys(NUMBER_WORDS).filter((w) => (NUMBER_WORDS[w] ?? 0) > 1), 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig', 'hundert', 'tausend'].join('|')})(?!\\p{L})`,
  'iu',
);

/** An amount of money with a decimal comma ("27,60 Euro", "46,00 €"). */
const DECIMAL_AMOUNT = /(?<![\d,])\d+,\d{1,2}\s*(?:Euro|€)/u;

const quote = (s: string): string => `"${s.length > 70 ? `${s.slice(0, 67)}…` : s}"`;

function checkSentence(sentence: string): LeichteSpracheViolation[] {
  const found: LeichteSpracheViolation[] = [];
  const add = (rule: LeichteSpracheRule, text: string, message: string) => found.push({ rule, text, message });
  const count = words(sentence).length;
  if (count > MAX_WORDS) add('words', sentence, `${quote(sentence)} has ${count} words (at most ${MAX_WORDS}): write two sentences`);
  if (sentence.length > MAX_CHARACTERS) add('length', sentence, `${quote(sentence)} has ${sentence.length} characters (at most ${MAX_CHARACTERS})`);
  if (sentence.includes(';')) add('one-statement', sentence, `${quote(sentence)} joins two statements with a semicolon: write two sentences`);
  const [clause, starter] = CLAUSE_START.exec(sentence) ?? RELATIVE.exec(sentence) ?? LEADING_CLAUSE.exec(sentence) ?? SECOND_MAIN_CLAUSE.exec(sentence) ?? [];
  if (clause) add('one-statement', sentence, `${quote(sentence)} starts a second clause with "${starter}": one statement per sentence`);
  for (const [pattern, what] of ABBREVIATIONS) if (pattern.test(sentence)) add('abbreviation', sentence, `${quote(sentence)} uses the abbreviation ${what}`);
  if (sentence.includes('§') && !/Gesetz|Paragraf|Verordnung/.test(sentence)) add('abbreviation', sentence, `${quote(sentence)} uses § without saying which law: write "Paragraf" and the law's name, or leave it out`);
  for (const [letters] of sentence.matchAll(LETTER_WORD)) {
    if (!KNOWN_LETTER_WORDS.has(letters)) add('abbreviation', letters, `${quote(sentence)} uses the abbreviation "${letters}": write the words`);
  }
  if (/\bworden\b/i.test(sentence)) add('passive', sentence, `${quote(sentence)} is passive ("worden"): say who does it`);
  else if (AUXILIARY.test(sentence)) {
    const participle = words(sentence)
      .map((w) => w.replace(/[^\p{L}]/gu, ''))
      .find((w) => PARTICIPLE.test(w));
    if (participle) add('passive', sentence, `${quote(sentence)} is passive ("${AUXILIARY.exec(sentence)?.[0]} … ${participle}"): say who does it`);
  }
  // "27,60 Euro" asks the reader to know decimal places; euros and cents are said as at the till.
  const [amount] = DECIMAL_AMOUNT.exec(sentence) ?? [];
  if (amount) add('decimal', amount, `${quote(sentence)} writes the amount "${amount}" with a decimal comma: write "27 Euro und 60 Cent" (or "46 Euro")`);
  const [number] = NUMBER_WORD.exec(sentence) ?? [];
  if (number) add('number-word', number, `${quote(sentence)} writes the number "${number}" as a word: write digits`);
  // "des" is the one genitive simple to see: "der" is just as often the nominative or dative.
  if (/(?<!\p{L})des(?!\p{L})/iu.test(sentence)) add('genitive', sentence, `${quote(sentence)} uses the genitive ("des …"): write "vom …" or "von dem …"`);
  if (/[()[\]]/.test(sentence)) add('brackets', sentence, `${quote(sentence)} uses brackets: say it in a sentence of its own`);
  for (const word of sentence.match(/[\p{L}·-]+/gu) ?? []) {
    const part = word.split(/[·-]/).find((p) => p.length > MAX_WORD_LETTERS);
    if (part) add('long-word', word, `"${word}" is a long word: split it with a Mediopunkt or a hyphen ("Melde·bescheinigung")`);
  }
  return found;
}

/** Every rule violation of one text (a title, a short answer, a list item …); empty when it passes. */
export function checkLeichteSprache(text: string): LeichteSpracheViolation[] {
  return sentences(text).flatMap(checkSentence);
}
