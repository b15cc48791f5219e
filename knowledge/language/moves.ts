// A move between two places of the town ("von Schimborn nach Mömbris") is an Ummeldung, whatever
// registration topic the words alone suggest; the router recognizes it with this pattern.
import type { LanguageProfile } from './profile';

/** "von/aus <place> … nach/in <place>" over the town's places, in normalized spelling; none without places. */
export function moveWithinTown(places: readonly string[], profile: LanguageProfile): RegExp | undefined {
  const names = places.map((p) => profile.normalize(p).trim()).filter(Boolean);
  if (!names.length || !profile.german) return undefined;
  const place = `(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return new RegExp(`(?<!\\p{L})(?:von|aus)\\s+${place}(?!\\p{L}).*?(?<!\\p{L})(?:nach|in|ins)\\s+${place}(?!\\p{L})`, 'u');
}
