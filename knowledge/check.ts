// `npm run kb:check`: validates every entry and its references, and prints each problem with file
// and field. Exit code 1 when there is a problem, so CI and editors notice before going live.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_FILE, INTENTS_FILE, loadCatalog, loadIntents, type CatalogTopic } from './catalog';
import { ENTRIES_DIR, readEntries, type EntryProblem } from './loader';
import { loadMunicipality, MUNICIPALITY_FILE } from './municipality';

export interface CheckOptions {
  entriesDir?: string;
  municipalityFile?: string;
  intentsFile?: string;
  /** The shared topic catalogue; skipped (with a note) when absent. */
  catalogFile?: string;
  /** Reviews older than this many days are reported. */
  maxReviewAgeDays?: number;
  today?: Date;
}

/** Every problem of the knowledge base; an empty list means all is well. */
export function checkKnowledge(options: CheckOptions = {}): EntryProblem[] {
  const dir = options.entriesDir ?? ENTRIES_DIR;
  const { entries, problems } = readEntries(dir);
  const municipalityFile = options.municipalityFile ?? MUNICIPALITY_FILE;
  let offices: Set<string> | undefined;
  try {
    offices = new Set(Object.keys(loadMunicipality(municipalityFile).offices));
  } catch (err) {
    problems.push({ file: municipalityFile, field: '', message: (err as Error).message });
  }
  const intentsFile = options.intentsFile ?? INTENTS_FILE;
  const intents = loadIntents(intentsFile);
  const flows = new Set(intents.filter((i) => i.kind === 'flow').map((i) => i.id));

  const seen = new Map<string, string>();
  const today = options.today ?? new Date();
  const maxAge = options.maxReviewAgeDays ?? 365;
  for (const { file, entry } of entries) {
    const other = seen.get(entry.id);
    if (other) problems.push({ file, field: 'id', message: `duplicate id "${entry.id}" (also in ${path.basename(other)})` });
    seen.set(entry.id, file);
    if (path.basename(file).replace(/\.ya?ml$/, '') !== entry.id) problems.push({ file, field: 'id', message: `id "${entry.id}" does not match the file name` });
    if (offices && !offices.has(entry.office)) problems.push({ file, field: 'office', message: `unknown office "${entry.office}" (not in municipality.yaml)` });
    if (entry.flow && !flows.has(entry.flow)) problems.push({ file, field: 'flow', message: `flow "${entry.flow}" does not exist` });
    const reviewed = new Date(`${entry.reviewed}T00:00:00Z`);
    if (Number.isNaN(reviewed.getTime())) problems.push({ file, field: 'reviewed', message: `not a date: ${entry.reviewed}` });
    else if ((today.getTime() - reviewed.getTime()) / 86_400_000 > maxAge) problems.push({ file, field: 'reviewed', message: `review is older than ${maxAge} days (${entry.reviewed})` });
    else if (reviewed.getTime() > today.getTime() + 86_400_000) problems.push({ file, field: 'reviewed', message: `review date lies in the future (${entry.reviewed})` });
  }

  const catalogFile = options.catalogFile ?? CATALOG_FILE;
  if (existsSync(catalogFile)) {
    const catalog: CatalogTopic[] = loadCatalog(catalogFile);
    const known = new Map(catalog.map((t) => [t.id, t]));
    for (const topic of catalog) {
      if (topic.kind === 'answer' && !seen.has(topic.id)) problems.push({ file: path.join(dir, `${topic.id}.yaml`), field: '', message: `topic "${topic.id}" of the catalogue has no entry` });
      if (topic.kind !== 'answer' && !intents.some((i) => i.id === topic.id && i.kind === topic.kind)) {
        problems.push({ file: intentsFile, field: topic.id, message: `${topic.kind} topic "${topic.id}" of the catalogue is not defined` });
      }
    }
    for (const [id, file] of seen) {
      const topic = known.get(id);
      if (!topic) problems.push({ file, field: 'id', message: `"${id}" is not a topic of the catalogue` });
      else if (topic.kind !== 'answer') problems.push({ file, field: 'id', message: `"${id}" is a ${topic.kind} topic, not an answer` });
    }
  }
  return problems;
}

function main(): void {
  const problems = checkKnowledge();
  for (const p of problems) console.error(`${path.relative(process.cwd(), p.file)}: ${p.field || '(file)'}: ${p.message}`);
  if (!existsSync(CATALOG_FILE)) console.error(`note: ${CATALOG_FILE} not found, catalogue coverage not checked`);
  console.log(problems.length ? `${problems.length} problem(s) found` : 'knowledge base OK');
  process.exit(problems.length ? 1 : 0);
}

if (require.main === module) main();
