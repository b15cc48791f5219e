import { rathausContact } from '../texts';
import type { Turn, TurnStep } from '../turn';

/** Step 3: an active step-by-step request takes the answer (or lets the citizen interrupt). */
export const continueFlow: TurnStep = {
  name: 'flow',
  // Filled by the flows issue.
  run: async () => 'next',
};

/**
 * Starts a step-by-step request (a flow id of ../shared/topics.yaml). Called by the router step
 * when it decides on a flow topic, and by buttons/commands.
 */
export async function startFlow(turn: Turn, _flowId: string): Promise<void> {
  // Filled by the flows issue; until then the citizen gets the Rathaus contact.
  turn.reply(`Dieses Anliegen kann ich noch nicht Schritt für Schritt aufnehmen. ${rathausContact(turn.services.municipality)}`);
}
