import type { TurnStep } from '../turn';

/** Step 3: an active step-by-step request takes the answer (or lets the citizen interrupt). */
export const continueFlow: TurnStep = {
  name: 'flow',
  // Filled by the flows issue.
  run: async () => 'next',
};
