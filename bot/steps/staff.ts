import { HandoffQueue } from '../handoff/queue';
import { relayFromCitizen } from '../handoff/relay';
import { asksForPerson, CANCEL, normalize, requestHandoff, waitingText } from '../conversation/handoff';
import type { TurnStep } from '../turn';

/** Step 2: while a staff member has the conversation, the citizen's messages go to them. */
export const relayToStaff: TurnStep = {
  name: 'staff-relay',
  run: async (turn) => {
    const handoff = turn.state.handoff;
    const conversationId = turn.activity.conversation?.id ?? '';
    if (!handoff) {
      if (!asksForPerson(turn.text)) return 'next';
      await requestHandoff(turn);
      return 'handled';
    }
    const queue = new HandoffQueue(turn.services.store);
    const owner = await queue.owner(conversationId);
    const leaving = normalize(turn.text) === normalize(CANCEL) || normalize(turn.text) === 'abbrechen';
    if (owner && leaving) {
      await queue.leave(conversationId);
      turn.state.handoff = undefined;
      turn.reply('Sie haben das Gespräch mit dem Rathaus beendet. Sie sprechen wieder mit dem digitalen Assistenten.');
      return 'handled';
    }
    if (owner) {
      // A staff member has the conversation: the assistant stays silent and relays.
      turn.state.handoff = { status: 'live', since: handoff.since };
      await relayFromCitizen(turn.services, conversationId, owner, turn.text);
      return 'handled';
    }
    const position = await queue.position(conversationId);
    if (position === undefined) {
      // Handed back or closed by staff (the citizen was told so then): the assistant answers again.
      turn.state.handoff = undefined;
      return 'next';
    }
    if (leaving) {
      await queue.cancel(conversationId);
      turn.state.handoff = undefined;
      turn.reply('Sie warten nicht mehr. Sie sprechen wieder mit dem digitalen Assistenten.');
      return 'handled';
    }
    // Still waiting (or back in the queue after a staff member lost the connection).
    turn.state.handoff = { status: 'queued', since: handoff.since };
    turn.reply(await waitingText(queue, position), { suggestions: [CANCEL] });
    return 'handled';
  },
};

