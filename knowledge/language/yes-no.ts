// Yes and no as citizens say them, in German, dialect and English: one place for every form, request and offer that asks.

/** A no as it is said, in dialect too ("nee, der is ganz lieb", "naa", "nö", "ja nee"). */
export const SAYS_NO =
  /^\W*(?:ja\W+)?(?:nein|nee+|ne|nä+|nö+|noe|naa+|nope|no|ned|net|nix|auf\s+keinen\s+fall|(?:(?:des|das|es|er|sie)\s+)?(?:is|ist)\s+(?:ka|kaa|koa|kein|keine|keiner|keen))(?!\p{L})/iu;
/** Yes and no as they are said ("jo", "klar", "na klar"); "ja nee" is both, so it is asked again. */
export const SAYS_YES = /^\W*(?:ja+|jo+|jap|jep|jup+|klar|na\s+klar|sicher|freilich|genau|gern|gerne|yes|yeah|yep)(?!\p{L})/iu;

/** A short yes, and nothing else asked with it ("ja", "ja bitte", "gerne"; not "ja, aber wann habt ihr offen?"). */
export const saysPlainYes = (text: string): boolean =>
  SAYS_YES.test(text) && !SAYS_NO.test(text) && text.trim().split(/\s+/).length <= 3 && !text.includes('?');
