// Words are runs of Unicode letters (natural's tokenizers break words at umlauts).
// Digits, punctuation and emoji separate words; hyphenated compounds ("Gewerbesteuer-Hebesatz")
// become their parts, which decompounding would find anyway.

const WORD = /\p{L}+/gu;

/** The words of a text in their original spelling (not folded). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The sentences of a text, each with its closing marks ("?" tells a question). */
export const sentencesOf = (text: string): string[] =>
  text
    .match(/[^.!?]+(?:[.!?]+|$)/g)
    ?.map((s) => s.trim())
    .filter(Boolean) ?? [];
