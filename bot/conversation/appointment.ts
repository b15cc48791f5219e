// Appointments in the Bürgerbüro: the free slots offered as buttons, the atomic reservation at
// confirmation, and cancelling by reference number (frees the slot, marks the case cancelled).
import { ask, type FlowDefinition, type FlowState, type FlowStep } from '../../dialogs/engine';
import { berlinInstant } from '../../dialogs/dates';
import { slotLabel, type Slot } from '../../dialogs/slots';
import { freeSlots, releaseSlot, reserveSlot } from '../appointments';
import { caseKey, caseRetentionSeconds, discardCase, loadCase } from '../cases';
import { button } from '../../knowledge/texts/commands';
import { de } from '../../knowledge/texts/de';
import type { Turn } from '../turn';
import { confirmCase, openCase } from './submit';

const OFFICE = 'buergerbuero';
const SLOT_FIELD = 'zeitfenster';

function officeOf(turn: Turn) {
  const { offices } = turn.services.municipality;
  return offices[OFFICE] ?? offices.rathaus!;
}

const callOffice = (turn: Turn): string => {
  const office = officeOf(turn);
  return de.appointments.callOffice(office.name, office.phone);
};

/** Button texts of the next free slots. */
export async function offerSlots(turn: Turn): Promise<string[]> {
  const { store, config } = turn.services;
  return (await freeSlots(store, officeOf(turn).hours, config, new Date(), turn.services.municipality.alsoClosedOn)).map(slotLabel);
}

/**
 * Books the chosen slot: the case is created (once per flow run), then the slot is claimed for
 * its reference. If another booking got the slot first, the case is taken back and the citizen
 * chooses again; the returned step continues the flow.
 */
export async function completeAppointment(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
): Promise<FlowStep | undefined> {
  const slot = answers[SLOT_FIELD] as Slot;
  const now = new Date();
  // A slot that began while the citizen was still answering is gone, like a taken one.
  const started = berlinInstant(slot.date, slot.time) <= now;
  const booked = started ? undefined : await openCase(turn, flow, state, answers);
  if (booked && (await reserveSlot(turn.services.store, slot, booked.reference, now))) {
    const office = officeOf(turn);
    await confirmCase(turn, booked, de.appointments.booked(slotLabel(slot), office.name, office.address));
    return undefined;
  }
  if (booked) await discardCase(turn.services.store, booked.reference, state.runId && `${booked.conversationId}/${state.runId}`);
  turn.services.logger.info({ flow: flow.id }, 'appointment slot taken meanwhile; offering others');
  const field = flow.fields.find((f) => f.name === SLOT_FIELD)!;
  const { [SLOT_FIELD]: _lost, ...rest } = answers;
  return {
    messages: [ask(flow, field, de.appointments.slotGone(started))],
    state: { ...state, field: SLOT_FIELD, answers: rest, tries: 0, editing: true },
  };
}

const sameName = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' &&
  typeof b === 'string' &&
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/** Cancels a booked appointment by its reference number and the name it was booked under. */
export async function cancelAppointment(
  turn: Turn,
  _flow: FlowDefinition,
  _state: FlowState,
  answers: Record<string, unknown>,
): Promise<undefined> {
  const { store, logger } = turn.services;
  const reference = String(answers.vorgangsnummer);
  const booked = await loadCase(store, reference);
  if (!booked || booked.flow !== 'termin-buchen' || !sameName(booked.answers.name, answers.name)) {
    turn.reply(de.appointments.notFound(callOffice(turn)), { suggestions: [button('cancelAppointment')] });
    return undefined;
  }
  const slot = booked.answers[SLOT_FIELD] as Slot;
  if (booked.status === 'cancelled') {
    turn.reply(de.appointments.alreadyCancelled(reference));
    return undefined;
  }
  const cancelled = { ...booked, status: 'cancelled' as const };
  await store.set(caseKey(reference), cancelled, (await store.ttl(caseKey(reference))) ?? caseRetentionSeconds(turn.services.config));
  await releaseSlot(store, slot, reference);
  // The office learns of it too, so that a slot booked again is not taken for a double booking.
  await turn.services.outbox.enqueue(cancelled);
  logger.info({ reference }, 'appointment cancelled');
  // Whoever wanted to move the appointment books the new one with one click.
  turn.reply(de.appointments.cancelled(slotLabel(slot), reference), { suggestions: [button('bookAppointment')] });
  return undefined;
}
