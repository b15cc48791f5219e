// What the town's editors change in the console without a release: the opening hours of an office,
// single days closed or changed, and notices ("Wasserrohrbruch in Schimborn …"). Kept in the store
// as overrides of municipality.yaml (which stays the default) and held in memory, so that answers,
// handoff and appointment slots read them without a round trip; a change is published, and every
// instance reloads at once.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { berlinWallClock } from '../knowledge/hours';
import { withBuildingClosures } from '../knowledge/municipality';
import { de } from '../knowledge/texts/de';
import {
  closureSchema,
  isoDay,
  openingHoursSchema,
  WEEKDAYS,
  type Municipality,
  type Office,
  type OpeningPeriod,
} from '../knowledge/schema';
import type { Logger } from './logger';
import type { Store, Unsubscribe } from './storage';
import { auditStaff } from './audit';

const OFFICE_PREFIX = 'town/offices/';
const NOTICE_PREFIX = 'town/notices/';
const CHANNEL = 'town/changed';
/** A notice is kept this long after its period (the console still lists it, the citizens no longer see it). */
const KEEP_EXPIRED_SECONDS = 30 * 24 * 3600;

/** A Berlin wall-clock minute "YYYY-MM-DDTHH:MM" (what a datetime-local field sends). */
const BERLIN_MINUTE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;
const berlinMinute = z.string().regex(BERLIN_MINUTE, 'expected YYYY-MM-DDTHH:MM');
const nowMinute = (now: Date): string => {
  const { date, time } = berlinWallClock(now);
  return `${date}T${time}`;
};

/**
 * Two periods of one weekday that overlap ("Mo 08:00–12:30" and "Mo 09:00–10:00"): citizens would
 * read both, and appointments would be offered twice. Periods of some weeks only are compared among themselves.
 */
function firstOverlap(hours: readonly OpeningPeriod[]): [day: string, first: string, second: string] | undefined {
  for (const [index, day] of WEEKDAYS.entries()) {
    const periods = hours.filter((p) => p.days.includes(day)).sort((a, b) => a.from.localeCompare(b.from));
    for (const [i, earlier] of periods.entries()) {
      const later = periods.slice(i + 1).find((p) => p.nthWeekdayOfMonth === earlier.nthWeekdayOfMonth && p.from < earlier.to);
      if (later) return [de.answers.weekdays[index]!, `${earlier.from}–${earlier.to}`, `${later.from}–${later.to}`];
    }
  }
  return undefined;
}

/** An office's hours and single days as the editors set them; they replace those of municipality.yaml. */
export const officeOverrideSchema = z.object({
  hours: openingHoursSchema.min(1).superRefine((hours, ctx) => {
    const overlap = firstOverlap(hours);
    if (overlap) ctx.addIssue({ code: 'custom', message: de.staff.hoursOverlap(...overlap) });
  }),
  closures: z
    .array(closureSchema)
    .max(100)
    .refine((days) => new Set(days.map((d) => d.date)).size === days.length, 'one entry per day'),
});
export type OfficeOverride = z.infer<typeof officeOverrideSchema>;
/** An override as stored: with the day it was saved, which the hours answer gives as its "Stand". */
const storedOverrideSchema = officeOverrideSchema.extend({ hoursChanged: isoDay.optional() });

/**
 * What an editor writes: the text, the period in Berlin time, and the Ortsteile it concerns (none:
 * the whole town). "von" left empty is now: the notice shows at once ("ab sofort").
 */
export const noticeInputSchema = z
  .object({
    text: z.string(de.staff.noticeText).trim().min(5, de.staff.noticeText).max(300, de.staff.noticeTooLong),
    from: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z
        .string(de.staff.noticePeriod)
        .regex(BERLIN_MINUTE, de.staff.noticePeriod)
        .default(() => nowMinute(new Date())),
    ),
    until: z.string(de.staff.noticePeriod).regex(BERLIN_MINUTE, de.staff.noticePeriod),
    ortsteile: z.array(z.string().min(1).max(40), de.staff.noticeOrtsteile).max(30, de.staff.noticeOrtsteile).default([]),
  })
  .refine((n) => n.from < n.until, { message: de.staff.noticeOrder, path: ['until'] })
  .refine((n) => isoDay.safeParse(n.from.slice(0, 10)).success && isoDay.safeParse(n.until.slice(0, 10)).success, de.staff.noticePeriod);
