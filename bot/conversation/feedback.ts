// Ratings of answers: "Hilfreich" / "Nicht hilfreich" under each knowledge answer, on "Nicht
// hilfreich" a reason and the offer of a person. Counted per topic (no text); "Nicht meine Frage"
// also keeps the question for the editors. Never in the way: any other message just goes on.
// Imports nothing from steps/.
import type { FeedbackReason } from '../analytics/events';
import { button, isCommand, type Command } from '../../knowledge/texts/commands';
import { onlyThanksSign, saysNotHelpful } from '../../knowledge/language/small-talk';
import type { Turn } from '../turn';

const REASONS: ReadonlyArray<readonly [Command, FeedbackReason]> = [
  ['reasonWrong', 'falsch'],
  ['reasonOutdated', 'veraltet'],
  ['reasonUnclear', 'unverstaendlich'],
  ['reasonNotMyQuestion', 'nicht-meine-frage'],
];

/** The rating buttons under an answer. */
export const ratingButtons = (): string[] => [button('helpful'), button('notHelpful')];

/** Remembers the answer just given, so that its rating knows the topic and the question. */
export function offerRating(turn: Turn, topic: string): void {
  turn.state.feedback = { topic, question: turn.text, asking: 'rating' };
}

/** Takes a rating or a reason; false when the message is something else (the rating is then dropped). */
export async function takeRating(turn: Turn): Promise<boolean> {
  const pending = turn.state.feedback;
  turn.state.feedback = undefined;
  if (!pending) return false;
  // A thumb is the rating too ("👍", "👎"), as on messengers.
  if (pending.asking === 'rating' && (isCommand(turn.text, 'helpful') || onlyThanksSign(turn.text))) {
    turn.count({ kind: 'feedback', topic: pending.topic, helpful: true });
    turn.reply(turn.t.feedback.thanks);
    return true;
  }
  if (pending.asking === 'rating' && (isCommand(turn.text, 'notHelpful') || saysNotHelpful(turn.text))) {
    turn.count({ kind: 'feedback', topic: pending.topic, helpful: false });
    turn.state.feedback = { ...pending, asking: 'reason' };
    turn.reply(turn.t.feedback.whatWasWrong, { suggestions: [...REASONS.map(([command]) => turn.button(command)), turn.button('person')] });
    return true;
  }
  const reason = pending.asking === 'reason' ? REASONS.find(([command]) => isCommand(turn.text, command))?.[1] : undefined;
  if (!reason) return false;
  turn.count({ kind: 'feedback-reason', topic: pending.topic, reason });
  if (reason === 'nicht-meine-frage') {
    await turn.services.unanswered.keep({
      conversationId: turn.conversationId,
      messageId: turn.activity.id ?? pending.question,
      text: pending.question,
      reason: 'not-my-question',
      topics: [pending.topic],
    });
  }
  turn.reply(reason === 'nicht-meine-frage' ? turn.t.feedback.notMyQuestion : turn.t.feedback.noted, {
    suggestions: [turn.button('person')],
  });
  return true;
}
