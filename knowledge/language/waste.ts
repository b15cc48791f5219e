// "Müll wurde heute net abgeholt": a bin not emptied is the waste collection's matter (the
// Landkreis's Abfallwirtschaft), not a damage in the street for the town's defect report.

const BIN = /(?<!\p{L})(?:\p{L}*müll\p{L}*|\p{L}*muell\p{L}*|\p{L}*tonne\p{L}*|abfall\p{L}*|gelbe[rn]?\s+s(?:ä|ae)ck\p{L}*)/iu;
const NOT_COLLECTED =
  /(?<!\p{L})(?:nicht|net|ned|nich|nit|nie)\s+(?:\p{L}+\s+){0,2}?(?:abgeholt|geleert|mitgenommen|gekommen|kam)(?!\p{L})|(?<!\p{L})(?:vergessen|stehen\s+gelassen|stehengelassen)(?!\p{L})/iu;

/** Whether a message says that the bins were not emptied. */
export const binNotCollected = (text: string): boolean => BIN.test(text) && NOT_COLLECTED.test(text);

/**
 * "Wir müssen den Keller räumen", "die Wohnung meiner Mutter ausräumen": clearing out, whose verb
 * the router's stemming meets with "Raum" (a room to rent). The words without the verb say what
 * it is about (the bulky waste, the recycling centre).
 */
const CLEARING_OUT = /(?<!\p{L})(?:aus|auf|leer|weg)?(?:räumen|raeumen|räumt|raeumt|geräumt|geraeumt|entrümpel\p{L}*|entruempel\p{L}*)(?!\p{L})/giu;
const CLEARED_PLACE =
  /(?<!\p{L})(?:keller\p{L}*|wohnung|dachboden|speicher|garage|haus|zimmer|schuppen|scheune|nachlass|haushalt)(?!\p{L})/iu;

/** The text without its verb of clearing out, when it clears out a place; undefined otherwise. */
export function withoutClearingOut(text: string): string | undefined {
  if (!CLEARED_PLACE.test(text) || !text.match(CLEARING_OUT)) return undefined;
  return text.replace(CLEARING_OUT, ' ');
}
