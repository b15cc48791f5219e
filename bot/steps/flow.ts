// Step 3: an active step-by-step request takes the answer, or lets the citizen interrupt: a person
// on request, a question in between (handed to the router; the pipeline asks the field again).
import { asksToSendPhoto } from '../../knowledge/language/photo-asked';
import { advance, askAgain, fieldNamedIn, reask, recap, type FlowDefinition, type FlowField, type FlowState } from '../../dialogs/engine';
import { CALL_BACK, currentField, entriesOfRequest, finish, flowsOf, narrowChoices, startFlow } from '../conversation/flows';
import { BOOKING, FLOW_START_SURE } from '../conversation/answers';
import { answerToCancelOwn, appointmentMinutes, askToCancelOwn, namedService, tappedCancelButtonAgain } from '../conversation/appointment';
import { cancelsUnnamed } from '../../dialogs/flows/termin-absagen';
import { requestHandoff, staffCanTakeOver } from '../conversation/handoff';
import { asksState } from '../conversation/case-status';
import { saysPlainYes } from '../../knowledge/language/yes-no';
import { asksToAsk } from '../../knowledge/language/small-talk';
import {
  afterChangeOfMind,
  cancels,
  declines,
  isCommand,
  resumes,
  turnsToAnother,
  correctsEarlier,
  wantsSomethingElse,
  type Command,
} from '../../knowledge/texts/commands';
import { dangerOf } from '../../knowledge/language/urgent';
import { asksHowLongItTakes, wantsToBeToldWhenDone } from '../../knowledge/language/call-back';
import { asksHowToAnswer, asksWhereWeWere, asksWhyItIsAsked } from '../../knowledge/language/why-asked';
import { asksWhoGetsBack } from '../../knowledge/language/call-back';
import { askedMeaningOf } from '../../knowledge/language/glossary';
import { facetsAsked, namesAsOccasion, type Facet } from '../../knowledge/language/facets';
import { asksAppointmentLength, namesAnAppointment } from '../../knowledge/language/visits';
import type { Turn, TurnStep } from '../turn';
import { HOURS_TOPIC } from '../../knowledge/answer';
import { mayNameADay } from '../../dialogs/dates';
import { asksOpenOrClosed } from '../../knowledge/language/opening-hours';

type Flows = ReturnType<typeof flowsOf>;

const norm = (text: string): string => text.trim().toLowerCase();

/** Commands the form engine answers itself, also when typed with a question mark ("Hilfe?"). */
const FLOW_COMMANDS: readonly Command[] = ['cancel', 'back', 'help', 'submit', 'skip'];

/**
 * A question or a request rather than an answer: it ends with a question mark, or it starts the
 * way German questions do ("Was kostet …", "Kann ich …", "Gibt es …"). It is never stored as a value.
 */
// ("wie gsacht, morgen nachmittag ab 14 uhr": "as I said" before an answer, no question; trial 53.)
const QUESTION_START =
  /^(was|wie(?!\s+(?:schon\s+|bereits\s+)?(?:gesagt|gsagt|gsacht|gesacht|gsaat|besprochen|erwähnt|erwaehnt|geschrieben|gschriebe)(?!\p{L}))|wo|woher|wohin|wann|wer|wen|wem|warum|wieso|weshalb|welche[rsmn]?|kann|könnte|darf|muss|müssen|brauche|braucht|gibt|ist|sind|habe|hat|soll)\b/iu;
/** "Ich brauch erst mal eine Meldebescheinigung": a need said after backing out, asked like a question (trial 46: it had been dropped). */
const NEED_START = /^(?:ich|wir|i|we)\s+(?:brauch\p{L}*|benötig\p{L}*|benoetig\p{L}*|möcht\p{L}*|moecht\p{L}*|need|want)(?!\p{L})/iu;
const looksLikeQuestion = (text: string): boolean =>
  (text.length > 1 && text.trim().endsWith('?')) ||
  ((QUESTION_START.test(text.trim()) || NEED_START.test(text.trim())) && text.trim().split(/\s+/).length >= 3) ||
  asksToAsk(text) ||
  // "…, ich will wissen ob mein antrag durch ist": where one's request stands (trial 41).
  asksState(text);

