import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_DIR } from './paths';
import { parse } from 'yaml';
import { municipalitySchema, type Municipality } from './schema';

export const MUNICIPALITY_FILE = path.join(KNOWLEDGE_DIR, 'municipality.yaml');

/** Reads and validates the town's profile; throws with the failing fields named. */
export function loadMunicipality(file: string = MUNICIPALITY_FILE): Municipality {
  const parsed = municipalitySchema.safeParse(parse(readFileSync(file, 'utf8'), { merge: true }));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  return parsed.data;
}
