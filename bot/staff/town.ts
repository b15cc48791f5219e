// The editors' part of the console for the town's calendar (roles editor and admin): opening hours
// and single days closed or changed per office of the Markt, and notices with their period.
import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import { de } from '../../knowledge/texts/de';
import { noticeClosesNothing, noticeIdSchema, noticeInputSchema, officeOverrideSchema, type NoticeInput } from '../town';
import type { AssistantServices } from '../turn';
import { APPOINTMENT_OFFICE, bookingsWhenClosed } from '../appointments';
import { slotLabel } from '../../dialogs/slots';
import { staffOf, type StaffAuth } from './auth';

const officeKeySchema = z.string().regex(/^[a-z0-9-]{1,40}$/);

export function townRoutes(services: AssistantServices, auth: StaffAuth): Router {
  const api = express.Router();
  api.use(auth.requireRole('editor', 'admin'));
  const { town } = services;
  /** The Markt's own offices with their own hours (the others keep the Rathaus's, external bodies are not ours to set). */
  const editable = () =>
    Object.entries(town.editedOffices).filter(([key, office]) => !office.external && town.base.offices[key]?.hours.length);
  const officeOf = (key: unknown, res: Response): string | undefined => {
    const parsed = officeKeySchema.safeParse(key);
    if (parsed.success && editable().some(([k]) => k === parsed.data)) return parsed.data;
    res.status(404).json({ error: de.staff.unknownOffice });
    return undefined;
  };

  api.get('/offices', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      offices: editable().map(([key, office]) => ({
        key,
        name: office.name,
        hours: office.hours,
        closures: [...office.closures].sort((a, b) => a.date.localeCompare(b.date)),
        changed: town.isOverridden(key),
      })),
    });
  });

  api.put('/offices/:key', async (req, res) => {
    const key = officeOf(req.params.key, res);
    if (!key) return;
    const body = officeOverrideSchema.safeParse(req.body);
    if (!body.success) {
      // The overlap is said as it is; other mistakes the form mostly prevents get the general hint.
      const overlap = body.error.issues.find((issue) => issue.code === 'custom' && issue.path[0] === 'hours');
      return void res.status(400).json({ error: overlap?.message ?? de.staff.badHours });
    }
    await town.saveOffice(key, body.data, staffOf(res));
    // Appointments already booked at a time now closed: named to the editor, whose citizens must hear of it (trial 43).
    const booked =
      key === APPOINTMENT_OFFICE ? await bookingsWhenClosed(services.store, body.data.hours, body.data.closures, new Date()) : [];
    res.json({ saved: key, bookedWhenClosed: booked.map((b) => ({ reference: b.reference, slot: slotLabel(b.slot) })) });
  });

  /** Back to the hours of municipality.yaml. */
  api.delete('/offices/:key', async (req, res) => {
    const key = officeOf(req.params.key, res);
    if (!key) return;
    await town.resetOffice(key, staffOf(res));
    res.json({ reset: key });
  });

  /** The notice an editor wrote, or what is wrong with it (the first problem, in German). */
  const noticeOf = (body: unknown): { input: NoticeInput } | { error: string } => {
    const parsed = noticeInputSchema.safeParse(body);
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? de.staff.badNotice };
    const known = new Set(town.municipality.ortsteile);
    return parsed.data.ortsteile.every((o) => known.has(o)) ? { input: parsed.data } : { error: de.staff.noticeOrtsteile };
  };

  /** A notice of closed offices without a closed day: saved, with a word on where closed days go. */
  const closureHint = (input: NoticeInput): { warning?: string } =>
    noticeClosesNothing(input, town.editedOffices) ? { warning: de.staff.noticeClosesNothing } : {};

  api.get('/notices', (_req, res) => {
    const active = new Set(town.activeNotices().map((n) => n.id));
    res.set('Cache-Control', 'no-store').json({
      notices: town.allNotices().map((n) => ({ ...n, active: active.has(n.id) })),
      ortsteile: town.municipality.ortsteile,
    });
  });

  api.post('/notices', async (req, res) => {
    const notice = noticeOf(req.body);
    if ('error' in notice) return void res.status(400).json({ error: notice.error });
    res.status(201).json({ notice: await town.addNotice(notice.input, staffOf(res)), ...closureHint(notice.input) });
  });

  api.put('/notices/:id', async (req, res) => {
    const id = noticeIdSchema.safeParse(req.params.id);
    const notice = noticeOf(req.body);
    if ('error' in notice) return void res.status(400).json({ error: notice.error });
    if (!id.success || !(await town.updateNotice(id.data, notice.input, staffOf(res))))
      return void res.status(404).json({ error: de.staff.noticeNotFound });
    res.json({ saved: id.data, ...closureHint(notice.input) });
  });

  api.delete('/notices/:id', async (req, res) => {
    const id = noticeIdSchema.safeParse(req.params.id);
    if (!id.success || !(await town.deleteNotice(id.data, staffOf(res))))
      return void res.status(404).json({ error: de.staff.noticeNotFound });
    res.json({ deleted: id.data });
  });

  return api;
}
