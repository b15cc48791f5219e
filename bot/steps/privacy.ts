import type { Turn, TurnStep } from '../turn';

/** Step 1: privacy commands ("Meine Daten löschen", "Meine Daten anzeigen") come first. */
export const privacyCommands: TurnStep = {
  name: 'privacy',
  // Filled by the data-protection issue.
  run: async () => 'next',
};

/** Deletes everything stored for this conversation and user. Called for the "daten-loeschen" intent. */
export async function deleteMyData(turn: Turn): Promise<void> {
  // Filled by the data-protection issue.
  turn.reply('Das Löschen Ihrer Daten ist hier noch nicht möglich. Bitte wenden Sie sich an das Rathaus.');
}
