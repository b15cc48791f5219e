// The editors' knowledge editing (roles editor and admin): the entries with their review date and
// citizens' ratings, saving an entry (checked with the schema and the checks of `kb:check`, its
// review date set to today), a preview of the answer built by the same code that answers citizens,
// each entry's history with a diff and revert, new and retired entries, and the entries as the YAML
// of knowledge/entries/ to keep them in git (export, and an import applied only when every entry is valid).
import express, { type Response, type Router } from 'express';
import { parseAllDocuments, stringify } from 'yaml';
import { z } from 'zod';
import { buildReport, savingsOf } from '../analytics/report';
import { answerReply } from '../conversation/answers';
import { changesBetween, type KnowledgeEdits } from '../knowledge-edits';
import type { AssistantServices } from '../turn';
import { addDays } from '../../dialogs/dates';
import { entryProblems, entryWarnings, type EntryContext } from '../../knowledge/check';
import type { Facet } from '../../knowledge/language/facets';
import { entryErrorMap, validateEntry, type EntryProblem } from '../../knowledge/loader';
import { entryIdSchema, type Entry } from '../../knowledge/schema';
import { translateEntry, translationOf } from '../../knowledge/translated';
import { de } from '../../knowledge/texts/de';
import { staffOf, type StaffAuth } from './auth';

const t = de.knowledgeEditing;

const seenSchema = z.number().int().min(0).max(1_000_000);
const saveSchema = z.object({ entry: z.record(z.string(), z.unknown()), seen: seenSchema });
const createSchema = z.object({ entry: z.record(z.string(), z.unknown()) });
const retireSchema = z.object({ seen: seenSchema });
const revertSchema = z.object({ version: seenSchema, seen: seenSchema });
const facets = ['fees', 'duration', 'documents', 'procedure', 'appointment', 'office', 'online'] as const satisfies readonly Facet[];
const previewSchema = z.object({ entry: z.record(z.string(), z.unknown()), facet: z.enum(facets).optional() });
/** The YAML of all entries is about 150 kB; a town may have many more. */
const IMPORT_LIMIT = '2mb';
/** Ratings of the last year stand next to each entry. */
const RATING_DAYS = 365;

