// The clerk's side of a case: its status (neu → in Bearbeitung → erledigt / abgelehnt, closed with a
// reason the citizen reads), who works on it, internal notes and the history of changes. Kept apart
// from the case record, which the outbox and appointment cancelling rewrite unconditionally. Each
// change is a new version claimed set-if-absent (case-work/<ref>/<version>): of two clerks who
// change the version they both saw, on one instance or two, exactly one succeeds and the other is
// told that it changed. The versions expire with the case and are deleted with it.
import { z } from 'zod';
import { de } from '../knowledge/texts/de';
import { CATALOGUES, LOCALES, type Language } from '../knowledge/texts/index';
import { slotLabel, slotSchema } from '../dialogs/slots';
import { SLOT_FIELD } from './appointments';
import { caseKey, caseRetentionSeconds, type Case } from './cases';
import type { Config } from './config';
import type { Store } from './storage';
import type { AssistantServices } from './turn';

export const CASE_STATUSES = ['new', 'in-progress', 'done', 'rejected'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Closed requests are done or rejected (a rejection needs a reason), and the citizen may be told. */
export const isClosed = (status: CaseStatus): boolean => status === 'done' || status === 'rejected';
export const REASON_MAX = 500;

const noteSchema = z.object({ at: z.string(), staff: z.string(), text: z.string() });
/** One change for the history (and the audit log): status ids and account names, never a note's text. */
const changeSchema = z.object({
  at: z.string(),
  staff: z.string(),
  // "untold": the citizen asked to be told of the closing, and the chat could not reach them.
  change: z.enum(['status', 'assignee', 'note', 'untold', 'office']),
  from: z.string().optional(),
  to: z.string().optional(),
});
type CaseChange = z.infer<typeof changeSchema>;

const caseWorkSchema = z.object({
  version: z.number().int().min(0),
  status: z.enum(CASE_STATUSES),
  reason: z.string().optional(),
  assignee: z.string().optional(),
  notes: z.array(noteSchema),
  history: z.array(changeSchema),
});
export type CaseWork = z.infer<typeof caseWorkSchema>;

/** A case nobody has worked on yet. */
export const UNTOUCHED_WORK: CaseWork = { version: 0, status: 'new', notes: [], history: [] };

const PREFIX = 'case-work/';
// Zero-padded, so that the keys of one case sort in the order of their versions.
const workKey = (reference: string, version: number): string => `${PREFIX}${reference}/${String(version).padStart(6, '0')}`;
const AUDIT_KEY = 'audit/cases';

/** The latest stored version of every case that has one, by reference (one key listing for all). */
export async function allWork(store: Store): Promise<Map<string, CaseWork>> {
  const latest = new Map<string, string>();
  for (const key of await store.keys(PREFIX)) {
    const reference = key.slice(PREFIX.length, key.lastIndexOf('/'));
    const known = latest.get(reference);
    if (!known || key > known) latest.set(reference, key);
  }
  const result = new Map<string, CaseWork>();
  await Promise.all(
    [...latest].map(async ([reference, key]) => {
      const parsed = caseWorkSchema.safeParse(await store.get(key));
      if (parsed.success) result.set(reference, parsed.data);
    }),
  );
  return result;
}

/** The latest version of one case's work (untouched when there is none). */
export async function loadWork(store: Store, reference: string): Promise<CaseWork> {
  const keys = (await store.keys(`${PREFIX}${reference}/`)).sort();
  const parsed = caseWorkSchema.safeParse(keys.length ? await store.get(keys.at(-1)!) : undefined);
  return parsed.success ? parsed.data : UNTOUCHED_WORK;
}

/** Deletes every version (the case was withdrawn by the citizen). */
export async function eraseWork(store: Store, reference: string): Promise<void> {
  await store.delete(await store.keys(`${PREFIX}${reference}/`));
}

/** What a clerk changes at once; a reason goes with the new status (the citizen reads it with the status). */
export interface WorkChange {
  status?: CaseStatus;
  reason?: string;
  /** An account name, or null to take the assignment away. */
  assignee?: string | null;
}

/** The work after a clerk's change, or why it is refused (a sentence for the clerk). */
export function applyChange(work: CaseWork, change: WorkChange, staff: string, at = new Date().toISOString()): CaseWork | string {
  const history: CaseChange[] = [];
  let next: CaseWork = { ...work };
  if (change.status !== undefined) {
    const { status } = change;
    if (status === work.status) return de.staff.sameStatus(de.staff.statuses[status]);
    if (status === 'new') return de.staff.notBackToNew;
    const reason = change.reason?.trim() || undefined;
    if (status === 'rejected' && !reason) return de.staff.reasonRequired;
    next = { ...next, status, reason };
    history.push({ at, staff, change: 'status', from: work.status, to: status });
  }
  const assignee = change.assignee === null ? undefined : change.assignee;
  if (change.assignee !== undefined && assignee !== work.assignee) {
    next = { ...next, assignee };
    history.push({ at, staff, change: 'assignee', from: work.assignee, to: assignee });
  }
  if (!history.length) return change.assignee !== undefined ? de.staff.sameAssignee : de.staff.nothingToChange;
  return { ...next, history: [...work.history, ...history] };
}

/**
 * The work of a request forwarded to another office (`from` and `to`: the offices' names): said in its history, and no longer
 * assigned to anyone of the office it left (trial 53: a misrouted request could not be passed on).
 */
export function forwarded(work: CaseWork, from: string, to: string, staff: string, at = new Date().toISOString()): CaseWork {
  const history: CaseChange[] = [{ at, staff, change: 'office', from, to }];
  if (work.assignee) history.push({ at, staff, change: 'assignee', from: work.assignee, to: undefined });
  return { ...work, assignee: undefined, history: [...work.history, ...history] };
}

/** The work with one more internal note (its text stays out of the history and the audit log). */
export function withNote(work: CaseWork, text: string, staff: string, at = new Date().toISOString()): CaseWork {
  return {
    ...work,
    notes: [...work.notes, { at, staff, text }],
    history: [...work.history, { at, staff, change: 'note' }],
  };
}

/** The work with the record that the citizen could not be told in the chat (someone must tell them otherwise). */
export function withUntold(work: CaseWork, staff: string, at = new Date().toISOString()): CaseWork {
  return { ...work, history: [...work.history, { at, staff, change: 'untold' }] };
}

export type WorkResult = { work: CaseWork } | { refused: string } | { conflict: true };

/**
 * Changes a case's work. With `seen` (the version the clerk looked at) a change of anything newer
 * is a conflict; without it (adding a note) the change is applied to the latest version, retried
 * when another change comes first. Every stored change goes to the audit log.
 */
export async function updateWork(
  store: Store,
  config: Config,
  reference: string,
  seen: number | undefined,
  change: (work: CaseWork) => CaseWork | string,
): Promise<WorkResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await loadWork(store, reference);
    if (seen !== undefined && current.version !== seen) return { conflict: true };
    const next = change(current);
    if (typeof next === 'string') return { refused: next };
    const stored = { ...next, version: current.version + 1 };
    // The versions live as long as the case: nothing of the work outlasts it.
    const ttl = (await store.ttl(caseKey(reference))) ?? caseRetentionSeconds(config);
    if (await store.claim(workKey(reference, stored.version), stored, ttl)) {
      for (const entry of stored.history.slice(current.history.length)) await store.append(AUDIT_KEY, { ...entry, reference });
      return { work: stored };
    }
    if (seen !== undefined) return { conflict: true };
  }
  return { conflict: true };
}

