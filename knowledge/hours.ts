// Is an office open at a given moment, and when does it open next? Pure functions over the
// municipality schema, evaluated in Europe/Berlin so that the server's own time zone never matters.
import Holidays from 'date-holidays';
import type { Closure, OpeningPeriod, Weekday } from './schema';
const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const WEEKDAYS: readonly Weekday[] = ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'];
const HOUR = 3_600_000;

type WallClock = { date: string; time: string; weekday: Weekday };

/**
 * Berlin's offset from UTC in each UTC hour asked for. Formatting in a time zone is costly (and every
 * turn, slot list and hours answer reads the clock several times); the offset changes only on a
 * whole UTC hour (01:00 UTC in March and October), so one formatting per hour is exact.
 */
const offsetByHour = new Map<number, number>();

function berlinOffset(hour: number): number {
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const p = Object.fromEntries(berlin.formatToParts(new Date(hour * HOUR)).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - hour * HOUR;
    // Bounded: a long-running process asks for new hours forever.
    if (offsetByHour.size >= 10_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The Berlin wall clock at an instant: day ("YYYY-MM-DD"), time ("HH:MM") and weekday. The one place the town's time zone is read. */
export function berlinWallClock(at: Date): WallClock {
  const wall = new Date(at.getTime() + berlinOffset(Math.floor(at.getTime() / HOUR)));
  const iso = wall.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), weekday: WEEKDAYS[wall.getUTCDay()]! };
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
 * none on a holiday, else the day's regular periods; with the closure or holiday that decided it, and
 * the name of a day many offices close early without the town having said so (Heiliger Abend, Silvester).
 */
export function hoursOn(
  date: string,
  periods: readonly OpeningPeriod[],
  closures: readonly Closure[] = [],
  alsoClosedOn: readonly string[] = [],
): { spans: ReadonlyArray<{ from: string; to: string }>; closure?: Closure; holiday: boolean; eve?: string } {
  const closure = closureOn(date, closures);
  if (closure) return { spans: closure.hours, closure, holiday: false };
  if (isClosedDay(date, alsoClosedOn)) return { spans: [], holiday: true };
  const spans = periodsOn(periods, berlinWallClock(new Date(`${date}T12:00:00Z`)).weekday, date);
  const eve = holidaysOn(date).find((h) => h.type === 'bank')?.name;
  return { spans, holiday: false, ...(eve && spans.length ? { eve } : {}) };
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

function holidaysOfYear(year: string): ReadonlyMap<string, Array<{ name: string; type: string }>> {
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
  return days;
}

function holidaysOn(date: string): ReadonlyArray<{ name: string; type: string }> {
  return holidaysOfYear(date.slice(0, 4)).get(date) ?? [];
}

/** The next day from `from` (a "YYYY-MM-DD", itself included) of the holiday date-holidays calls `name` ("Fronleichnam"), this year or next. */
export function nextHolidayNamed(name: string, from: string): string | undefined {
  const year = Number(from.slice(0, 4));
  for (const y of [year, year + 1])
    for (const [day, holidays] of holidaysOfYear(String(y))) if (day >= from && holidays.some((h) => h.name === name)) return day;
  return undefined;
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

/** Whether an office of the town is open at `at`: its hours and closures, and the public holidays closed unless the town opens on them. */
export function townOfficeOpen(
  town: { openOnPublicHolidays: boolean; alsoClosedOn?: readonly string[] | undefined },
  office: { hours: readonly OpeningPeriod[]; closures: readonly Closure[] },
  at: Date,
): boolean {
  return town.openOnPublicHolidays ? isOpenAt(office.hours, at, office.closures) : isOfficeOpen(office.hours, at, town.alsoClosedOn ?? [], office.closures);
}

const SEARCH_DAYS = 21;
const DAY = 24 * HOUR;

/** The instant of a Berlin wall-clock day and time ("YYYY-MM-DD", "HH:MM"; daylight saving time included). */
export function berlinInstant(date: string, time = '00:00'): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset of the instant, found from the offset two hours before (the offset changes at most
  // once in between); a time the change to summer time skips counts with the winter offset.
  const guess = wall - berlinOffset(Math.floor((wall - 2 * HOUR) / HOUR));
  return new Date(wall - berlinOffset(Math.floor(guess / HOUR)));
}

/**
 * When the office opens next after `now`, within three weeks: the first start of a day's hours
 * as they hold (a closure's changed hours, no hours on a holiday); undefined without hours.
 */
export function nextOpening(
  periods: readonly OpeningPeriod[],
  now: Date,
  alsoClosedOn: readonly string[] = [],
  closures: readonly Closure[] = [],
): Date | undefined {
  if (!periods.length) return undefined;
  const today = Date.parse(`${berlinWallClock(now).date}T00:00:00Z`);
  for (let day = 0; day < SEARCH_DAYS; day++) {
    const date = new Date(today + day * DAY).toISOString().slice(0, 10);
    const starts = hoursOn(date, periods, closures, alsoClosedOn).spans.map((span) => berlinInstant(date, span.from));
    const next = starts.filter((start) => start > now).sort((a, b) => a.getTime() - b.getTime())[0];
    if (next) return next;
  }
  return undefined;
}
