// "Wann hat das Rathaus in Alzenau offen?", "Ich wohne in Hösbach. Wo zahle ich meine Hundesteuer?":
// another municipality's own services are that municipality's. Answered with the town's hours or
// rates, the citizen would get wrong facts; the assistant says whose matter it is instead.

import { alternatives } from './alternatives';

/**
 * The neighbour a message asks about or lives in, if it names one so ("in Hösbach wohnen", "das
 * Rathaus in Alzenau", "Gemeinde Kahl"), and names none of the town's own places (`town`): "ich wohne
 * in Alzenau und ziehe nach Schimborn" is a move into the town, its registration the town's. Built
 * once per router: the patterns are the town's, the messages many.
 */
export function otherTownIn(neighbours: readonly string[], town: readonly string[]): (text: string) => string | undefined {
  if (!neighbours.length) return () => undefined;
  const own = new RegExp(String.raw`(?<!\p{L})(?:${alternatives(town)})(?!\p{L})`, 'iu');
  const pattern = new RegExp(
    String.raw`(?<!\p{L})(?:(?:ich|wir)\s+(?:wohne|wohn|wohnen|lebe|leben)\s+(?:\p{L}+\s+){0,2}in|(?:rathaus|bürgerbüro|buergerbuero|gemeinde|stadt|markt|gemeindeverwaltung|stadtverwaltung|(?:ober)?bürgermeister\p{L}*|(?:ober)?buergermeister\p{L}*)\s+(?:in|von|vom)?\s*)\s*(${alternatives(neighbours)})(?!\p{L})`,
    'iu',
  );
  return (text) => {
    if (town.length && own.test(text)) return undefined;
    const named = pattern.exec(text)?.[1];
    return named && neighbours.find((n) => n.toLowerCase() === named.toLowerCase());
  };
}
