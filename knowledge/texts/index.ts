// The conversation languages and their text catalogues. German (de) is the reference; Leichte
// Sprache (ls) and English (en) are typed against it, so a missing text is a compile error. Staff,
// office and terminal texts stay German (the office works in German) and are not translated.
// The language of the running turn is held in an AsyncLocalStorage: the form engine, the field
// checks and the answer builder are pure functions deep below the turn, and each would otherwise
// need the language passed through every call.
import { AsyncLocalStorage } from 'node:async_hooks';
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

const current = new AsyncLocalStorage<() => Language>();

/**
 * Runs `work` with the texts of a language. A turn passes a function that reads the conversation's
 * language, so that a switch in the middle of the turn speaks the new language at once.
 */
export const inLanguage = <T>(language: Language | (() => Language), work: () => T): T =>
  current.run(typeof language === 'function' ? language : () => language, work);

/** The language of the running turn; German outside a turn. */
export const currentLanguage = (): Language => current.getStore()?.() ?? 'de';

/** The texts of the running turn's language. */
export const texts = (): CitizenTexts => CATALOGUES[currentLanguage()];