/** The question after a first clause ("ach vergessen Sie es, wie lange habt ihr heute offen?"), if there is one. */
// "…, ich will nix anmelden" after the question: the refusal again, no part of it.
const REFUSAL_AT_END = /[,.;]?\s*(?:ich\s+)?(?:will|möchte|moechte)\s+(?:doch\s+)?(?:gar\s+)?(?:nix|nichts|kein\p{L}*)\s+\p{L}+\W*$/iu;
function questionAfter(text: string): string | undefined {
  const rest = (afterChangeOfMind(text) ?? /^[^,.;:!?]+[,.;:!]\s*(.+)$/su.exec(text.trim())?.[1])?.replace(REFUSAL_AT_END, '');
  // "ach nee doch nicht, hat sich erledigt": the rest is the change of mind, no question.
  return rest && looksLikeQuestion(rest) && !cancels(rest) && rest.split(/\s+/).length >= 3 ? rest : undefined;
}

/**
 * "Wer ruft mich an?", "Wann krieg ich die Hundemarke?" in the middle of a request: what its office does after sending where the
 * flow's office is fixed (trial 55: the dog's registration had said the office would be named after sending); else who gets back.
 */
function whoGetsBack(turn: Turn, flow: FlowDefinition): string {
  return flow.officeByMatter === undefined && flow.next ? turn.t.flows.whatComesNext(flow.next) : turn.t.flows.whoCallsBack;
}

/** "kann ich a Bild schicke?" in a request: how, at its question; its help and when, before it; by e-mail where the request takes none. */
function photoAnswer(turn: Turn, flow: FlowDefinition, asked: FlowField | undefined): string {
  const photo = flow.fields.find((f) => f.acceptsImage);
  if (!photo) return turn.t.flows.noPhotoHere(turn.services.municipality);
  if (asked === photo) return turn.t.flows.howToSendPhoto(turn.button('skip'));
  return [photo.help, turn.t.flows.photoWelcome].filter(Boolean).join(' ');
}

/** Topics so urgent that, said surely in the middle of a request, they are answered before its next question. */
const URGENT_TOPICS: ReadonlySet<string> = new Set(['wasser-stoerung']);
/** The router's decision for the message on its own (no last topic): what it would answer if asked outside the request. */
const decidedAlone = (turn: Turn) => turn.services.knowledge.router.decide(turn.text, { language: turn.routerLanguage });

/** Points of a matter its entry answers (what it costs, how long it takes, what to bring), asked beside a request. */
const MATTERS_POINTS: ReadonlySet<Facet> = new Set(['fees', 'duration', 'documents']);
/** How sure the router must be of an urgent topic to interrupt a request with it. */
const URGENT_SURE = 0.9;

/** How sure the router must be of an answer to take a question typed as a free-text answer for one to answer. */
const QUESTION_SURE = 0.9;
/**
 * How sure the English router must be of the hours asked as open or closed ("Is the town hall open on December 24?" is 0.8;
 * trial 66: taken as the day wished): the English model is trained on fewer lines and is seldom as sure as the German one.
 */
const ENGLISH_HOURS_SURE = 0.6;

/** Whether the router surely answers a message with a topic of the knowledge (not a request, not "not ours"). */
function surelyAnswered(turn: Turn): boolean {
  const routed = decidedAlone(turn);
  return routed.action === 'answer' && routed.decision?.kind === 'answer' && routed.confidence >= QUESTION_SURE;
}

/** Whether the router answers a message with a topic of the knowledge, asked on its own. */
function answeredAlone(turn: Turn): boolean {
  const routed = decidedAlone(turn);
  return routed.action === 'answer' && routed.decision?.kind === 'answer';
}

/** Whether a message at the summary names one of the answers given ("den Termin", "meine Nummer"). */
const namesAnAnswer = (flow: FlowDefinition, state: FlowState, text: string): boolean =>
  fieldNamedIn(
    flow.fields.filter((f) => state.answers[f.name] !== undefined),
    text,
  ) !== undefined;

