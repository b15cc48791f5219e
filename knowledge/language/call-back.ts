// "Kann mich jemand anrufen? Ich schreibe nicht gern.": a wish to be called is the call-back
// request, also right after an answer, where "anrufen" would otherwise ask for that answer's phone number.

const CALL_ME =
  /(?<!\p{L})(?:(?:kann|könnte|koennte|kannst|können|koennen|würde|wuerde|soll|sollte)\s+(?:mich|uns)\s+(?:\p{L}+\s+){0,3}(?:an|zurück|zurueck)rufen|(?:ruf|rufen)\s+(?:sie\s+|ihr\s+)?(?:mich|uns)\s+(?:\p{L}+\s+){0,2}(?:an|zurück|zurueck)(?!\p{L})|rückruf\p{L}*|rueckruf\p{L}*|call\s+me\s+back|call\s+me)(?!\p{L})/iu;

/** Whether a message asks to be called (back). */
export const asksToBeCalled = (text: string): boolean => CALL_ME.test(text);
