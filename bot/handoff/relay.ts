// Messages between a citizen and the staff member who has the conversation. Staff → citizen goes
// through stored conversation references (proactive messages), so the same code serves every
// channel; citizen → staff goes over the store's pub/sub to the consoles on any instance. Both
// directions are kept in the live-chat log, so a console that reconnects shows the conversation.
import { z } from 'zod';
import { de } from '../../knowledge/texts/de';
import type { Store } from '../storage';
import type { AssistantServices } from '../turn';
import { HandoffQueue } from './queue';

const chatLineSchema = z.object({
  from: z.enum(['citizen', 'staff', 'system']),
  text: z.string(),
  at: z.number(),
  /** The staff member's login name (staff lines only). */
  staff: z.string().optional(),
});
type ChatLine = z.infer<typeof chatLineSchema>;

interface Target {
  channelId: string;
  conversationId: string;
}

const chatKey = (conversationId: string): string => `handoff/chat/${conversationId}`;

/** The live chat of one conversation; kept as long as conversations are (retention). */
export class LiveChatLog {
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  async add(conversationId: string, line: ChatLine): Promise<void> {
    await this.store.append(chatKey(conversationId), chatLineSchema.parse(line), this.ttlSeconds);
  }

  async lines(conversationId: string): Promise<ChatLine[]> {
    return (await this.store.list(chatKey(conversationId))).flatMap((raw) => {
      const parsed = chatLineSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async erase(conversationId: string): Promise<number> {
    const count = (await this.store.list(chatKey(conversationId))).length;
    await this.store.delete([chatKey(conversationId)]);
    return count;
  }
}

type RelayServices = Pick<AssistantServices, 'store' | 'outbound' | 'config' | 'logger'>;
export const liveChatLog = (services: RelayServices): LiveChatLog =>
  new LiveChatLog(services.store, services.config.CONVERSATION_RETENTION_DAYS * 24 * 3600);

/** Who a staff member is to the citizen in a live chat. */
export interface Speaker {
  name: string;
  office: string;
}

/**
 * How a live chat looks on the citizen's side: who speaks (a staff message), and whether a person
 * took the conversation or left it (our Web Chat page switches its header and buttons on it).
 */
export type LiveChatSignal = { speaker: Speaker } | { liveChat: { state: 'started'; speaker: Speaker } | { state: 'ended' } };

/** Sends a staff message (or typing indicator) to the citizen; false when staff does not own it. */
export async function sendToCitizen(
  services: RelayServices,
  target: Target,
  staff: string,
  speaker: Speaker,
  message: { type: 'message'; text: string } | { type: 'typing' },
): Promise<boolean> {
  const queue = new HandoffQueue(services.store);
  if ((await queue.owner(target.conversationId)) !== staff) return false;
  if (message.type === 'typing') return tell(services, target, { type: 'typing' });
  if (!(await tell(services, target, { type: 'message', text: message.text }, { speaker }))) return false;
  await liveChatLog(services).add(target.conversationId, { from: 'staff', staff, text: message.text, at: Date.now() });
  await queue.audit(staff, 'answered', target.conversationId);
  return true;
}

/** A notice from the system (taken, handed back, back in the queue), shown to the citizen and kept in the log. */
export async function noticeToCitizen(services: RelayServices, target: Target, text: string, signal?: LiveChatSignal): Promise<void> {
  await tell(services, target, { type: 'message', text }, signal);
  await liveChatLog(services).add(target.conversationId, { from: 'system', text, at: Date.now() });
}

/** The citizen wrote while a staff member has the conversation: to the consoles, and into the log. */
export async function relayFromCitizen(services: RelayServices, conversationId: string, staff: string, text: string): Promise<void> {
  const at = Date.now();
  await liveChatLog(services).add(conversationId, { from: 'citizen', text, at });
  await new HandoffQueue(services.store).announce({ kind: 'message', conversationId, staff, text, at });
}

/** The citizen is typing: only the staff member who has the conversation is told. */
export async function relayCitizenTyping(store: Store, conversationId: string): Promise<void> {
  const queue = new HandoffQueue(store);
  const staff = await queue.owner(conversationId);
  if (staff) await queue.announce({ kind: 'typing', conversationId, staff });
}

/** Delivers to the citizen's channel; false (and a warning) when it cannot be reached. */
async function tell(
  services: RelayServices,
  target: Target,
  activity: { type: 'message'; text: string } | { type: 'typing' },
  signal?: LiveChatSignal,
): Promise<boolean> {
  const reference = await services.outbound.reference(target.channelId, target.conversationId);
  if (!reference) return false;
  try {
    // Plain text: nothing a person types is rendered as HTML or markdown on the citizen's side.
    await services.outbound.send(reference, [
      activity.type === 'message'
        ? { ...activity, ...labelled(target.channelId, activity.text, signal), locale: 'de-DE', textFormat: 'plain' }
        : activity,
    ]);
    return true;
  } catch (error) {
    services.logger.warn({ channel: target.channelId, error: String(error) }, 'message to the citizen could not be delivered');
    return false;
  }
}

/** Our Web Chat page shows the speaker itself (chat.js); elsewhere the name leads the text. */
const SHOWS_SPEAKER = new Set(['directline']);

function labelled(channelId: string, text: string, signal?: LiveChatSignal): { text: string; channelData?: LiveChatSignal } {
  if (!signal) return { text };
  if (!('speaker' in signal) || SHOWS_SPEAKER.has(channelId)) return { text, channelData: signal };
  return { text: `${de.handoff.speaker(signal.speaker.name, signal.speaker.office)}: ${text}`, channelData: signal };
}
