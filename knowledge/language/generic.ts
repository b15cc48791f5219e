// Everyday verbs and adjectives that appear in questions about anything ("kaufen", "bestellen",
// "machen", "angekommen", "günstig"). The knowledge uses some of them in a topic's wording
// ("Mülltonne bestellen"), so without care "Pizza bestellen" or "Bitcoin kaufen" would be carried
// by that one word alone. They still count, but less than a word that names a topic, so that a
// question whose real subject is unknown to the knowledge is recognized as out of scope.
// Only words that never identify a topic on their own belong here ("heiraten", "abmelden",
// "fällen" identify one and are not listed).
import { normalize } from './normalize';
import { stem } from './stem';

const WORDS = `
machen macht gemacht tun kaufen kauft gekauft verkaufen verkauft bestellen bestellt suchen sucht gesucht
finden findet gefunden geben gegeben schreiben schreibt geschrieben sagen sagt wissen weiss kennen
gehen kommen kommt ankommen angekommen wechseln wechselt lassen stellen legen nehmen sehen zeigen
fragen helfen hilft arbeiten fahren bringen klappen erledigen kriegen bekommen bekomme bekommt bekomm
schnell gunstig richtig neu neue neuer neuen alt alte alten gross grosse klein kleine viel viele hoch lang
pro jahrlich monatlich jedes jeden
gultig gilt gelten gultigkeit
`;

const STEMS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).map((w) => stem(normalize(w))));

/** Whether a normalized word is an everyday word that does not name a topic by itself. */
export function isGenericWord(word: string): boolean {
  return STEMS.has(stem(word));
}
