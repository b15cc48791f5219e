// "Mein Mann ist heute Nacht gestorben": whoever tells of a death in the family is answered with
// sympathy first, then with what to do. Told, not asked about: "Wer meldet den Tod beim
// Standesamt?" (an undertaker's question) names no loss of one's own.

/** One's own: the loss is the writer's ("mein Vater", "unsere Oma", "my mother"). */
const OWN = /(?<!\p{L})(mein\w*|unser\w*|my|our)(?!\p{L})/iu;
/** A death told ("ist gestorben", "ist heute verstorben", "Todesfall in der Familie", "passed away"). */
const DEATH =
  /(?<!\p{L})(ist|sind|war)(?!\p{L})[^.?!]{0,60}(?<!\p{L})(gestorben|verstorben|verschieden|entschlafen|tot)(?!\p{L})|(?<!\p{L})(todesfall|trauerfall|died|passed\s+away|has\s+passed)(?!\p{L})/iu;
/** An animal's death ("unser Hund ist gestorben"): sorry, but no condolence. */
const ANIMAL = /(?<!\p{L})(hund\w*|hündin|katze|kater|tier|pferd|dog|cat|pet)(?!\p{L})/iu;

/** Whether a message tells of a death in the writer's family or of their animal. */
export function lossTold(text: string): 'person' | 'animal' | undefined {
  if (!OWN.test(text) || !DEATH.test(text)) return undefined;
  return ANIMAL.test(text) ? 'animal' : 'person';
}
