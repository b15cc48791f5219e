// Appointment slots of an office: fixed-length slots within its opening hours on the next working
// days, in Europe/Berlin, never on a Bavarian public holiday. Pure; which slots are taken is
// the store's business (bot/appointments.ts).
import Holidays from 'date-holidays';
import { berlinWallClock, isOpenAt } from '../knowledge/hours';
import type { OpeningPeriod } from '../knowledge/schema';
import { addDays, berlinInstant, parseGermanDateTime, showDay } from './dates';

/** A slot's start as Berlin wall-clock time. */
export interface Slot {
  date: string;
  time: string;
}

const bavaria = new Holidays('DE', 'BY');

/**
 * Public holidays of Bavaria, and the named days the town also closes (e.g. Mariä Himmelfahrt,
 * which date-holidays lists as an observance). Not Heiligabend or Buß- und Bettag (a school holiday).
 */
const isClosedDay = (date: string, alsoClosedOn: readonly string[] = []): boolean =>
  (bavaria.isHoliday(new Date(`${date}T12:00:00Z`)) || []).some((h) => h.type === 'public' || alsoClosedOn.includes(h.name));

/** "Do., 26.11.2026, 08:00 Uhr": the button text, which parseSlot reads back. */
export const slotLabel = (slot: Slot): string => `${showDay(slot.date)}, ${slot.time} Uhr`;

/** The slot a citizen named ("Do., 26.11.2026, 08:00 Uhr" or "morgen 8 Uhr"), if date and time are clear. */
export function parseSlot(text: string, now: Date): Slot | undefined {
  const parsed = parseGermanDateTime(text, now);
  return parsed?.date && parsed.time && !parsed.approximate ? { date: parsed.date, time: parsed.time } : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clockOf = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Every slot that fits wholly into the opening hours, from after `now` for `days` days, in order. */
export function* openSlots(
  periods: readonly OpeningPeriod[],
  now: Date,
  slotMinutes: number,
  days: number,
  alsoClosedOn: readonly string[] = [],
): Generator<Slot> {
  const today = berlinWallClock(now).date;
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(today, offset);
    if (isClosedDay(date, alsoClosedOn)) continue;
    for (let start = 0; start + slotMinutes <= 24 * 60; start += slotMinutes) {
      const begin = berlinInstant(date, clockOf(start));
      const lastMinute = new Date(begin.getTime() + (slotMinutes - 1) * 60_000);
      if (begin > now && isOpenAt(periods, begin) && isOpenAt(periods, lastMinute)) yield { date, time: clockOf(start) };
    }
  }
}
