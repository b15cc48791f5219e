// Delivery of new cases to the town hall, by webhook and/or e-mail (bot/delivery). Each case has
// one delivery record per channel in the store (outbox/<channel>/<ref>), so a restart resumes what
// is pending, and a webhook success plus a mail failure retries only the mail. Failed attempts
// are retried with exponential backoff until the channel acknowledges.
import type { FileStore } from './channels/files';
import { caseFiles, caseKey, type Case } from './cases';
import type { Analytics } from './analytics/events';
import type { Config } from './config';
import { mailDeliverer } from './delivery/mail';
import { deliveryIdOf, type CaseAttachment, type Deliverer } from './delivery/types';
import { webhookDeliverer } from './delivery/webhook';
import type { Logger } from './logger';
import type { Store } from './storage';
import type { Municipality } from '../knowledge/schema';

const MAX_DELAY_MS = 5 * 60_000;
const PREFIX = 'outbox/';
/** One record per channel and delivery id (see deliveryIdOf). */
const outboxKey = (channel: string, id: string): string => `${PREFIX}${channel}/${id}`;

interface Entry {
  pending: boolean;
  case?: Case;
}

export class CaseOutbox {
  private readonly running = new Set<string>();
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();
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
    await this.store.delete(this.deliverers.flatMap((d) => ids.map((id) => outboxKey(d.channel, id))));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const deliverer of this.deliverers) deliverer.close?.();
  }

  private get retentionSeconds(): number {
    return this.config.CASE_RETENTION_DAYS * 24 * 3600;
  }

  private attempt(channel: string, id: string, tries: number): void {
    const key = outboxKey(channel, id);
    if (this.closed || this.running.has(key)) return;
    this.running.add(key);
    void this.send(channel, id)
      .catch((error: unknown) => {
        this.logger.warn({ delivery: id, channel, tries: tries + 1, error: String(error) }, 'case delivery failed, will retry');
        return false;
      })
      .then((done) => {
        this.running.delete(key);
        if (done || this.closed) return;
        const delay = Math.min(this.config.CASE_WEBHOOK_RETRY_BASE_MS * 2 ** tries, MAX_DELAY_MS);
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.attempt(channel, id, tries + 1);
        }, delay);
        timer.unref();
        this.timers.add(timer);
      });
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
