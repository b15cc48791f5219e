// Proactive messages (staff replies, notifications) to any channel through a stored
// conversation reference: own channels through the OwnChannelAdapter, Azure Bot Service
// channels through the CloudAdapter and the Bot Connector.
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import { hash } from 'node:crypto';
import { z } from 'zod';
import { ConversationStateStore } from '../state';
import type { Store } from '../storage';
import type { OwnChannelAdapter } from './own-adapter';

const referenceSchema = z.looseObject({
  channelId: z.string(),
  serviceUrl: z.string().optional(),
  conversation: z.looseObject({ id: z.string() }),
  user: z.looseObject({ id: z.string() }).optional(),
  agent: z.looseObject({ id: z.string() }).optional(),
});

const DAY_MS = 86_400_000;

const referenceKey = (channelId: string, conversationId: string) =>
  ConversationStateStore.besideKeyOf(channelId, conversationId, 'reference');
/** Where references were kept before they moved beside the state; read and erased until their retention ends. */
const legacyReferenceKey = (channelId: string, conversationId: string) => `refs/${channelId}/${conversationId}`;

export class Outbound {
  constructor(
    private readonly store: Store,
    private readonly cloud: CloudAdapter | undefined,
    private readonly own: OwnChannelAdapter,
    private readonly appId: string | undefined,
    private readonly ttlSeconds: number,
  ) {}

  /**
   * How to reach the conversation of an incoming activity, as a write for the store: a turn saves it
   * together with the conversation state (Store.write's `also`). Written again only when it changed
   * (a channel's new serviceUrl, say) or on a new day, so that its time to live is renewed: the same
   * reference written on every turn had cost each turn a store write of its own. `stamp` is what the
   * conversation state keeps to tell (`savedStamp` is the one it kept last).
   */
  referenceWrite(
    activity: Activity,
    savedStamp: string | undefined,
    now = Date.now(),
  ): { write?: { key: string; value: ConversationReference; ttlSeconds: number }; stamp: string } {
    const reference = activity.getConversationReference();
    // The id of the message it came with changes every turn and tells nothing new about how to reach the conversation.
    const { activityId: _changesEveryTurn, ...lasting } = reference;
    const stamp = `${Math.floor(now / DAY_MS)}:${hash('sha1', JSON.stringify(lasting), 'base64url')}`;
    if (stamp === savedStamp) return { stamp };
    return {
      write: { key: referenceKey(reference.channelId, reference.conversation.id), value: reference, ttlSeconds: this.ttlSeconds },
      stamp,
    };
  }

  async reference(channelId: string, conversationId: string): Promise<ConversationReference | undefined> {
    const stored =
      (await this.store.get(referenceKey(channelId, conversationId))) ??
      (await this.store.get(legacyReferenceKey(channelId, conversationId)));
    const parsed = referenceSchema.safeParse(stored);
    return parsed.success ? (parsed.data as unknown as ConversationReference) : undefined;
  }

  async forget(channelId: string, conversationId: string): Promise<void> {
    await this.store.delete([referenceKey(channelId, conversationId), legacyReferenceKey(channelId, conversationId)]);
  }

  /** Sends activities into a conversation the citizen is not currently writing in. */
  async send(reference: ConversationReference, activities: Array<Partial<Activity>>): Promise<void> {
    const adapter = this.own.handles(reference.channelId) ? this.own : this.cloud;
    if (!adapter) throw new Error(`no adapter for channel ${reference.channelId}: MICROSOFT_APP_ID is not configured`);
    await adapter.continueConversation(this.appId ?? '', reference, async (context) => {
      await context.sendActivities(activities.map((a) => Activity.fromObject({ type: 'message', ...a } as object)));
    });
  }
}
