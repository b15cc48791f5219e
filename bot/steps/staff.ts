import { rathausContact } from '../texts';
import type { Turn, TurnStep } from '../turn';

/** Step 2: while a staff member has the conversation, the citizen's messages go to them. */
export const relayToStaff: TurnStep = {
  name: 'staff-relay',
  // Filled by the handoff issue.
  run: async () => 'next',
};

/** The citizen asked for a person (or the assistant failed repeatedly). Called by the router step. */
export async function requestHandoff(turn: Turn): Promise<void> {
  // Filled by the handoff issue: queue during office hours, otherwise the call-back flow.
  turn.reply(`Gern verbinde ich Sie mit einem Menschen. ${rathausContact(turn.services.municipality)}`);
}
