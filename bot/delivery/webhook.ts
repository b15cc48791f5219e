// Delivery by webhook: a JSON POST signed with HMAC-SHA256 over the raw body
// (X-Signature-256: sha256=<hex>); the delivery id (the reference, or "<reference>-abgesagt" for a
// cancellation) is the Idempotency-Key, so a receiver can drop a repeat after a crash. 2xx is success; anything else is retried by the outbox.
import { createHmac } from 'node:crypto';
import type { Config } from '../config';
import type { CaseDelivery, Deliverer } from './types';

const signature = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export function webhookDeliverer(config: Config): Deliverer | undefined {
  const url = config.CASE_WEBHOOK_URL;
  if (!url) return undefined;
  return {
    channel: 'webhook',
    async deliver({ id, item, attachments }: CaseDelivery): Promise<void> {
      const body = JSON.stringify({
        ...item,
        attachments: attachments.map(({ data, ...meta }) => ({ ...meta, base64: data.toString('base64') })),
      });
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': id,
          'x-signature-256': signature(config.CASE_WEBHOOK_SECRET ?? '', body),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
  };
}
