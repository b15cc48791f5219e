// "muss ich dann Strafe zahlen?", "gibt's da ein Bußgeld?": a fine for not having done what one must
// (an ID card expired, a dog not registered). Citizens say "Strafe"; an entry's note says
// "Bußgeld" or "ordnungswidrig" (an administrative fine is no punishment in law), so the question
// names that note though it shares no word with it.
import { normalize } from './normalize';

const PENALTY = /(?<!\p{L})(?:\p{L}*straf\p{L}*|bußgeld\p{L}*|bussgeld\p{L}*|ordnungswidrig\p{L}*)(?!\p{L})/iu;

/** Whether a message asks about a fine. */
export const asksAboutPenalty = (text: string): boolean => PENALTY.test(text);

/** The words of a note on fines (as folded), which such a message means. */
export const PENALTY_WORDS: readonly string[] = ['Bußgeld', 'ordnungswidrig'].map(normalize);
