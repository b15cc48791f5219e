// The conversation languages and their text catalogues. German (de) is the reference; Leichte
// Sprache (ls) and English (en) are typed against it, so a missing text is a compile error. Staff,
// office and terminal texts stay German (the office works in German) and are not translated.
// Which language texts() speaks: the form engine, the field checks and the answer builder are pure,
// synchronous functions deep below a turn, and each would otherwise need the language passed
// through every call, so they read the language of the synchronous call they run in (inLanguage).
// Code that awaits takes its texts from its turn (turn.t), because other conversations' turns run
// while it waits. (An AsyncLocalStorage would carry the language across awaits, but on Node 20 it
// hooks every promise of the process: about a quarter of a turn's CPU.)
import { z } from 'zod';
import type { CitizenTexts } from './catalogue';
import { de } from './de';
import { en } from './en';
import { ls } from './ls';

const LANGUAGES = ['de', 'ls', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;


export const CATALOGUES: Record<Language, CitizenTexts> = { de, ls, en };

/** The locale a reply carries (activity.locale): Leichte Sprache is German. */
export const LOCALES: Record<Language, string> = { de: 'de-DE', ls: 'de-DE', en: 'en-GB' };

/** The language a channel locale names ("en-US", "de"), when it is one of ours; Leichte Sprache has no locale. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : primary === 'de' ? 'de' : undefined;
}

let scoped: Language | undefined;

/** Runs synchronous `work` with the texts of `language`; German outside any such call. */
export function inLanguage<T>(language: Language, work: () => T): T {
  const outer = scoped;
  scoped = language;
  try {
    const result = work();
    // A promise would run on after the call, in whatever language is current by then.
    if (result instanceof Promise) throw new TypeError('inLanguage runs synchronous work only; a turn uses turn.t');
    return result;
  } finally {
    scoped = outer;
  }
}

/** The language of the synchronous call running now; German outside one. */
export const currentLanguage = (): Language => scoped ?? 'de';

/** The texts of the synchronous call's language. */
export const texts = (): CitizenTexts => CATALOGUES[currentLanguage()];
