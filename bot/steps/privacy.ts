// Step 1: the citizen's data-protection rights come before everything else, so that
// "Meine Daten löschen" works in the middle of any flow.
import { DELETE_COMMANDS, deleteMyData, deletionCancelledText, erase, EXPORT_COMMANDS, exportMyData, fold, YES } from '../conversation/privacy';
import type { TurnStep } from '../turn';

export const privacyCommands: TurnStep = {
  name: 'privacy',
  run: async (turn) => {
    const said = fold(turn.text);
    if (turn.state.deletionPending) {
      turn.state.deletionPending = false;
      if (YES.has(said)) {
        await erase(turn);
        return 'handled';
      }
      if (said === 'nein') {
        turn.reply(deletionCancelledText);
        return 'handled';
      }
      // Anything else: the question is dropped and the message is handled as usual.
    }
    if (DELETE_COMMANDS.has(said)) {
      await deleteMyData(turn);
      return 'handled';
    }
    if (EXPORT_COMMANDS.has(said)) {
      await exportMyData(turn);
      return 'handled';
    }
    return 'next';
  },
};

