import { advance, reask, start, currentField, type FlowDefinition, type FlowMessage, type FlowStep } from '../../dialogs/engine';
import { defineFlows } from '../../dialogs/flows';
import { createCase } from '../cases';
import { rathausContact } from '../texts';
import type { Turn, TurnStep } from '../turn';
import { route } from './route';
import { asksForPerson, requestHandoff } from './staff';

const norm = (text: string): string => text.trim().toLowerCase();

// The flows depend only on the municipality, which does not change while running.
let cached: { key: unknown; flows: Record<string, FlowDefinition> } | undefined;
function flowsOf(turn: Turn): Record<string, FlowDefinition> {
  if (cached?.key !== turn.services.municipality) cached = { key: turn.services.municipality, flows: defineFlows(turn.services.municipality) };
  return cached.flows;
}

const show = (turn: Turn, message: FlowMessage): void =>
  turn.reply(message.text, { suggestions: message.suggestions, channelData: message.channelData });

/** Step 3: an active step-by-step request takes the answer (or lets the citizen interrupt). */
export const continueFlow: TurnStep = {
  name: 'flow',
  run: async (turn) => {
    const flows = flowsOf(turn);
    const state = turn.state.flow;
    const flow = state && flows[state.flow];
    if (!state || !flow) {
      // A start button or a flow's title starts it directly.
      const said = norm(turn.text);
      const hit = Object.values(flows).find((f) => [f.title, ...f.starters].some((s) => norm(s) === said));
      if (!hit) return 'next';
      await startFlow(turn, hit.id);
      return 'handled';
    }
    if (asksForPerson(turn.text)) {
      turn.state.flow = undefined;
      await requestHandoff(turn, { flow: { id: state.flow, answers: state.answers } });
      return 'handled';
    }
    const field = currentField(flow, state);
    if (field && !field.freeText && turn.text.length > 1 && turn.text.endsWith('?')) {
      // A question in between: answer it, then ask the current field again.
      await route.run(turn);
      if (turn.state.flow === state) show(turn, reask(flow, state));
      return 'handled';
    }
    const attachments = (turn.activity.attachments ?? []).map((a) => ({ contentType: a.contentType, contentUrl: a.contentUrl, name: a.name }));
    await finish(turn, flow, advance(flow, state, { text: turn.text, attachments }));
    return 'handled';
  },
};

async function finish(turn: Turn, flow: FlowDefinition, step: FlowStep): Promise<void> {
  step.messages.forEach((m) => show(turn, m));
  turn.state.flow = step.state;
  if (step.outcome === 'handoff') await requestHandoff(turn, { reason: 'flow-failed', flow: { id: flow.id, answers: step.answers ?? {} } });
  if (step.outcome !== 'completed' || !step.answers) return;
  const { store, config } = turn.services;
  const created = await createCase(store, config, {
    flow: flow.id, office: flow.office, answers: step.answers,
    channelId: turn.activity.channelId ?? 'unknown', conversationId: turn.activity.conversation?.id ?? 'unknown',
  });
  turn.reply(
    `Vielen Dank! Ihre Anfrage ist eingegangen. Ihre Vorgangsnummer: ${created.reference}. ` +
      'Die zuständige Stelle bearbeitet sie und meldet sich bei Bedarf bei Ihnen. ' +
      `Ihre Angaben speichern wir ${config.CASE_RETENTION_DAYS} Tage und löschen sie danach.`,
    { channelData: { case: { reference: created.reference, flow: flow.id } } },
  );
  turn.services.logger.info({ reference: created.reference, flow: flow.id }, 'case created');
  await turn.services.outbox.enqueue(created);
}

/**
 * Starts a step-by-step request (a flow id of ../shared/topics.yaml). Called by the router step
 * when it decides on a flow topic, and by buttons/commands.
 */
export async function startFlow(turn: Turn, flowId: string): Promise<void> {
  const flow = flowsOf(turn)[flowId];
  if (!flow) {
    // Not built yet: the citizen gets the Rathaus contact.
    turn.reply(`Dieses Anliegen kann ich noch nicht Schritt für Schritt aufnehmen. ${rathausContact(turn.services.municipality)}`);
    return;
  }
  await finish(turn, flow, start(flow));
}
