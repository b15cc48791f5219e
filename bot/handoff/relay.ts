// Staff → citizen: proactive messages through stored conversation references, so the same code
// serves every channel (Direct Line, Bot Connector channels, Telegram).
import type { AssistantServices } from '../turn';
import { HandoffQueue } from './queue';

/** Sends a staff message (or typing indicator) to the citizen; false when staff does not own it. */
export async function sendToCitizen(
  services: Pick<AssistantServices, 'store' | 'outbound'>,
  target: { channelId: string; conversationId: string },
  staff: string,
  message: { type: 'message'; text: string } | { type: 'typing' },
): Promise<boolean> {
  const queue = new HandoffQueue(services.store);
  if ((await queue.owner(target.conversationId)) !== staff) return false;
  const reference = await services.outbound.reference(target.channelId, target.conversationId);
  if (!reference) return false;
  const activity = message.type === 'message' ? { type: 'message', text: message.text, locale: 'de-DE', textFormat: 'plain' } : { type: 'typing' };
  await services.outbound.send(reference, [activity]);
  if (message.type === 'message') await queue.audit(staff, 'answered', target.conversationId);
  return true;
}