/** Who changed what of which case, and when (status ids and account names, no note text, no citizen data). */
export async function caseAuditLog(store: Store): Promise<Array<CaseChange & { reference: string }>> {
  return store.list(AUDIT_KEY);
}

/** Where a request stands, as the citizen reads it, with what the office wrote to its status. */
export function statusForCitizen(
  item: Case,
  work: CaseWork,
  title: string,
  language: Language = 'de',
  /** The office's closure at the appointment's time, if it closed after the booking. */
  closedThen?: { office: string; label: string },
): string {
  const t = CATALOGUES[language].caseStatus;
  if (item.status === 'cancelled') return t.cancelled(item.reference, title);
  const status = t[work.status](item.reference, title);
  // "Wann ist mein Termin?": an appointment that still takes place is told with its day and time.
  const slot = work.status === 'rejected' ? undefined : slotSchema.safeParse(item.answers[SLOT_FIELD]).data;
  // A booked appointment not yet kept is booked, whatever the clerk's working state of it.
  const booked = slot && (work.status === 'new' || work.status === 'in-progress') ? slot : undefined;
  const said =
    booked && closedThen
      ? t.appointmentOnClosedDay(item.reference, slotLabel(booked, language), closedThen.office, closedThen.label)
      : booked
        ? t.appointmentBooked(item.reference, slotLabel(booked, language))
        : slot
          ? `${status} ${t.appointmentAt(slotLabel(slot, language))}`
          : status;
  if (!work.reason) return said;
  return `${said} ${work.status === 'rejected' ? t.rejectedReason(work.reason) : t.townNote(work.reason)}`;
}

/**
 * Tells the citizen in their conversation that the request is closed (when they chose "Absenden
 * mit Benachrichtigung", or their appointment was rejected), in the language the request was made
 * in (`title` and `also` come in it too); false when the conversation cannot be reached any more.
 */
export async function notifyCitizen(
  services: Pick<AssistantServices, 'outbound' | 'logger'>,
  item: Case,
  work: CaseWork,
  title: string,
  /** Said after the status (a rejected appointment: which one does not take place). */
  also?: string,
): Promise<boolean> {
  const reference = await services.outbound.reference(item.channelId, item.conversationId);
  if (!reference) return false;
  const language = item.language ?? 'de';
  const text = CATALOGUES[language].caseStatus.news(statusForCitizen(item, work, title, language));
  try {
    await services.outbound.send(reference, [
      {
        type: 'message',
        text: also ? CATALOGUES[language].conversation.together(text, also) : text,
        locale: LOCALES[language],
        textFormat: 'plain',
      },
    ]);
    return true;
  } catch (error) {
    services.logger.warn({ reference: item.reference, error: String(error) }, 'status message to the citizen could not be delivered');
    return false;
  }
}