/** Today in the town (the review date a save sets). */
const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** The entry as a file of knowledge/entries/ has it: without empty lists and default values. */
function entryYaml(entry: Entry): string {
  const details = Object.fromEntries(Object.entries(entry.details).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
  const plain = Object.fromEntries(
    Object.entries({ ...entry, details }).filter(([key, value]) => {
      if (Array.isArray(value)) return value.length > 0 && !(key === 'audience' && value.length === 1 && value[0] === 'Bürger');
      if (key === 'personalAdvice') return value === true;
      if (key === 'details') return Object.keys(details).length > 0;
      return value !== undefined;
    }),
  );
  return stringify(plain, { lineWidth: 0 });
}

export function knowledgeRoutes(services: AssistantServices, auth: StaffAuth, edits: KnowledgeEdits): Router {
  const api = express.Router();
  api.use(auth.requireRole('editor', 'admin'));
  const { knowledge, municipality, analytics, config } = services;
  const context = (): EntryContext => ({
    offices: new Set(Object.keys(municipality.offices)),
    flows: new Set(knowledge.intents.filter((i) => i.kind === 'flow').map((i) => i.id)),
    today: new Date(),
  });
  const systemIds = new Set(knowledge.intents.map((i) => i.id));

  /** The entry of a body checked as kb:check checks a file, or the problems (field and message). */
  const check = (raw: unknown, id: string): { entry: Entry } | { problems: EntryProblem[] } => {
    const file = `${id}.yaml`;
    const checked = validateEntry(raw, file);
    if (!('entry' in checked)) return checked;
    const problems = entryProblems(checked.entry, file, context());
    if (checked.entry.id !== id) problems.push({ file, field: 'id', message: t.idMismatch });
    if (systemIds.has(checked.entry.id)) problems.push({ file, field: 'id', message: t.notAnEntryId });
    return problems.length ? { problems } : checked;
  };
  const invalid = (res: Response, problems: EntryProblem[]) =>
    void res.status(422).json({ error: t.invalid, problems: problems.map(({ field, message }) => ({ field, message })) });
  const param = (value: unknown, res: Response): string | undefined => {
    const id = entryIdSchema.safeParse(value);
    if (id.success) return id.data;
    res.status(404).json({ error: t.entryNotFound });
    return undefined;
  };
  /**
   * The entries in force as the store has them: the latest version of each edited entry over the
   * files (the router may still be learning the newest for a few seconds), and the versions.
   */
  const inForce = async () => {
    const latest = await edits.latest();
    const entries = new Map(knowledge.fileEntries);
    for (const [id, version] of latest) {
      if (version.entry) entries.set(id, version.entry);
      else entries.delete(id);
    }
    return { entries, latest };
  };
  /** The entry's versions with what each changed; version 0 is the file in the repository (when there is one). */
  const historyOf = async (id: string) => {
    const versions = await edits.history(id);
    const file = knowledge.fileEntries.get(id) ?? null;
    let before: Entry | null = file;
    return versions.map((v) => {
      const changes = changesBetween(before, v.entry);
      before = v.entry;
      // byName: the editor as colleagues know them (trial 45: the history showed the account's login name).
      return {
        version: v.version,
        action: v.action,
        by: v.by,
        byName: auth.accounts.speakerOf(v.by, '').name,
        at: v.at,
        revertedTo: v.revertedTo,
        changes,
      };
    });
  };

  api.get('/entries', async (_req, res) => {
    const to = today();
    const report = await buildReport(analytics, { from: addDays(to, -RATING_DAYS), to }, savingsOf(config));
    const ratings = new Map(report.topics.map((r) => [r.topic, r]));
    const { entries: current, latest } = await inForce();
    const ids = new Set([...current.keys(), ...latest.keys()]);
    const entries = [...ids].map((id) => {
      const version = latest.get(id);
      // A retired entry is listed with its file's or its last title.
      const entry = current.get(id) ?? knowledge.fileEntries.get(id);
      const state = !version ? 'file' : !version.entry ? 'retired' : knowledge.fileEntries.get(id) ? 'edited' : 'new';
      const rating = ratings.get(id);
      return {
        id,
        title: entry?.title ?? id,
        reviewed: entry?.reviewed ?? null,
        state,
        version: version?.version ?? 0,
        answers: rating?.answers ?? 0,
        helpful: rating?.helpful ?? 0,
        notHelpful: rating?.notHelpful ?? 0,
      };
    });
    entries.sort((a, b) => a.title.localeCompare(b.title, 'de'));
    res.set('Cache-Control', 'no-store').json({
      entries,
      ratingDays: RATING_DAYS,
      offices: Object.entries(municipality.offices).map(([id, office]) => ({ id, name: office.name })),
      flows: knowledge.intents.filter((i) => i.kind === 'flow').map((i) => ({ id: i.id, title: i.title })),
    });
  });

  api.get('/entries/:id', async (req, res) => {
    const id = param(req.params.id, res);
    if (!id) return;
    const versions = await edits.history(id);
    // A retired entry shows its last content, so that it can be restored.
    const entry = versions.findLast((v) => v.entry)?.entry ?? knowledge.fileEntries.get(id);
    if (!entry) return void res.status(404).json({ error: t.entryNotFound });
    res.set('Cache-Control', 'no-store').json({
      entry,
      retired: versions.at(-1)?.entry === null,
      inFile: Boolean(knowledge.fileEntries.get(id)),
      version: versions.at(-1)?.version ?? 0,
      history: await historyOf(id),
    });
  });

  const saved = (res: Response, result: Awaited<ReturnType<KnowledgeEdits['save']>>, status = 200) =>
    'conflict' in result ? void res.status(409).json({ error: t.changed }) : void res.status(status).json({ version: result.version });

  api.put('/entries/:id', async (req, res) => {
    const id = param(req.params.id, res);
    if (!id) return;
    const body = saveSchema.parse(req.body);
    if (!knowledge.fileEntries.get(id) && !(await edits.latest()).has(id)) return void res.status(404).json({ error: t.entryNotFound });
    // "Stand": whoever saves has reviewed the entry today.
    const checked = check({ ...body.entry, reviewed: today() }, id);
    if (!('entry' in checked)) return invalid(res, checked.problems);
    saved(res, await edits.save(id, checked.entry, { action: 'edited', by: staffOf(res), seen: body.seen }));
  });

  api.post('/entries', async (req, res) => {
    const body = createSchema.parse(req.body);
    const id = entryIdSchema.safeParse(body.entry.id, { error: entryErrorMap });
    if (!id.success) return invalid(res, [{ file: '', field: 'id', message: id.error.issues[0]?.message ?? t.invalid }]);
    if (knowledge.fileEntries.get(id.data) || (await edits.latest()).has(id.data))
      return void res.status(409).json({ error: t.entryExists });
    const checked = check({ ...body.entry, reviewed: today() }, id.data);
    if (!('entry' in checked)) return invalid(res, checked.problems);
    saved(res, await edits.save(id.data, checked.entry, { action: 'created', by: staffOf(res), seen: 0 }), 201);
  });

  api.post('/entries/:id/retire', async (req, res) => {
    const id = param(req.params.id, res);
    if (!id) return;
    const { seen } = retireSchema.parse(req.body);
    if (!(await inForce()).entries.has(id)) {
      const known = knowledge.fileEntries.get(id) || (await edits.latest()).has(id);
      return void res.status(known ? 409 : 404).json({ error: known ? t.alreadyRetired : t.entryNotFound });
    }
    saved(res, await edits.save(id, null, { action: 'retired', by: staffOf(res), seen }));
  });

  api.post('/entries/:id/revert', async (req, res) => {
    const id = param(req.params.id, res);
    if (!id) return;
    const { version, seen } = revertSchema.parse(req.body);
    const target = version === 0 ? knowledge.fileEntries.get(id) : (await edits.history(id)).find((v) => v.version === version);
    if (!target) return void res.status(404).json({ error: t.noSuchVersion });
    const entry = 'action' in target ? target.entry : target;
    saved(res, await edits.save(id, entry, { action: 'reverted', by: staffOf(res), seen, revertedTo: version }));
  });

  /**
   * The other languages the edit leaves German in parts (translateEntry keeps the rest translated):
   * said while the editor writes, so that someone has the translation brought up to date (trial 41).
   */
  const translationWarnings = (entry: Entry): Array<{ field: string; message: string }> => {
    const file = knowledge.fileEntries.get(entry.id);
    const behind = (['en', 'ls'] as const).filter((language) => {
      const translation = translationOf(language, entry.id);
      return file && translation && translateEntry(file, translation, file).complete && !translateEntry(entry, translation, file).complete;
    });
    return behind.length ? [{ field: 'translations', message: de.knowledgeEditing.translationsBehind(behind) }] : [];
  };

  /** The answer as a citizen will see it, with the problems and warnings of the entry as written. */
  api.post('/preview', (req, res) => {
    const body = previewSchema.parse(req.body);
    const id = entryIdSchema.safeParse(body.entry.id);
    const checked = check({ ...body.entry, reviewed: today() }, id.success ? id.data : String(body.entry.id ?? ''));
    if (!('entry' in checked)) return invalid(res, checked.problems);
    const reply = answerReply(checked.entry, municipality, (topic) => knowledge.title(topic), { facet: body.facet });
    const { view } = reply;
    res.json({
      warnings: [...entryWarnings(checked.entry, new Date(), undefined, municipality), ...translationWarnings(checked.entry)],
      preview: {
        text: reply.text,
        suggestions: reply.suggestions,
        facts: view.facts,
        links: view.links,
        online: view.online ?? null,
        footer: view.footer,
      },
    });
  });

  /** One entry (?id=) or all entries as YAML documents, as knowledge/entries/ keeps them. */
  api.get('/export.yaml', async (req, res) => {
    const id = req.query.id === undefined ? undefined : entryIdSchema.safeParse(req.query.id);
    if (id && !id.success) return void res.status(404).json({ error: t.entryNotFound });
    const current = (await inForce()).entries;
    const entries = id
      ? [current.get(id.data)].filter((e): e is Entry => Boolean(e))
      : [...current.values()].sort((a, b) => a.id.localeCompare(b.id));
    if (!entries.length) return void res.status(404).json({ error: t.entryNotFound });
    res.set({
      'Content-Type': 'application/yaml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${id ? id.data : 'wissen'}.yaml"`,
      'Cache-Control': 'no-store',
    });
    res.send(entries.map(entryYaml).join('---\n'));
  });

  /** YAML documents, one entry each: every entry is checked first, and nothing is applied unless all are valid. */
  api.post(
    '/import',
    express.text({ type: ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain'], limit: IMPORT_LIMIT }),
    async (req, res) => {
      if (typeof req.body !== 'string') return void res.status(415).json({ error: de.staff.badRequest });
      const documents = parseAllDocuments(req.body);
      if (!Array.isArray(documents)) return void res.status(400).json({ error: t.importEmpty });
      const problems: Array<{ entry: string; field: string; message: string }> = [];
      const entries: Entry[] = [];
      const seen = new Set<string>();
      documents.forEach((doc, index) => {
        const name = `#${index + 1}`;
        const error = doc.errors[0];
        // Said in German with its line (the parser's English, "Implicit keys need to be on a single line", helps no clerk).
        if (error)
          return void problems.push({
            entry: name,
            field: '',
            message: t.badYaml(t.yamlAt(error.linePos?.[0].line, t.yamlProblems[error.code] ?? t.yamlProblems.other)),
          });
        let raw: unknown;
        try {
          // No aliases: a few bytes of them can expand to gigabytes.
          raw = doc.toJS({ maxAliasCount: 0 });
        } catch (error) {
          const aliases = /alias/i.test((error as Error).message);
          return void problems.push({
            entry: name,
            field: '',
            message: t.badYaml(aliases ? t.yamlProblems.aliases : t.yamlProblems.other),
          });
        }
        if (raw === null || raw === undefined) return;
        const id =
          typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && entryIdSchema.safeParse(raw.id).success
            ? raw.id
            : undefined;
        if (id && seen.has(id)) return void problems.push({ entry: id, field: 'id', message: t.importDuplicate(id) });
        const checked = check(raw, id ?? '');
        if ('entry' in checked) {
          seen.add(checked.entry.id);
          entries.push(checked.entry);
        } else problems.push(...checked.problems.map((p) => ({ entry: id ?? name, field: p.field, message: p.message })));
      });
      if (problems.length) return void res.status(422).json({ error: t.importInvalid, problems });
      if (!entries.length) return void res.status(400).json({ error: t.importEmpty });
      const current = (await inForce()).entries;
      const changed = entries.filter((e) => JSON.stringify(e) !== JSON.stringify(current.get(e.id)));
      await edits.saveAll(changed, staffOf(res));
      res.json({ imported: changed.length, unchanged: entries.length - changed.length });
    },
  );

  return api;
}
