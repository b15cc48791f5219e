// Running step-by-step requests (dialogs/): starting one, showing the engine's next step, filling
// choices computed at run time (free appointment slots), and what a confirmed flow does (store and
// deliver a case, book or cancel an appointment). Imports nothing from steps/.
import {
  ask,
  currentField,
  reask,
  start,
  type ChoicesHook,
  type CompletionHook,
  type FlowDefinition,
  type FlowMessage,
  type FlowState,
  type FlowStep,
} from '../../dialogs/engine';
import { isCommand } from '../../knowledge/texts/commands';
import { impossibleDateOrTime, mayNameADay, showLongDay } from '../../dialogs/dates';
import { notADate } from '../../dialogs/fields';
import { parseSlot, sameDayTimes } from '../../dialogs/slots';
import { flowsOf as townFlows } from '../../dialogs/flows';
import type { Turn } from '../turn';
import type { Entry } from '../../knowledge/schema';
import {
  appointmentToMove,
  askToCancelOwn,
  cancelAppointment,
  completeAppointment,
  offerSlots,
  onTheDayMoved,
  withOwnReference,
} from './appointment';
import { caseStatusByName } from './case-status';
import { officeFor, submitCase } from './submit';
import { choiceByPlace } from '../../knowledge/language/ordinals';

/**
 * What a confirmed flow does; a returned step continues the flow (e.g. the slot was taken
 * meanwhile). `notify`: submitted with "Absenden mit Benachrichtigung".
 */
type Completion = (
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
  notify: boolean,
) => Promise<FlowStep | undefined | void>;
/** Every hook a flow definition may name (the compiler checks that none is missing). */
const completions: Record<CompletionHook, Completion> = {
  'book-appointment': completeAppointment,
  'cancel-appointment': cancelAppointment,
  // The new appointment is booked like any other, for the same service; the booking replaces the
  // old one, which is cancelled only when the new one is booked (left halfway, it stays).
  'move-appointment': async (turn, flow, state, answers) => {
    const found = await appointmentToMove(turn, flow, state, answers);
    if (!found || 'messages' in found) return found;
    // The name and contact of the booking moved are not asked again (trial 30); the summary shows them.
    // A day wished for in the words that asked for the move ("auf Donnerstag verschieben") narrows the new times.
    const said = turn.flowStartedFrom?.replace(found.reference, ' ');
    const wish = said && onTheDayMoved(said, found.slot);
    // The service is the booking's, given as its name and contact are: said back by moveFound, not as "Aus Ihrer Nachricht"; the move introduced the booking.
    const service = found.service ? { anliegen: found.service } : {};
    await startFlow(turn, 'termin-buchen', wish || '', { ...found.holder, ...service }, { intro: false });
    if (turn.state.flow?.flow === 'termin-buchen') turn.state.flow = { ...turn.state.flow, replaces: found.reference };
  },
  'case-status': caseStatusByName,
};
/**
 * Choices computed at run time. Without `said`: what to offer when the field is asked. With it:
 * the choices narrowed to the citizen's words, or the choice they named; undefined when the
 * words say nothing about the choice.
 */
type ChoicesProvider = (
  turn: Turn,
  answers: Record<string, unknown>,
  said?: string,
  offered?: readonly string[],
) => Promise<{ choices: string[]; lead?: string; chosen?: string } | undefined>;
const choiceProviders: Record<ChoicesHook, ChoicesProvider> = { 'free-slots': offerSlots };

/** The knowledge entries about a request (the dog tax for the dog's registration; many for an appointment). */
/** The entries whose topic the request is (the dog tax of the dog's registration); none for a request of many matters. */
export const entriesOfRequest = (turn: Turn, flowId: string): Entry[] =>
  flowsOf(turn)[flowId]?.ofManyMatters ? [] : turn.services.knowledge.entries.filter((e) => e.flow === flowId);

/**
 * The flows in the conversation's language (the office reads them through dialogs/flows in German); where the matter chooses the
 * office (a call-back), its summary names that office, so a wrong one can be corrected before sending (trial 63).
 */
