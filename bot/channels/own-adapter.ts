// The adapter for the channels the assistant serves itself (Direct Line for the website,
// Telegram): no Bot Connector in between. A channel registers a connector that knows how to
// deliver activities to its users; incoming activities and proactive messages (staff replies)
// both run through the same Assistant as /api/messages does. An incoming activity goes straight
// to the assistant (server.ts), whose replies come back here to be delivered; proactive messages
// run through the SDK's TurnContext (continueConversation).
import { randomUUID } from 'node:crypto';
import { Activity, type ConversationReference } from '@microsoft/agents-activity';
import { BaseAdapter, TurnContext, type AttachmentData, type AttachmentInfo, type ResourceResponse } from '@microsoft/agents-hosting';
import type { JwtPayload } from 'jsonwebtoken';
import { addressReplies } from './replies';

export interface ChannelConnector {
  readonly channelId: string;
  /** Delivers the assistant's activities to the conversation of `reference`. */
  deliver(reference: Partial<ConversationReference>, activities: Activity[]): Promise<void>;
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** The name of the event a proactive turn runs with (it was sent by nobody). */
const CONTINUE_CONVERSATION = 'continueConversation';

export class OwnChannelAdapter extends BaseAdapter {
  private readonly connectors = new Map<string, ChannelConnector>();

  register(connector: ChannelConnector): void {
    this.connectors.set(connector.channelId, connector);
  }

  handles(channelId: string | undefined): boolean {
    return channelId !== undefined && this.connectors.has(channelId);
  }

  /** Delivers activities into the conversation of `incoming`, as replies to it. */
  async deliver(incoming: Activity, activities: Activity[]): Promise<ResourceResponse[]> {
    const connector = this.connectorFor(incoming.channelId);
    const reference = incoming.getConversationReference();
    const timestamp = new Date();
    const outgoing = addressReplies(
      reference,
      activities.map((a) => Object.assign(a, { id: a.id ?? randomUUID(), timestamp })),
    );
    // A proactive message (a clerk's reply, a notice) answers no activity the citizen's page has: Web Chat holds a
    // reply to an activity it never received for 5 s, waiting for it (trial 37: every clerk's message came 5 s late).
    if (incoming.name === CONTINUE_CONVERSATION) for (const a of outgoing) delete a.replyToId;
    await connector.deliver(reference, outgoing);
    return outgoing.map((a) => ({ id: a.id! }));
  }

  override sendActivities(context: TurnContext, activities: Activity[]): Promise<ResourceResponse[]> {
    return this.deliver(context.activity, activities);
  }

  /** Proactive messages: runs `logic` with a context addressed to the stored reference. */
  override async continueConversation(
    _botAppIdOrIdentity: string | JwtPayload,
    reference: Partial<ConversationReference>,
    logic: TurnLogic,
  ): Promise<void> {
    this.connectorFor(reference.channelId);
    const activity = Activity.fromObject({ type: 'event', name: CONTINUE_CONVERSATION, id: randomUUID() });
    activity.applyConversationReference(reference as ConversationReference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async updateActivity(): Promise<void> {
    throw new Error('updating sent activities is not supported on own channels');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('deleting sent activities is not supported on own channels');
  }

  override async uploadAttachment(_c: TurnContext, _id: string, _data: AttachmentData): Promise<ResourceResponse> {
    throw new Error('attachments are uploaded through the channel itself');
  }

  override async getAttachmentInfo(): Promise<AttachmentInfo> {
    throw new Error('attachments are read through the channel itself');
  }

  override async getAttachment(): Promise<NodeJS.ReadableStream> {
    throw new Error('attachments are read through the channel itself');
  }

  private connectorFor(channelId: string | undefined): ChannelConnector {
    const connector = channelId ? this.connectors.get(channelId) : undefined;
    if (!connector) throw new Error(`no connector for channel "${channelId}"`);
    return connector;
  }
}
