// Booked appointment slots. Each grid step of a slot is a key appointments/slots/<date>/<HH:MM>
// that belongs to the first booking claiming it (atomic set-if-absent in Redis), so no step is
// ever given twice, also when two instances confirm overlapping slots at the same moment. A
// 30-minute service on a 15-minute grid claims two steps, all or none.
import type { Config } from './config';
import type { Store } from './storage';
import { openSlots, slotSchema, slotUnits, type Slot } from '../dialogs/slots';
import { berlinInstant, berlinWallClock, closureOn, isOpenAt } from '../knowledge/hours';
import type { Closure, OpeningPeriod } from '../knowledge/schema';

const PREFIX = 'appointments/slots/';
/** The office that keeps the appointments booked here. */
export const APPOINTMENT_OFFICE = 'buergerbuero';
/** The field of the booking request (dialogs/flows/termin-buchen.ts) that holds the slot. */
export const SLOT_FIELD = 'zeitfenster';
export const slotKey = (slot: Slot): string => `${PREFIX}${slot.date}/${slot.time}`;

/** The slot is kept one day past its start, then the key expires by itself. */
const ttlOf = (slot: Slot, now: Date): number =>
  Math.max(60, Math.ceil((berlinInstant(slot.date, slot.time).getTime() - now.getTime()) / 1000) + 24 * 3600);

/** Where and how long: the office's hours and single days closed or changed, the days it also closes, and the service's length. */
export interface SlotRequest {
  hours: readonly OpeningPeriod[];
  closures: readonly Closure[];
  alsoClosedOn: readonly string[];
  minutes: number;
}

/** Every free slot of the service within the office hours for the next `APPOINTMENT_DAYS_AHEAD` days, in order. */
export async function freeSlots(store: Store, request: SlotRequest, config: Config, now: Date): Promise<Slot[]> {
  const grid = config.APPOINTMENT_SLOT_MINUTES;
  const taken = new Set(await store.keys(PREFIX));
  const slots = openSlots(
    request.hours,
    now,
    grid,
    config.APPOINTMENT_DAYS_AHEAD,
    request.alsoClosedOn,
    Math.max(grid, request.minutes),
    request.closures,
  );
  return [...slots].filter((slot) => slotUnits(slot, grid).every((unit) => !taken.has(slotKey(unit))));
}

/** Takes every grid step of the slot for the reference, or none; true when they are (now or already) this reference's. */
export async function reserveSlot(store: Store, slot: Slot, reference: string, now: Date, gridMinutes: number): Promise<boolean> {
  const claimed: Slot[] = [];
  for (const unit of slotUnits(slot, gridMinutes)) {
    const ours = (await store.claim(slotKey(unit), reference, ttlOf(unit, now))) || (await store.get(slotKey(unit))) === reference;
    if (!ours) {
      await releaseUnits(store, claimed, reference);
      return false;
    }
    claimed.push(unit);
  }
  return true;
}

async function releaseUnits(store: Store, units: readonly Slot[], reference: string): Promise<void> {
  for (const unit of units) if ((await store.get(slotKey(unit))) === reference) await store.delete([slotKey(unit)]);
}

/** Frees the slot's grid steps that belong to the reference (a cancelled appointment). */
export const releaseSlot = (store: Store, slot: Slot, reference: string, gridMinutes: number): Promise<void> =>
  releaseUnits(store, slotUnits(slot, gridMinutes), reference);

/** The slot a booked appointment's answers hold, if they hold one (a case of another request holds none). */
export function bookedSlot(answers: Readonly<Record<string, unknown>>): Slot | undefined {
  const parsed = slotSchema.safeParse(answers[SLOT_FIELD]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The bookings from today on whose time a closure of the office now takes (a staff outing entered after
 * them), each once with its first step, in order of time; for the editor who entered it (trial 43).
 */
export async function bookingsWhenClosed(
  store: Store,
  hours: readonly OpeningPeriod[],
  closures: readonly Closure[],
  now: Date,
): Promise<Array<{ reference: string; slot: Slot }>> {
  const today = berlinWallClock(now).date;
  const found = new Map<string, Slot>();
  for (const key of (await store.keys(PREFIX)).sort()) {
    const [date = '', time = ''] = key.slice(PREFIX.length).split('/');
    if (date < today || !closureOn(date, closures) || isOpenAt(hours, berlinInstant(date, time), closures)) continue;
    const reference = await store.get<string>(key);
    if (typeof reference === 'string' && !found.has(reference)) found.set(reference, { date, time });
  }
  return [...found].map(([reference, slot]) => ({ reference, slot }));
}
