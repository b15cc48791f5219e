// Names (places, towns) as alternatives of a regular expression: each taken literally.

/** "Mömbris|Schimborn|…", with the characters that mean something in a pattern escaped. */
export const alternatives = (names: readonly string[]): string => names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
