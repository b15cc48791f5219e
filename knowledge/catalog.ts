// The topics the router can decide on besides the knowledge entries: flows and built-in intents,
// read from knowledge/intents.yaml (shipped with the assistant). The full catalogue in
// knowledge/topics.yaml is only read by kb:check and tests, never at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from './paths';

const intentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['flow', 'system']),
  title: z.string().min(2),
  synonyms: z.array(z.string()).default([]),
  questions: z.array(z.string()).default([]),
});
export type Intent = z.infer<typeof intentSchema>;

export const INTENTS_FILE = path.join(KNOWLEDGE_DIR, 'intents.yaml');

/** Reads the flow and system topics; throws naming the failing item and field (a packaging error). */
export function loadIntents(file: string = INTENTS_FILE): Intent[] {
  const parsed = z.array(intentSchema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

const catalogTopicSchema = z.object({
  id: z.string(),
  kind: z.enum(['answer', 'flow', 'system']),
  office: z.string().optional(),
  title: z.string(),
  covers: z.string().optional(),
});
export type CatalogTopic = z.infer<typeof catalogTopicSchema>;

export const CATALOG_FILE = path.join(KNOWLEDGE_DIR, 'topics.yaml');

/** The topic catalogue (kb:check and tests). */
export function loadCatalog(file: string = CATALOG_FILE): CatalogTopic[] {
  return z.array(catalogTopicSchema).parse(parse(readFileSync(file, 'utf8')));
}
