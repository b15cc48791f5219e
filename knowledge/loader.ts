// Loads the knowledge entries (one YAML file per topic), validates each with zod and builds the
// router: the retrieval index over the entries and the model trained on the corpus. A broken file is
// reported with file and field and left out; the others keep working. The entries and the corpus
// are watched: an edited file is picked up without a restart (the model retrains in slices, so
// turns go on meanwhile, answered by the previous router).
import { fingerprint, NearDuplicateIndex } from './near-duplicate';
import { existsSync, mkdirSync, watch, type FSWatcher } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadIntents, type Intent } from './catalog';
import { DEFAULT_MODEL_OPTIONS, loadOrTrain, loadOrTrainNow, modelKey, type ModelOptions, type TopicModel } from './model';
import { featureSignature } from './features';
import { loadMunicipality } from './municipality';
import { KNOWLEDGE_DIR } from './paths';
import { loadReferrals, type Referral } from './referrals';
import { ENGLISH, type RouterLanguage } from './language/profile';
import { CALIBRATION_FILE, readCalibration, Router, type Calibration, type TopicDoc } from './router';
import { entrySchema, type Entry } from './schema';
import { de } from './texts/de';
import { isOutOfScope, readCorpus, TRAINING_DIR, type CorpusProblem, type Example } from './training';
import { readTranslations, TRANSLATIONS_DIR } from './translations';
import { readYamlFolder, type FileProblem } from './yaml-folder';

export const ENTRIES_DIR = path.join(KNOWLEDGE_DIR, 'entries');

export type EntryProblem = FileProblem;

export interface LoadedEntries {
  entries: Array<{ file: string; entry: Entry }>;
  problems: EntryProblem[];
}

/** Reads and validates every *.yaml / *.yml file of a folder. Never throws for a bad file. */
export function readEntries(dir: string = ENTRIES_DIR): LoadedEntries {
  const { files, problems } = readYamlFolder(dir, entrySchema);
  const result: LoadedEntries = { entries: files.map(({ file, data }) => ({ file, entry: data })), problems };
  return result;
}

const germanIssue = z.locales.de().localeError;

/**
 * An entry's problems as its editors read them (console and kb:check): plain German instead of
 * the schema's terms ("Zu klein: erwartet, dass string >=3 Zeichen hat"); other issues in zod's German.
 */
export const entryErrorMap: z.core.$ZodErrorMap = (issue) => {
  const t = de.knowledgeEditing;
  if (issue.code === 'too_small' && issue.origin === 'string') return t.atLeastCharacters(Number(issue.minimum));
  if (issue.code === 'too_big' && issue.origin === 'string') return t.atMostCharacters(Number(issue.maximum));
  if (issue.code === 'too_small' && issue.origin === 'array') return t.atLeastItems(Number(issue.minimum));
  if (issue.code === 'too_big' && issue.origin === 'array') return t.atMostItems(Number(issue.maximum));
  if (issue.code === 'invalid_type' && issue.input === undefined) return t.required;
  // The schema's patterns are its keys (an entry's id, an office) and its https addresses.
  if (issue.code === 'invalid_format' && issue.format === 'url') return t.httpsAddress;
  if (issue.code === 'invalid_format' && issue.format === 'regex') return t.keyRule;
  return germanIssue(issue);
};

/** One entry's content against the schema, with the problems named as kb:check names them. */
export function validateEntry(raw: unknown, file: string): { entry: Entry } | { problems: EntryProblem[] } {
  const parsed = entrySchema.safeParse(raw, { error: entryErrorMap });
  if (parsed.success) return { entry: parsed.data };
  return { problems: parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message })) };
}

/** What the router indexes for an entry: its own words, and the body text at low weight. */
export function entryDoc(entry: Entry): TopicDoc {
  const d = entry.details;
  const text = [...d.documents, ...d.requirements, d.fees, d.deadlines, d.processingTime, d.appointment, ...d.procedure, ...d.notes]
    .filter(Boolean)
    .join(' ');
  return { id: entry.id, kind: 'answer', title: entry.title, synonyms: entry.synonyms, questions: entry.questions, summary: entry.summary, text };
}

