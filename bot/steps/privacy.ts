// Step 1: the citizen's data-protection rights come before everything else, so that
// "Meine Daten löschen" works in the middle of any flow.
import { isCommand } from '../../knowledge/texts/commands';
import { continueDeletion, deleteMyData, exportMyData } from '../conversation/privacy';
import type { TurnStep } from '../turn';

export const privacyCommands: TurnStep = {
  name: 'privacy',
  run: async (turn) => {
    const said = turn.text;
    // Answers to "keep or withdraw?" and "Wirklich löschen?"; anything else drops the question.
    if (turn.state.deletion && (await continueDeletion(turn, turn.state.deletion))) return 'handled';
    if (isCommand(said, 'deleteData')) {
      await deleteMyData(turn);
      return 'handled';
    }
    if (isCommand(said, 'showData')) {
      await exportMyData(turn);
      return 'handled';
    }
    return 'next';
  },
};
