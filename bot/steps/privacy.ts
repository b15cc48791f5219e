import type { TurnStep } from '../turn';

/** Step 1: privacy commands ("Meine Daten löschen", "Meine Daten anzeigen") come first. */
export const privacyCommands: TurnStep = {
  name: 'privacy',
  // Filled by the data-protection issue.
  run: async () => 'next',
};
