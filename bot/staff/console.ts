// The staff console's API: the queue with a summary of each conversation, the requests and
// call-backs (cases.ts), taking a conversation, the live chat both ways (Server-Sent Events for what arrives,
// POST for what staff sends), prepared answers, hand back and close.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Response, type Router } from 'express';
import { parse } from 'yaml';
import { z } from 'zod';
import { HandoffQueue, PRESENCE_TTL_SECONDS, STAFF_CHANNEL, staffEventSchema, type QueueEntry } from '../handoff/queue';
import { liveChatLog, noticeToCitizen, sendToCitizen } from '../handoff/relay';
import { backToQueue } from '../handoff/watchdog';
import type { AssistantServices } from '../turn';
import { KNOWLEDGE_DIR } from '../../knowledge/paths';
import { flowsOf } from '../../dialogs/flows';
import { shownAnswers } from '../../dialogs/engine';
import { de } from '../../knowledge/texts/de';
import { CATALOGUES } from '../../knowledge/texts/index';
import { streamingResponse } from '../inflight';
import { nextOpening, townOfficeOpen } from '../../knowledge/hours';
import { staffOf, type StaffAuth } from './auth';
import { caseRoutes } from './cases';
import { editorialRoutes } from './editorial';
import { knowledgeRoutes } from './knowledge';
import { townRoutes } from './town';
import { adminRoutes } from './admin';

/** A prepared answer in German, and in English and Leichte Sprache for a citizen who reads them. */
const preparedText = z.string().min(1).max(2000);
const preparedAnswersSchema = z.array(
  z.object({ title: z.string().min(1), text: preparedText, en: preparedText.optional(), ls: preparedText.optional() }),
);
const PREPARED_ANSWERS_FILE = path.join(KNOWLEDGE_DIR, 'prepared-answers.yaml');

const conversationParam = z.string().min(1).max(512);
const MAX_MESSAGE = 2000;
const messageSchema = z.object({
  text: z.string().trim().min(1, de.staff.emptyMessage).max(MAX_MESSAGE, de.staff.messageTooLong(MAX_MESSAGE)),
});
/** A comment line keeps proxies from closing a quiet event stream. */
const KEEPALIVE_MS = 15_000;

export class StaffConsole {
  readonly router: Router = express.Router();
  private readonly streams = new Set<Response>();

