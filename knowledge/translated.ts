// An entry as a citizen reads it in another language: the texts of its translation
// (knowledge/translations/<language>/<id>.yaml) over the German entry. Office, links, legal basis,
// source and dates stay the entry's; a text the translation lacks stays German, and the answer
// says so (`complete` is false).
import type { Entry } from './schema';
import type { Language } from './texts/index';
import { readTranslations, type Translation } from './translations';

export interface TranslatedEntry {
  entry: Entry;
  /** Every text the citizen reads is translated (false: some or all of it is German). */
  complete: boolean;
}

const DETAIL_KEYS = ['documents', 'requirements', 'fees', 'deadlines', 'processingTime', 'appointment', 'procedure', 'notes'] as const;

const present = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '');

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The entry in the translation's words, German where it has none. `file`: the entry as its file has it (the translation's
 * German text); a text an editor changed in the console since stays German, as one added does (trial 37: an edited fee
 * stayed old in English and Leichte Sprache, stamped with the day of the edit).
 */
export function translateEntry(entry: Entry, translation: Translation | undefined, file?: Entry): TranslatedEntry {
  // A translation of an older German text may miss a fact added since: German then. The file's text is what the
  // translation follows; an edit in the console keeps every part it left alone translated (trial 41: one fee edited
  // had turned the whole English and Leichte-Sprache answer German).
  if (!translation || translation.basedOn < (file ?? entry).reviewed) return { entry, complete: false };
  // The title or summary changed in the console: the whole entry German, as the translation no longer says what it says.
  if (file && (!same(file.title, entry.title) || !same(file.summary, entry.summary))) return { entry, complete: false };
  const details = { ...entry.details };
  let complete = true;
  for (const key of DETAIL_KEYS) {
    const translated = translation.details[key];
    const german = entry.details[key];
    // A list with another number of items than the German one follows an older German text; so does a text edited since.
    const follows = (!Array.isArray(german) || (Array.isArray(translated) && translated.length === german.length)) && (!file || same(file.details[key], german));
    if (present(translated) && follows) Object.assign(details, { [key]: translated });
    else if (present(german)) complete = false;
  }
  const links = entry.links.map((link, i) => ({ ...link, title: translation.links?.[i] ?? link.title }));
  if (entry.links.length && translation.links?.length !== entry.links.length) complete = false;
  if (entry.online && !translation.online) complete = false;
  return {
    entry: {
      ...entry,
      title: translation.title,
      summary: translation.summary,
      details,
      links,
      ...(entry.online && { online: { ...entry.online, title: translation.online?.title ?? entry.online.title } }),
    },
    complete,
  };
}

let loaded: ReturnType<typeof readTranslations>['byLanguage'] | undefined;

/** The translation of an entry (read once; German has none). */
export function translationOf(language: Language, id: string): Translation | undefined {
  if (language === 'de') return undefined;
  loaded ??= readTranslations().byLanguage;
  return loaded.get(language)?.get(id);
}
