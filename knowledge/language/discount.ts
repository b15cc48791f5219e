// "ich bin Rentnerin mit kleiner Rente, gibts da was?", "Bekomme ich als Student eine Ermäßigung?": less to pay
// because of who one is. Citizens tell their situation and ask "gibt's da was"; an entry's note says
// "Ermäßigungen oder Befreiungen", so the question names that note though it shares no word with it.
import { normalize } from './normalize';

/** Asking to pay less: a reduction, an exemption, or "gibt's da was" after one's situation. */
const LESS_TO_PAY =
  /(?<!\p{L})(?:ermäßig\p{L}*|ermaessig\p{L}*|ermassig\p{L}*|rabatt\p{L}*|vergünstig\p{L}*|verguenstig\p{L}*|befrei\p{L}*|nachlass|günstiger|guenstiger|billiger|weniger\s+(?:zahl\p{L}*|bezahl\p{L}*)|(?:trotzdem|auch)\s+(?:voll|alles)\s+(?:zahl\p{L}*|bezahl\p{L}*)|discount|reduction|exemption|reduced\s+rate)(?!\p{L})/iu;
/** "gibts da was?", "gibt es da was für Rentner?": only with a situation told that may lower a fee. */
const ANYTHING_FOR_ME = /(?<!\p{L})(?:gibt'?s|gibts|gibt\s+es|gäbe\s+es|gibt\s+'?s)\s+(?:da\s+|dafür\s+|da\s+auch\s+)?(?:was|etwas|irgendwas)(?!\p{L})/iu;
const SITUATION =
  /(?<!\p{L})(?:rentner\p{L}*|rente|pension\p{L}*|arbeitslos\p{L}*|student\p{L}*|schüler\p{L}*|schueler\p{L}*|azubi\p{L}*|schwerbehindert\p{L}*|behindert\p{L}*|bürgergeld|buergergeld|grundsicherung|hartz|sozialhilfe|alleinerziehend\p{L}*|wenig\s+geld|kleine[nr]?\s+rente|pensioner|unemployed|disabled)(?!\p{L})/iu;

/** Whether a message asks to pay less for who one is. */
export const asksForDiscount = (text: string): boolean => LESS_TO_PAY.test(text) || (ANYTHING_FOR_ME.test(text) && SITUATION.test(text));

/** The words of a note on reductions (as folded), which such a message means. */
// (In the singular: the English router knows an entry by its German synonyms, "Ermäßigung Hund"; trial 49's
// "and is there a discount for pensioners?" after the dog tax.)
export const DISCOUNT_WORDS: readonly string[] = ['Ermäßigung', 'Befreiung', 'reductions', 'exemptions'].map(normalize);