  constructor(
    private readonly services: AssistantServices,
    auth: StaffAuth,
  ) {
    const queue = new HandoffQueue(services.store);
    const answers = preparedAnswersSchema.parse(parse(readFileSync(PREPARED_ANSWERS_FILE, 'utf8')));
    const api = express.Router();
    api.use(auth.requireStaff, auth.csrf);
    /** The conversation if the staff member of this request has it; otherwise answers 403. */
    const ownedBy = async (id: string, res: Response) => {
      const owned = await queue.ownership(id);
      if (owned?.staff === staffOf(res)) return owned;
      res.status(403).json({ error: de.staff.notYours });
      return undefined;
    };

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

    api.post('/conversations/:id/take', async (req, res) => {
      const id = conversationParam.parse(req.params.id);
      const staff = staffOf(res);
      if (!(await queue.take(id, staff))) {
        return void res.status(409).json({ error: de.staff.notQueued });
      }
      const owned = (await queue.ownership(id))!;
      await services.analytics.record([
        { kind: 'handoff', event: 'taken', waitSeconds: Math.max(0, (owned.since - owned.entry.at) / 1000) },
      ]);
      const speaker = auth.speakerOf(res);
      // In the citizen's language (trial 35: an English and a Leichte Sprache chat had been told in German).
      const told = CATALOGUES[owned.entry.language].handoff;
      await noticeToCitizen(services, owned.entry, told.taken(told.speaker(speaker.name, speaker.office)), {
        liveChat: { state: 'started', speaker },
      });
      res.json(await this.conversation(id));
    });

    api.get('/conversations/:id', async (req, res) => {
      const id = conversationParam.parse(req.params.id);
      if (!(await ownedBy(id, res))) return;
      res.set('Cache-Control', 'no-store').json(await this.conversation(id));
    });

    api.post('/conversations/:id/messages', async (req, res) => {
      const id = conversationParam.parse(req.params.id);
      const body = messageSchema.safeParse(req.body);
      if (!body.success) return void res.status(400).json({ error: body.error.issues[0]?.message });
      const owned = await ownedBy(id, res);
      if (!owned) return;
      if (!(await sendToCitizen(services, owned.entry, owned.staff, auth.speakerOf(res), { type: 'message', text: body.data.text }))) {
        return void res.status(502).json({ error: de.staff.notDelivered });
      }
      res.json({ ok: true });
    });

    api.post('/conversations/:id/typing', async (req, res) => {
      const owned = await ownedBy(conversationParam.parse(req.params.id), res);
      if (!owned) return;
      await sendToCitizen(services, owned.entry, owned.staff, auth.speakerOf(res), { type: 'typing' });
      res.json({ ok: true });
    });

    for (const [action, notice] of [
      ['handed-back', 'handedBack'],
      ['closed', 'closed'],
    ] as const) {
      api.post(`/conversations/:id/${action === 'handed-back' ? 'handback' : 'close'}`, async (req, res) => {
        const owned = await ownedBy(conversationParam.parse(req.params.id), res);
        if (!owned) return;
        // Released atomically: only by its owner, once.
        if (!(await queue.release(owned.entry.conversationId, owned.staff, action)))
          return void res.status(403).json({ error: de.staff.notYours });
        if (action === 'handed-back') await services.analytics.record([{ kind: 'handoff', event: 'returned' }]);
        const { handoff } = CATALOGUES[owned.entry.language];
        const text = notice === 'closed' ? handoff.closed(auth.speakerOf(res).name) : handoff.handedBack;
        await noticeToCitizen(services, owned.entry, text, { liveChat: { state: 'ended' } });
        res.json({ ok: true });
      });
    }

    // Logging out with live chats open: each citizen back in the queue at once, and told so (trial 43: the citizen had
    // read "Sie schreiben jetzt mit Anna" until the grace period for a lost connection ran out).
    api.post('/conversations/requeue-mine', async (_req, res) => {
      const staff = staffOf(res);
      let requeued = 0;
      for (const owned of (await queue.owned()).filter((o) => o.staff === staff)) if (await backToQueue(services, queue, owned)) requeued++;
      res.json({ requeued });
    });

    api.get('/events', (_req, res) => void this.stream(res, staffOf(res)));
    // Whether citizens who ask for a person now reach the office the clerk works in (the Rathaus without one):
    // outside its hours they are offered a call-back, which the console says beside its connection (trial 37).
    api.get('/hours', (_req, res) => {
      const { municipality } = services;
      const named = auth.accounts.speakerOf(staffOf(res), '').office;
      const office =
        Object.values(municipality.offices).find((o) => o.name === named && !o.external && o.hours.length > 0) ??
        municipality.offices['rathaus'];
      if (!office) return void res.set('Cache-Control', 'no-store').json({ hours: null });
      const now = new Date();
      const open = townOfficeOpen(municipality, office, now);
      const next = open ? undefined : nextOpening(office.hours, now, municipality.alsoClosedOn ?? [], office.closures);
      res
        .set('Cache-Control', 'no-store')
        .json({ hours: { office: office.name, open, reopens: next ? de.handoff.reopens(next, now) : null } });
    });
    api.use('/cases', caseRoutes(services, auth));
    api.use('/knowledge', knowledgeRoutes(services, auth, services.knowledgeEdits));
    api.use('/town', townRoutes(services, auth));
    api.use('/accounts', adminRoutes(services, auth));
    api.use(editorialRoutes(services, auth));

    this.router.use('/api', api);
    this.router.use('/api', ((error, _req, res, next) => {
      if (!(error instanceof z.ZodError)) return next(error);
      res.status(400).json({ error: de.staff.badRequest });
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
      waitingSeconds: Math.max(0, Math.floor((Date.now() - entry.at) / 1000)),
      reason: entry.reason,
      topic: entry.topic ? (knowledge.title(entry.topic) ?? entry.topic) : undefined,
      office: entry.office ? (this.services.municipality.offices[entry.office]?.name ?? entry.office) : undefined,
      flow: entry.flow && {
        title: knowledge.title(entry.flow.id) ?? entry.flow.id,
        answers: shownAnswers(flowsOf(this.services.municipality)[entry.flow.id], entry.flow.answers),
      },
      recent: entry.recent,
      language: de.staff.languages[entry.language],
      /** The language's code, for the prepared answer in it. */
      languageCode: entry.language,
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
    // Open until the console leaves: a graceful stop ends it instead of waiting for it.
    streamingResponse(res);
    this.streams.add(res);
    const send = (event: unknown) => res.write(`data: ${JSON.stringify(event)}\n\n`);
    const unsubscribe = await this.services.store.subscribe(STAFF_CHANNEL, (raw) => {
      const event = staffEventSchema.safeParse(raw);
      if (!event.success) return;
      if ((event.data.kind === 'message' || event.data.kind === 'typing' || event.data.kind === 'language') && event.data.staff !== staff)
        return;
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
