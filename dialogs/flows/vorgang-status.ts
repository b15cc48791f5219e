// Stand einer Anfrage erfragen (vorgang-status, not a topic of the catalogue): started by bot/ when
// a citizen asks about a reference number their own conversation did not create. The surname is
// the proof; bot/ answers the same for an unknown number and a wrong name.
import { z } from 'zod';
import type { FlowDefinition } from '../engine';
import { type FlowContext, personName } from '../fields';

export const vorgangStatus = (_context: FlowContext): FlowDefinition => ({
  id: 'vorgang-status',
  office: 'rathaus',
  title: 'Stand einer Anfrage erfragen',
  confirm: false,
  completion: 'case-status',
  starters: [],
  prefill: (said): Record<string, string> => {
    const reference = /\b[A-Z]{2,6}-\d{4}-\d{5}\b/i.exec(said)?.[0];
    return reference ? { vorgangsnummer: reference } : {};
  },
  intro: 'Gern sage ich Ihnen, wie weit Ihre Anfrage ist.',
  fields: [
    {
      name: 'vorgangsnummer',
      label: 'Vorgangsnummer',
      prompt: 'Wie lautet die Vorgangsnummer Ihrer Anfrage (z. B. MOE-2026-00042)?',
      schema: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2,6}-\d{4}-\d{5}$/, { message: 'Die Vorgangsnummer sieht so aus: MOE-2026-00042.' }),
      help: 'Die Vorgangsnummer stand in der Bestätigung Ihrer Anfrage.',
    },
    {
      name: 'name',
      label: 'Name',
      prompt: 'Zur Sicherheit: Auf welchen Nachnamen haben Sie die Anfrage gestellt?',
      schema: personName(true, 'Bitte nennen Sie den Namen aus Ihrer Anfrage, zum Beispiel „Weber“ oder „Anna Weber“.'),
      help: 'Der Name, den Sie in der Anfrage angegeben haben. So erfährt niemand etwas über fremde Anfragen.',
    },
  ],
});
