// The handoff queue, the atomic take by one staff member, staff presence and the audit log.
// Everything lives in the Store, so several instances sharing Redis see the same queue, and
// every change is announced on STAFF_CHANNEL so that open consoles on any instance update.
import { z } from 'zod';
import { languageSchema, type Language } from '../../knowledge/texts/index';
import type { Store } from '../storage';

/** How many of the last messages are kept for staff (in the conversation, and with its queue entry). */
export const RECENT_MESSAGES = 8;

/** Why a conversation came to staff. */
export const handoffReasonSchema = z.enum(['asked', 'fallbacks', 'flow-failed', 'personal-advice']);

/** What the staff member sees before taking a conversation (a snapshot at the time of the request). */
const entrySchema = z.object({
  channelId: z.string(),
  conversationId: z.string(),
  at: z.number(),
  /** Knowledge topic of the last answer. */
  topic: z.string().optional(),
  /** The office of the Markt the citizen asked for ("mit jemand vom Bauamt"), by its key in municipality.yaml. */
  office: z.string().optional(),
  /** Why the conversation came to staff. */
  reason: handoffReasonSchema.default('asked'),
  /** The step-by-step request in progress, with what the assistant already asked and was answered. */
  flow: z.object({ id: z.string(), answers: z.record(z.string(), z.unknown()) }).optional(),
  /** The last messages of the conversation, oldest first. */
  recent: z.array(z.object({ from: z.enum(['citizen', 'assistant']), text: z.string() })).default([]),
  /** The conversation's language, so that staff know how to answer. */
  language: languageSchema.default('de'),
});
export type QueueEntry = z.infer<typeof entrySchema>;
export type QueueRequest = z.input<typeof entrySchema>;

const ownerSchema = z.object({ staff: z.string(), since: z.number(), entry: entrySchema });
export type Ownership = z.infer<typeof ownerSchema>;

/** Events for the consoles: queue changes, and citizen messages/typing for the owning staff member. */
export const staffEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue') }),
  z.object({ kind: z.literal('message'), conversationId: z.string(), staff: z.string(), text: z.string(), at: z.number() }),
  z.object({ kind: z.literal('typing'), conversationId: z.string(), staff: z.string() }),
  z.object({ kind: z.literal('released'), conversationId: z.string(), staff: z.string(), action: z.string() }),
  // The citizen switched the language during the live chat: the clerk answers in it (trial 39: not told).
  z.object({ kind: z.literal('language'), conversationId: z.string(), staff: z.string(), language: languageSchema }),
  // A request came in: open consoles show it in their list.
  z.object({ kind: z.literal('case') }),
]);
type StaffEvent = z.infer<typeof staffEventSchema>;

export const STAFF_CHANNEL = 'handoff/staff';
/** A console renews its presence key while connected; no renewal = offline. */
export const PRESENCE_TTL_SECONDS = 30;
/** Rough minutes a staff member needs per conversation, for the expected wait (shared by those online). */
const MINUTES_PER_CONVERSATION = 5;

const queueKey = (conversationId: string): string => `handoff/queue/${conversationId}`;
/** What the citizen writes while waiting ("Es ist dringend …"): shown with the entry, kept for whoever takes it. */
const waitingKey = (conversationId: string): string => `handoff/waiting/${conversationId}`;
/** Messages written while waiting are dropped with the entry, or after a day if it is never taken or cancelled. */
const WAITING_TTL_SECONDS = 24 * 3600;
const ownerKey = (conversationId: string): string => `handoff/owner/${conversationId}`;
const presencePrefix = (staff: string): string => `handoff/presence/${staff}/`;
/** The website's chats that are open now (messengers have no such signal: their citizens are never taken for gone). */
const CITIZEN_PRESENCE = 'handoff/citizen/';
const AUDIT_KEY = 'audit/handoff';

export type AuditAction = 'queued' | 'took' | 'answered' | 'handed-back' | 'closed' | 'cancelled' | 'requeued';

export class HandoffQueue {
  constructor(private readonly store: Store) {}

