// Step 3b: a reference number in a message that no request took ("Wie ist der Stand von
// MOE-2026-00042?", "Was ist mit meiner Meldung MOE-2026-00042") asks where that request stands;
// "Wie ist der Stand?" without one asks about this conversation's own requests, or, without any,
// for the number (in the middle of a request: that it is not sent yet).

import { asksState, ownCasesStatus, ownCaseStatus, referenceIn } from '../conversation/case-status';
import { startFlow } from '../conversation/flows';
import type { TurnStep } from '../turn';

export const caseStatus: TurnStep = {
  name: 'case-status',
  run: async (turn) => {
    const reference = referenceIn(turn.text, turn.services.config.CASE_REFERENCE_PREFIX);
    // "Wie ist der Stand?" right after a request: this conversation's requests, without a number.
    if (!reference) {
      if (!asksState(turn.text)) return 'next';
      // "Wie ist der Stand meiner Meldung?" in the middle of one: this conversation's earlier requests,
      // or that the one in progress is not sent yet (the request is asked again after this).
      if (turn.state.flow) {
        if (!(await ownCasesStatus(turn))) turn.reply(turn.t.caseStatus.notSentYet);
        return 'handled';
      }
      // "Wie ist der Stand meiner Anfrage?" in a new conversation: its number, then the surname.
      if (!(await ownCasesStatus(turn))) await startFlow(turn, 'vorgang-status');
      return 'handled';
    }
    if (await ownCaseStatus(turn, reference)) return 'handled';
    // Asking for the surname would replace the request in progress; that one is asked again after this.
    if (turn.state.flow) turn.reply(turn.t.caseStatus.afterRequest);
    else await startFlow(turn, 'vorgang-status');
    return 'handled';
  },
};