/** Whether a message asks whether the office is open ("wann habt ihr am Freitag offen?"), which the router surely takes for the hours (not a wish: "geht auch Donnerstag nach 16 Uhr?"). */
function surelyTheHours(turn: Turn): boolean {
  if (!asksOpenOrClosed(turn.text)) return false;
  const routed = decidedAlone(turn);
  return (
    routed.decision?.id === HOURS_TOPIC &&
    routed.action === 'answer' &&
    routed.confidence >= (turn.language === 'en' ? ENGLISH_HOURS_SURE : QUESTION_SURE)
  );
}

/**
 * A danger told ("es riecht im Keller nach Gas") or an urgent matter said surely ("Wasserrohrbruch
 * vor meinem Haus") in the middle of a request: what to do now comes before the next question. A
 * free-text answer (a damage report's description) may tell of an urgent matter; a danger never waits.
 */
function urgentInterruption(turn: Turn, flow: FlowDefinition, freeText: boolean): boolean {
  if (dangerOf(turn.text)) return true;
  if (freeText) return false;
  const routed = decidedAlone(turn);
  const id = routed.decision?.id ?? '';
  const urgent = routed.action === 'answer' && URGENT_TOPICS.has(id) && routed.confidence >= URGENT_SURE;
  // The urgent matter this very request reports ("wasserrohrbruch" in the report of a damage) is its answer, no interruption (trial 50).
  return urgent && turn.services.knowledge.entry(id)?.flow !== flow.id;
}

/** Each language's flows by their start words (title and starters, as `norm` folds them), made once. */
const startWords = new WeakMap<object, Map<string, string>>();
function startWordsOf(flows: Flows): Map<string, string> {
  let words = startWords.get(flows);
  if (!words) {
    words = new Map();
    // The first flow with a start word keeps it, as in the order the flows are defined.
    for (const f of Object.values(flows)) for (const s of [f.title, ...f.starters]) if (!words.has(norm(s))) words.set(norm(s), f.id);
    startWords.set(flows, words);
  }
  return words;
}
const startedByPattern = (flows: Flows, said: string): string | undefined => Object.values(flows).find((f) => f.startsOn?.test(said))?.id;
const startedBy = (flows: Flows, said: string): string | undefined => startWordsOf(flows).get(norm(said)) ?? startedByPattern(flows, said);

/**
 * Another request the citizen turns to in the middle of one: its start button or title, or a wish
 * for something else instead ("ach nee, lieber einen Termin im Bürgerbüro") that starts another
 * request. Without such a word a request's words are an answer (a call-back's matter may name one).
 */
function otherRequest(turn: Turn, flows: Flows, current: string, freeText: boolean): string | undefined {
  const tapped = startWordsOf(flows).get(norm(turn.text));
  if (tapped) return tapped === current ? undefined : tapped;
  // "Kann ich den Termin verschieben?" asked while cancelling: that request's own words, asked (it had started a new booking).
  if (!freeText && looksLikeQuestion(turn.text)) {
    const asked = startedByPattern(flows, turn.text);
    if (asked && asked !== current && !movesTheOneBooking(current, asked)) return asked;
  }
  if (!turnsToAnother(turn.text)) return undefined;
  const other = startedByPattern(flows, turn.text) ?? routedRequest(turn);
  return other === current || movesTheOneBooking(current, other) ? undefined : other;
}

/** "Kann ich den Termin verschieben?" while booking: this booking's time to change, not a booked one to move (trial 38: the booking was dropped). */
const movesTheOneBooking = (current: string, other: string | undefined): boolean => current === BOOKING && other === 'termin-verschieben';

/** The request the router is sure the text asks for, if it asks for one. */
function routedRequest(turn: Turn): string | undefined {
  const routed = decidedAlone(turn);
  if (routed.decision?.kind === 'flow' && routed.confidence >= FLOW_START_SURE) return routed.decision.id;
  // "ach nee, lieber einen Termin für einen Personalausweis": the booking of the service named (trial 38: kept as the description).
  const service = routed.decision?.kind === 'answer' ? turn.services.knowledge.entry(routed.decision.id) : undefined;
  return service?.flow === BOOKING && namesAnAppointment(turn.text) ? BOOKING : undefined;
}

