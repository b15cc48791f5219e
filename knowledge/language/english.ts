// English for the router: questions from newcomers, students and expats who write in English
// (issue 18). Snowball (Porter 2) English stemming from the same package as the German one, and
// English function words. German words mixed in ("Anmeldung", "Bürgerbüro") go through the same
// steps on both sides, so they still meet their own kind in the corpus.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snowball: { stemmer(word: string): string } = require('@orama/stemmers/english');

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', é: 'e', è: 'e', á: 'a', à: 'a', ó: 'o', ò: 'o', í: 'i', ç: 'c', ñ: 'n' };

/**
 * Folds English text: lowercase, NFC, accents and umlauts to their base letter. Unlike German,
 * "ae/oe/ue" stay: they are ordinary English letters ("issue", "does"), not a typed umlaut.
 */
export function normalizeEnglish(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[äöüßéèáàóòíçñ]/g, (c) => UMLAUTS[c] ?? c);
}

/** Stems one normalized English word; very short words are kept as they are. */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  const s = snowball.stemmer(word);
  return s.length >= 3 ? s : word;
}

// Function words, pronouns, auxiliaries and letter formulas. "How", "when", "where" and "who" stay
// out, and so do greetings and thanks ("hi", "thanks", "bye"): for "who are you" or "hello" they
// are all there is to go by.
const WORDS = `
a about above after again all also am an and any anyone anything are aren as at be because been before being
below between both but by can cannot could couldn did didn do does doesn doing don done down during each either
else even ever every few for from further get gets getting got gotten had hadn has hasn have haven having he her
here hers herself him himself his i if in into is isn it its itself just let lets like ll me mine more most much
must mustn my myself need needs needed no nor not now of off on once only or other our ours ourselves out over own
please pls plz re really same shall she should shouldn so some something still such than that thats the
their theirs them themselves then there these they this those through to too under until up us ve very via want
wanted wants was wasn we were weren what whats which while whom whose will with won would wouldn yet you your
yours yourself yourselves s t d m dear sir madam regards kind best
yes also already maybe perhaps actually basically just quite im ive id youre dont cant wont isnt doesnt didnt
`;

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