  /** Adds the conversation (keeps its original place when it is already queued). */
  async enqueue(request: Omit<QueueRequest, 'at'>, at = Date.now()): Promise<void> {
    if (await this.store.claim(queueKey(request.conversationId), entrySchema.parse({ ...request, at }))) {
      await this.audit('system', 'queued', request.conversationId);
      await this.announce({ kind: 'queue' });
    }
  }

  /** Queued conversations, oldest first, each with what its citizen wrote while waiting. */
  async list(): Promise<QueueEntry[]> {
    return Promise.all((await this.queued()).map((entry) => this.withWaiting(entry)));
  }

  /** 1-based place in the queue, or undefined when not queued. */
  async position(conversationId: string): Promise<number | undefined> {
    const index = (await this.queued()).findIndex((entry) => entry.conversationId === conversationId);
    return index < 0 ? undefined : index + 1;
  }

  /** A message the citizen wrote while waiting: the open consoles show it with the entry (it had reached nobody). */
  async wroteWhileWaiting(conversationId: string, text: string): Promise<void> {
    await this.store.append(waitingKey(conversationId), text, WAITING_TTL_SECONDS);
    await this.announce({ kind: 'queue' });
  }

  /** Only one staff member gets the conversation, also across instances (set-if-absent). */
  async take(conversationId: string, staff: string): Promise<boolean> {
    const parsed = entrySchema.safeParse(await this.store.get(queueKey(conversationId)));
    if (!parsed.success) return false;
    const entry = await this.withWaiting(parsed.data);
    if (!(await this.store.claim(ownerKey(conversationId), { staff, since: Date.now(), entry }))) return false;
    await this.store.delete([queueKey(conversationId), waitingKey(conversationId)]);
    await this.audit(staff, 'took', conversationId);
    await this.announce({ kind: 'queue' });
    return true;
  }

  async ownership(conversationId: string): Promise<Ownership | undefined> {
    const parsed = ownerSchema.safeParse(await this.store.get(ownerKey(conversationId)));
    return parsed.success ? parsed.data : undefined;
  }

  async owner(conversationId: string): Promise<string | undefined> {
    return (await this.ownership(conversationId))?.staff;
  }

  /** Every conversation a staff member has at the moment. */
  async owned(): Promise<Ownership[]> {
    return this.values('handoff/owner/', ownerSchema);
  }

  /** Staff hands back or closes: the assistant takes over again. */
  async release(conversationId: string, staff: string, action: 'handed-back' | 'closed'): Promise<boolean> {
    if ((await this.owner(conversationId)) !== staff) return false;
    await this.store.delete([ownerKey(conversationId)]);
    await this.audit(staff, action, conversationId);
    await this.announce({ kind: 'released', conversationId, staff, action });
    return true;
  }

  /** Staff disconnected: the conversation goes back to the queue at its original place. */
  async requeue(ownership: Ownership): Promise<boolean> {
    const { conversationId } = ownership.entry;
    // The claim makes one instance do it, when several notice the same disconnect.
    if (!(await this.store.claim(`handoff/requeueing/${conversationId}/${ownership.since}`, true, 60))) return false;
    await this.store.claim(queueKey(conversationId), ownership.entry);
    await this.store.delete([ownerKey(conversationId)]);
    await this.audit(ownership.staff, 'requeued', conversationId);
    await this.announce({ kind: 'queue' });
    return true;
  }

  /** The citizen ends a live chat and goes back to the assistant; the staff member's console is told. */
  async leave(conversationId: string): Promise<void> {
    const staff = await this.owner(conversationId);
    await this.store.delete([ownerKey(conversationId)]);
    await this.audit('citizen', 'cancelled', conversationId);
    if (staff) await this.announce({ kind: 'released', conversationId, staff, action: 'cancelled' });
  }

  /** The citizen switched the language while a staff member has the conversation: that console is told. */
  async languageChanged(conversationId: string, language: Language): Promise<void> {
    const staff = await this.owner(conversationId);
    if (staff) await this.announce({ kind: 'language', conversationId, staff, language });
  }

  /** The citizen cancels waiting. */
  async cancel(conversationId: string): Promise<void> {
    await this.store.delete([queueKey(conversationId), waitingKey(conversationId)]);
    await this.audit('citizen', 'cancelled', conversationId);
    await this.announce({ kind: 'queue' });
  }

