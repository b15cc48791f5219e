// Is an office open at a given moment? Pure function over the municipality schema, evaluated in
// Europe/Berlin so that the server's own time zone never matters.
import type { OpeningPeriod } from './schema';

type Weekday = 'so' | 'mo' | 'di' | 'mi' | 'do' | 'fr' | 'sa';
const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const SHORT: Record<string, Weekday> = { Sun: 'so', Mon: 'mo', Tue: 'di', Wed: 'mi', Thu: 'do', Fri: 'fr', Sat: 'sa' };

/** The Berlin wall clock at an instant: day ("YYYY-MM-DD"), time ("HH:MM") and weekday. The one place the town's time zone is read. */
export function berlinWallClock(at: Date): { date: string; time: string; weekday: Weekday } {
  const p = Object.fromEntries(berlin.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, weekday: SHORT[p.weekday!]! };
}

const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** True when `at` falls in one of the periods (nthWeekdayOfMonth: only that occurrence, e.g. first Thursday). */
export function isOpenAt(periods: readonly OpeningPeriod[], at: Date): boolean {
  const { date, time, weekday } = berlinWallClock(at);
  const dayOfMonth = Number(date.slice(8, 10));
  const minutes = toMinutes(time);
  return periods.some((period) => {
    if (!period.days.includes(weekday)) return false;
    if (period.nthWeekdayOfMonth !== undefined && Math.ceil(dayOfMonth / 7) !== period.nthWeekdayOfMonth) return false;
    return minutes >= toMinutes(period.from) && minutes < toMinutes(period.to);
  });
}
