// Yes and no as citizens say them, in German, dialect and English: one place for every form, request and offer that asks.

// ("ja, ne Liveband": "ne" is the article there, a yes; trial 42 had been asked "Bitte wählen Sie: Ja, Nein.")
/** A no as it is said, in dialect too ("nee, der is ganz lieb", "naa", "nö", "ja nee"). */
export const SAYS_NO =
  /^(?!\W*ja\W+ne\s+(?!danke|doch|nicht|lieber|leider|eher)\p{L}{3,})\W*(?:ja\W+)?(?:nein|nee+|ne|nä+|nö+|noe|naa+|nope|no|ned|net|nix|auf\s+keinen\s+fall|(?:(?:des|das|es|er|sie)\s+)?(?:is|ist)\s+(?:ka|kaa|koa|kein|keine|keiner|keen))(?!\p{L})/iu;
/** Yes and no as they are said ("jo", "klar", "na klar"); "ja nee" is both, so it is asked again. */
export const SAYS_YES = /^\W*(?:ja+|jo+|jap|jep|jup+|klar|na\s+klar|sicher|freilich|genau|gern|gerne|yes|yeah|yep)(?!\p{L})/iu;

/** A short yes, and nothing else asked with it ("ja", "ja bitte", "gerne"; not "ja, aber wann habt ihr offen?"). */
export const saysPlainYes = (text: string): boolean =>
  SAYS_YES.test(text) && !SAYS_NO.test(text) && text.trim().split(/\s+/).length <= 3 && !text.includes('?');

/** "stimmt nicht", "passt so net": the answers said to be wrong. */
const NOT_RIGHT = /^\W*(?:stimmt|passt)\s+(?:so\s+)?(?:nicht|net|ned)\W*$/iu;
/** A short no, and nothing else with it ("nein", "nee", "stimmt nicht"): at a summary, something is to change. */
export const saysPlainNo = (text: string): boolean =>
  (SAYS_NO.test(text) || NOT_RIGHT.test(text)) && text.trim().split(/\s+/).length <= 3 && !text.includes('?');

/** "weiß ich nicht", "keine Ahnung", "unbekannt", "no idea": the answer not known, said as the whole answer. */
const NOT_KNOWN =
  /^\W*(?:(?:das|des|den|die|ich)\s+)?(?:(?:weiß|weiss|waas|woaß)\s+(?:ich\s+|i\s+|isch\s+|es\s+|das\s+)?(?:leider\s+)?(?:nicht|net|ned|nit)(?:\s+(?:so\s+)?genau|\s+mehr)?|keine\s+ahnung|k\.\s?a\.|unbekannt|(?:i\s+)?(?:don'?t|do\s+not)\s+know|no\s+idea|not\s+sure|unknown)\W*$/iu;
export const saysNotKnown = (text: string): boolean => NOT_KNOWN.test(text.trim());
