// "Wann hat das Rathaus in Alzenau offen?", "Ich wohne in Hösbach. Wo zahle ich meine Hundesteuer?":
// another municipality's own services are that municipality's. Answered with the town's hours or
// rates, the citizen would get wrong facts; the assistant says whose matter it is instead.

/**
 * The neighbour a message asks about or lives in, if it names one so ("in Hösbach wohnen", "das
 * Rathaus in Alzenau", "Gemeinde Kahl"), and names none of the town's own places (`town`): "ich wohne
 * in Alzenau und ziehe nach Schimborn" is a move into the town, its registration the town's.
 */
export function otherTownIn(text: string, neighbours: readonly string[], town: readonly string[]): string | undefined {
  if (!neighbours.length || town.some((place) => new RegExp(`(?<!\\p{L})${place}(?!\\p{L})`, 'iu').test(text))) return undefined;
  const names = neighbours.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(
    String.raw`(?<!\p{L})(?:(?:ich|wir)\s+(?:wohne|wohn|wohnen|lebe|leben)\s+(?:\p{L}+\s+){0,2}in|(?:rathaus|bürgerbüro|buergerbuero|gemeinde|stadt|markt|gemeindeverwaltung|stadtverwaltung)\s+(?:in|von|vom)?\s*)\s*(${names})(?!\p{L})`,
    'iu',
  );
  const named = pattern.exec(text)?.[1];
  return named && neighbours.find((n) => n.toLowerCase() === named.toLowerCase());
}
