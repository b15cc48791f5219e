// The staff console's API: the queue with a summary of each conversation, open cases and
// call-backs, taking a conversation, the live chat both ways (Server-Sent Events for what arrives,
// POST for what staff sends), prepared answers, hand back and close.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Response, type Router } from 'express';
import { parse } from 'yaml';
import { z } from 'zod';
import { caseSchema } from '../cases';
import { HandoffQueue, PRESENCE_TTL_SECONDS, STAFF_CHANNEL, staffEventSchema, type QueueEntry } from '../handoff/queue';
import { liveChatLog, noticeToCitizen, sendToCitizen } from '../handoff/relay';
import type { AssistantServices } from '../turn';
import { KNOWLEDGE_DIR } from '../../knowledge/paths';
import { flowsOf } from '../../dialogs/flows';
import { shownAnswers } from '../../dialogs/engine';
import { staffOf, type StaffAuth } from './auth';

const preparedAnswersSchema = z.array(z.object({ title: z.string().min(1), text: z.string().min(1).max(2000) }));
const PREPARED_ANSWERS_FILE = path.join(KNOWLEDGE_DIR, 'prepared-answers.yaml');

const conversationParam = z.string().min(1).max(512);
const messageSchema = z.object({ text: z.string().trim().min(1, 'Die Nachricht ist leer.').max(2000, 'Die Nachricht ist zu lang (höchstens 2000 Zeichen).') });
/** A comment line keeps proxies from closing a quiet event stream. */
const KEEPALIVE_MS = 15_000;

const HANDED_BACK = 'Sie sprechen wieder mit dem digitalen Assistenten. Fragen Sie mich gern weiter.';
const CLOSED = 'Die Mitarbeiterin oder der Mitarbeiter hat das Gespräch beendet. Sie können dem digitalen Assistenten weiter Fragen stellen.';
const TAKEN = 'Eine Mitarbeiterin oder ein Mitarbeiter des Rathauses ist jetzt für Sie da. Schreiben Sie einfach Ihre Nachricht. Mit „Zurück zum Assistenten“ beenden Sie das Gespräch.';

export class StaffConsole {
  readonly router: Router = express.Router();
  private readonly streams = new Set<Response>();