export type NoticeInput = z.infer<typeof noticeInputSchema>;

/** "Rathaus 24.12.–1.1. geschlossen", "bleibt zu", "keine Sprechzeiten": a notice that tells the offices are closed. */
const SAYS_CLOSED =
  /(?<!\p{L})(?:geschlossen|schließ\p{L}*|schliess\p{L}*|zu(?=\s*(?:[.,!;]|$))|bleib\p{L}*\s+(?:\p{L}+\s+){0,4}?zu|keine?\s+sprechzeit\p{L}*|kein\s+parteiverkehr|nicht\s+(?:geöffnet|geoeffnet|besetzt))(?!\p{L})/iu;

/** "24.12.", "1.1.2027": the days a notice names. */
const NAMED_DAY = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})?/g;
const DAY_MS = 86_400_000;
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The weekdays a notice speaks of: from the first to the last day it names (a month at most), else those it is shown on. */
function weekdaysOf(input: NoticeInput): string[] {
  const shownFrom = Date.parse(`${input.from.slice(0, 10)}T12:00:00Z`);
  // A day without its year is the next one from the day the notice shows ("1.1." after "24.12." is next year's).
  const named = [...input.text.matchAll(NAMED_DAY)]
    .map(([, d, m, y]) => {
      const on = (year: number) => Date.parse(`${year}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}T12:00:00Z`);
      const year = y ? Number(y) : new Date(shownFrom).getUTCFullYear();
      return y || on(year) >= shownFrom - DAY_MS ? on(year) : on(year + 1);
    })
    .filter(Number.isFinite);
  const [first, last] = named.length
    ? [Math.min(...named), Math.max(...named)]
    : [shownFrom, Date.parse(`${input.until.slice(0, 10)}T12:00:00Z`)];
  const days: string[] = [];
  for (let at = first; at <= Math.min(last, first + 31 * DAY_MS); at += DAY_MS)
    if (![0, 6].includes(new Date(at).getUTCDay())) days.push(isoOf(at));
  return days;
}

/**
 * Whether a notice tells of closed offices on a weekday no office has as a closed day ("Rathaus vom
 * 24.12. bis 1.1. geschlossen" without closed days): the hours and the appointments do not follow a
 * notice's words, so the editor is told where closed days go (trial 44: appointments were still offered).
 */
export function noticeClosesNothing(input: NoticeInput, offices: Readonly<Record<string, Office>>): boolean {
  if (!SAYS_CLOSED.test(input.text)) return false;
  const closed = new Set(
    Object.values(offices).flatMap((office) => (office.closures ?? []).filter((c) => c.hours.length === 0).map((c) => c.date)),
  );
  return weekdaysOf(input).some((day) => !closed.has(day));
}
const noticeSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  text: z.string(),
  from: berlinMinute,
  until: berlinMinute,
  ortsteile: z.array(z.string()),
});
export type Notice = z.infer<typeof noticeSchema>;
export const noticeIdSchema = noticeSchema.shape.id;

export class TownSettings {
  private overrides = new Map<string, z.infer<typeof storedOverrideSchema>>();
  private notices: Notice[] = [];
  private current: Municipality;
  /** The offices as edited, each with its own closed days only (what the console shows and saves). */
  private edited: Readonly<Record<string, Office>>;
  private unsubscribe?: Unsubscribe;
  /** Reloads may overlap (two changes in quick succession): only the newest one's result is kept. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    readonly base: Municipality,
    private readonly logger: Logger,
  ) {
    this.current = { ...base, offices: withBuildingClosures(base.offices) };
    this.edited = base.offices;
  }

  /** Loads the overrides and follows the changes of every instance. */
  async start(): Promise<void> {
    this.unsubscribe = await this.store.subscribe(CHANNEL, () => {
      this.reload().catch((error: unknown) => this.logger.error({ err: error }, 'reloading the town settings failed'));
    });
    await this.reload();
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
  }

  /** The town's profile with the editors' hours and single days applied. */
  get municipality(): Municipality {
    return this.current;
  }

  /** The offices with the editors' hours and each one's own closed days (for the console). */
  get editedOffices(): Readonly<Record<string, Office>> {
    return this.edited;
  }

