// A confirmed request becomes a case: stored once per flow run, confirmed to the citizen with its
// reference number, and handed to the outbox for delivery to the office.
import type { FlowDefinition, FlowState } from '../../dialogs/engine';
import { createCase, createCaseOnce, type Case } from '../cases';
import type { Turn } from '../turn';

/** Stores the case of this flow run (the same one again when the turn is repeated). */
export async function openCase(turn: Turn, flow: FlowDefinition, state: FlowState, answers: Record<string, unknown>): Promise<Case> {
  const { store, config } = turn.services;
  const conversationId = turn.activity.conversation?.id ?? 'unknown';
  const data = { flow: flow.id, office: flow.office, answers, channelId: turn.activity.channelId ?? 'unknown', conversationId };
  // A state saved before runIds existed has none: such a run cannot be recognised again.
  if (!state.runId) return createCase(store, config, data);
  return (await createCaseOnce(store, config, data, `${conversationId}/${state.runId}`)).case;
}

/** Tells the citizen the reference number and what happens next, and delivers the case. */
export async function confirmCase(turn: Turn, created: Case, next = 'Die zuständige Stelle bearbeitet sie und meldet sich bei Bedarf bei Ihnen.'): Promise<void> {
  const { config, logger, outbox } = turn.services;
  turn.reply(
    `Vielen Dank! Ihre Anfrage ist eingegangen. Ihre Vorgangsnummer: ${created.reference}. ${next} ` +
      `Ihre Angaben speichern wir ${config.CASE_RETENTION_DAYS} Tage und löschen sie danach.`,
    { channelData: { case: { reference: created.reference, flow: created.flow } } },
  );
  logger.info({ reference: created.reference, flow: created.flow }, 'case created');
  await outbox.enqueue(created);
}

/** The usual completion of a flow: store, confirm, deliver. */
export async function submitCase(turn: Turn, flow: FlowDefinition, state: FlowState, answers: Record<string, unknown>): Promise<void> {
  await confirmCase(turn, await openCase(turn, flow, state, answers));
}
