// Childcare asked by its need, not by its name: "Isch geh im September widder schaffe, dann is mei
// Klaaner 14 Monat alt. Wer passt dann uff den uff?" is a Krippe or Kita place (SGB VIII § 24); the
// model knows "Kita" and "Krippe", not who minds a child while the parents work.

/** Who minds the child ("wer passt dann auf den auf", "wer guckt nach der Kleinen", "Betreuung für unseren Sohn"). */
const WHO_MINDS =
  /(?<!\p{L})(?:wer\s+(?:\p{L}+\s+){0,2}?(?:passt|bassd|basst)\s+(?:\p{L}+\s+){0,3}?(?:auf|uff|uf)|wer\s+(?:\p{L}+\s+){0,2}?(?:guckt|schaut)\s+(?:\p{L}+\s+){0,3}?nach|betreuung\s+(?:für|fuer)\s+(?:mein|unser)\p{L}*|(?:unterbringen|untergebracht|betreut)\s+(?:werden|wird|ist))(?!\p{L})/iu;
/** A small child: by its age in months or up to six years, or as "der Kleine", "die Kleene", "mei Bub". */
const SMALL_CHILD =
  /(?<!\p{L})(?:\d{1,2}\s+monat\p{L}*\s+alt|[0-6]\s+jahr\p{L}*\s+alt|(?:ein|eins|zwei|drei)\s+jahr\p{L}*\s+alt|kleine[nr]?|klaane[nr]?|kleene[nr]?|kloane[nr]?|baby|kind\p{L}*|kinner|bub|büble|tochter|sohn|enkel\p{L}*)(?!\p{L})/iu;

/** Whether a message asks who minds a small child (a place in a Krippe or Kita). */
export const asksWhoMindsAChild = (text: string): boolean => WHO_MINDS.test(text) && SMALL_CHILD.test(text);
