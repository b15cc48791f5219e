import { advance, reask, start, currentField, type FlowDefinition, type FlowMessage, type FlowState, type FlowStep } from '../../dialogs/engine';
import { flowsOf as townFlows } from '../../dialogs/flows';
import { rathausContact } from '../texts';
import type { Turn, TurnStep } from '../turn';
import { cancelAppointment, completeAppointment, offerSlots } from './appointment';
import { route } from './route';
import { asksForPerson, requestHandoff } from './staff';
import { submitCase } from './submit';

const norm = (text: string): string => text.trim().toLowerCase();

/** What a confirmed flow does; a returned step continues the flow (e.g. the slot was taken meanwhile). */
type Completion = (turn: Turn, flow: FlowDefinition, state: FlowState, answers: Record<string, unknown>) => Promise<FlowStep | undefined | void>;
const completions: Record<string, Completion> = { 'termin-buchen': completeAppointment, 'termin-absagen': cancelAppointment };

/** Choices computed when a field is asked ("<flow>/<field>"). */
const runtimeChoices: Record<string, (turn: Turn) => Promise<string[]>> = { 'termin-buchen/zeitfenster': offerSlots };

const flowsOf = (turn: Turn): Record<string, FlowDefinition> => townFlows(turn.services.municipality);

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
      // A start button, a flow's title or its own start pattern starts it directly.
      const said = norm(turn.text);
      const hit = Object.values(flows).find((f) => [f.title, ...f.starters].some((s) => norm(s) === said) || f.startsOn?.test(turn.text));
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
    await finish(turn, flow, state, advance(flow, state, { text: turn.text, attachments }));
    return 'handled';
  },
};

/**
 * Fills choices that are computed at runtime (free slots) into the question just asked and the
 * state; without any choice the flow ends with a way to reach the office.
 */
async function withRuntimeChoices(turn: Turn, flow: FlowDefinition, step: FlowStep): Promise<FlowStep> {
  const provide = step.state && runtimeChoices[`${flow.id}/${step.state.field}`];
  if (!step.state || !provide) return step;
  const choices = await provide(turn);
  if (!choices.length) {
    return { messages: [{ text: `Leider ist in den nächsten Tagen kein Termin mehr frei. ${rathausContact(turn.services.municipality)}` }], outcome: 'cancelled' };
  }
  const question = step.messages.at(-1)!;
  const prompt = { ...question.channelData!.prompt, choices };
  return {
    ...step,
    messages: [...step.messages.slice(0, -1), { ...question, suggestions: choices, channelData: { prompt } }],
    state: { ...step.state, offered: { ...step.state.offered, [step.state.field]: choices } },
  };
}

async function finish(turn: Turn, flow: FlowDefinition, before: FlowState | undefined, result: FlowStep): Promise<void> {
  const step = await withRuntimeChoices(turn, flow, result);
  step.messages.forEach((m) => show(turn, m));
  turn.state.flow = step.state;
  if (step.outcome === 'handoff') await requestHandoff(turn, { reason: 'flow-failed', flow: { id: flow.id, answers: step.answers ?? {} } });
  if (step.outcome !== 'completed' || !step.answers || !before) return;
  const complete = completions[flow.id] ?? submitCase;
  const again = await complete(turn, flow, before, step.answers);
  if (again) await finish(turn, flow, before, again);
}

/**
 * Starts a step-by-step request (a flow id of ../shared/topics.yaml). Called by the router step
 * when it decides on a flow topic, and by buttons/commands.
 */
export async function startFlow(turn: Turn, flowId: string): Promise<void> {
  const flow = flowsOf(turn)[flowId];
  if (!flow) {
    // A flow topic without a definition (e.g. newly added to intents.yaml): the citizen gets the Rathaus contact.
    turn.reply(`Dieses Anliegen kann ich noch nicht Schritt für Schritt aufnehmen. ${rathausContact(turn.services.municipality)}`);
    return;
  }
  await finish(turn, flow, undefined, start(flow, turn.text));
}