  constructor(private readonly services: AssistantServices, auth: StaffAuth) {
    const queue = new HandoffQueue(services.store);
    const answers = preparedAnswersSchema.parse(parse(readFileSync(PREPARED_ANSWERS_FILE, 'utf8')));
    const api = express.Router();
    api.use(auth.requireStaff, auth.csrf);

    api.get('/overview', async (_req, res) => {
      const staff = staffOf(res);
      const owned = await queue.owned();
      res.set('Cache-Control', 'no-store').json({
        staff,
        queue: (await queue.list()).map((entry, index) => ({ ...this.describe(entry), position: index + 1 })),
        mine: owned.filter((o) => o.staff === staff).map((o) => this.describe(o.entry)),
        othersLive: owned.filter((o) => o.staff !== staff).length,
        answers,
      });
    });

    api.get('/cases', async (_req, res) => {
      const { store, municipality, outbox } = services;
      const stored = (await Promise.all((await store.keys('cases/')).map((key) => store.get(key))))
        .flatMap((raw) => {
          const parsed = caseSchema.safeParse(raw);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, 200);
      const cases = await Promise.all(stored.map(async (c) => ({
        reference: c.reference,
        title: services.knowledge.title(c.flow) ?? c.flow,
        callBack: c.flow === 'rueckruf',
        office: municipality.offices[c.office]?.name ?? c.office,
        createdAt: c.createdAt,
        // Where the request stands: staff see whether the office already has it.
        state: c.status === 'cancelled' ? 'abgesagt'
          : !outbox.enabled ? 'nur im Assistenten gespeichert'
          : (await outbox.delivered(c.reference)) ? 'an die Stelle übermittelt' : 'wird übermittelt',
        answers: shownAnswers(flowsOf(municipality)[c.flow], c.answers),
      })));
      res.set('Cache-Control', 'no-store').json({ cases });
    });

    api.post('/conversations/:id/take', async (req, res) => {
      const id = conversationParam.parse(req.params.id);
      const staff = staffOf(res);
      if (!(await queue.take(id, staff))) {
        return void res.status(409).json({ error: 'Das Gespräch ist nicht mehr in der Warteschlange. Vielleicht hat es schon jemand übernommen.' });
      }
      const owned = (await queue.ownership(id))!;
      await noticeToCitizen(services, owned.entry, TAKEN);
      res.json(await this.conversation(id));
    });

    api.get('/conversations/:id', async (req, res) => {
      const id = conversationParam.parse(req.params.id);
      if ((await queue.owner(id)) !== staffOf(res)) return void res.status(403).json({ error: 'Dieses Gespräch führen Sie nicht.' });
      res.set('Cache-Control', 'no-store').json(await this.conversation(id));
    });

    api.post('/conversations/:id/messages', async (req, res) => {
      const id = conversationParam.parse(req.params.id);
      const body = messageSchema.safeParse(req.body);
      if (!body.success) return void res.status(400).json({ error: body.error.issues[0]?.message });
      const owned = await queue.ownership(id);
      if (owned?.staff !== staffOf(res)) return void res.status(403).json({ error: 'Dieses Gespräch führen Sie nicht.' });
      if (!(await sendToCitizen(services, owned.entry, owned.staff, { type: 'message', text: body.data.text }))) {
        return void res.status(502).json({ error: 'Die Nachricht konnte nicht zugestellt werden.' });
      }
      res.json({ ok: true });
    });

    api.post('/conversations/:id/typing', async (req, res) => {
      const owned = await queue.ownership(conversationParam.parse(req.params.id));
      if (owned?.staff !== staffOf(res)) return void res.status(403).json({ error: 'Dieses Gespräch führen Sie nicht.' });
      await sendToCitizen(services, owned.entry, owned.staff, { type: 'typing' });
      res.json({ ok: true });
    });

    for (const [action, notice] of [['handed-back', HANDED_BACK], ['closed', CLOSED]] as const) {
      api.post(`/conversations/:id/${action === 'handed-back' ? 'handback' : 'close'}`, async (req, res) => {
        const owned = await queue.ownership(conversationParam.parse(req.params.id));
        if (!owned || !(await queue.release(owned.entry.conversationId, staffOf(res), action))) {
          return void res.status(403).json({ error: 'Dieses Gespräch führen Sie nicht.' });
        }
        await noticeToCitizen(services, owned.entry, notice);
        res.json({ ok: true });
      });
    }

    api.get('/events', (_req, res) => void this.stream(res, staffOf(res)));

    this.router.use('/api', api);
    this.router.use('/api', ((error, _req, res, next) => {
      if (!(error instanceof z.ZodError)) return next(error);
      res.status(400).json({ error: 'Ungültige Anfrage.' });
    }) as express.ErrorRequestHandler);
  }

  /** Ends the open event streams (shutdown). */
  close(): void {
    for (const res of this.streams) res.end();
  }

  private describe(entry: QueueEntry) {
    const { knowledge } = this.services;
    return {
      conversationId: entry.conversationId,
      channelId: entry.channelId,
      since: entry.at,
      waitingMinutes: Math.max(0, Math.round((Date.now() - entry.at) / 60_000)),
      reason: entry.reason,
      topic: entry.topic ? (knowledge.title(entry.topic) ?? entry.topic) : undefined,
      flow: entry.flow && { title: knowledge.title(entry.flow.id) ?? entry.flow.id, answers: shownAnswers(flowsOf(this.services.municipality)[entry.flow.id], entry.flow.answers) },
      recent: entry.recent,
    };
  }

  private async conversation(id: string) {
    const owned = await new HandoffQueue(this.services.store).ownership(id);
    return { ...(owned && this.describe(owned.entry)), lines: await liveChatLog(this.services).lines(id) };
  }

  /**
   * Server-Sent Events for one open console: queue changes for everyone, messages and typing of
   * the conversations this staff member has. While it is open the staff member counts as online.
   */
  private async stream(res: Response, staff: string): Promise<void> {
    const queue = new HandoffQueue(this.services.store);
    const connection = randomBytes(8).toString('hex');
    res.set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    this.streams.add(res);
    const send = (event: unknown) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    const unsubscribe = await this.services.store.subscribe(STAFF_CHANNEL, (raw) => {
      const event = staffEventSchema.safeParse(raw);
      if (!event.success) return;
      if ((event.data.kind === 'message' || event.data.kind === 'typing') && event.data.staff !== staff) return;
      send(event.data);
    });
    await queue.heartbeat(staff, connection);
    const beat = setInterval(() => void queue.heartbeat(staff, connection).catch(() => undefined), (PRESENCE_TTL_SECONDS * 1000) / 3);
    const keepalive = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
    send({ kind: 'queue' });
    res.on('close', () => {
      clearInterval(beat);
      clearInterval(keepalive);
      this.streams.delete(res);
      void unsubscribe().catch(() => undefined);
      void queue.disconnected(staff, connection).catch(() => undefined);
    });
  }
}