/**
 * What the last reply offered, taken up: the request cancelled by mistake ("doch nicht, ich will es
 * doch melden"), or the request offered with one button, on a plain yes ("Rückruf anfordern" – "ja").
 */
async function tookUpOffer(turn: Turn, flows: Flows): Promise<boolean> {
  const offer = turn.offer;
  const resumed = offer && 'resume' in offer ? offer.resume : undefined;
  const flow = resumed && flows[resumed.flow];
  if (resumed && flow && resumes(turn.text)) {
    turn.reply(Object.keys(resumed.answers).length ? turn.t.flows.resumed : turn.t.flows.resumedAtStart);
    await finish(
      turn,
      flow,
      resumed,
      turn.speak(() => ({ messages: [reask(flow, resumed)], state: { ...resumed, tries: 0 } })),
    );
    return true;
  }
  // "Soll ich Ihren Termin am … absagen?" answered.
  if (offer && 'cancelOwn' in offer ? await answerToCancelOwn(turn, offer.cancelOwn, offer.checked) : await tappedCancelButtonAgain(turn))
    return true;
  const start = offer && 'start' in offer ? offer.start : undefined;
  if (!start || !flows[start] || !saysPlainYes(turn.text)) return false;
  // The question the offer answered fills the form too ("hab nen welpen gekauft, muss der angemeldet werden?" – "ja").
  const offered = turn.state.flowOffered;
  await startFlow(turn, start, offered?.flow === start ? offered.question : turn.text);
  return true;
}

