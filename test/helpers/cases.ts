// A damage report (Mängelmelder) from start to "Absenden", for the delivery tests.
import { loadMunicipality } from '../../knowledge/municipality';
import type { TestAssistant } from './harness';

const ortsteil = loadMunicipality().ortsteile[0]!;

/** The case reference number in replies (MOE-2026-00042). */
const referenceOf = (replies: Array<{ text?: string }>): string => /MOE-\d{4}-\d{5}/.exec(replies.map((r) => r.text).join(' '))![0];

/** Reports a dark street lamp at `place` in the first Ortsteil; returns the reference. */
export async function reportDamage(assistant: TestAssistant, place: string): Promise<string> {
  const c = assistant.conversation();
  for (const text of [
    'Schaden melden',
    'Straßenbeleuchtung',
    `${ortsteil}, ${place}`,
    'Laterne ist dunkel',
    'überspringen',
    'überspringen',
  ])
    await c.say(text);
  return referenceOf(await c.say('Absenden'));
}
