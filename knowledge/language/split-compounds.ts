// A compound typed or dictated as two words ("wohn geld", "Sperr Müll", "Hunde Steuer"): speech
// input and phone keyboards split them, and each half alone points elsewhere ("geld" to the
// Elterngeld). Where the two words written together are a word of the knowledge, they are read
// as that word.

/** Both halves have this many letters at least: "an melden", "zu ziehen" stay apart (separable verbs have their own rule). */
const MIN_PART = 3;
/** Shorter joins are common words by chance ("ist ab", "bei de"). */
const MIN_WHOLE = 7;
const PAIR = /(\p{L}+)([ \t]+)(?=(\p{L}+))/gu;

/**
 * The text with each pair of adjacent words joined whose joined, normalized form `isWord` knows.
 * A word takes part in one join at most ("Hunde Steuer Bescheid": "Hundesteuer Bescheid").
 */
export function joinSplitCompounds(text: string, isWord: (normalized: string) => boolean, normalize: (word: string) => string): string {
  let joinedUpTo = -1;
  return text.replace(PAIR, (pair, first: string, space: string, second: string, offset: number) => {
    const joinable = offset > joinedUpTo && first.length >= MIN_PART && second.length >= MIN_PART && first.length + second.length >= MIN_WHOLE;
    if (!joinable || !isWord(normalize(first + second))) return pair;
    joinedUpTo = offset + pair.length + second.length;
    return first;
  });
}

/** Three words around a short one, as dictation splits a long compound ("Personal aus weiß" for "Personalausweis"). */
const DICTATED = /(?<!\p{L})(\p{L}{4,})[ \t]+(\p{L}{2,3})[ \t]+(\p{L}{3,})(?!\p{L})/gu;
/** Shorter three-word joins are phrases by chance ("Haus am See"). */
const MIN_DICTATED = 12;

/**
 * The text with each dictated three-word compound joined whose joined, normalized form `isWord` knows
 * ("Personal aus weiß": blind set 241, an older woman's phone had read "Personalausweis" so, and the
 * halves pointed nowhere); `isWord` may allow for the spelling, the typo correction after it mends it.
 */
export function joinDictatedCompounds(
  text: string,
  isWord: (normalized: string) => boolean,
  normalize: (word: string) => string,
  isFunctionWord: (normalized: string) => boolean,
): string {
  return text.replace(DICTATED, (words, first: string, middle: string, last: string) => {
    const joined = first + middle + last;
    // ("dass der Druck" is three words: a compound's halves are no function words, its middle may be, "aus".)
    if (joined.length < MIN_DICTATED || isFunctionWord(normalize(first)) || isFunctionWord(normalize(last))) return words;
    return isWord(normalize(joined)) ? joined : words;
  });
}
