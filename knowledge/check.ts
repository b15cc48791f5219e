// `npm run kb:check`: validates every entry and its references, and the training corpus, and prints
// each problem with file and field (or line). Exit code 1 when there is a problem, so CI and editors
// notice before going live. Warnings (exit code 0) name what should be done soon.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { CATALOG_FILE, INTENTS_FILE, loadCatalog, loadIntents, type CatalogTopic } from './catalog';
import { featureSignature } from './features';
import { de } from './texts/de';
import { profileOf, type RouterLanguage } from './language/profile';
import {
  calibrationFileOf,
  englishDocs,
  englishExamples,
  ENGLISH_TRAINING_DIR,
  entryDoc,
  ENTRIES_DIR,
  intentDoc,
  modelOptionsFor,
  namingExamples,
  readEntries,
  townPlaces,
  trainingDirOf,
  type EntryProblem,
} from './loader';
import { modelKey } from './model';
import { loadMunicipality, MUNICIPALITY_FILE } from './municipality';
import { loadReferrals, REFERRALS_FILE } from './referrals';
import { KNOWLEDGE_DIR } from './paths';
import { readCalibration } from './router';
import { checkLeichteSprache } from './language/leichte-sprache';
import { isOutOfScope, OUT_OF_SCOPE, readCorpus } from './training';
import type { Entry, Municipality } from './schema';
import { cutInFirstReply } from './answer';
import { readTranslations, TRANSLATIONS_DIR, type Translation } from './translations';

/** Every topic needs this many example messages in the corpus to be learned reliably. */
export const MIN_EXAMPLES = 40;
/**
 * The English corpus is a second language for a minority of conversations: fewer messages per topic
 * are asked of it (its cross-validated figures are in training/en/calibration.json).
 */
export const MIN_EXAMPLES_ENGLISH = 30;

export interface CheckOptions {
  entriesDir?: string;
  municipalityFile?: string;
  intentsFile?: string;
  /** The shared topic catalogue; skipped (with a note) when absent. */
  catalogFile?: string;
  today?: Date;
}

export interface FreshnessOptions {
  entriesDir?: string;
  municipalityFile?: string;
  /** Reviews older than this many months are named (default 12). */
  maxReviewMonths?: number;
  today?: Date;
}

/**
 * What an editor should look at soon (warnings, not errors): entries whose review is older than
 * `maxReviewMonths`, and fees or deadlines stated without a legal basis.
 */
export function checkFreshness(options: FreshnessOptions = {}): string[] {
  const today = options.today ?? new Date();
  const months = options.maxReviewMonths ?? 12;
  const town = loadMunicipality(options.municipalityFile ?? MUNICIPALITY_FILE);
  return readEntries(options.entriesDir ?? ENTRIES_DIR).entries.flatMap(({ file, entry }) =>
    entryWarnings(entry, today, months, town).map((w) => `${path.basename(file)}: ${w.field}: ${w.message}`),
  );
}

/**
 * The warnings of one entry (checkFreshness; the console shows them while an editor writes). With the
 * town: a short answer or a note too long for a first reply in the chat (trial 40: a long note was cut without a word).
 */
export function entryWarnings(entry: Entry, today: Date, months = 12, town?: Municipality): EntryWarning[] {
  const oldest = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  const warnings: EntryWarning[] = [];
  if (new Date(`${entry.reviewed}T00:00:00Z`) < oldest) warnings.push({ field: 'reviewed', message: de.knowledgeEditing.reviewedLongAgo(entry.reviewed, months) });
  if ((entry.details.fees || entry.details.deadlines) && entry.legal.length === 0) {
    warnings.push({ field: 'legal', message: de.knowledgeEditing.noLegalBasis });
  }
  if (town) {
    const cut = cutInFirstReply(entry, town);
    if (cut.summary) warnings.push({ field: 'summary', message: de.knowledgeEditing.summaryCutShort(entry.summary.length) });
    for (const i of cut.notes) warnings.push({ field: `details.notes.${i}`, message: de.knowledgeEditing.noteCutShort(i + 1, entry.details.notes[i]!.length) });
  }
  return warnings;
}

