// When a staff member's console loses its connection (closed tab, network, crashed instance), their
// presence expires; after a grace period for reloads, their conversations go back to the queue at
// their original place and the citizen is told. Every instance watches; a claim makes one act.
import { CATALOGUES } from '../../knowledge/texts/index';
import type { AssistantServices } from '../turn';
import { HandoffQueue, type Ownership } from './queue';
import { noticeToCitizen } from './relay';

const SWEEP_MS = 2000;
const NOBODY_TOLD_AGAIN_SECONDS = 30 * 60;

/** A live chat back in the queue at its original place, its citizen told; false when another instance did it first. */
export async function backToQueue(
  services: Pick<AssistantServices, 'store' | 'outbound' | 'config' | 'logger'>,
  queue: HandoffQueue,
  owned: Ownership,
): Promise<boolean> {
  if (!(await queue.requeue(owned))) return false;
  const { conversationId, channelId, language } = owned.entry;
  const position = (await queue.position(conversationId)) ?? 1;
  await noticeToCitizen(services, { channelId, conversationId }, CATALOGUES[language].handoff.connectionLost(position), {
    liveChat: { state: 'ended' },
  });
  return true;
}

export class HandoffWatchdog {
  private readonly absentSince = new Map<string, number>();
  private readonly citizenAbsentSince = new Map<string, number>();
  /** Since when no clerk has been online while citizens wait (this instance's view). */
  private nobodySince?: number;
  private timer?: NodeJS.Timeout;
  private sweeping = Promise.resolve();

  constructor(
    private readonly services: Pick<AssistantServices, 'store' | 'outbound' | 'config' | 'logger'>,
    /** The channel whose chats tell when they are open (the website's Direct Line); messengers' citizens are never taken for gone. */
    private readonly presenceChannel?: string,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.sweeping = this.sweeping
        .then(() => this.sweep())
        .catch((error: unknown) => this.services.logger.warn({ error: String(error) }, 'handoff watchdog failed'));
    }, SWEEP_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  /** Requeues the conversations of staff members who have been offline longer than the grace period. */
  async sweep(now = Date.now()): Promise<void> {
    const queue = new HandoffQueue(this.services.store);
    await this.sweepCitizens(queue, now);
    const graceMs = this.services.config.STAFF_DISCONNECT_GRACE_SECONDS * 1000;
    for (const owned of await queue.owned()) {
      const { conversationId } = owned.entry;
      if (!absentLongerThan(this.absentSince, conversationId, await queue.isOnline(owned.staff), now, graceMs)) continue;
      await backToQueue(this.services, queue, owned);
    }
    await this.sweepNobodyLeft(queue, now, graceMs);
  }

  /**
   * Citizens waiting in the queue when the last clerk has been gone longer than the grace period (logged out, console
   * closed): told so, with the call-back beside waiting, once in half an hour (trial 47: they went on waiting for nobody).
   */
  private async sweepNobodyLeft(queue: HandoffQueue, now: number, graceMs: number): Promise<void> {
    const waiting = await queue.list();
    if (!waiting.length || (await queue.staffOnline()) > 0) {
      this.nobodySince = undefined;
      return;
    }
    this.nobodySince ??= now;
    if (now - this.nobodySince < graceMs) return;
    for (const { conversationId, channelId, language } of waiting) {
      // One instance tells, and not again for half an hour.
      if (!(await this.services.store.claim(`handoff/nobody-told/${conversationId}`, true, NOBODY_TOLD_AGAIN_SECONDS))) continue;
      this.services.logger.info('waiting citizen told that nobody is online');
      await noticeToCitizen(this.services, { channelId, conversationId }, CATALOGUES[language].handoff.nobodyLeft);
    }
  }

  /**
   * A website citizen whose chat has had no open connection longer than its grace period has left (a
   * closed tab): out of the queue, or their live chat ended and its clerk told; the notice waits in the
   * chat should they come back (trial 39: seven left chats were "Platz 1 … wartet seit 45 Min.").
   */
  private async sweepCitizens(queue: HandoffQueue, now: number): Promise<void> {
    const graceMs = this.services.config.CITIZEN_DISCONNECT_GRACE_SECONDS * 1000;
    const watched = [...(await queue.list()), ...(await queue.owned()).map((owned) => owned.entry)].filter(
      (entry) => entry.channelId === this.presenceChannel,
    );
    for (const { conversationId, channelId, language } of watched) {
      if (!absentLongerThan(this.citizenAbsentSince, conversationId, await queue.citizenOnline(conversationId), now, graceMs)) continue;
      if (!(await queue.citizenLeft(conversationId))) continue;
      this.services.logger.info('citizen left the live chat');
      await noticeToCitizen(this.services, { channelId, conversationId }, CATALOGUES[language].handoff.citizenGone, {
        liveChat: { state: 'ended' },
      });
    }
  }
}

/** Whether a conversation's other side has been away longer than the grace period (noted from its first absent sweep on; forgotten once back or acted on). */
function absentLongerThan(
  absentSince: Map<string, number>,
  conversationId: string,
  present: boolean,
  now: number,
  graceMs: number,
): boolean {
  if (present) {
    absentSince.delete(conversationId);
    return false;
  }
  const since = absentSince.get(conversationId) ?? now;
  absentSince.set(conversationId, since);
  if (now - since < graceMs) return false;
  absentSince.delete(conversationId);
  return true;
}
