import type { TurnStep } from '../turn';

/** Step 2: while a staff member has the conversation, the citizen's messages go to them. */
export const relayToStaff: TurnStep = {
  name: 'staff-relay',
  // Filled by the handoff issue.
  run: async () => 'next',
};