/** Place names from the town's profile; none when the profile cannot be read (the router still works). */
export interface Places {
  /** The town and its Ortsteile. */
  town: string[];
  /** Names that say where, not what, but are not the town's (the district). */
  around: string[];
  /** The municipalities around, whose own services are theirs (municipality.yaml `neighbours`). */
  neighbours: string[];
}

export function townPlaces(): Places {
  try {
    const town = loadMunicipality();
    // Proper names only: "Markt" or "Landkreis" alone still say something about the topic.
    return {
      town: [town.shortName, ...town.ortsteile],
      around: [town.district.replace(/^(Landkreis|Kreis|Stadt)\s+/, '')],
      neighbours: town.neighbours,
    };
  } catch {
    return { town: [], around: [], neighbours: [] };
  }
}

export const intentDoc = (intent: Intent): TopicDoc => ({ ...intent });

/** The editors' own words for each topic (title, synonyms, example questions) are training examples too. */
export function namingExamples(docs: readonly TopicDoc[]): Example[] {
  return docs.flatMap((d) => [d.title, ...d.synonyms, ...d.questions].map((text) => ({ text, label: d.id })));
}

/** The English corpus (training/en/topics, training/en/out-of-scope) and its calibration. */
export const ENGLISH_TRAINING_DIR = path.join(TRAINING_DIR, 'en');
const ENGLISH_CALIBRATION_FILE = path.join(ENGLISH_TRAINING_DIR, 'calibration.json');

/**
 * Training epochs of the English model: its corpus is half the German one, and 5-fold cross-validation
 * found 3 epochs underfit (top-1 0.74) and 6, 10 and 16 alike (0.74–0.76); the smallest of those.
 */
const ENGLISH_EPOCHS = 6;

/** The model options of a language's router (German leaves `language` out: its model keys stay as they were). */
export const modelOptionsFor = (language: RouterLanguage, places: readonly string[]): ModelOptions =>
  language === 'en'
    ? { ...DEFAULT_MODEL_OPTIONS, train: { ...DEFAULT_MODEL_OPTIONS.train, epochs: ENGLISH_EPOCHS }, places, language }
    : { ...DEFAULT_MODEL_OPTIONS, places };

/** The training corpus folder and calibration file of a language. */
export const trainingDirOf = (language: RouterLanguage): string => (language === 'en' ? ENGLISH_TRAINING_DIR : TRAINING_DIR);
export const calibrationFileOf = (language: RouterLanguage): string => (language === 'en' ? ENGLISH_CALIBRATION_FILE : CALIBRATION_FILE);

/**
 * The topics as the English router indexes them: the English title and summary where a translation
 * exists (knowledge/translations/en), else the German title; the German title and synonyms as
 * synonyms, since English writers mix in the German words of the office ("Anmeldung", "Perso").
 * The German example questions and body text are left out: English stemming would only misread them.
 */
export function englishDocs(docs: readonly TopicDoc[], translationsDir: string = TRANSLATIONS_DIR): TopicDoc[] {
  const english = readTranslations(translationsDir).byLanguage.get('en');
  return docs.map((doc) => {
    const translation = english?.get(doc.id);
    return {
      id: doc.id,
      kind: doc.kind,
      title: translation?.title ?? doc.title,
      synonyms: translation ? [doc.title, ...doc.synonyms] : doc.synonyms,
      questions: [],
      ...(translation ? { summary: translation.summary } : {}),
    };
  });
}


const knownTo = (docs: readonly TopicDoc[]) => {
  const ids = new Set(docs.map((d) => d.id));
  return (e: Example) => ids.has(e.label) || isOutOfScope(e.label);
};

/**
 * The English model learns from the German corpus as well (never judged on it): English writers mix
 * in the office's German words, and the German messages teach each topic's names and letters. 5-fold
 * cross-validation on the English corpus, judged on English messages only: top-1 0.72 and OOS F1 0.73
 * without German messages; 0.75–0.77 and 0.75–0.77 with every fourth, every second or every one
 * (best objective with all).
 */
export function germanCorpusFor(docs: readonly TopicDoc[], german: readonly Example[]): Example[] {
  return german.filter(knownTo(docs));
}

/** What the English model is trained on: the topics' naming words, the German corpus and the English corpus. */
export function englishExamples(docs: readonly TopicDoc[], english: readonly Example[], german: readonly Example[]): Example[] {
  return [...namingExamples(docs), ...germanCorpusFor(docs, german), ...english.filter(knownTo(docs))];
}

