// German separable verbs: "Wie melde ich mich an?" means "anmelden", "Ich ziehe um" means "umziehen".
// The particle stands apart (and is a stop word on its own); joined to a verb of the same sentence
// it forms the verb the knowledge uses. Only combinations the knowledge knows are kept.
import { normalize } from './normalize';
import { tokenize } from './tokenize';

export const PARTICLES: ReadonlySet<string> = new Set(['an', 'ab', 'um', 'aus', 'ein', 'auf', 'zu', 'zuruck', 'vor', 'nach', 'weg', 'mit', 'her']);
/** How many words before the particle its verb may stand ("Ich melde unseren neuen Hund heute an"). */
const REACH = 7;

/** Joined verbs ("anmelde") found in a text, normalized; `knows` tells whether the knowledge uses the word. */
export function separableVerbs(text: string, knows: (word: string) => boolean): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/[.!?;]+/)) {
    const words = tokenize(normalize(sentence));
    words.forEach((particle, j) => {
      if (!PARTICLES.has(particle)) return;
      for (let i = Math.max(0, j - REACH); i < j; i++) {
        const joined = particle + words[i];
        if (words[i]!.length > 2 && knows(joined)) found.push(joined);
      }
    });
  }
  return found;
}
