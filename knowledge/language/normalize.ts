// One canonical spelling for what people type.
// Case, Unicode forms, ß/ss and umlauts written as ä, ae or a all become the same letters, so
// "Führerschein", "Fuehrerschein" and "Fuhrerschein" meet. Applied identically to the knowledge
// and to questions, so the folded forms never need to be real German words.

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', é: 'e', è: 'e', á: 'a', à: 'a', ó: 'o', ò: 'o', í: 'i', ç: 'c', ñ: 'n' };

/** Folds one word or text: lowercase, NFC, umlauts → base vowel, "ae/oe/ue" → base vowel, ß → ss. */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßéèáàóòíçñ]/g, (c) => UMLAUTS[c] ?? c)
    // "ae/oe/ue" are the typewriter spelling of umlauts; folding every occurrence keeps both sides consistent.
    .replace(/([aou])e/g, '$1');
}