export const flowsOf = (turn: Turn): Record<string, FlowDefinition> =>
  Object.fromEntries(
    Object.entries(townFlows(turn.services.municipality, turn.state.language)).map(([id, flow]) => [
      id,
      flow.officeByMatter === undefined
        ? flow
        : { ...flow, summaryNotes: (answers: Record<string, unknown>) => officeLines(turn, flow, answers) },
    ]),
  );

function officeLines(turn: Turn, flow: FlowDefinition, answers: Record<string, unknown>): string[] {
  const office = turn.services.municipality.offices[officeFor(turn, flow, answers)]?.name;
  return office ? [turn.t.flows.officeLine(office)] : [];
}

// Times of one day show only the time on their buttons (eight buttons that repeat the date fill a phone's screen; trial 40).
const show = (turn: Turn, message: FlowMessage): void =>
  turn.reply(message.text, {
    suggestions: message.suggestions,
    titles: message.suggestions && sameDayTimes(message.suggestions),
    channelData: message.channelData,
  });

/**
 * Fills choices that are computed at runtime (free slots) into the question just asked and the
 * state; without any choice the flow ends with a way to reach the office. `said`: the message
 * that started the flow ("einen Termin für meinen Perso am Donnerstag nach 16 Uhr"), whose words
 * narrow the first offer as if they had been said to the question, also when other questions come first.
 */
async function withRuntimeChoices(turn: Turn, flow: FlowDefinition, step: FlowStep, said?: string, before?: FlowState): Promise<FlowStep> {
  if (!step.state) return step;
  const hook = currentField(flow, step.state)?.choicesFrom;
  // "Termin im Bürgerbüro am 24.12." before the service is asked: the day is kept for the slots' question (trial 63: it was dropped).
  if (!hook)
    return before === undefined && said !== undefined && mayNameADay(said) && flow.fields.some((f) => f.choicesFrom)
      ? { ...step, state: { ...step.state, wish: said } }
      : step;
  const { wish: keptWish, ...state } = step.state;
  return offerRuntimeChoices(turn, flow, hook, { ...step, state }, state, said ?? keptWish, before);
}

async function offerRuntimeChoices(
  turn: Turn,
  flow: FlowDefinition,
  hook: ChoicesHook,
  step: FlowStep,
  state: FlowState,
  wish: string | undefined,
  before: FlowState | undefined,
): Promise<FlowStep> {
  // The same question again after an answer it could not take ("um 25 Uhr" after the 10th was
  // chosen): the choices stay as they were narrowed, not the days from the start.
  const kept = before?.field === state.field ? before.offered?.[state.field] : undefined;
  // Times of the day chosen: what was wrong, then "Diese Termine sind frei." instead of the question for a day.
  if (kept?.length)
    return offering(step, state, { choices: kept, lead: askedForTimes(turn, flow, state, kept, step.messages.at(-1)!.text) });
  const narrowed = wish === undefined ? undefined : await choiceProviders[hook](turn, state.answers, wish);
  // The time wished for is free: said so, to be taken with one tap (not the general "Welcher Tag passt Ihnen?").
  const named = narrowed?.chosen ? { choices: [narrowed.chosen], lead: turn.t.appointments.wishedTimeFree(narrowed.chosen) } : narrowed;
  const offer = named?.choices.length ? named : await choiceProviders[hook](turn, state.answers);
  if (!offer?.choices.length) {
    return { messages: [{ text: turn.t.flows.noFreeSlot(turn.services.municipality) }], outcome: 'cancelled' };
  }
  // "Termin für eine Beglaubigung am 30.2.": the day that does not exist is said before the days offered (trial 46: dropped silently).
  const impossible = !named?.choices.length && wish !== undefined ? turn.speak(() => notADate(wish, '')) : '';
  const question = step.messages.at(-1)!.text;
  return offering(step, state, impossible ? { ...offer, lead: `${impossible} ${offer.lead ?? question}` } : offer);
}

