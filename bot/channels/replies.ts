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
