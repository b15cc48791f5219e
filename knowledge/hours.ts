// Is an office open at a given moment? Pure function over the municipality schema, evaluated in
// Europe/Berlin so that the server's own time zone never matters.
import type { OpeningPeriod } from './schema';

const WEEKDAYS = ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'] as const;
const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const SHORT: Record<string, (typeof WEEKDAYS)[number]> = { Sun: 'so', Mon: 'mo', Tue: 'di', Wed: 'mi', Thu: 'do', Fri: 'fr', Sat: 'sa' };

/** Local wall-clock parts in Berlin. */
function berlinParts(at: Date): { day: (typeof WEEKDAYS)[number]; dayOfMonth: number; minutes: number } {
  const parts = Object.fromEntries(berlin.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: SHORT[parts.weekday!]!, dayOfMonth: Number(parts.day), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** True when `at` falls in one of the periods (nthWeekdayOfMonth: only that occurrence, e.g. first Thursday). */
export function isOpenAt(periods: readonly OpeningPeriod[], at: Date): boolean {
  const { day, dayOfMonth, minutes } = berlinParts(at);
  return periods.some((period) => {
    if (!period.days.includes(day)) return false;
    if (period.nthWeekdayOfMonth !== undefined && Math.ceil(dayOfMonth / 7) !== period.nthWeekdayOfMonth) return false;
    return minutes >= toMinutes(period.from) && minutes < toMinutes(period.to);
  });
}
