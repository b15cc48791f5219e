// Cases: a completed request gets a reference number (MOE-2026-00042) and is stored under
// cases/<ref> for CASE_RETENTION_DAYS. Numbers are unique across instances because each one
// is taken with an atomic claim on the store.
import { z } from 'zod';
import type { Config } from './config';
import type { Store } from './storage';

export const caseSchema = z.object({
  reference: z.string(),
  flow: z.string(),
  office: z.string(),
  answers: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  channelId: z.string(),
  conversationId: z.string(),
});
export type Case = z.infer<typeof caseSchema>;

export const caseKey = (reference: string): string => `cases/${reference}`;
export const caseRetentionSeconds = (config: Config): number => config.CASE_RETENTION_DAYS * 24 * 3600;

/** Stores a new case under the next free reference of this year and returns it. */
export async function createCase(store: Store, config: Config, data: Omit<Case, 'reference' | 'createdAt'>, now = new Date()): Promise<Case> {
  const stem = `${config.CASE_REFERENCE_PREFIX}-${now.getFullYear()}-`;
  // Start after the highest number in use; a lost race just moves on to the next number.
  const used = (await store.keys(caseKey(stem))).map((k) => Number(k.slice(caseKey(stem).length))).filter(Number.isFinite);
  let number = used.length ? Math.max(...used) + 1 : 1;
  for (;;) {
    const reference = `${stem}${String(number).padStart(5, '0')}`;
    const record = caseSchema.parse({ ...data, reference, createdAt: now.toISOString() });
    if (await store.claim(caseKey(reference), record, caseRetentionSeconds(config))) return record;
    number += 1;
  }
}