  /** The notices whose period includes `now`, soonest ending first. */
  activeNotices(now: Date = new Date()): Notice[] {
    const minute = nowMinute(now);
    return this.notices.filter((n) => n.from <= minute && minute < n.until).sort((a, b) => a.until.localeCompare(b.until));
  }

  /** The notices not ended yet (also those still to come: "Am 24.12. bleibt das Rathaus geschlossen" asked about on 4.12.), soonest first. */
  comingNotices(now: Date = new Date()): Notice[] {
    const minute = nowMinute(now);
    return this.notices.filter((n) => minute < n.until).sort((a, b) => a.from.localeCompare(b.from));
  }

  /** Every stored notice (also future and recently ended ones), newest period first. */
  allNotices(): Notice[] {
    return [...this.notices].sort((a, b) => b.from.localeCompare(a.from));
  }

  /** Whether the editors have changed this office (otherwise municipality.yaml applies). */
  isOverridden(office: string): boolean {
    return this.overrides.has(office);
  }

  async saveOffice(office: string, value: OfficeOverride, staff: string): Promise<void> {
    await this.store.set(`${OFFICE_PREFIX}${office}`, { ...value, hoursChanged: berlinWallClock(new Date()).date });
    await this.changed(staff, 'office-saved', office);
  }

  /** Back to the hours of municipality.yaml. */
  async resetOffice(office: string, staff: string): Promise<void> {
    await this.store.delete([`${OFFICE_PREFIX}${office}`]);
    await this.changed(staff, 'office-reset', office);
  }

  async addNotice(input: NoticeInput, staff: string): Promise<Notice> {
    const notice: Notice = { id: randomBytes(8).toString('hex'), ...input };
    await this.store.set(`${NOTICE_PREFIX}${notice.id}`, notice, this.keepSeconds(notice));
    await this.changed(staff, 'notice-added', notice.id);
    return notice;
  }

  /** False when there is no such notice. */
  async updateNotice(id: string, input: NoticeInput, staff: string): Promise<boolean> {
    if (!(await this.store.get(`${NOTICE_PREFIX}${id}`))) return false;
    const notice: Notice = { id, ...input };
    await this.store.set(`${NOTICE_PREFIX}${id}`, notice, this.keepSeconds(notice));
    await this.changed(staff, 'notice-changed', id);
    return true;
  }

  async deleteNotice(id: string, staff: string): Promise<boolean> {
    if (!(await this.store.get(`${NOTICE_PREFIX}${id}`))) return false;
    await this.store.delete([`${NOTICE_PREFIX}${id}`]);
    await this.changed(staff, 'notice-deleted', id);
    return true;
  }

  private keepSeconds(notice: Notice): number {
    const end = Date.parse(`${notice.until}:00Z`);
    return Math.max(60, Math.ceil((end - Date.now()) / 1000) + KEEP_EXPIRED_SECONDS);
  }

  /** Audit (who changed what, never the text), tell every instance, and take the change here before answering. */
  private async changed(staff: string, action: string, target: string): Promise<void> {
    await auditStaff(this.store, { staff, action, target });
    await this.store.publish(CHANNEL, { at: Date.now() });
    await this.reload();
  }

  private async reload(): Promise<void> {
    const generation = ++this.generation;
    const [offices, notices] = await Promise.all([
      this.values(OFFICE_PREFIX, storedOverrideSchema),
      this.values(NOTICE_PREFIX, noticeSchema),
    ]);
    if (generation !== this.generation) return;
    this.overrides = new Map(offices.filter(([key]) => key in this.base.offices));
    this.notices = notices.map(([, notice]) => notice);
    const merged: Record<string, Office> = { ...this.base.offices };
    for (const [key, override] of this.overrides) merged[key] = { ...merged[key]!, ...override };
    this.edited = merged;
    this.current = { ...this.base, offices: withBuildingClosures(merged) };
  }

  /** Stored values under a prefix by their key's last part; a value that no longer parses is left out (and logged). */
  private async values<T>(prefix: string, schema: z.ZodType<T>): Promise<Array<[string, T]>> {
    const keys = await this.store.keys(prefix);
    const values = await Promise.all(keys.map(async (key) => [key.slice(prefix.length), await this.store.get(key)] as const));
    return values.flatMap(([key, value]) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success && value !== undefined)
        this.logger.warn({ key: prefix + key }, 'stored town setting left out: it does not parse');
      return parsed.success ? [[key, parsed.data] as [string, T]] : [];
    });
  }
}
