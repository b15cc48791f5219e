// The order of one message turn (design.md, "One turn"). Saving state and sending the replies
// (step 5) is done by the Assistant around these steps.
import { continueFlow } from './steps/flow';
import { privacyCommands } from './steps/privacy';
import { route } from './steps/route';
import { relayToStaff } from './steps/staff';
import type { Turn, TurnStep } from './turn';

export const messagePipeline: readonly TurnStep[] = [privacyCommands, relayToStaff, continueFlow, route];

export async function runPipeline(turn: Turn, steps: readonly TurnStep[] = messagePipeline): Promise<void> {
  for (const step of steps) {
    if ((await step.run(turn)) === 'handled') {
      // Which step answered, never what was said (no personal data in logs).
      turn.services.logger.debug({ step: step.name, chars: turn.text.length }, 'message handled');
      return;
    }
  }
}
