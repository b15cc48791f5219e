// Translations of the knowledge entries: one YAML file per entry and language in
// knowledge/translations/<language>/<entry-id>.yaml. A translation carries only the texts a citizen
// reads (title, short answer, facets); office, links, legal basis and source stay the German entry's.
// A town adds a language by adding a folder; a text missing in a translation falls back to German.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from './paths';
import { readYamlFolder, type FileProblem } from './yaml-folder';

export const TRANSLATIONS_DIR = path.join(KNOWLEDGE_DIR, 'translations');

// Languages are folder names: `en` English, `ls` Leichte Sprache (German by the rules of the
// Netzwerk Leichte Sprache; its locale is de-DE).

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const text = z.string().trim().min(1);

const translationSchema = z.strictObject({
  /** The entry's id (the file name without .yaml). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  /** The short answer, as in the entry. */
  summary: text,
  details: z
    .strictObject({
      documents: z.array(text).optional(),
      requirements: z.array(text).optional(),
      fees: text.optional(),
      deadlines: text.optional(),
      processingTime: text.optional(),
      appointment: text.optional(),
      procedure: z.array(text).optional(),
      notes: z.array(text).optional(),
    })
    .default({}),
  /** The title of the entry's online service button, where the entry has one. */
  online: z.strictObject({ title: text }).optional(),
  /** Link titles in the order of the entry's `links`. */
  links: z.array(text).optional(),
  /** The German entry's `reviewed` date this translation follows: an older one is flagged by kb:check. */
  basedOn: isoDate,
  reviewed: isoDate,
});
export type Translation = z.infer<typeof translationSchema>;

export interface LoadedTranslations {
  /** language → entry id → translation */
  byLanguage: Map<string, Map<string, Translation>>;
  problems: FileProblem[];
}

/** Reads every knowledge/translations/<language>/*.yaml. Never throws for a bad file. */
export function readTranslations(dir: string = TRANSLATIONS_DIR): LoadedTranslations {
  const result: LoadedTranslations = { byLanguage: new Map(), problems: [] };
  if (!existsSync(dir)) return result;
  for (const language of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const entries = new Map<string, Translation>();
    result.byLanguage.set(language.name, entries);
    const { files, problems } = readYamlFolder(path.join(dir, language.name), translationSchema);
    result.problems.push(...problems);
    for (const { file, data } of files) {
      if (data.id === path.basename(file).replace(/\.ya?ml$/, '')) entries.set(data.id, data);
      else result.problems.push({ file, field: 'id', message: `id "${data.id}" differs from the file name` });
    }
  }
  return result;
}
