// Step 2: while a staff member has the conversation (or it waits for one), the citizen's messages
// go to them, and "Zurück zum Assistenten" leaves; a wish for a person starts the handoff (and
// leaves a request in progress unsent).
import { otherLanguage } from '../../knowledge/language/detect';
import { matterPart } from '../../knowledge/language/call-back';
import { saysPlainYes } from '../../knowledge/language/yes-no';
import { isCommand } from '../../knowledge/texts/commands';
import { HandoffQueue } from '../handoff/queue';
import { relayFromCitizen } from '../handoff/relay';
import { asksForPerson, officeOpenNow, requestHandoff, waitingText, whyNobodyTakesOver } from '../conversation/handoff';
import { CALL_BACK, finish, flowsOf } from '../conversation/flows';
import { reask } from '../../dialogs/engine';
import type { TurnStep } from '../turn';

export const relayToStaff: TurnStep = {
  name: 'staff-relay',
  run: async (turn) => {
    const handoff = turn.state.handoff;
    const conversationId = turn.conversationId;
    if (!handoff) {
      // A person offered is taken with its button or a plain "ja", with why it was offered.
      const offered = turn.offer && 'handoff' in turn.offer ? turn.offer.handoff : undefined;
      if (offered && (asksForPerson(turn.text) || saysPlainYes(turn.text))) {
        await requestHandoff(turn, { ...offered, accepted: true });
        return 'handled';
      }
      if (!asksForPerson(turn.text)) return 'next';
      // "Ich möchte mit jemandem vom Gewerbeamt sprechen, es geht um die Abmeldung meines Gewerbes": the matter named with the
      // wish decides whose hours count and what the queue's card says (trial 40: the Rathaus's queue, no topic, a closed office ignored).
      // (The words from where the matter is named: the wish itself is the handoff's, not a topic.)
      const named = turn.services.knowledge.router.decide(matterPart(turn.text), { language: turn.routerLanguage });
      if (named.action === 'answer' && named.decision?.kind === 'answer') turn.state.lastTopic = named.decision.id;
      // "Hello, I need to talk to a person please": asked in English, waited for in English, and the
      // clerk told so (it had been queued in German, before the language's step could ask).
      if (turn.state.language === 'de' && otherLanguage(turn.text, 'de') === 'en') turn.state.language = 'en';
      // A request in progress is left, and the citizen told that nothing of it was sent (a clerk who
      // takes over sees its answers so far); a call-back would otherwise replace it without a word.
      const inProgress = turn.state.flow;
      // "Mitarbeiter" in the call-back's own form while nobody can take over: the call-back is the way to a person, and it
      // goes on where it was (trial 49: left unsent and started again from its first question).
      const nobody = inProgress?.flow === CALL_BACK ? await whyNobodyTakesOver(turn) : undefined;
      if (inProgress && nobody) {
        const flow = flowsOf(turn)[CALL_BACK]!;
        turn.reply(nobody);
        await finish(
          turn,
          flow,
          inProgress,
          turn.speak(() => ({ messages: [reask(flow, inProgress)], state: inProgress })),
        );
        return 'handled';
      }
      if (inProgress) {
        turn.reply(turn.t.flows.leftUnsent(flowsOf(turn)[inProgress.flow]?.title ?? inProgress.flow));
        turn.state.flow = undefined;
      }
      await requestHandoff(turn, inProgress ? { flow: { id: inProgress.flow, answers: inProgress.answers } } : {});
      return 'handled';
    }
    const queue = new HandoffQueue(turn.services.store);
    const owner = await queue.owner(conversationId);
    const leaving = isCommand(turn.text, 'backToAssistant');
    if (owner && leaving) {
      await queue.leave(conversationId);
      turn.state.handoff = undefined;
      turn.reply(turn.t.handoff.leftLiveChat, { channelData: { liveChat: { state: 'ended' } } });
      return 'handled';
    }
    if (owner) {
      // A staff member has the conversation: the assistant stays silent and relays.
      turn.state.handoff = { status: 'live', since: handoff.since };
      await relayFromCitizen(turn.services, conversationId, owner, turn.text);
      return 'handled';
    }
    const position = await queue.position(conversationId);
    if (position === undefined) {
      // Handed back or closed by staff (the citizen was told so then): the assistant answers again.
      turn.state.handoff = undefined;
      return 'next';
    }
    if (leaving) {
      await queue.cancel(conversationId);
      turn.state.handoff = undefined;
      turn.reply(turn.t.handoff.leftQueue);
      return 'handled';
    }
    // The office closed meanwhile: the call-back instead of a place in a queue nobody works today (trial 37: "Platz 1 …
    // etwa 5 Minuten" still after closing time); the call-back tapped while waiting leaves the queue for it.
    const callBack = isCommand(turn.text, 'callBack');
    if (callBack || !officeOpenNow(turn)) {
      await queue.cancel(conversationId);
      turn.state.handoff = undefined;
      if (callBack) return 'next';
      await requestHandoff(turn, { accepted: true });
      return 'handled';
    }
    // Still waiting (or back in the queue after a staff member lost the connection): what was written
    // goes with the entry to the consoles ("Es ist dringend …" had reached nobody).
    if (turn.text) await queue.wroteWhileWaiting(conversationId, turn.text);
    turn.state.handoff = { status: 'queued', since: handoff.since };
    // Said to be kept for the person, not read here (a question had got the queue's place alone, as if unheard).
    // The last clerk gone (console closed, connection lost): said so, with the call-back beside waiting for one to come back,
    // and the place without a wait nobody would keep.
    const nobody = (await queue.staffOnline()) === 0;
    const waiting = await waitingText(turn, queue, position, { nobodyOnline: nobody });
    const said = [turn.text ? turn.t.handoff.keptForStaff : undefined, nobody ? turn.t.handoff.nobodyOnlineNow : undefined, waiting];
    turn.reply(said.filter(Boolean).join(' '), {
      suggestions: nobody ? [turn.button('callBack'), turn.button('backToAssistant')] : [turn.button('backToAssistant')],
    });
    return 'handled';
  },
};