export interface EntryWarning {
  field: string;
  message: string;
}

/** What the checks of one entry compare it with: the town's offices and the flows. */
export interface EntryContext {
  /** Undefined when the town's profile cannot be read (that is a problem of its own). */
  offices?: ReadonlySet<string>;
  flows: ReadonlySet<string>;
  today: Date;
}

/** The problems of one valid entry against the town's profile and the flows (checkKnowledge; the console checks every save with it). */
/**
 * The short answer's length: with the title, the office and the date it is the first reply, which
 * must fit whole on a phone (FIRST_REPLY_MAX in answer.ts); the console's hint says the same.
 */
const SUMMARY_MAX = 280;
/** A file's name ("municipality.yaml", "router.ts"). */
const FILE_NAME = /\b[\w-]+\.(?:ya?ml|ts|js|json|txt|md)\b/u;

export function entryProblems(entry: Entry, file: string, context: EntryContext): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const summary = entry.summary.trim().length;
  if (summary > SUMMARY_MAX) problems.push({ file, field: 'summary', message: de.knowledgeEditing.summaryTooLong(summary, SUMMARY_MAX) });
  if (context.offices && !context.offices.has(entry.office)) problems.push({ file, field: 'office', message: de.knowledgeEditing.unknownOffice(entry.office) });
  if (context.offices && entry.localOffice !== undefined && !context.offices.has(entry.localOffice))
    problems.push({ file, field: 'localOffice', message: de.knowledgeEditing.unknownOffice(entry.localOffice) });
  if (entry.flow && !context.flows.has(entry.flow)) problems.push({ file, field: 'flow', message: de.knowledgeEditing.unknownFlow(entry.flow) });
  // The source stands under the answer: a file of ours means nothing to a citizen (trial 34: "municipality.yaml" had been shown).
  const fileNamed = FILE_NAME.exec(entry.source)?.[0];
  if (fileNamed) problems.push({ file, field: 'source', message: de.knowledgeEditing.sourceNamesFile(fileNamed) });
  const reviewed = new Date(`${entry.reviewed}T00:00:00Z`);
  if (Number.isNaN(reviewed.getTime())) problems.push({ file, field: 'reviewed', message: de.knowledgeEditing.notADate(entry.reviewed) });
  else if (reviewed.getTime() > context.today.getTime() + 86_400_000) problems.push({ file, field: 'reviewed', message: de.knowledgeEditing.reviewInFuture(entry.reviewed) });
  return problems;
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
  for (const { file, entry } of entries) {
    const other = seen.get(entry.id);
    if (other) problems.push({ file, field: 'id', message: `duplicate id "${entry.id}" (also in ${path.basename(other)})` });
    seen.set(entry.id, file);
    if (path.basename(file).replace(/\.ya?ml$/, '') !== entry.id) problems.push({ file, field: 'id', message: `id "${entry.id}" does not match the file name` });
    problems.push(...entryProblems(entry, file, { offices, flows, today }));
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

/** The language folder whose texts must follow the rules of Leichte Sprache. */
const LEICHTE_SPRACHE = 'ls';

/** Every text of a translation with its field ("details.documents.0"). */
function translatedTexts(translation: Translation): [string, string][] {
  const texts: [string, string][] = [['title', translation.title], ['summary', translation.summary]];
  for (const [key, value] of Object.entries(translation.details)) {
    if (Array.isArray(value)) value.forEach((item, i) => texts.push([`details.${key}.${i}`, item]));
    else if (value !== undefined) texts.push([`details.${key}`, value]);
  }
  if (translation.online) texts.push(['online.title', translation.online.title]);
  translation.links?.forEach((title, i) => texts.push([`links.${i}`, title]));
  return texts;
}

export interface TranslationCheckOptions {
  entriesDir?: string;
  translationsDir?: string;
}

/**
 * The translations (knowledge/translations/<language>/): problems are broken files, translations of
 * no entry, texts the German entry does not have, and an entry without a translation in a language
 * that has a folder; warnings are texts that fall back to German and translations older than the
 * German entry's review. Every Leichte-Sprache text (language `ls`) that breaks a rule of
 * language/leichte-sprache.ts is a problem.
 */
export function checkTranslations(options: TranslationCheckOptions = {}): { problems: EntryProblem[]; warnings: string[] } {
  const translationsDir = options.translationsDir ?? TRANSLATIONS_DIR;
  const { byLanguage, problems } = readTranslations(translationsDir);
  const entries = new Map(readEntries(options.entriesDir ?? ENTRIES_DIR).entries.map((e) => [e.entry.id, e.entry]));
  const warnings: string[] = [];
  for (const [language, translations] of byLanguage) {
    const fileOf = (id: string) => path.join(translationsDir, language, `${id}.yaml`);
    for (const id of entries.keys()) if (!translations.has(id)) problems.push({ file: fileOf(id), field: '', message: `entry "${id}" has no translation in "${language}"` });
    for (const [id, translation] of translations) {
      const entry = entries.get(id);
      if (!entry) {
        problems.push({ file: fileOf(id), field: 'id', message: `"${id}" is not an entry of the knowledge base` });
        continue;
      }
      const german: Record<string, unknown> = entry.details;
      const hasGerman = (key: string) => {
        const value = german[key];
        return Array.isArray(value) ? value.length > 0 : value !== undefined;
      };
      for (const key of Object.keys(translation.details)) {
        if (!hasGerman(key)) problems.push({ file: fileOf(id), field: `details.${key}`, message: 'the German entry has no such text' });
        const [mine, theirs] = [translation.details[key as keyof typeof translation.details], german[key]];
        // The answer shows the German list instead of one with another number of items (an older text).
        if (Array.isArray(mine) && Array.isArray(theirs) && mine.length !== theirs.length)
          problems.push({ file: fileOf(id), field: `details.${key}`, message: `${mine.length} items for ${theirs.length} in the German entry` });
      }
      for (const key of Object.keys(german).filter(hasGerman)) {
        if (!(key in translation.details)) warnings.push(`${path.relative(process.cwd(), fileOf(id))}: details.${key}: not translated, the German text is shown`);
      }
      if (translation.online && !entry.online) problems.push({ file: fileOf(id), field: 'online', message: 'the German entry has no online service' });
      if (translation.links && translation.links.length !== entry.links.length) problems.push({ file: fileOf(id), field: 'links', message: `${translation.links.length} link titles for ${entry.links.length} links` });
      if (language === LEICHTE_SPRACHE) {
        for (const [field, text] of translatedTexts(translation)) {
          for (const v of checkLeichteSprache(text)) problems.push({ file: fileOf(id), field, message: `Leichte Sprache, ${v.rule}: ${v.message}` });
        }
      }
      if (translation.basedOn < entry.reviewed) warnings.push(`${path.relative(process.cwd(), fileOf(id))}: basedOn: follows the German entry of ${translation.basedOn}, which was revised on ${entry.reviewed}`);
    }
  }
  return { problems, warnings };
}

export interface CorpusCheckOptions {
  /** The corpus language (default German): English is checked against the English topics and its own calibration. */
  language?: RouterLanguage;
  entriesDir?: string;
  intentsFile?: string;
  trainingDir?: string;
  referralsFile?: string;
  calibrationFile?: string;
}

/**
 * The training corpus against the topics: every line readable, every topic with MIN_EXAMPLES
 * examples, no file for a topic that does not exist, a referral for every out-of-scope file (and the
 * reverse). Warnings: the calibration was chosen on another corpus (run `npm run kb:calibrate`).
 */
export function checkCorpus(options: CorpusCheckOptions = {}): { problems: EntryProblem[]; warnings: string[] } {
  const language = options.language ?? 'de';
  const trainingDir = options.trainingDir ?? trainingDirOf(language);
  const minimum = language === 'en' ? MIN_EXAMPLES_ENGLISH : MIN_EXAMPLES;
  const corpus = readCorpus(trainingDir);
  const problems: EntryProblem[] = corpus.problems.map((p) => ({ file: p.file, field: `line ${p.line}`, message: p.message }));
  const german = [...readEntries(options.entriesDir ?? ENTRIES_DIR).entries.map((e) => entryDoc(e.entry)), ...loadIntents(options.intentsFile ?? INTENTS_FILE).map(intentDoc)];
  const docs = language === 'en' ? englishDocs(german) : german;
  const counts = new Map<string, number>();
  for (const e of corpus.examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const topicFile = (label: string) => path.join(trainingDir, isOutOfScope(label) ? 'out-of-scope' : 'topics', `${isOutOfScope(label) ? label.slice(OUT_OF_SCOPE.length) : label}.txt`);
  for (const doc of docs) {
    const n = counts.get(doc.id) ?? 0;
    if (n < minimum) problems.push({ file: topicFile(doc.id), field: '', message: `${n} example messages for "${doc.id}", at least ${minimum} are needed` });
  }
  for (const label of counts.keys()) {
    if (!isOutOfScope(label) && !docs.some((d) => d.id === label)) problems.push({ file: topicFile(label), field: '', message: `"${label}" is not a topic of the knowledge base` });
  }
  const referralsFile = options.referralsFile ?? REFERRALS_FILE;
  const referrals = loadReferrals(referralsFile);
  const bodies = new Set([...counts.keys()].filter(isOutOfScope).map((l) => l.slice(OUT_OF_SCOPE.length)));
  for (const key of bodies) if (key !== 'allgemein' && !referrals.has(key)) problems.push({ file: referralsFile, field: key, message: `out-of-scope file "${key}" has no referral` });
  for (const [key, referral] of referrals) if (!referral.byRule && !bodies.has(key)) problems.push({ file: referralsFile, field: key, message: `referral "${key}" has no example messages in out-of-scope/${key}.txt` });

  const warnings: string[] = [];
  const calibrationFile = options.calibrationFile ?? calibrationFileOf(language);
  const calibration = readCalibration(calibrationFile);
  const ids = new Set(docs.map((d) => d.id));
  const examples =
    language === 'en' ? englishExamples(docs, corpus.examples, readCorpus().examples) : [...namingExamples(docs), ...corpus.examples.filter((e) => ids.has(e.label) || isOutOfScope(e.label))];
  if (calibration.chosenBy?.model !== modelKey(examples, modelOptionsFor(language, townPlaces().town), featureSignature(profileOf(language)))) {
    const command = language === 'en' ? 'npm run kb:calibrate -- --language en' : 'npm run kb:calibrate';
    warnings.push(`the router's ${language === 'en' ? 'English ' : ''}calibration was chosen on an older corpus or knowledge base: run \`${command}\` (a minute or two) and commit ${path.relative(KNOWLEDGE_DIR, calibrationFile)}`);
  }
  return { problems, warnings };
}

function main(): void {
  const { values } = parseArgs({ options: { 'max-review-months': { type: 'string', default: '12' } } });
  const corpus = checkCorpus();
  // The English corpus is optional (an installation without one has no English router).
  const english = existsSync(ENGLISH_TRAINING_DIR) ? checkCorpus({ language: 'en' }) : { problems: [], warnings: [] };
  const translations = checkTranslations();
  const warnings = [...checkFreshness({ maxReviewMonths: Number(values['max-review-months']) }), ...corpus.warnings, ...english.warnings, ...translations.warnings];
  const problems = [...checkKnowledge(), ...corpus.problems, ...english.problems, ...translations.problems];
  for (const p of problems) console.error(`${path.relative(process.cwd(), p.file)}: ${p.field || '(file)'}: ${p.message}`);
  for (const w of warnings) console.error(`warning: ${w}`);
  console.log(problems.length ? `${problems.length} problem(s) found` : 'knowledge base OK');
  process.exit(problems.length ? 1 : 0);
}

if (require.main === module) main();
