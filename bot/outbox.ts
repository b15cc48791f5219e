// Delivery of new cases to the town hall, by webhook and/or e-mail (bot/delivery). Each case has
// one delivery record per channel in the store (outbox/<channel>/<ref>), so a restart resumes what
// is pending, and a webhook success plus a mail failure retries only the mail. Failed attempts
// are retried with exponential backoff until the channel acknowledges. With several instances a
// delivery has one owner at a time (a lease in the store, renewed while the owner is responsible
// for it, also between retries): every instance resumes what is pending, but only the owner sends,
// and another instance takes over only when the lease expired (the owner died) or was released.
import type { FileStore } from './channels/files';
import { caseFiles, caseKey, type Case } from './cases';
import type { Analytics } from './analytics/events';
import type { Config } from './config';
import { mailDeliverer } from './delivery/mail';
import { deliveryIdOf, type CaseAttachment, type Deliverer } from './delivery/types';
import { webhookDeliverer } from './delivery/webhook';
import { Leases } from './lease';
import type { Logger } from './logger';
import type { Store } from './storage';
import type { Municipality } from '../knowledge/schema';

const MAX_DELAY_MS = 5 * 60_000;
/** How long a delivery stays with an instance that stopped renewing (crashed): then another takes over. */
const LEASE_MS = 30_000;
/** How long close() waits for attempts under way, so that their leases can be released too. */
const CLOSE_WAIT_MS = 3_000;
const PREFIX = 'outbox/';
/** One record per channel and delivery id (see deliveryIdOf). */
const outboxKey = (channel: string, id: string): string => `${PREFIX}${channel}/${id}`;
const leaseKey = (key: string): string => `outbox-lease/${key.slice(PREFIX.length)}`;

/** What one attempt came to: delivered (or nothing left), failed (retry), or another instance owns it (look again later). */
type Outcome = 'done' | 'failed' | 'elsewhere';

interface Entry {
  pending: boolean;
  case?: Case;
}

export class CaseOutbox {
  /** Deliveries with an attempt running in this process. */
  private readonly running = new Map<string, Promise<Outcome>>();
  /** The next attempt of each delivery waiting in this process. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Deliveries whose lease this process holds (renewed until delivered or released). */
  private readonly owned = new Set<string>();
  private readonly leases: Leases;
  private renewer?: NodeJS.Timeout;
  private closed = false;
  private readonly deliverers: Deliverer[];

  constructor(
    private readonly store: Store,
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly files: FileStore,
    municipality: Municipality,
    private readonly analytics: Analytics,
  ) {
    this.deliverers = [webhookDeliverer(config), mailDeliverer(config, municipality)].filter((d): d is Deliverer => d !== undefined);
    this.leases = new Leases(store, LEASE_MS);
  }

  get enabled(): boolean {
    return this.deliverers.length > 0;
  }

  /**
   * Records the case for delivery on every channel and starts delivering it. Idempotent: a
   * record that exists (pending or delivered) is kept, so a repeated turn never sends it twice.
   */
  async enqueue(item: Case): Promise<void> {
    const id = deliveryIdOf(item);
    for (const { channel } of this.deliverers) {
      await this.store.claim(outboxKey(channel, id), { pending: true, case: item } satisfies Entry, this.retentionSeconds);
      this.attempt(channel, id, 0);
    }
  }

  /** Picks up deliveries left pending by a previous run. */
  async resume(): Promise<void> {
    for (const key of await this.store.keys(PREFIX)) {
      const [channel, id] = key.slice(PREFIX.length).split('/');
      if (channel && id && this.deliverers.some((d) => d.channel === channel)) this.attempt(channel, id, 0);
    }
  }

  /** Whether every channel has delivered the case (for "Meine Daten löschen"). */
  async delivered(reference: string): Promise<boolean> {
    const entries = await Promise.all(this.deliverers.map((d) => this.store.get<Entry>(outboxKey(d.channel, reference))));
    return entries.some((e) => e !== undefined) && entries.every((e) => e !== undefined && !e.pending);
  }

  /** Drops the deliveries of a case (data deleted on request before delivery). */
  async forget(reference: string): Promise<void> {
    const ids = [reference, deliveryIdOf({ reference, status: 'cancelled' })];
    const keys = this.deliverers.flatMap((d) => ids.map((id) => outboxKey(d.channel, id)));
    await this.store.delete([...keys, ...keys.map(leaseKey)]);
  }

