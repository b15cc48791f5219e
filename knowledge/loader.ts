// Loads the knowledge entries (one YAML file per topic), validates each with zod and builds the
// router. A broken file is reported with file and field and left out; the others keep working.
// The entries folder is watched: an edited file is picked up without a restart.
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadIntents, type Intent } from './catalog';
import { loadMunicipality } from './municipality';
import { KNOWLEDGE_DIR } from './paths';
import { Router, type Thresholds, type TopicDoc } from './router';
import { entrySchema, type Entry } from './schema';

export const ENTRIES_DIR = path.join(KNOWLEDGE_DIR, 'entries');

export interface EntryProblem {
  file: string;
  /** The failing field ("details.fees"), or "" for the file as a whole. */
  field: string;
  message: string;
}

export interface LoadedEntries {
  entries: Array<{ file: string; entry: Entry }>;
  problems: EntryProblem[];
}

/** Reads and validates every *.yaml / *.yml file of a folder. Never throws for a bad file. */
export function readEntries(dir: string = ENTRIES_DIR): LoadedEntries {
  const result: LoadedEntries = { entries: [], problems: [] };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (err) {
      result.problems.push({ file, field: '', message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) result.problems.push({ file, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    result.entries.push({ file, entry: parsed.data });
  }
  return result;
}

/** What the router indexes for an entry: its own words, and the body text at low weight. */
export function entryDoc(entry: Entry): TopicDoc {
  const d = entry.details;
  const text = [...d.documents, ...d.requirements, d.fees, d.deadlines, d.processingTime, d.appointment, ...d.procedure, ...d.notes]
    .filter(Boolean)
    .join(' ');
  return { id: entry.id, kind: 'answer', title: entry.title, synonyms: entry.synonyms, questions: entry.questions, summary: entry.summary, text };
}

/** The town's names from its profile; none when the profile cannot be read (the router still works). */
function townPlaceNames(): string[] {
  try {
    const town = loadMunicipality();
    // Proper names only: "Markt" or "Landkreis" alone still say something about the topic.
    return [town.shortName, ...town.ortsteile, town.district.replace(/^(Landkreis|Kreis|Stadt)\s+/, '')];
  } catch {
    return [];
  }
}

export const intentDoc = (intent: Intent): TopicDoc => ({ ...intent });

export interface KnowledgeBaseOptions {
  dir?: string;
  intents?: Intent[];
  thresholds?: Thresholds;
  /** Watch the folder and reload on change (the running assistant); off for scripts. */
  watch?: boolean;
  /** The town's and districts' names, ignored for routing (default: read from municipality.yaml). */
  placeNames?: string[];
  /** Told about every problem of a (re)load, e.g. to log it. */
  onProblems?: (problems: EntryProblem[]) => void;
  debounceMs?: number;
}

/** The live knowledge base: entries by id, the router over entries and intents, and reloads. */
export class KnowledgeBase {
  readonly dir: string;
  readonly intents: Intent[];
  private readonly placeNames: string[];
  private state!: { entries: Map<string, Entry>; router: Router; problems: EntryProblem[] };
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private readonly listeners: Array<() => void> = [];

  constructor(private readonly options: KnowledgeBaseOptions = {}) {
    this.dir = options.dir ?? ENTRIES_DIR;
    this.intents = options.intents ?? loadIntents();
    this.placeNames = options.placeNames ?? townPlaceNames();
    this.reload();
    if (options.watch) {
      // The folder may not exist yet on a fresh installation; entries added later must still be seen.
      mkdirSync(this.dir, { recursive: true });
      this.watcher = watch(this.dir, () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.reload(), options.debounceMs ?? 200);
      });
      this.watcher.on('error', () => this.watcher?.close());
    }
  }

  /** Reads the folder again and swaps in a new router; a file that fails is left out and reported. */
  reload(): void {
    const { entries, problems } = readEntries(this.dir);
    const byId = new Map<string, Entry>();
    for (const { file, entry } of entries) {
      if (byId.has(entry.id)) problems.push({ file, field: 'id', message: `duplicate id "${entry.id}"` });
      else byId.set(entry.id, entry);
    }
    const docs = [...[...byId.values()].map(entryDoc), ...this.intents.filter((i) => !byId.has(i.id)).map(intentDoc)];
    this.state = { entries: byId, router: new Router(docs, this.options.thresholds, this.placeNames), problems };
    if (problems.length) this.options.onProblems?.(problems);
    this.listeners.forEach((l) => l());
  }

  /** Called after every reload (tests wait on it). */
  onReload(listener: () => void): void {
    this.listeners.push(listener);
  }

  get router(): Router {
    return this.state.router;
  }

  get problems(): EntryProblem[] {
    return this.state.problems;
  }

  entry(id: string): Entry | undefined {
    return this.state.entries.get(id);
  }

  get entries(): Entry[] {
    return [...this.state.entries.values()];
  }

  /** The title of any topic (entry, flow or intent), for buttons. */
  title(id: string): string | undefined {
    return this.router.topic(id)?.title;
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
  }
}
