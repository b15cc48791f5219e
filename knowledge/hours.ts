// Is an office open at a given moment, and when does it open next? Pure functions over the
// municipality schema, evaluated in Europe/Berlin so that the server's own time zone never matters.
import Holidays from 'date-holidays';
import type { Closure, OpeningPeriod, Weekday } from './schema';
const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const SHORT: Record<string, Weekday> = { Sun: 'so', Mon: 'mo', Tue: 'di', Wed: 'mi', Thu: 'do', Fri: 'fr', Sat: 'sa' };

type WallClock = { date: string; time: string; weekday: Weekday };
/** The last minute asked for: every turn counts its events at "now", and formatting a date is costly. */
let lastMinute: { minute: number; clock: WallClock } | undefined;

/** The Berlin wall clock at an instant: day ("YYYY-MM-DD"), time ("HH:MM") and weekday. The one place the town's time zone is read. */
export function berlinWallClock(at: Date): WallClock {
  // Time zone offsets are whole minutes, so the wall clock to the minute is that of the UTC minute.
  const minute = Math.floor(at.getTime() / 60_000);
  if (lastMinute?.minute !== minute) {
    const p = Object.fromEntries(berlin.formatToParts(at).map((x) => [x.type, x.value]));
    lastMinute = { minute, clock: { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, weekday: SHORT[p.weekday!]! } };
  }
  return { ...lastMinute.clock };
}

const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The closure or changed hours of a day, if the office has one. */
export const closureOn = (date: string, closures: readonly Closure[]): Closure | undefined => closures.find((c) => c.date === date);

/** The regular periods of a day ("YYYY-MM-DD", its weekday): nthWeekdayOfMonth only on that occurrence, e.g. the first Thursday. */
const periodsOn = (periods: readonly OpeningPeriod[], weekday: Weekday, date: string): OpeningPeriod[] =>
  periods.filter(
    (p) => p.days.includes(weekday) && (p.nthWeekdayOfMonth === undefined || Math.ceil(Number(date.slice(8, 10)) / 7) === p.nthWeekdayOfMonth),
  );

/**
 * The hours a day ("YYYY-MM-DD") has as they hold: a closure's changed hours (none when it closes),
 * none on a holiday, else the day's regular periods; with the closure or holiday that decided it.
 */
export function hoursOn(
  date: string,
  periods: readonly OpeningPeriod[],
  closures: readonly Closure[] = [],
  alsoClosedOn: readonly string[] = [],
): { spans: ReadonlyArray<{ from: string; to: string }>; closure?: Closure; holiday: boolean } {
  const closure = closureOn(date, closures);
  if (closure) return { spans: closure.hours, closure, holiday: false };
  if (isClosedDay(date, alsoClosedOn)) return { spans: [], holiday: true };
  return { spans: periodsOn(periods, berlinWallClock(new Date(`${date}T12:00:00Z`)).weekday, date), holiday: false };
}

/** True when `at` falls in one of the periods of its day; on a day of `closures` only that day's hours count. */
export function isOpenAt(periods: readonly OpeningPeriod[], at: Date, closures: readonly Closure[] = []): boolean {
  const { date, time, weekday } = berlinWallClock(at);
  const minutes = toMinutes(time);
  const closure = closureOn(date, closures);
  const spans = closure ? closure.hours : periodsOn(periods, weekday, date);
  return spans.some((span) => minutes >= toMinutes(span.from) && minutes < toMinutes(span.to));
}

const bavaria = new Holidays('DE', 'BY');

/**
 * Public holidays of Bavaria, and the named days the town also closes (e.g. Mariä Himmelfahrt,
 * which date-holidays lists as an observance). Not Heiligabend or Buß- und Bettag (a school holiday).
 */
export const isClosedDay = (date: string, alsoClosedOn: readonly string[] = []): boolean =>
  holidaysOn(date).some((h) => h.type === 'public' || alsoClosedOn.includes(h.name));

/**
 * The year's holidays by day, worked out once per year: date-holidays takes one to two milliseconds
 * for each question (it computes the whole year with moment), and every hours answer, opening-time
 * search and slot list asks several (measured in `npm run bench:http`: a quarter of the server's CPU).
 */
const holidaysByYear = new Map<string, Map<string, Array<{ name: string; type: string }>>>();

function holidaysOn(date: string): ReadonlyArray<{ name: string; type: string }> {
  const year = date.slice(0, 4);
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    for (const { date: day, name, type } of bavaria.getHolidays(Number(year))) {
      // "2026-12-24 14:00:00": a holiday from the afternoon (Heiligabend) is a holiday of its day too.
      const key = day.slice(0, 10);
      days.set(key, [...(days.get(key) ?? []), { name, type }]);
    }
    holidaysByYear.set(year, days);
  }
  return days.get(date) ?? [];
}

/** Open at `at` by the hours, and not on a holiday (a day of `closures` counts as the editors set it). */
export function isOfficeOpen(
  periods: readonly OpeningPeriod[],
  at: Date,
  alsoClosedOn: readonly string[] = [],
  closures: readonly Closure[] = [],
): boolean {
  const { date } = berlinWallClock(at);
  return isOpenAt(periods, at, closures) && (closureOn(date, closures) !== undefined || !isClosedDay(date, alsoClosedOn));
}

const QUARTER = 15 * 60_000;
const SEARCH_DAYS = 21;

/**
 * When the office opens next after `now` (holidays skipped), within three weeks; undefined without
 * hours. Steps through quarter hours: Berlin's offset is whole hours, so the steps meet every
 * period start on a quarter hour, also across the change to and from summer time.
 */
export function nextOpening(
  periods: readonly OpeningPeriod[],
  now: Date,
  alsoClosedOn: readonly string[] = [],
  closures: readonly Closure[] = [],
): Date | undefined {
  if (!periods.length) return undefined;
  const first = Math.ceil((now.getTime() + 1) / QUARTER) * QUARTER;
  for (let t = first; t < now.getTime() + SEARCH_DAYS * 24 * 3600_000; t += QUARTER) {
    const at = new Date(t);
    if (isOfficeOpen(periods, at, alsoClosedOn, closures)) return at;
  }
  return undefined;
}