/**
 * A question for a day whose choices are the times of the day chosen: said as the times' question, with that day where all are on it
 * ("Am Donnerstag, 10. Dezember, sind diese Zeiten frei."; trial 65: the buttons show the times alone).
 */
function askedForTimes(turn: Turn, flow: FlowDefinition, state: FlowState, offered: readonly string[], said: string): string {
  const prompt = currentField(flow, state)!.prompt;
  const times = offered.length > 0 && offered.every((choice) => /\d{1,2}:\d{2}/.test(choice)) && said.endsWith(prompt);
  if (!times) return said;
  const days = new Set(offered.map((choice) => parseSlot(choice, new Date())?.date));
  const [day] = days;
  const named = days.size === 1 && day !== undefined ? showLongDay(day, turn.language) : undefined;
  return `${said.slice(0, -prompt.length)}${turn.t.appointments.freeTimes(named, false)}`;
}

/** The step with the choices in its question and its state (`lead`: said instead of the question). */
function offering(step: FlowStep, state: FlowState, offer: { choices: string[]; lead?: string }): FlowStep {
  const { choices } = offer;
  const question = step.messages.at(-1)!;
  const prompt = { ...question.channelData!.prompt, choices };
  const text = offer.lead ?? question.text;
  // A button beside the choices stays ("Mit einem Menschen sprechen" after tries that failed; trial 45: it was named but gone).
  const before = (question.channelData?.prompt as { choices?: string[] } | undefined)?.choices ?? [];
  // ("Beibehalten" after "zurück" to the slots, trial 61: named in the question but gone with the engine's choices.)
  const beside = (question.suggestions ?? []).filter((s) => (!before.includes(s) || isCommand(s, 'keep')) && !choices.includes(s));
  return {
    ...step,
    messages: [...step.messages.slice(0, -1), { ...question, text, suggestions: [...choices, ...beside], channelData: { prompt } }],
    state: { ...state, offered: { ...state.offered, [state.field]: choices } },
  };
}

/**
 * Words for a field with run-time choices ("Donnerstag nach 16 Uhr", a day button) narrow the
 * choices, which are offered again without counting a wrong try ('shown'); a choice they name
 * exactly is returned as the input for the engine. Undefined: the words are for the engine.
 */
export async function narrowChoices(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
): Promise<'shown' | { state: FlowState; text: string } | undefined> {
  const field = currentField(flow, state);
  // "Donnerstag um 25:00 Uhr" narrows to no Thursday: the engine says which part does not exist.
  if (!field?.choicesFrom || impossibleDateOrTime(turn.text)) return undefined;
  const offered = state.offered?.[field.name] ?? [];
  // "den ersten": the button at that place of the list last shown, as if tapped.
  const said = choiceByPlace(turn.text, offered) ?? turn.text;
  const offer = await choiceProviders[field.choicesFrom](turn, state.answers, said, offered);
  if (!offer) return undefined;
  if (offer.chosen)
    return { state: { ...state, offered: { ...state.offered, [field.name]: [...offered, offer.chosen] } }, text: offer.chosen };
  if (!offer.choices.length) return undefined;
  const question = turn.speak(() => ask(flow, field, state.answers, undefined, offer.choices));
  show(turn, { ...question, text: offer.lead ?? question.text });
  turn.state.flow = { ...state, offered: { ...state.offered, [field.name]: offer.choices } };
  return 'shown';
}

/**
 * Shows a step of the engine, keeps its state and completes a confirmed flow. Returns the outcome
 * (a failed flow goes to staff: the caller hands it over, since handoff starts flows itself).
 */
