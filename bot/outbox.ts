// Delivery of new cases to the town hall's system: a webhook POST signed with HMAC-SHA256 over
// the raw body (header X-Signature-256: sha256=<hex>), retried with exponential backoff until
// it answers 2xx. The pending deliveries live in the store (outbox/<ref>), so a restart resumes
// them; the reference is sent as Idempotency-Key so a receiver can drop a repeat after a crash.
import { createHmac } from 'node:crypto';
import type { FileStore } from './channels/files';
import type { Case } from './cases';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Store } from './storage';

const MAX_DELAY_MS = 5 * 60_000;
const outboxKey = (reference: string): string => `outbox/${reference}`;

export const signature = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export class CaseOutbox {
  private readonly running = new Set<string>();
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: Store,
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly files?: FileStore,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.CASE_WEBHOOK_URL);
  }

  /**
   * Records the case for delivery and starts delivering it. Idempotent: a case already recorded
   * (pending or delivered) is not recorded again, so a repeated turn never sends it twice.
   */
  async enqueue(item: Case): Promise<void> {
    if (!this.enabled) return;
    await this.store.claim(outboxKey(item.reference), { pending: true, case: item }, this.config.CASE_RETENTION_DAYS * 24 * 3600);
    this.attempt(item.reference, 0);
  }

  /** Picks up deliveries left pending by a previous run. */
  async resume(): Promise<void> {
    if (!this.enabled) return;
    for (const key of await this.store.keys('outbox/')) this.attempt(key.slice('outbox/'.length), 0);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
  }

  private attempt(reference: string, tries: number): void {
    if (this.closed || this.running.has(reference)) return;
    this.running.add(reference);
    void this.send(reference)
      .catch((error: unknown) => {
        this.logger.warn({ reference, tries: tries + 1, error: String(error) }, 'case delivery failed, will retry');
        return false;
      })
      .then((done) => {
        this.running.delete(reference);
        if (done || this.closed) return;
        const delay = Math.min(this.config.CASE_WEBHOOK_RETRY_BASE_MS * 2 ** tries, MAX_DELAY_MS);
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.attempt(reference, tries + 1);
        }, delay);
        timer.unref();
        this.timers.add(timer);
      });
  }

  /**
   * Photos kept with the case (answers with a fileId), inline as base64: the town hall's system
   * needs no access to the assistant to read them. A photo deleted meanwhile is left out.
   */
  private async attachmentsOf(item: Case): Promise<Array<{ field: string; name: string; contentType: string; size: number; base64: string }>> {
    const result = [];
    for (const [field, value] of Object.entries(item.answers)) {
      const fileId = typeof value === 'object' && value !== null && 'fileId' in value ? String(value.fileId) : undefined;
      const file = fileId ? await this.files?.load(fileId) : undefined;
      if (file) result.push({ field, name: file.name, contentType: file.contentType, size: file.size, base64: file.data.toString('base64') });
    }
    return result;
  }

  /** One delivery attempt; true when nothing is left to do. */
  private async send(reference: string): Promise<boolean> {
    const entry = await this.store.get<{ pending: boolean; case: Case }>(outboxKey(reference));
    if (!entry?.pending) return true;
    const body = JSON.stringify({ ...entry.case, attachments: await this.attachmentsOf(entry.case) });
    const res = await fetch(this.config.CASE_WEBHOOK_URL!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': reference,
        'x-signature-256': signature(this.config.CASE_WEBHOOK_SECRET ?? '', body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    // Keep a marker (without the answers) so a resumed instance does not send it again.
    await this.store.set(outboxKey(reference), { pending: false }, this.config.CASE_RETENTION_DAYS * 24 * 3600);
    this.logger.info({ reference }, 'case delivered');
    return true;
  }
}
