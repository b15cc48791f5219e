// The handoff queue, the atomic take by one staff member, staff presence and the audit log.
// Everything lives in the Store, so several instances sharing Redis see the same queue.
import { z } from 'zod';
import type { Store } from '../storage';

const entrySchema = z.object({
  channelId: z.string(),
  conversationId: z.string(),
  at: z.number(),
  topic: z.string().optional(),
});
export type QueueEntry = z.infer<typeof entrySchema>;

/** Citizen → staff messages of all conversations; staff consoles on every instance subscribe. */
export const STAFF_CHANNEL = 'handoff/staff';
/** A console renews its presence key while connected; no renewal = offline. */
export const PRESENCE_TTL_SECONDS = 30;
/** Rough minutes a staff member needs per conversation, for the expected wait. */
export const MINUTES_PER_CONVERSATION = 5;

const queueKey = (conversationId: string): string => `handoff/queue/${conversationId}`;
const ownerKey = (conversationId: string): string => `handoff/owner/${conversationId}`;
const presenceKey = (staff: string): string => `handoff/presence/${staff}`;
const AUDIT_KEY = 'audit/handoff';

export type AuditAction = 'queued' | 'took' | 'answered' | 'handed-back' | 'closed' | 'cancelled' | 'requeued';

export class HandoffQueue {
  constructor(private readonly store: Store) {}

  /** Adds the conversation (keeps its original place when it is already queued). */
  async enqueue(entry: Omit<QueueEntry, 'at'>, at = Date.now()): Promise<void> {
    await this.store.claim(queueKey(entry.conversationId), { ...entry, at });
    await this.audit('system', 'queued', entry.conversationId);
  }

  /** Queued conversations, oldest first. */
  async list(): Promise<QueueEntry[]> {
    const keys = await this.store.keys('handoff/queue/');
    const values = await Promise.all(keys.map((key) => this.store.get(key)));
    return values
      .map((value) => entrySchema.safeParse(value))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .sort((a, b) => a.at - b.at || a.conversationId.localeCompare(b.conversationId));
  }

  /** 1-based place in the queue, or undefined when not queued. */
  async position(conversationId: string): Promise<number | undefined> {
    const index = (await this.list()).findIndex((entry) => entry.conversationId === conversationId);
    return index < 0 ? undefined : index + 1;
  }

  /** Only one staff member gets the conversation, also across instances (set-if-absent). */
  async take(conversationId: string, staff: string): Promise<boolean> {
    if (!(await this.store.get(queueKey(conversationId)))) return false;
    if (!(await this.store.claim(ownerKey(conversationId), staff))) return false;
    await this.store.delete([queueKey(conversationId)]);
    await this.audit(staff, 'took', conversationId);
    return true;
  }

  async owner(conversationId: string): Promise<string | undefined> {
    return this.store.get<string>(ownerKey(conversationId));
  }

  /** Staff hands back or closes: the assistant takes over again. */
  async release(conversationId: string, staff: string, action: 'handed-back' | 'closed'): Promise<void> {
    await this.store.delete([ownerKey(conversationId)]);
    await this.audit(staff, action, conversationId);
  }

  /** Staff disconnected: the conversation goes back to the queue at its original time. */
  async requeue(entry: QueueEntry, staff: string): Promise<void> {
    await this.store.delete([ownerKey(entry.conversationId)]);
    await this.store.claim(queueKey(entry.conversationId), entry);
    await this.audit(staff, 'requeued', entry.conversationId);
  }

  /** The citizen cancels waiting. */
  async cancel(conversationId: string): Promise<void> {
    await this.store.delete([queueKey(conversationId)]);
    await this.audit('citizen', 'cancelled', conversationId);
  }

  /** Deletes everything handoff stored for a conversation (for "Meine Daten löschen"). */
  async forgetConversation(conversationId: string): Promise<void> {
    await this.store.delete([queueKey(conversationId), ownerKey(conversationId)]);
  }

  async heartbeat(staff: string): Promise<void> {
    await this.store.set(presenceKey(staff), true, PRESENCE_TTL_SECONDS);
  }

  async staffOnline(): Promise<boolean> {
    return (await this.store.keys('handoff/presence/')).length > 0;
  }

  /** Who did what to which conversation, never message content. */
  async audit(staff: string, action: AuditAction, conversation: string): Promise<void> {
    await this.store.append(AUDIT_KEY, { at: new Date().toISOString(), staff, action, conversation });
  }

  async auditLog(): Promise<Array<{ at: string; staff: string; action: AuditAction; conversation: string }>> {
    return this.store.list(AUDIT_KEY);
  }
}