/** Where trained models are kept between runs when the caller names no folder. */
export const DEFAULT_MODEL_CACHE = path.join(os.tmpdir(), 'buerger-assistent-models');

export interface KnowledgeBaseOptions {
  dir?: string;
  /** The training corpus (default knowledge/training). */
  trainingDir?: string;
  /** The English training corpus (default knowledge/training/en); without its folders there is no English router. */
  englishTrainingDir?: string;
  englishCalibration?: Calibration;
  translationsDir?: string;
  intents?: Intent[];
  calibration?: Calibration;
  /** Trained models are cached here (default: a folder in the system's temporary directory). */
  cacheDir?: string;
  /** Watch the folders and reload on change (the running assistant); off for scripts. */
  watch?: boolean;
  /** The town's and the district's names (default: read from municipality.yaml). */
  places?: Places;
  /** Told about every problem of a (re)load, e.g. to log it. */
  onProblems?: (problems: Array<EntryProblem | CorpusProblem>) => void;
  debounceMs?: number;
}

interface Loaded {
  entries: Map<string, Entry>;
  /** The entries of the files alone, before the console's edits. */
  files: Map<string, Entry>;
  docs: TopicDoc[];
  examples: Example[];
  key: string;
  problems: EntryProblem[];
}

/** The live knowledge base: entries by id, the router over entries and intents, and reloads. */
export class KnowledgeBase {
  readonly dir: string;
  readonly trainingDir: string;
  readonly intents: Intent[];
  readonly places: Places;
  private readonly calibration: Calibration;
  private readonly referrals: Map<string, Referral>;
  private readonly modelOptions: ModelOptions;
  private state!: { entries: Map<string, Entry>; files: Map<string, Entry>; router: Router; model: TopicModel; problems: EntryProblem[] };
  private readonly watchers: FSWatcher[] = [];
  private timer?: NodeJS.Timeout;
  private generation = 0;
  private closed = false;
  private readonly listeners: Array<() => void> = [];
  /** Questions editors assigned to a topic (or to "not ours") from the unanswered list. */
  private readonly learnedExamples: Example[] = [];
  /**
   * Questions the router decides as told before its model knows them: those learned from the
   * unanswered list, and those an editor added to an entry in the console (until the retrained
   * model has them too; rebuilt on every reload so a question taken out again is forgotten).
   */
  private learned = new NearDuplicateIndex<string>();
  /** Entries edited in the console: they win over the file of the same id; null retires the entry. */
  private overlays: ReadonlyMap<string, Entry | null> = new Map();
  /**
   * The English router (when there is an English corpus). Its model is loaded or trained in the
   * background right after start, in slices between turns: with the model cached that takes about
   * 0.35 s and 4 MB of heap, but a cold training (German corpus included) takes several times the
   * German one's, which the start no longer waits for. An English question before it is ready
   * builds it at once.
   */
  private english?: Router;
  private englishModel?: TopicModel;

