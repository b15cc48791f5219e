import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_DIR } from './paths';
import { parse } from 'yaml';
import { municipalitySchema, type Municipality, type Office } from './schema';

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

/**
 * The offices with the Rathaus's closed days where they are in it: a day the Rathaus is closed, the
 * Bürgerbüro in it (same address) is closed too (trial 32: it had been "üblicherweise geöffnet"). An
 * office's own entry for a day wins; an office's own closure (a staff outing) does not close the Rathaus.
 */
export function withBuildingClosures(offices: Readonly<Record<string, Office>>): Record<string, Office> {
  const rathaus = offices.rathaus;
  if (!rathaus?.closures.length) return { ...offices };
  const inIt = (office: Office): Office => {
    if (office === rathaus || office.external || office.address !== rathaus.address) return office;
    const own = new Set(office.closures.map((c) => c.date));
    return { ...office, closures: [...office.closures, ...rathaus.closures.filter((c) => !own.has(c.date))] };
  };
  return Object.fromEntries(Object.entries(offices).map(([key, office]) => [key, inIt(office)]));
}

/**
 * The Markt's own offices where staff work, by key: not an external body, and a place with an address
 * ("das Standesamt, bei dem der Fall beurkundet ist" only points to whichever registry holds an entry;
 * trial 44: the console had offered it for accounts and filters).
 */
export const staffedOffices = (town: Municipality): Array<[string, Office]> =>
  Object.entries(town.offices).filter(([, office]) => !office.external && Boolean(office.address));