export const continueFlow: TurnStep = {
  name: 'flow',
  run: async (turn) => {
    const flows = flowsOf(turn);
    const state = turn.state.flow;
    const flow = state && flows[state.flow];
    if (!state && (await tookUpOffer(turn, flows))) return 'handled';
    if (!state || !flow) {
      // A start button, a flow's title or its own start pattern starts it directly.
      // The call-back's button in every language ("Anruf vom Rathaus" in Leichte Sprache had shown the Rathaus's contact; trial 49).
      const hit = startedBy(flows, turn.text) ?? (isCommand(turn.text, 'callBack') ? CALL_BACK : undefined);
      // "wer ruft mich denn an?" after a request was sent asks about that one (case-addition), no new call-back.
      // "ich sag den ganz ab", "please cancel" in the chat that booked an appointment: that one, asked once (trial 47: a new booking, the consumer advice centre).
      if (!hit && cancelsUnnamed(turn.text) && !isCommand(turn.text, 'cancel') && (await askToCancelOwn(turn, turn.text))) return 'handled';
      if (!hit || asksWhoGetsBack(turn.text)) return 'next';
      // A "Meinten Sie …?" answered with this request's button, or the button under an answer: what was said then fills the form.
      const asked = turn.state.clarifying;
      const offered = turn.state.flowOffered;
      turn.state.clarifying = undefined;
      turn.state.flowOffered = undefined;
      const from = asked?.candidates.includes(hit)
        ? asked.question
        : offered?.flow === hit || offered?.also?.includes(hit)
          ? offered.question
          : undefined;
      await startFlow(turn, hit, from);
      return 'handled';
    }
    // About this request, answered before its question comes again: "Können Sie mich zurückrufen, wenn es
    // repariert ist?" is told when it is done (at the summary), not a call-back instead; "wie lang dauert des
    // bis des gricht wird?" gets what happens after sending (it had been taken as the description).
    // "Warum wollen Sie das wissen?": why its question is asked, with what happens to the answer (it had been taken as the answer).
    // "kann ich a Bild schicke?" in a report: yes, and how (trial 44: an unknown question).
    const asked = currentField(flow, state);
    // "Was heißt Erreichbarkeit?": the word explained (Leichte Sprache explains hard words), then the question again.
    const term = askedMeaningOf(turn.text);
    const aboutThisRequest = term
      ? turn.t.glossary[term]
      : asksWhyItIsAsked(turn.text)
        ? turn.t.flows.whyAsked(asked?.help)
        : flow.completion
          ? undefined
          : asksWhoGetsBack(turn.text)
            ? whoGetsBack(turn, flow)
            : wantsToBeToldWhenDone(turn.text)
              ? turn.t.flows.toldWhenDone(turn.button('submitNotify'))
              : asksHowLongItTakes(turn.text)
                ? turn.t.flows.howLongItTakes(flow.next ?? turn.t.cases.next)
                : asksToSendPhoto(turn.text)
                  ? photoAnswer(turn, flow, asked)
                  : undefined;
    const whereWeAre = !aboutThisRequest && asksWhereWeWere(turn.text);
    if (aboutThisRequest || whereWeAre) {
      if (aboutThisRequest) turn.reply(aboutThisRequest);
      await finish(
        turn,
        flow,
        state,
        turn.speak(() => ({ messages: [whereWeAre ? recap(flow, state) : reask(flow, state)], state })),
      );
      return 'handled';
    }
    const other = otherRequest(turn, flows, state.flow, Boolean(asked?.freeText));
    if (other) {
      turn.state.flow = undefined;
      turn.reply(turn.t.flows.leftUnsent(flow.title));
      await startFlow(turn, other);
      return 'handled';
    }
    const command = FLOW_COMMANDS.some((c) => isCommand(turn.text, c)) || cancels(turn.text);
    // "Ach nein, eigentlich will ich ihn abmelden, er ist gestorben" in the dog's registration: another matter wished for
    // instead, which the knowledge answers; the form is left unsent (the words had been taken as the owner's name).
    // A change of mind that cancels ("ich will nix anmelden") is the cancel's.
    if (
      !command &&
      !asked?.freeText &&
      wantsSomethingElse(turn.text) &&
      startedByPattern(flows, turn.text) !== state.flow &&
      answeredAlone(turn)
    ) {
      turn.state.flow = undefined;
      turn.reply(turn.t.flows.leftUnsent(flow.title));
      return 'next';
    }
    // "Datenschutz" (offered with the greeting) before giving a name or number: the privacy notice in between, then the question again.
    if (isCommand(turn.text, 'privacy')) {
      turn.interruptedFlow = state;
      return 'next';
    }
    if (!command && urgentInterruption(turn, flow, Boolean(currentField(flow, state)?.freeText))) {
      // Answered by the router (what to do now), then the pipeline asks the field again.
      turn.interruptedFlow = state;
      return 'next';
    }
    // "Moment, wann habt ihr eigentlich am Freitag offen?" while a day is asked: the hours, answered in between (not a wish for Friday).
    if (!command && looksLikeQuestion(turn.text) && surelyTheHours(turn)) {
      turn.interruptedFlow = state;
      return 'next';
    }
    // "Wie lange dauert der Termin?" while booking: its length, then the question again (trial 49 had got the day's help).
    if (!command && flow.id === BOOKING && asksAppointmentLength(turn.text)) {
      turn.interruptedFlow = state;
      turn.reply(turn.t.appointments.lasts(appointmentMinutes(turn, state.answers), namedService(state.answers)));
      return 'handled';
    }
    // A wish for the choices ("geht auch Donnerstag nach 16 Uhr?") is not a question in between.
    const narrowed = command ? undefined : await narrowChoices(turn, flow, state);
    if (narrowed === 'shown') return 'handled';
    const field = currentField(flow, state);
    // "übrigens, wann ist das Rathaus morgen offen?" typed as a damage's description: a question of
    // another matter that the knowledge surely answers is answered in between, not sent as the description.
    if (field?.freeText && !field.questionIsTheMatter && !narrowed && !command && looksLikeQuestion(turn.text) && surelyAnswered(turn)) {
      turn.interruptedFlow = state;
      return 'next';
    }
    // At the summary, a question answered in between and the summary again: "wie viel kostet der Ausweis eigentlich?" (it had
    // been refused), and a point of the matter asked ("Was muss ich mitbringen? Ich habe nur meinen ukrainischen Reisepass";
    // trial 49: "Reisepass" had become the service booked). One that names an answer ("Kann ich den Termin auf Mittwoch legen?")
    // or says a change ("statt", "ändern") changes it.
    const pointOfTheMatter =
      facetsAsked(turn.text).some((f) => MATTERS_POINTS.has(f)) && !correctsEarlier(turn.text) && !turnsToAnother(turn.text);
    if (
      !field &&
      !command &&
      looksLikeQuestion(turn.text) &&
      (pointOfTheMatter || (!namesAnAnswer(flow, state, turn.text) && answeredAlone(turn)))
    ) {
      turn.interruptedFlow = state;
      return 'next';
    }
    // ("habe keine email und kein telefon" reads like a question by its verb first; it declines, trial 48.)
    if (field && !narrowed && !field.freeText && !command && looksLikeQuestion(turn.text) && !declines(turn.text)) {
      // A question in between: the router answers it, then the pipeline asks the field again.
      turn.interruptedFlow = state;
      // One about a question of this request ("Kann ich ein Foto schicken?") gets that question's help;
      // a point of the matter asked for the field as its occasion ("Was muss ich zum Termin mitbringen?") is the knowledge's (trial 38).
      // Another question than the one asked now ("Kann ich für meine Frau gleich mit anmelden?" while a day is asked) is the
      // knowledge's too: that question's help ("Vor- und Nachname genügen.") does not answer it (trial 48).
      const about = fieldNamedIn(flow.fields, turn.text);
      if (!about?.help || (about !== field && !asksHowToAnswer(turn.text))) return 'next';
      if (namesAsOccasion(turn.text, about.label) && facetsAsked(turn.text).length > 0) return 'next';
      turn.reply(about.help);
      return 'handled';
    }
    const attachments = (turn.activity.attachments ?? []).map((a) => ({
      contentType: a.contentType,
      contentUrl: a.contentUrl,
      name: a.name,
    }));
    const input = narrowed ?? { state, text: turn.text };
    const step = turn.speak(() => advance(flow, input.state, { text: input.text, said: turn.text, attachments }));
    // Cancelled by mistake, also at the first question ("abbrechen" – "doch nicht abbrechen, ich will es melden"): taken back up.
    if (step.outcome === 'cancelled') {
      turn.state.offer = { resume: input.state };
      // Moving an appointment given up ("ach lass mal, ich behalt den alten termin"): the old one stands, said (trial 49).
      if (input.state.replaces) step.messages.push({ text: turn.t.appointments.keptOld(input.state.replaces) });
      // "ach vergessen Sie es, wie lange habt ihr heute offen?": cancelled, and the question after it answered.
      const asked = questionAfter(turn.text);
      if (asked) {
        await finish(turn, flow, input.state, step);
        turn.textInstead = asked;
        // "Ich wollte doch nur wissen was es kostet": the question is about the request's topic (the dog tax).
        const entries = entriesOfRequest(turn, flow.id);
        if (entries.length === 1) turn.state.lastTopic = entries[0]!.id;
        return 'next';
      }
    }
    if (step.outcome === 'handoff' && !(await staffCanTakeOver(turn))) {
      // Nobody to take over now: a person is one tap away all the same, the call-back taking the answers so far (trial 38: asked again and again).
      const again = turn.speak(() => askAgain(flow, input.state));
      const [question, ...rest] = again.messages;
      const withPerson = question
        ? [{ ...question, suggestions: [...(question.suggestions ?? []), turn.button('person')] }, ...rest]
        : rest;
      await finish(turn, flow, input.state, { ...again, messages: withPerson });
      return 'handled';
    }
    // "lieber um 10 Uhr" at the summary: the question it reopens takes its words as a wish for the choices;
    // so does the next question, for a day said with this answer ("Personalausweis, am 14.12. nachmittags").
    const reopened = !currentField(flow, input.state) && step.state !== undefined && currentField(flow, step.state) !== undefined;
    const following = step.state && step.state.field !== input.state.field ? currentField(flow, step.state) : undefined;
    const wish = reopened || (following?.choicesFrom && mayNameADay(turn.text)) ? turn.text : undefined;
    if ((await finish(turn, flow, input.state, step, wish)) === 'handoff') {
      await requestHandoff(turn, { reason: 'flow-failed', flow: { id: flow.id, answers: step.answers ?? {} } });
    }
    return 'handled';
  },
};
