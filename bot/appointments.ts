// Booked appointment slots. A slot belongs to the first booking that claims
// appointments/slots/<date>/<HH:MM> (atomic set-if-absent in Redis), so it is never given twice,
// also when two instances confirm the same slot at the same moment.
import type { Config } from './config';
import type { Store } from './storage';
import { openSlots, type Slot } from '../dialogs/slots';
import { berlinInstant } from '../dialogs/dates';
import type { OpeningPeriod } from '../knowledge/schema';

const PREFIX = 'appointments/slots/';
export const slotKey = (slot: Slot): string => `${PREFIX}${slot.date}/${slot.time}`;

/** The slot is kept one day past its start, then the key expires by itself. */
const ttlOf = (slot: Slot, now: Date): number =>
  Math.max(60, Math.ceil((berlinInstant(slot.date, slot.time).getTime() - now.getTime()) / 1000) + 24 * 3600);

/** The next free slots within the office hours (the first `APPOINTMENT_SLOTS_OFFERED`). */
export async function freeSlots(
  store: Store,
  periods: readonly OpeningPeriod[],
  config: Config,
  now: Date,
  alsoClosedOn: readonly string[] = [],
): Promise<Slot[]> {
  const taken = new Set(await store.keys(PREFIX));
  const free: Slot[] = [];
  for (const slot of openSlots(periods, now, config.APPOINTMENT_SLOT_MINUTES, config.APPOINTMENT_DAYS_AHEAD, alsoClosedOn)) {
    if (taken.has(slotKey(slot))) continue;
    free.push(slot);
    if (free.length === config.APPOINTMENT_SLOTS_OFFERED) break;
  }
  return free;
}

/** Takes the slot for the reference; true when it is (now or already) this reference's. */
export async function reserveSlot(store: Store, slot: Slot, reference: string, now: Date): Promise<boolean> {
  if (await store.claim(slotKey(slot), reference, ttlOf(slot, now))) return true;
  return (await store.get(slotKey(slot))) === reference;
}

/** Frees the slot if it belongs to the reference (a cancelled appointment). */
export async function releaseSlot(store: Store, slot: Slot, reference: string): Promise<void> {
  if ((await store.get(slotKey(slot))) === reference) await store.delete([slotKey(slot)]);
}
