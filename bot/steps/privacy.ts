// Step 1: the citizen's data-protection rights come before everything else, so that
// "Meine Daten löschen" works in the middle of any flow.
import { isCommand } from '../../knowledge/texts/commands';
import { de } from '../../knowledge/texts/de';
import { deleteMyData, erase, exportMyData } from '../conversation/privacy';
import type { TurnStep } from '../turn';

export const privacyCommands: TurnStep = {
  name: 'privacy',
  run: async (turn) => {
    const said = turn.text;
    if (turn.state.deletionPending) {
      turn.state.deletionPending = false;
      if (isCommand(said, 'yes')) {
        await erase(turn);
        return 'handled';
      }
      if (isCommand(said, 'no')) {
        turn.reply(de.privacy.deletionCancelled);
        return 'handled';
      }
      // Anything else: the question is dropped and the message is handled as usual.
    }
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