  /** Deletes everything handoff stored for a conversation (for "Meine Daten löschen"). */
  async forgetConversation(conversationId: string): Promise<void> {
    await this.store.delete([queueKey(conversationId), ownerKey(conversationId), waitingKey(conversationId)]);
    await this.announce({ kind: 'queue' });
  }

  /** One open web chat of a citizen (its stream or its polling); renewed while it stays connected. */
  async citizenConnected(conversationId: string, connection: string): Promise<void> {
    await this.store.set(`${CITIZEN_PRESENCE}${conversationId}/${connection}`, true, PRESENCE_TTL_SECONDS);
  }

  async citizenDisconnected(conversationId: string, connection: string): Promise<void> {
    await this.store.delete([`${CITIZEN_PRESENCE}${conversationId}/${connection}`]);
  }

  async citizenOnline(conversationId: string): Promise<boolean> {
    return (await this.store.keys(`${CITIZEN_PRESENCE}${conversationId}/`)).length > 0;
  }

  /** The citizen has left (their web chat closed too long): out of the queue, or the live chat ended and its clerk told; false where another instance did it. */
  async citizenLeft(conversationId: string): Promise<boolean> {
    // The claim makes one instance do it (and tell the citizen once), when several notice the same absence.
    if (!(await this.store.claim(`handoff/citizen-left/${conversationId}`, true, 60))) return false;
    if (await this.owner(conversationId)) await this.leave(conversationId);
    else await this.cancel(conversationId);
    return true;
  }

  /** One open console of a staff member; renewed while it stays connected. */
  async heartbeat(staff: string, connection = 'default'): Promise<void> {
    await this.store.set(`${presencePrefix(staff)}${connection}`, true, PRESENCE_TTL_SECONDS);
  }

  async disconnected(staff: string, connection: string): Promise<void> {
    await this.store.delete([`${presencePrefix(staff)}${connection}`]);
  }

  async isOnline(staff: string): Promise<boolean> {
    return (await this.store.keys(presencePrefix(staff))).length > 0;
  }

  /** How many staff members have a console open (each may have several). */
  async staffOnline(): Promise<number> {
    const keys = await this.store.keys('handoff/presence/');
    return new Set(keys.map((key) => key.slice('handoff/presence/'.length).split('/')[0])).size;
  }

  /** Rough minutes until a staff member takes the conversation at this place in the queue. */
  async expectedWaitMinutes(position: number): Promise<number> {
    return Math.ceil(position / Math.max(1, await this.staffOnline())) * MINUTES_PER_CONVERSATION;
  }

  async announce(event: StaffEvent): Promise<void> {
    await this.store.publish(STAFF_CHANNEL, event);
  }

  /** Who did what to which conversation, never message content. */
  async audit(staff: string, action: AuditAction, conversation: string): Promise<void> {
    await this.store.append(AUDIT_KEY, { at: new Date().toISOString(), staff, action, conversation });
  }

  async auditLog(): Promise<Array<{ at: string; staff: string; action: AuditAction; conversation: string }>> {
    return this.store.list(AUDIT_KEY);
  }

  /** Queued conversations, oldest first, as they were queued. */
  private async queued(): Promise<QueueEntry[]> {
    return (await this.values('handoff/queue/', entrySchema)).sort(
      (a, b) => a.at - b.at || a.conversationId.localeCompare(b.conversationId),
    );
  }

  /** The entry with the messages its citizen wrote while waiting, the newest RECENT_MESSAGES in all. */
  private async withWaiting(entry: QueueEntry): Promise<QueueEntry> {
    const written = await this.store.list<string>(waitingKey(entry.conversationId));
    if (!written.length) return entry;
    return { ...entry, recent: [...entry.recent, ...written.map((text) => ({ from: 'citizen' as const, text }))].slice(-RECENT_MESSAGES) };
  }

  private async values<T>(prefix: string, schema: z.ZodType<T>): Promise<T[]> {
    const keys = await this.store.keys(prefix);
    const values = await Promise.all(keys.map((key) => this.store.get(key)));
    return values.map((value) => schema.safeParse(value)).flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  }
}
