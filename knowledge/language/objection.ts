// A notice told to be wrong ("Ich habe einen Bescheid bekommen, der ist falsch", "der Bescheid
// stimmt nicht"): an objection in the citizen's words. It asks what "Widerspruch" or "Einspruch"
// asks, though it names neither (and "falsch" led the model to the police's "Betrug").

const WRONG_NOTICE =
  /(?<!\p{L})\p{L}*bescheid\p{L}*[^.!?]{0,40}?(?<!\p{L})(?:falsch|fehlerhaft|stimmt\s+nicht|stimmt\s+doch\s+nicht|nicht\s+richtig|zu\s+hoch|nicht\s+einverstanden)(?!\p{L})|(?<!\p{L})(?:falsche[nrm]?|fehlerhafte[nrm]?)\s+\p{L}*bescheid\p{L}*/iu;

/** Whether a message says a notice is wrong. */
export const saysNoticeIsWrong = (text: string): boolean => WRONG_NOTICE.test(text);

/** Words of objecting to a notice (normalized): the ones an entry's note on objections uses, which such a message means. */
export const OBJECTION_WORDS: readonly string[] = ['widerspruch', 'einspruch', 'klage'];
const OBJECTION = /^(?:widerspruch|widersprech\p{L}*|einspruch|anfecht\p{L}*|klage)$/u;

/** Whether a message names objecting in any word of it ("Bis wann muss ich widersprechen?", "Einspruch einlegen"). */
export const namesAnObjection = (text: string): boolean => /(?<!\p{L})(?:widerspr\p{L}*|einspruch\p{L}*|anfecht\p{L}*)/iu.test(text);

/** Whether a normalized word names an objection ("Widerspruch", "widersprechen", "anfechten"). */
export const isObjectionWord = (word: string): boolean => OBJECTION.test(word);
