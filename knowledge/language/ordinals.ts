// "den ersten", "1", "Nummer 2", "den letzten": one of the buttons just offered, picked by its place
// in the list (as people answer a list read out to them) rather than by its words.

const ORDINALS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^(?:erste[nrs]?|ersten|1\.?|eins|first|the\s+first(?:\s+one)?)$/u],
  [2, /^(?:zweite[nrs]?|2\.?|zwei|second|the\s+second(?:\s+one)?)$/u],
  [3, /^(?:dritte[nrs]?|3\.?|drei|third|the\s+third(?:\s+one)?)$/u],
  [4, /^(?:vierte[nrs]?|4\.?|vier|fourth)$/u],
  [5, /^(?:fünfte[nrs]?|fuenfte[nrs]?|5\.?|fünf|fuenf|fifth)$/u],
  [6, /^(?:sechste[nrs]?|6\.?|sechs|sixth)$/u],
];
const LAST = /^(?:letzte[nrs]?|the\s+last(?:\s+one)?|last)$/u;
/** Words around the pick: an article, "Nummer", "Termin", "bitte", "nehme ich". */
const AROUND =
  /^(?:(?:ich\s+)?(?:nehme?|nimm|möchte|moechte|hätte\s+gern|haette\s+gern)\s+)?(?:den|die|der|das|dem|nummer|nr\.?|option|number|no\.?)?\s*(.+?)\s*(?:termin|zeit|uhrzeit|tag|slot|one)?\s*(?:bitte|please|nehme?\s+ich|passt)?[.!]*$/iu;

/** The choice a message picks by its place in `choices` ("den ersten" → the first), if it does. */
export function choiceByPlace(text: string, choices: readonly string[]): string | undefined {
  if (choices.length < 2 || choices.some((c) => c.trim().toLowerCase() === text.trim().toLowerCase())) return undefined;
  const core = AROUND.exec(text.trim().toLowerCase())?.[1]?.trim();
  if (!core) return undefined;
  if (LAST.test(core)) return choices.at(-1);
  const place = ORDINALS.find(([, pattern]) => pattern.test(core))?.[0];
  return place !== undefined && place <= choices.length ? choices[place - 1] : undefined;
}