export async function finish(
  turn: Turn,
  flow: FlowDefinition,
  before: FlowState | undefined,
  result: FlowStep,
  wish?: string,
): Promise<FlowStep['outcome']> {
  const step = await withRuntimeChoices(turn, flow, result, wish ?? result.wish, before);
  step.messages.forEach((m) => show(turn, m));
  const completed = step.outcome === 'completed';
  turn.state.flow = completed ? undefined : step.state;
  // A flow completed at its start (everything given up front) completes from the state it gives.
  const from = before ?? (completed ? step.state : undefined);
  if (!completed || !step.answers || !from) return step.outcome;
  // "Wie lange dauert das jetzt?" after registering the dog is about the dog tax: the request's one entry.
  const entries = entriesOfRequest(turn, flow.id);
  if (entries.length === 1) turn.state.lastTopic = entries[0]!.id;
  const complete = flow.completion ? completions[flow.completion] : submitCase;
  const again = await complete(turn, flow, from, step.answers, step.notify === true);
  return again ? finish(turn, flow, from, again) : step.outcome;
}

/** The call-back request's flow. */
export const CALL_BACK = 'rueckruf';
/** Answers about the Rathaus itself (its hours, its contact), which are no matter to be called back about. */
const NO_MATTER: ReadonlySet<string> = new Set(['oeffnungszeiten', 'kontakt']);
/** A question of this many words says more than the answer's title. */
const TELLING_WORDS = 4;
/**
 * The title of the knowledge entry last answered, with the citizen's question that it answered, as the matter of a
 * call-back (trial 43: "als Fotografin selbständig … brauch ich en Gewerbeschein?" had become the title alone).
 */
function answeredMatter(turn: Turn): string | undefined {
  const topic = turn.state.lastTopic;
  if (!topic || NO_MATTER.has(topic) || !turn.services.knowledge.entry(topic)) return undefined;
  const title = turn.services.knowledge.title(topic);
  const asked = turn.state.lastAsked?.trim();
  return asked && asked.split(/\s+/).length >= TELLING_WORDS ? `${title}: ${asked}` : title;
}

/**
 * Starts a step-by-step request (a flow id of knowledge/topics.yaml). Called by the router step
 * when it decides on a flow topic, and by buttons/commands. `said`: the words its first answers are
 * taken from (the message, or the service of an appointment being moved).
 */
export async function startFlow(
  turn: Turn,
  flowId: string,
  said: string = turn.text,
  given: Record<string, unknown> = {},
  options: { intro?: boolean } = {},
): Promise<void> {
  const flow = flowsOf(turn)[flowId];
  if (!flow) {
    // A flow topic without a definition (e.g. newly added to intents.yaml): the citizen gets the Rathaus contact.
    turn.reply(turn.t.flows.noDefinition(turn.services.municipality));
    return;
  }
  if (flow.completion === 'cancel-appointment' && (await askToCancelOwn(turn, said))) return;
  // A call-back asked for right after an answer, naming no matter of its own: the answer's matter, which the
  // citizen can change at the summary (trial 42: "Worum geht es?" after the widower had told his story).
  const matter = flow.id === CALL_BACK && given.anliegen === undefined && !flow.prefill?.(said).anliegen ? answeredMatter(turn) : undefined;
  if (matter) given = { ...given, anliegen: matter };
  // Cancelling one's only booking here was asked about above; a move finds it by its number and name, added here.
  const own = flow.completion === 'move-appointment' ? await withOwnReference(turn, said) : { said, given: {} };
  turn.flowStartedFrom = said;
  await finish(
    turn,
    flow,
    undefined,
    turn.speak(() => start(flow, own.said, { ...own.given, ...given }, options)),
    own.said,
  );
}

/** Shows the current question of an interrupted flow again (after a question in between was answered). */
export function resumeFlow(turn: Turn, state: FlowState): void {
  const flow = flowsOf(turn)[state.flow];
  if (!flow || turn.state.flow !== state) return;
  const question = turn.speak(() => reask(flow, state));
  // The times of a day chosen are asked for as times (trial 64: "Welcher Tag passt Ihnen?" above the times' buttons).
  const offered = state.offered?.[state.field];
  show(turn, offered ? { ...question, text: askedForTimes(turn, flow, state, offered, question.text) } : question);
}

export { currentField };
