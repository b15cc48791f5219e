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

/** The entry in the translation's words, German where it has none. */
export function translateEntry(entry: Entry, translation: Translation | undefined): TranslatedEntry {
  // A translation of an older German text may miss a fact an editor has added since: German then.
  if (!translation || translation.basedOn < entry.reviewed) return { entry, complete: false };
  const details = { ...entry.details };
  let complete = true;
  for (const key of DETAIL_KEYS) {
    const translated = translation.details[key];
    const german = entry.details[key];
    // A list with another number of items than the German one follows an older German text.
    const follows = !Array.isArray(german) || (Array.isArray(translated) && translated.length === german.length);
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
