// "Müll wurde heute net abgeholt": a bin not emptied is the waste collection's matter (the
// Landkreis's Abfallwirtschaft), not a damage in the street for the town's defect report.

const BIN = /(?<!\p{L})(?:\p{L}*müll\p{L}*|\p{L}*muell\p{L}*|\p{L}*tonne\p{L}*|abfall\p{L}*|gelbe[rn]?\s+s(?:ä|ae)ck\p{L}*)/iu;
const NOT_COLLECTED =
  /(?<!\p{L})(?:nicht|net|ned|nich|nit|nie)\s+(?:\p{L}+\s+){0,2}?(?:abgeholt|geleert|mitgenommen|gekommen|kam)(?!\p{L})|(?<!\p{L})(?:vergessen|stehen\s+gelassen|stehengelassen)(?!\p{L})/iu;

/** Whether a message says that the bins were not emptied. */
export const binNotCollected = (text: string): boolean => BIN.test(text) && NOT_COLLECTED.test(text);
