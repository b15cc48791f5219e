// Cases: a completed request gets a reference number (MOE-2026-00042) and is stored under
// cases/<ref> for CASE_RETENTION_DAYS. Numbers are unique across instances because each one
// is taken with an atomic claim on the store.
import { z } from 'zod';
import type { Config } from './config';
import { languageSchema } from '../knowledge/texts/index';
import { berlinWallClock } from '../knowledge/hours';
import type { Store } from './storage';

export const caseSchema = z.object({
  reference: z.string(),
  flow: z.string(),
  office: z.string(),
  answers: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  channelId: z.string(),
  conversationId: z.string(),
  /** A booked appointment that the citizen cancelled stays as a record, marked cancelled. */
  status: z.enum(['open', 'cancelled']).default('open'),
  /** A cancelled appointment that was moved: the new appointment's reference (its old number leads there, trial 58). */
  movedTo: z.string().optional(),
  /** The citizen chose "Absenden mit Benachrichtigung": told in this conversation when staff close the request. */
  notify: z.boolean().optional(),
  /** The conversation's language when the request was sent (the answers' values are German either way). */
  language: languageSchema.optional(),
});
export type Case = z.infer<typeof caseSchema>;

export const caseKey = (reference: string): string => `cases/${reference}`;

/** The answers of a case that are stored files (a photo: { fileId, … }), by field. */
export const caseFiles = (item: Pick<Case, 'answers'>): Array<{ field: string; fileId: string }> =>
  Object.entries(item.answers).flatMap(([field, value]) =>
    typeof value === 'object' && value !== null && 'fileId' in value ? [{ field, fileId: String(value.fileId) }] : [],
  );
/** The references of one conversation's cases (for "Meine Daten anzeigen/löschen"). */
export const casesOfKey = (conversationId: string): string => `cases-of/${conversationId}`;
export const caseRetentionSeconds = (config: Config): number => config.CASE_RETENTION_DAYS * 24 * 3600;

export type NewCase = Omit<Case, 'reference' | 'createdAt' | 'status'> & Partial<Pick<Case, 'language'>>;

/** Stores a new case under the next free reference of this year and returns it. */
export async function createCase(store: Store, config: Config, data: NewCase, now = new Date()): Promise<Case> {
  // The year as in Mömbris, not in the server's time zone (New Year's Eve after 23:00 UTC).
  const stem = `${config.CASE_REFERENCE_PREFIX}-${berlinWallClock(now).date.slice(0, 4)}-`;
  // A reference is never given twice, also not after its case was withdrawn or deleted: the year's
  // counter only goes up (atomic across instances). The highest number in use counts too (cases of
  // versions before the counter); a lost race just moves on to the next number.
  const counter = `case-numbers/${stem}`;
  await store.increment(counter, { issued: 1 });
  const issued = (await store.counters(counter)).issued ?? 1;
  const used = (await store.keys(caseKey(stem))).map((k) => Number(k.slice(caseKey(stem).length))).filter(Number.isFinite);
  let number = Math.max(issued, used.length ? Math.max(...used) + 1 : 1);
  for (;;) {
    const reference = `${stem}${String(number).padStart(5, '0')}`;
    const record = caseSchema.parse({ ...data, reference, createdAt: now.toISOString() });
    if (await store.claim(caseKey(reference), record, caseRetentionSeconds(config))) {
      await store.append(casesOfKey(data.conversationId), reference, caseRetentionSeconds(config));
      return record;
    }
    number += 1;
  }
}

/** Which case a run of a flow created (conversation id and the flow state's runId). */
export const runKey = (run: string): string => `case-runs/${run}`;

/** The requests a conversation made, oldest first (the ones deleted or of another conversation left out). */
export async function casesOfConversation(store: Store, conversationId: string): Promise<Case[]> {
  const references = [...new Set(await store.list<string>(casesOfKey(conversationId)))];
  const cases = await Promise.all(references.map((reference) => loadCase(store, reference)));
  return cases.filter((c): c is Case => c !== undefined && c.conversationId === conversationId);
}

/** The stored case, or undefined when it is gone or unreadable. */
export async function loadCase(store: Store, reference: string): Promise<Case | undefined> {
  const parsed = caseSchema.safeParse(await store.get(caseKey(reference)));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Creates the case of one flow run at most once: a turn that runs again (after an eTag conflict,
 * or a repeated "Absenden" after a crash) gets the case of the first run, with created = false.
 */
export async function createCaseOnce(
  store: Store,
  config: Config,
  data: NewCase,
  run: string,
  now = new Date(),
): Promise<{ case: Case; created: boolean }> {
  const earlier = await store.get<string>(runKey(run));
  const existing = earlier ? await loadCase(store, earlier) : undefined;
  if (existing) return { case: existing, created: false };
  // The marker of a case that is gone (discarded, expired) must not block a new one.
  if (earlier) await store.delete([runKey(run)]);
  const record = await createCase(store, config, data, now);
  if (await store.claim(runKey(run), record.reference, caseRetentionSeconds(config))) return { case: record, created: true };
  // A concurrent run of the same turn was faster: keep its case, drop ours.
  await store.delete([caseKey(record.reference)]);
  return createCaseOnce(store, config, data, run, now);
}

/** Takes back a case that could not be completed (e.g. its appointment slot was taken meanwhile). */
export async function discardCase(store: Store, reference: string, run?: string): Promise<void> {
  await store.delete([caseKey(reference), ...(run ? [runKey(run)] : [])]);
}