  constructor(private readonly options: KnowledgeBaseOptions = {}) {
    this.dir = options.dir ?? ENTRIES_DIR;
    this.trainingDir = options.trainingDir ?? TRAINING_DIR;
    this.intents = options.intents ?? loadIntents();
    this.places = options.places ?? townPlaces();
    this.calibration = options.calibration ?? readCalibration();
    this.referrals = loadReferrals();
    this.modelOptions = modelOptionsFor('de', this.places.town);
    const loaded = this.read();
    this.swap(loaded, loadOrTrainNow(loaded.examples, { key: loaded.key, cacheDir: this.cacheDir, model: this.modelOptions }));
    void this.prepareEnglish();
    if (options.watch) {
      // The folder may not exist yet on a fresh installation; entries added later must still be seen.
      mkdirSync(this.dir, { recursive: true });
      const folders = [
        this.dir,
        ...[this.trainingDir, this.englishTrainingDir].flatMap((dir) => [path.join(dir, 'topics'), path.join(dir, 'out-of-scope')]),
      ].filter(existsSync);
      for (const folder of folders) {
        const watcher = watch(folder, () => {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => void this.reload(), options.debounceMs ?? 200);
        });
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      }
    }
  }

  private get cacheDir(): string {
    return this.options.cacheDir ?? DEFAULT_MODEL_CACHE;
  }

  /** Reads the folders again and swaps in a new router once its model is trained; a file that fails is left out and reported. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    const loaded = this.read();
    const english = this.readEnglish(loaded.docs);
    // The entries (a fee, a new or retired topic) and the editors' questions count at once, on the
    // models trained so far; the retrained models follow.
    this.learned = this.pendingQuestions();
    this.swap(loaded, this.state.model, { notify: false });
    if (english && this.englishModel) this.english = this.englishRouterOf(english, this.englishModel);
    // Training yields to the event loop between slices, and stops when the knowledge base is closed.
    // A training that a newer reload made useless stops too (edits in the console come in bursts).
    const superseded = () => this.closed || generation !== this.generation;
    const yieldEvery = () => (superseded() ? Promise.reject(new Error('reload superseded')) : new Promise<void>((r) => setImmediate(r)));
    const train = async (examples: readonly Example[], key: string, model: ModelOptions): Promise<TopicModel | undefined> => {
      try {
        return await loadOrTrain(examples, { key, cacheDir: this.cacheDir, model, yieldEvery });
      } catch (error) {
        if (superseded()) return undefined;
        throw error;
      }
    };
    const model = await train(loaded.examples, loaded.key, this.modelOptions);
    // A newer reload started meanwhile: its result wins.
    if (!model || superseded()) return;
    this.swap(loaded, model);
    // German answers with the change at once; the English router (its model learns from the German
    // corpus and titles too, so it retrains as well) follows when trained, the previous one answers meanwhile.
    if (!english) return void (this.english = undefined);
    const englishModel = await train(english.examples, english.key, this.englishModelOptions);
    if (englishModel && !superseded()) this.english = this.englishRouterOf(english, englishModel);
  }

  private get englishTrainingDir(): string {
    return this.options.englishTrainingDir ?? path.join(this.trainingDir, 'en');
  }

  private get englishModelOptions(): ModelOptions {
    return modelOptionsFor('en', this.places.town);
  }

  /** The English docs and training examples, or nothing when there is no English corpus. */
  private readEnglish(germanDocs: readonly TopicDoc[]): { docs: TopicDoc[]; examples: Example[]; key: string } | undefined {
    if (!existsSync(path.join(this.englishTrainingDir, 'topics'))) return undefined;
    const docs = englishDocs(germanDocs, this.options.translationsDir);
    const corpus = readCorpus(this.englishTrainingDir);
    if (corpus.problems.length) this.options.onProblems?.(corpus.problems);
    const examples = englishExamples(docs, corpus.examples, readCorpus(this.trainingDir).examples);
    return { docs, examples, key: modelKey(examples, this.englishModelOptions, featureSignature(ENGLISH)) };
  }

  private englishRouterOf(loaded: { docs: TopicDoc[] }, model: TopicModel): Router {
    this.englishModel = model;
    return new Router(loaded.docs, {
      model,
      calibration: this.options.englishCalibration ?? readCalibration(ENGLISH_CALIBRATION_FILE),
      placeNames: [...this.places.town, ...this.places.around],
      learned: this.learned,
      profile: ENGLISH,
      otherLanguage: (language) => this.routerFor(language),
    });
  }

  private async prepareEnglish(): Promise<void> {
    const generation = this.generation;
    const english = this.readEnglish(this.state.router.docs);
    if (!english) return;
    const yieldEvery = () => (this.closed ? Promise.reject(new Error('knowledge base closed')) : new Promise<void>((r) => setImmediate(r)));
    let model: TopicModel;
    try {
      model = await loadOrTrain(english.examples, { key: english.key, cacheDir: this.cacheDir, model: this.englishModelOptions, yieldEvery });
    } catch (error) {
      if (this.closed) return;
      throw error;
    }
    // A reload or an English question meanwhile has built the router already.
    if (generation === this.generation && !this.english) this.english = this.englishRouterOf(english, model);
  }

  /** The router for a language: German always, English when there is an English corpus. */
  routerFor(language: RouterLanguage): Router | undefined {
    if (language === 'de') return this.state.router;
    if (!this.english) {
      const english = this.readEnglish(this.state.router.docs);
      if (english) this.english = this.englishRouterOf(english, loadOrTrainNow(english.examples, { key: english.key, cacheDir: this.cacheDir, model: this.englishModelOptions }));
    }
    return this.english;
  }

  private read(): Loaded {
    const { entries, problems } = readEntries(this.dir);
    const files = new Map<string, Entry>();
    for (const { file, entry } of entries) {
      if (files.has(entry.id)) problems.push({ file, field: 'id', message: `duplicate id "${entry.id}"` });
      else files.set(entry.id, entry);
    }
    const byId = new Map(files);
    for (const [id, entry] of this.overlays) {
      if (entry) byId.set(id, entry);
      else byId.delete(id);
    }
    const docs = [...[...byId.values()].map(entryDoc), ...this.intents.filter((i) => !byId.has(i.id)).map(intentDoc)];
    const corpus = readCorpus(this.trainingDir);
    const ids = new Set(docs.map((d) => d.id));
    // Examples of topics this installation does not have are left out (a town may retire an entry).
    const examples = [
      ...namingExamples(docs),
      ...[...corpus.examples, ...this.learnedExamples].filter((e) => ids.has(e.label) || isOutOfScope(e.label)),
    ];
    const all = [...problems, ...corpus.problems];
    if (all.length) this.options.onProblems?.(all);
    return { entries: byId, files, docs, examples, key: modelKey(examples, this.modelOptions, featureSignature()), problems };
  }

  /** The learned questions and the questions editors added to entries (those their files do not have). */
  private pendingQuestions(): NearDuplicateIndex<string> {
    const index = new NearDuplicateIndex<string>();
    for (const example of this.learnedExamples) index.add(fingerprint(example.text), example.label);
    for (const [id, entry] of this.overlays) {
      const inFile = new Set(this.state.files.get(id)?.questions ?? []);
      for (const question of entry?.questions ?? []) if (!inFile.has(question)) index.add(fingerprint(question), id);
    }
    return index;
  }

  private swap(loaded: Loaded, model: TopicModel, { notify } = { notify: true }): void {
    const router = new Router(loaded.docs, {
      model,
      calibration: this.calibration,
      placeNames: [...this.places.town, ...this.places.around],
      townPlaces: this.places.town,
      neighbours: this.places.neighbours,
      learned: this.learned,
      otherLanguage: (language) => this.routerFor(language),
    });
    this.state = { entries: loaded.entries, files: loaded.files, router, model, problems: loaded.problems };
    if (notify) this.listeners.forEach((l) => l());
  }

  /**
   * Takes questions an editor assigned to a topic or to "not ours" (label OUT_OF_SCOPE + key):
   * the router decides them (and near copies) so at once, and the model retrains with them in
   * the background. Examples already known are ignored, so every instance can apply all of them.
   */
  learn(examples: readonly Example[]): void {
    const known = new Set(this.learnedExamples.map((e) => `${e.label}\u0000${e.text}`));
    const added = examples.filter((e) => !known.has(`${e.label}\u0000${e.text}`));
    if (!added.length) return;
    for (const example of added) {
      this.learnedExamples.push(example);
      this.learned.add(fingerprint(example.text), example.label);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? 200);
  }

  /**
   * Sets the entries edited in the console (they win over the files; null retires an entry) and
   * rebuilds the router with them. Resolves when the new router answers.
   */
  async overlay(entries: ReadonlyMap<string, Entry | null>): Promise<void> {
    this.overlays = new Map(entries);
    clearTimeout(this.timer);
    await this.reload();
  }

  /** The entries as their files in the repository have them (before the console's edits). */
  get fileEntries(): ReadonlyMap<string, Entry> {
    return this.state.files;
  }

  /** Called after every reload, once its German model is trained (tests wait on it). */
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

  /** The body to name for an out-of-scope question of this kind (training/out-of-scope/<key>.txt). */
  referral(key: string | undefined): Referral | undefined {
    return key === undefined ? undefined : this.referrals.get(key);
  }

  /** The title of any topic (entry, flow or intent), for buttons. */
  title(id: string): string | undefined {
    return this.router.topic(id)?.title;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.watchers.forEach((w) => w.close());
  }
}