  /** Stops delivering; leases of deliveries waiting for a retry are released for the other instances. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    clearInterval(this.renewer);
    const waited = new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref());
    await Promise.race([Promise.allSettled(this.running.values()), waited]);
    // An attempt still under way keeps its lease until it expires: its case may still arrive.
    const idle = [...this.owned].filter((key) => !this.running.has(key));
    await Promise.allSettled(idle.map((key) => this.leases.release(leaseKey(key))));
    for (const deliverer of this.deliverers) deliverer.close?.();
  }

  private get retentionSeconds(): number {
    return this.config.CASE_RETENTION_DAYS * 24 * 3600;
  }

  private attempt(channel: string, id: string, tries: number): void {
    const key = outboxKey(channel, id);
    if (this.closed || this.running.has(key) || this.timers.has(key)) return;
    const attempt = this.tryOnce(key, channel, id, tries);
    this.running.set(key, attempt);
    void attempt.then((outcome) => {
      this.running.delete(key);
      if (outcome === 'done' || this.closed) return;
      // Failed: back off. Owned elsewhere: look again, at the latest when that lease would have expired.
      const backoff = Math.min(this.config.CASE_WEBHOOK_RETRY_BASE_MS * 2 ** tries, MAX_DELAY_MS);
      const timer = setTimeout(
        () => {
          this.timers.delete(key);
          this.attempt(channel, id, tries + 1);
        },
        outcome === 'elsewhere' ? Math.min(backoff, LEASE_MS) : backoff,
      );
      timer.unref();
      this.timers.set(key, timer);
    });
  }

  private async tryOnce(key: string, channel: string, id: string, tries: number): Promise<Outcome> {
    try {
      if (!(await this.leases.acquire(leaseKey(key)))) {
        this.owned.delete(key);
        return 'elsewhere';
      }
      this.own(key);
      if (!(await this.send(channel, id))) return 'failed';
      this.owned.delete(key);
      // Delivered (the record says so): the lease has nothing left to guard.
      await this.store.delete([leaseKey(key)]);
      return 'done';
    } catch (error) {
      this.logger.warn({ delivery: id, channel, tries: tries + 1, error: String(error) }, 'case delivery failed, will retry');
      return 'failed';
    }
  }

  /** Keeps the leases of this process's deliveries alive, between retries too. */
  private own(key: string): void {
    this.owned.add(key);
    this.renewer ??= setInterval(() => void this.renew(), LEASE_MS / 3).unref();
  }

  private async renew(): Promise<void> {
    for (const key of this.owned) {
      // Lost (this process stalled longer than the lease): the new owner delivers it.
      const kept = await this.leases.acquire(leaseKey(key)).catch(() => true);
      if (!kept) this.owned.delete(key);
    }
  }

  /** One delivery attempt on one channel; true when nothing is left to do. */
  private async send(channel: string, id: string): Promise<boolean> {
    const key = outboxKey(channel, id);
    const entry = await this.store.get<Entry>(key);
    const deliverer = this.deliverers.find((d) => d.channel === channel);
    if (!entry?.pending || !entry.case || !deliverer) return true;
    await deliverer.deliver({ id, item: entry.case, attachments: await this.attachmentsOf(entry.case) });
    // Keep a marker (without the answers) so a resumed instance does not send it again.
    await this.store.set(key, { pending: false } satisfies Entry, this.retentionSeconds);
    this.logger.info({ delivery: id, channel }, 'case delivered');
    // Counted once per request, when the last channel has it (a claim, so two instances do not both count).
    const { reference, flow, status } = entry.case;
    if (
      status !== 'cancelled' &&
      (await this.delivered(reference)) &&
      (await this.store.claim(`counted-delivery/${reference}`, true, this.retentionSeconds))
    ) {
      await this.analytics.record([{ kind: 'case', flow, event: 'delivered' }]);
    }
    await this.keepAfterDelivery(entry.case);
    return true;
  }

  /** A delivered case stays CASE_RETENTION_DAYS from its delivery (not its creation), then it is gone. */
  private async keepAfterDelivery(item: Case): Promise<void> {
    if (!(await this.delivered(item.reference))) return;
    const stored = await this.store.get(caseKey(item.reference));
    if (stored !== undefined) await this.store.set(caseKey(item.reference), stored, this.retentionSeconds);
  }

  /** Photos kept with the case (answers with a fileId); a photo deleted meanwhile is left out. */
  private async attachmentsOf(item: Case): Promise<CaseAttachment[]> {
    const result: CaseAttachment[] = [];
    for (const { field, fileId } of caseFiles(item)) {
      const file = await this.files.load(fileId);
      if (file) result.push({ field, name: file.name, contentType: file.contentType, size: file.size, data: file.data });
    }
    return result;
  }
}
