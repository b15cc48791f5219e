// A damage report (Mängelmelder) from start to "Absenden", for the delivery tests.
import { loadMunicipality } from '../../knowledge/municipality';
import type { TestAssistant, TestConversation } from './harness';

const ortsteil = loadMunicipality().ortsteile[0]!;

/** The case reference number in replies (MOE-2026-00042). */
const referenceOf = (replies: Array<{ text?: string }>): string => /MOE-\d{4}-\d{5}/.exec(replies.map((r) => r.text).join(' '))![0];

/** Reports a damage at `place` in the first Ortsteil, without photo and contact; the conversation and the reference. */
export async function damageReport(
  assistant: TestAssistant,
  place: string,
  { category = 'Straßenbeleuchtung', description = 'Laterne ist dunkel' } = {},
): Promise<{ c: TestConversation; reference: string }> {
  const c = assistant.conversation();
  for (const text of ['Schaden melden', category, `${ortsteil}, ${place}`, description, 'überspringen', 'überspringen']) await c.say(text);
  return { c, reference: referenceOf(await c.say('Absenden')) };
}

/** Reports a dark street lamp at `place` in the first Ortsteil; returns the reference. */
export async function reportDamage(assistant: TestAssistant, place: string): Promise<string> {
  return (await damageReport(assistant, place)).reference;
}
