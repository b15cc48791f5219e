// The editors' part of the console (roles editor and admin): the report for the council with its
// CSV and PDF, and the unanswered questions with what to do with each (teach the router a topic,
// mark it "not ours", dismiss it).
import express, { type Router } from 'express';
import { z } from 'zod';
import { NOT_OURS } from '../analytics/curation';
import { reportCsv, reportPdf, type TitleOf } from '../analytics/export';
import { buildReport, periodSchema, savingsOf, type Report } from '../analytics/report';
import { de } from '../../knowledge/texts/de';
import type { AssistantServices } from '../turn';
import { staffOf, type StaffAuth } from './auth';

const idsSchema = z.object({
  ids: z
    .array(z.string().regex(/^[0-9a-f]{20}$/))
    .min(1)
    .max(500),
});
const learnSchema = idsSchema.extend({ topic: z.string().min(1).max(100) });

export function editorialRoutes(services: AssistantServices, auth: StaffAuth): Router {
  const api = express.Router();
  api.use(auth.requireRole('editor', 'admin'));
  const { knowledge, analytics, unanswered, curation, config, municipality } = services;
  const titleOf: TitleOf = (id) => knowledge.title(id);

  /** The report of the period asked for, or why that period cannot be (a sentence for the editor). */
  const report = async (query: unknown): Promise<Report | { error: string }> => {
    const period = periodSchema.safeParse(query);
    if (!period.success) return { error: period.error.issues[0]?.message ?? de.report.badPeriod };
    return buildReport(analytics, period.data, savingsOf(config));
  };

  api.get('/report', async (req, res) => {
    const built = await report(req.query);
    if ('error' in built) return void res.status(400).json(built);
    const titles = Object.fromEntries(
      [...built.topics.map((t) => t.topic), ...built.requests.map((r) => r.flow)].map((id) => [id, titleOf(id) ?? id]),
    );
    res.set('Cache-Control', 'no-store').json({ report: built, titles, town: municipality.name });
  });

  const download = (ext: 'csv' | 'pdf', type: string, render: (report: Report) => Promise<Buffer | string> | string) =>
    api.get(`/report.${ext}`, async (req, res) => {
      const built = await report(req.query);
      if ('error' in built) return void res.status(400).json(built);
      const body = await render(built);
      res.set({
        'Content-Type': type,
        'Content-Disposition': `attachment; filename="auswertung-${built.period.from}-bis-${built.period.to}.${ext}"`,
        'Cache-Control': 'no-store',
      });
      res.send(body);
    });
  download('csv', 'text/csv; charset=utf-8', (built) => reportCsv(built, titleOf));
  download('pdf', 'application/pdf', (built) => reportPdf(built, municipality.name, titleOf));

  /** The topics an unanswered question can be taught to (answers and requests, not greetings). */
  api.get('/topics', (_req, res) => {
    const topics = knowledge.router.docs.filter((d) => d.kind !== 'system').map((d) => ({ id: d.id, title: d.title }));
    res.set('Cache-Control', 'no-store').json({ topics: topics.sort((a, b) => a.title.localeCompare(b.title, 'de')) });
  });

  api.get('/unanswered', async (_req, res) => {
    const groups = await unanswered.groups();
    res.set('Cache-Control', 'no-store').json({
      groups: groups.map((g) => ({ ...g, topics: g.topics.map((id) => ({ id, title: titleOf(id) ?? id })) })),
    });
  });

  api.post('/unanswered/learn', async (req, res) => {
    const { ids, topic } = learnSchema.parse(req.body);
    if (!knowledge.router.topic(topic)) return void res.status(400).json({ error: de.staff.unknownTopic });
    res.json({ learned: await curation.learn(ids, topic, staffOf(res)) });
  });

  api.post('/unanswered/not-ours', async (req, res) => {
    const { ids } = idsSchema.parse(req.body);
    res.json({ learned: await curation.learn(ids, NOT_OURS, staffOf(res)) });
  });

  api.post('/unanswered/dismiss', async (req, res) => {
    const { ids } = idsSchema.parse(req.body);
    await unanswered.remove(ids);
    res.json({ dismissed: ids.length });
  });

  return api;
}
