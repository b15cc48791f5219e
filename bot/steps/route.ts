// Step 4: the router decides (conversation/answers.ts answers what it decided).
import { respond } from '../conversation/answers';
import type { TurnStep } from '../turn';

export const route: TurnStep = {
  name: 'route',
  run: async (turn) => {
    await respond(turn);
    return 'handled';
  },
};
