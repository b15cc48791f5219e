// Step 3a: more to say about a request sent in this conversation ("Ich möchte noch etwas
// ergänzen", "nicht Rappach sondern Reichenbach") goes to that request, not to the router.
import { addToOwnRequest } from '../conversation/case-addition';
import type { TurnStep } from '../turn';

export const caseAddition: TurnStep = {
  name: 'case-addition',
  run: async (turn) => ((await addToOwnRequest(turn)) ? 'handled' : 'next'),
};
