// Replies addressed to the conversation of the activity they answer, as the SDK's TurnContext
// addresses them, but without its schema check of every reply (about 20 µs each): the assistant
// builds every reply itself (turn.ts), none comes from outside.
import { ActivityTypes, type Activity, type ConversationReference } from '@microsoft/agents-activity';

/** `reference`: the incoming activity's (Activity.getConversationReference). */
export function addressReplies(reference: ConversationReference, replies: Activity[]): Activity[] {
  return replies.map((reply) => {
    reply.applyConversationReference(reference);
    reply.type ||= ActivityTypes.Message;
    return reply;
  });
}

/**
 * An activity with the protocol's field names (the SDK's Activity keeps its channel as _channelId).
 * The SDK's toJsonString copies the activity and deletes that field, which leaves V8 a slow
 * dictionary object to serialize: twice the time, the most expensive single step of sending a turn's replies.
 */
export function protocolFields(activity: Activity): Record<string, unknown> {
  const { _channelId: channelId, ...fields } = activity as Activity & { _channelId?: string };
  return channelId === undefined ? fields : { ...fields, channelId };
}
