import { HandoffQueue, MINUTES_PER_CONVERSATION, STAFF_CHANNEL } from '../handoff/queue';
import { isOpenAt } from '../../knowledge/hours';
import { startFlow } from './flow';
import type { Turn, TurnStep } from '../turn';

const CANCEL = 'Zurück zum Assistenten';
/** Until the router's "mitarbeiter" intent is merged, these exact phrases ask for a person. */
const ASK_FOR_PERSON = new Set(['mitarbeiter', 'mitarbeiterin', 'mit einem menschen sprechen']);
const normalize = (text: string): string => text.toLowerCase().replace(/[.!?]+$/u, '').replace(/\s+/gu, ' ').trim();

/** Step 2: while a staff member has the conversation, the citizen's messages go to them. */
export const relayToStaff: TurnStep = {
  name: 'staff-relay',
  run: async (turn) => {
    const handoff = turn.state.handoff;
    const conversationId = turn.activity.conversation?.id ?? '';
    if (!handoff) {
      if (!ASK_FOR_PERSON.has(normalize(turn.text))) return 'next';
      await requestHandoff(turn);
      return 'handled';
    }
    const queue = new HandoffQueue(turn.services.store);
    const owner = await queue.owner(conversationId);
    if (owner) {
      // A staff member has the conversation: the assistant stays silent and relays.
      turn.state.handoff = { status: 'live', since: handoff.since };
      await turn.services.store.publish(STAFF_CHANNEL, { conversationId, staff: owner, type: turn.activity.type, text: turn.text });
      return 'handled';
    }
    if (handoff.status === 'live') {
      // Handed back (or closed) since the last message: the assistant answers again.
      turn.state.handoff = undefined;
      turn.reply('Sie sprechen wieder mit dem digitalen Assistenten.');
      return 'next';
    }
    if (normalize(turn.text) === normalize(CANCEL) || normalize(turn.text) === 'abbrechen') {
      await queue.cancel(conversationId);
      turn.state.handoff = undefined;
      turn.reply('Sie warten nicht mehr. Sie sprechen wieder mit dem digitalen Assistenten.');
      return 'handled';
    }
    const position = await queue.position(conversationId);
    if (position === undefined) {
      turn.state.handoff = undefined;
      return 'next';
    }
    turn.reply(waitingText(position), { suggestions: [CANCEL] });
    return 'handled';
  },
};

function waitingText(position: number): string {
  return `Sie sind auf Platz ${position} der Warteschlange. Die Wartezeit beträgt etwa ${position * MINUTES_PER_CONVERSATION} Minuten.`;
}

/** The citizen asked for a person (or the assistant failed repeatedly). Called by the router step. */
export async function requestHandoff(turn: Turn): Promise<void> {
  const queue = new HandoffQueue(turn.services.store);
  const rathaus = turn.services.municipality.offices['rathaus'];
  const open = isOpenAt(rathaus?.hours ?? [], new Date());
  if (!open || !(await queue.staffOnline())) {
    turn.reply('Gern verbinde ich Sie mit einem Menschen. Gerade ist aber niemand im Rathaus erreichbar. Wir können Sie zurückrufen.');
    await startFlow(turn, 'rueckruf');
    return;
  }
  const conversationId = turn.activity.conversation?.id ?? '';
  await queue.enqueue({ channelId: turn.activity.channelId ?? '', conversationId, topic: turn.state.lastTopic });
  turn.state.handoff = { status: 'queued', since: Date.now() };
  const position = (await queue.position(conversationId)) ?? 1;
  turn.reply(`Ich verbinde Sie mit einer Mitarbeiterin oder einem Mitarbeiter des Rathauses. ${waitingText(position)}`, { suggestions: [CANCEL] });
}
