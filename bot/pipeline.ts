// The order of one message turn (docs/architecture.md, "One turn"). Saving state and sending the
// replies (step 5) is done by the Assistant around these steps. Steps do not call each other: a step
// that lets a later one answer hands back what should happen afterwards (a flow interrupted by a
// question is asked again once the router has answered).
import { resumeFlow } from './conversation/flows';
import { caseAddition } from './steps/case-addition';
import { caseStatus } from './steps/case-status';
import { continueFlow } from './steps/flow';
import { chooseLanguage } from './steps/language';
import { privacyCommands } from './steps/privacy';
import { route } from './steps/route';
import { relayToStaff } from './steps/staff';
import type { Turn, TurnStep } from './turn';

export const messagePipeline: readonly TurnStep[] = [
  privacyCommands,
  relayToStaff,
  chooseLanguage,
  continueFlow,
  caseAddition,
  caseStatus,
  route,
];

export async function runPipeline(turn: Turn, steps: readonly TurnStep[] = messagePipeline): Promise<void> {
  // What the last reply offered holds for this one message only, whichever step answers it.
  turn.offer = turn.state.offer;
  turn.state.offer = undefined;
  turn.warned = turn.state.warned;
  turn.state.warned = undefined;
  for (const step of steps) {
    if ((await step.run(turn)) === 'handled') {
      // Which step answered, never what was said (no personal data in logs).
      turn.services.logger.debug({ step: step.name, chars: turn.text.length }, 'message handled');
      break;
    }
  }
  // Waiting for a person now ("kann ich nicht gleich mit jemandem chatten?" in a form): the form waits too, its question
  // is not asked beside the queue's place (trial 48: two messages that contradicted each other).
  if (turn.interruptedFlow && turn.state.handoff?.status !== 'queued') resumeFlow(turn, turn.interruptedFlow);
}
