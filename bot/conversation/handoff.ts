// Handing a conversation to staff: recognizing the wish for a person, the queue during the
// responsible office's hours, otherwise a call-back. Imports nothing from steps/.
import { HandoffQueue, type QueueRequest } from '../handoff/queue';
import { relayFromCitizen } from '../handoff/relay';
import { isOpenAt } from '../../knowledge/hours';
import type { OpeningPeriod } from '../../knowledge/schema';
import { startFlow } from './flows';
import { RECENT_MESSAGES } from '../state';
import type { Turn, TurnStep } from '../turn';

export const CANCEL = 'Zurück zum Assistenten';
const CALL_BACK = 'Rückruf anfordern';
/** The button and the short phrases that ask for a person, also in the middle of a request. */
const ASK_FOR_PERSON = new Set(['mitarbeiter', 'mitarbeiterin', 'mensch', 'person', 'mit einem menschen sprechen']);
export const normalize = (text: string): string => text.toLowerCase().replace(/[.!?]+$/u, '').replace(/\s+/gu, ' ').trim();
export const asksForPerson = (text: string): boolean => ASK_FOR_PERSON.has(normalize(text));

export async function waitingText(queue: HandoffQueue, position: number): Promise<string> {
  return `Sie sind auf Platz ${position} der Warteschlange. Die Wartezeit beträgt etwa ${await queue.expectedWaitMinutes(position)} Minuten.`;
}

/**
 * The opening hours that decide whether staff can take over: those of the Markt's office that
 * answers the current topic when it has its own, otherwise the Rathaus's (external bodies such as
 * the Landratsamt are not staffed in this console).
 */
function responsibleHours(turn: Turn): OpeningPeriod[] {
  const { municipality, knowledge } = turn.services;
  const topic = turn.state.lastTopic ? knowledge.entry(turn.state.lastTopic) : undefined;
  const office = topic ? municipality.offices[topic.office] : undefined;
  return office && !office.external && office.hours.length ? office.hours : (municipality.offices['rathaus']?.hours ?? []);
}

export interface HandoffRequest {
  /** Why: the citizen asked, the assistant failed repeatedly, or the topic needs personal advice. */
  reason?: QueueRequest['reason'];
  /** The request in progress and its answers so far (the caller may already have ended it). */
  flow?: { id: string; answers: Record<string, unknown> };
}

/** Sends the conversation to staff, or offers a call-back when nobody is there to take it. */
export async function requestHandoff(turn: Turn, request: HandoffRequest = {}): Promise<void> {
  const reason = request.reason ?? 'asked';
  const queue = new HandoffQueue(turn.services.store);
  const open = isOpenAt(responsibleHours(turn), new Date());
  if (!open || (await queue.staffOnline()) === 0) {
    if (reason === 'asked') {
      turn.reply('Gern verbinde ich Sie mit einem Menschen. Gerade ist aber niemand im Rathaus erreichbar. Wir können Sie zurückrufen.');
      await startFlow(turn, 'rueckruf');
    } else {
      // Not asked for: offer the call-back instead of starting it.
      const lead = reason === 'personal-advice' ? 'Dazu berät Sie das Rathaus gern persönlich.' : 'Gern hilft Ihnen eine Mitarbeiterin oder ein Mitarbeiter weiter.';
      turn.reply(`${lead} Gerade ist aber niemand erreichbar. Die Verwaltung kann Sie zurückrufen.`, { suggestions: [CALL_BACK] });
    }
    return;
  }
  const conversationId = turn.activity.conversation?.id ?? '';
  const flow = request.flow ?? (turn.state.flow && { id: turn.state.flow.flow, answers: turn.state.flow.answers });
  await queue.enqueue({
    channelId: turn.activity.channelId ?? '',
    conversationId,
    topic: turn.state.lastTopic,
    reason,
    flow,
    // What was said so far, including this message (the turn adds it to the state only at its end).
    recent: [...turn.state.recent, { from: 'citizen' as const, text: turn.text }].filter((m) => m.text).slice(-RECENT_MESSAGES),
  });
  turn.state.handoff = { status: 'queued', since: Date.now() };
  const position = (await queue.position(conversationId)) ?? 1;
  const lead = reason === 'personal-advice' ? 'Dazu berät Sie das Rathaus gern persönlich. ' : '';
  turn.reply(`${lead}Ich verbinde Sie mit einer Mitarbeiterin oder einem Mitarbeiter des Rathauses. ${await waitingText(queue, position)}`, { suggestions: [CANCEL] });
}
