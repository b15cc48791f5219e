// Ratings of answers: "Hilfreich" / "Nicht hilfreich" under each knowledge answer, on "Nicht
// hilfreich" a reason and the offer of a person. Counted per topic (no text); "Nicht meine Frage"
// also keeps the question for the editors, and so does a reason said in words. Never in the way:
// any other message (a question, a request) just goes on.
// Imports nothing from steps/.
import type { FeedbackReason } from '../analytics/events';
import { button, isCommand, type Command } from '../../knowledge/texts/commands';
import { asksSomething, isBareReply, onlyThanksSign, saysNotHelpful } from '../../knowledge/language/small-talk';
import type { Turn } from '../turn';

const REASONS: ReadonlyArray<readonly [Command, FeedbackReason]> = [
  ['reasonWrong', 'falsch'],
  ['reasonOutdated', 'veraltet'],
  ['reasonUnclear', 'unverstaendlich'],
  ['reasonNotMyQuestion', 'nicht-meine-frage'],
];

/** How sure the router must be of another topic for a message after "Was hat nicht gepasst?" to be a new matter, not a comment. */
const ANOTHER_MATTER_SURE = 0.5;

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
  if (!reason) return pending.asking !== 'rating' && (await takeComment(turn, pending.topic));
  turn.count({ kind: 'feedback-reason', topic: pending.topic, reason });
  // The question goes to the editors with the answer's topic, whatever did not fit (trial 63: "Falsch" had reached them nowhere).
  await turn.services.unanswered.keep({
    conversationId: turn.conversationId,
    messageId: turn.activity.id ?? pending.question,
    text: pending.question,
    reason: reason === 'nicht-meine-frage' ? 'not-my-question' : 'rated',
    topics: [pending.topic],
  });
  if (reason === 'nicht-meine-frage') {
    turn.reply(turn.t.feedback.notMyQuestion, { suggestions: [turn.button('person')] });
    return true;
  }
  // What was wrong, in a sentence, is asked for and kept as a comment (trial 63: "Bei mir hats 6 Wochen gedauert, nicht 3-4" had
  // started a booking); a question or a request instead goes on to be answered.
  turn.state.feedback = { ...pending, asking: 'comment' };
  turn.reply(turn.t.feedback.whatExactly, { suggestions: [turn.button('person')] });
  return true;
}

/** The question meant, told ("Ich wollte wissen, ob ich es für meinen Verein kostenlos bekomme"): to be answered, not filed. */
const WANTED_TO_KNOW =
  /(?<!\p{L})(?:(?:ich|wir)\s+(?:wollte|wollten|möchte|moechte|möchten|moechten|würde|wuerde)\s+(?:\p{L}+\s+){0,2}?wissen|meine\s+frage\s+war|ich\s+meinte|mich\s+interessiert)(?!\p{L})/iu;

/** A request wished in words ("ich möchte einen Rückruf", "Termin bitte", "will das melden"). */
const WISHES_A_REQUEST =
  /(?<!\p{L})(?:möchte|moechte|möcht|will|wollen|brauch\p{L}*|bitte|hätte\s+gern\p{L}*|haette\s+gern\p{L}*|rückruf\p{L}*|rueckruf\p{L}*|ruf\p{L}*|termin\p{L}*|anmeld\p{L}*|meld\p{L}*)(?!\p{L})/iu;

/** "Es steht kein Termin drin", "Da fehlt der Termin": what the answer lacked, which wishes no request (trial 38: a booking had started). */
const MISSING_FROM_ANSWER =
  /(?<!\p{L})(?:(?:steht|stand|stehen|ist|war|sind)\s+(?:\p{L}+\s+){0,2}?(?:kein|keine|keinen|nichts|nix)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:drin|drinnen|dabei|angegeben|erwähnt|erwaehnt)|fehlt|fehlen|nicht\s+(?:\p{L}+\s+)?(?:drin|angegeben|erwähnt|erwaehnt))(?!\p{L})/iu;

/**
 * What did not fit, in the citizen's own words ("Es steht kein Betrag drin"): kept for the editors
 * beside the answer's topic (redacted, like every unanswered question), and thanked. A question or
 * a request is not a comment: it goes on to be answered.
 */
async function takeComment(turn: Turn, topic: string): Promise<boolean> {
  // What the answer lacked, said without a question mark ("Es steht nicht drin ob es für Ehrenamt kostenlos ist"), is a comment
  // even where it names another matter or asks indirectly (trial 42: it had been answered as a new question).
  const lacking = MISSING_FROM_ANSWER.test(turn.text) && !turn.text.includes('?') && !WANTED_TO_KNOW.test(turn.text);
  if (
    isCommand(turn.text, 'person') ||
    isBareReply(turn.text) ||
    (!lacking && (asksSomething(turn.text) || WANTED_TO_KNOW.test(turn.text)))
  )
    return false;
  // A new matter told ("Ich habe meinen Ausweis verloren") is answered, not filed as a comment.
  const routed = turn.services.knowledge.router.decide(turn.text, { lastTopic: topic, language: turn.routerLanguage });
  const another =
    routed.action === 'answer' && routed.decision && routed.decision.id !== topic && routed.confidence >= ANOTHER_MATTER_SURE
      ? routed.decision
      : undefined;
  // A request is a new matter only when it is wished: "die antwort war zu lang" is no call-back, though "Antwort" led the router there.
  if (another && !lacking && (another.kind !== 'flow' || (WISHES_A_REQUEST.test(turn.text) && !MISSING_FROM_ANSWER.test(turn.text))))
    return false;
  await turn.services.unanswered.keep({
    conversationId: turn.conversationId,
    messageId: turn.activity.id ?? turn.text,
    text: turn.text,
    reason: 'comment',
    topics: [topic],
  });
  turn.reply(turn.t.feedback.noted, { suggestions: [turn.button('person')] });
  return true;
}
