// The citizen asks where a request stands ("Wie ist der Stand von MOE-2026-00042?"). The
// conversation that created the request is told at once; anyone else names the surname the
// request holds first (steps/case-status.ts starts the flow vorgang-status for that). An unknown
// number and a wrong name get the same answer, so nobody learns anything about another's request.
// A request without a name (a damage report) is told by its number alone, without the office's note.
import { referenceShapedIn } from '../../dialogs/fields';
import { flowsOf } from '../../dialogs/flows';
import type { FlowDefinition, FlowState } from '../../dialogs/engine';
import { casesOfConversation, loadCase, type Case } from '../cases';
import { isClosed, loadWork, statusForCitizen } from '../casework';
import type { Turn } from '../turn';
import { closureAtBooking, namesBooker } from './appointment';
import { bookedSlot } from '../appointments';

/** The reference number (this town's prefix) in a message, upper-cased; undefined when there is none. */
export function referenceIn(text: string, prefix: string): string | undefined {
  const reference = referenceShapedIn(text);
  return reference?.startsWith(`${prefix.toUpperCase()}-`) ? reference : undefined;
}

/** A request's title in the conversation's language ("Schaden oder Mangel melden"). */
export const titleOf = (turn: Turn, item: Case): string =>
  flowsOf(turn.services.municipality, turn.language)[item.flow]?.title ?? item.flow;

/** The state of a request; `withNote` false leaves out the office's note, which was written to the one who made it. */
async function tellStatus(turn: Turn, item: Case, withNote = true): Promise<void> {
  const work = await loadWork(turn.services.store, item.reference);
  // Booked on a day the office closed since: said, with moving or cancelling it one tap away.
  const slot = bookedSlot(item.answers);
  const closed = slot && item.status !== 'cancelled' && !isClosed(work.status) ? closureAtBooking(turn, slot) : undefined;
  const status = statusForCitizen(item, withNote ? work : { ...work, reason: undefined }, titleOf(turn, item), turn.language, closed);
  const move = flowsOf(turn.services.municipality, turn.language)['termin-verschieben']?.title;
  turn.reply(status, closed ? { suggestions: [move, turn.button('cancelAppointment')].filter((s): s is string => Boolean(s)) } : {});
  // Either button takes the booking's number along (trial 44: "Termin verschieben" asked for it again).
  if (closed) turn.state.flowOffered = { flow: 'termin-verschieben', question: item.reference, also: ['termin-absagen'] };
  turn.services.logger.info({ reference: item.reference }, 'case status asked');
}

/** "Wie ist der Stand?" (also "wie is jetzt der stand?") without a number: a question about nothing but the state of one's request. */
const ASKS_STATE =
  /^\W*(und\s+|so\s+)?(wie\s+(ist|is|isch)\s+(denn\s+|jetzt\s+|eigentlich\s+|etz\s+)*der\s+(stand|status)|was\s+ist\s+(denn\s+)?der\s+stand|gibt\s+es\s+(schon\s+)?was\s+neues|stand|status|what(?:'s|\s+is)\s+the\s+status|any\s+news)(\s+(von\s+|bei\s+|of\s+)?(meiner|meinem|unserer|my|our)\s+(anfrage|meldung|anzeige|antrag|anmeldung|request|report))?\W*$/iu;
/**
 * "und wie ist der stand von meinem antrag für den hund?", "wie weit ist mein antrag für die hundesteuer",
 * "ob mein antrag durch ist": one's own request asked after, its matter named beside it (trial 41: a new
 * dog registration had started).
 */
const ASKS_HOW_FAR =
  /(?<!\p{L})(?:(?:wie\s+(?:ist|is|isch)\s+(?:\p{L}+\s+){0,2}?(?:der\s+)?(?:stand|status)|wie\s+weit\s+(?:ist|is|isch)|wie\s+steht\s+es\s+(?:um|mit)|was\s+macht)\s+(?:\p{L}+\s+){0,2}?(?:mein(?:e[rnm]?)?|unser(?:e[rnm]?)?|mei|meim)\s+(?:\p{L}+\s+)?(?:anfrage|meldung|anzeige|antrag|anmeldung|rückruf\p{L}*|rueckruf\p{L}*)|ob\s+(?:mein(?:e[rnm]?)?|unser(?:e[rnm]?)?|mei)\s+(?:anfrage|meldung|anzeige|antrag|anmeldung)\s+(?:\p{L}+\s+)?(?:durch|bearbeitet|fertig|erledigt|angekommen|genehmigt))(?!\p{L})/iu;

/** "Ich möchte wissen, was aus meiner Meldung geworden ist." */
// "was is mit meiner meldung wegen der lampe": what became of it, in the words of the street; "Und, was ist jetzt mit meinem
// Schlagloch?" (trial 64: after the report was closed, it had started a new report of the same damage).
const ASKS_WHAT_BECAME =
  /\bwas\s+(?:ist\s+)?aus\s+(?:meiner|meinem|unserer)\s+(?:anfrage|meldung|anzeige|antrag|anmeldung)\s+geworden\b|\bwas\s+(?:ist|is|isch)\s+(?:\p{L}+\s+){0,2}?mit\s+(?:meiner|meinem|unserer|unserem|mei|meim)\s+(?:anfrage|meldung|anzeige|antrag|rückruf\p{L}*|rueckruf\p{L}*|schlagloch|\p{L}*laterne|\p{L}*lampe|\p{L}*schaden|\p{L}*loch)(?!\p{L})/iu;

/**
 * "Ich habe letzte Woche eine kaputte Laterne gemeldet, wann wird die repariert?", "Ich hab vor 4
 * Wochen ein Schlagloch gemeldet und nix passiert": a report made before, asked or complained about
 * (it had started a new report of the same damage).
 */
const REPORTED_BEFORE = /(?<!\p{L})(?:hab|habe|hatte|haben|hatten)\s+(?:[\p{L}\d]+\s+){0,6}?(?:gemeldet|angezeigt)(?!\p{L})/iu;
// "… und wollte fragen, ob es schon repariert ist": asked without a question mark.
const ASKED_OR_COMPLAINED =
  /\?|(?<!\p{L})(?:(?:wollte|möchte|moechte|will)\s+(?:\p{L}+\s+){0,2}?(?:fragen|nachfragen|wissen)|ob\s+(?:\p{L}+\s+){0,3}?(?:schon|inzwischen|mittlerweile|endlich|bald)|wann|warum|wieso|immer\s+noch|noch\s+(?:nicht|nichts|nix|immer)|nichts\s+(?:passiert|getan|gemacht)|nix\s+(?:passiert|getan|gemacht)|beschwer\p{L}*)(?!\p{L})/iu;

/** "gibts was Neues zu meinem Schlagloch?": news of one's own matter (trial 31: it had started a second report; "zu meiner Anzeige", trial 67: the birth's registration came). */
const NEWS_OF_MINE =
  /(?<!\p{L})(?:gibt(?:'s|s)?|gibt\s+es|hat\s+sich)\s+(?:schon\s+|denn\s+|inzwischen\s+|mittlerweile\s+)*(?:was|etwas|wa|e\s+bissi)\s+(?:neues|getan)\s+(?:zu|von|bei|wegen|mit|an|in)\s+(?:meinem|meiner|meinen|unserem|unserer|mei|meim|dem|der)\s+(?:\p{L}+\s+){0,2}?(?:anfrage|meldung|anzeige|anmeldung|antrag|schlagloch|laterne|lampe|schaden|sache|rückruf\p{L}*|rueckruf\p{L}*|\p{L}+loch|\p{L}+schaden)(?!\p{L})/iu;

/** "und, is des loch jetzt zu?", "Ist die Laterne schon repariert?": whether the matter reported is dealt with. */
const DEALT_WITH =
  /(?<!\p{L})(?:ist|is|isch)\s+(?:des|das|der|die|mei|mein|meine|unser)\s+(?:\p{L}+\s+)?(?:loch|schlagloch|laterne|lampe|straßenlampe|schaden|ampel|gully|bank|schild|spielplatz\p{L}*)\s+(?:\p{L}+\s+)?(?:jetzt|jetz|schon|endlich|inzwischen|mittlerweile)\s+(?:zu|repariert|behoben|gemacht|weg|erledigt|geflickt|ausgebessert|wieder\s+an|heil)(?!\p{L})/iu;

/** Whether a message asks where one's request stands without naming its number. */
export const asksState = (text: string): boolean =>
  ASKS_STATE.test(text) ||
  ASKS_HOW_FAR.test(text) ||
  DEALT_WITH.test(text) ||
  ASKS_WHAT_BECAME.test(text) ||
  NEWS_OF_MINE.test(text) ||
  (REPORTED_BEFORE.test(text) && ASKED_OR_COMPLAINED.test(text));
/** Requests told at most at once, newest first. */
const STATES_TOLD = 3;

/** Tells the state of the requests this conversation made, for a status question without a number; false without any. */
export async function ownCasesStatus(turn: Turn): Promise<boolean> {
  const own = (await casesOfConversation(turn.services.store, turn.conversationId)).reverse().slice(0, STATES_TOLD);
  for (const item of own) await tellStatus(turn, item);
  return own.length > 0;
}

/**
 * "Wann ruft ihr an?" right after a call-back was requested: a question to the request of that kind
 * this conversation has open is answered with its state (and a new one offered), instead of a second
 * form. False when it is no question or there is no such open request.
 */
export async function ownOpenRequestOf(turn: Turn, flow: string): Promise<boolean> {
  if (!turn.text.trim().endsWith('?')) return false;
  const own = (await casesOfConversation(turn.services.store, turn.conversationId)).filter((c) => c.flow === flow && c.status === 'open');
  for (const item of own.reverse()) {
    const work = await loadWork(turn.services.store, item.reference);
    if (isClosed(work.status)) continue;
    await tellStatus(turn, item);
    // The request's button in the conversation's language starts a new one.
    const title = flowsOf(turn.services.municipality, turn.state.language)[flow]?.title ?? titleOf(turn, item);
    turn.reply(turn.t.cases.anotherOne(title), { suggestions: [title] });
    return true;
  }
  return false;
}

/** Answers when this conversation created the request; false when the citizen must name the surname first. */
export async function ownCaseStatus(turn: Turn, reference: string): Promise<boolean> {
  const item = await loadCase(turn.services.store, reference);
  if (!item || item.conversationId !== turn.conversationId || item.channelId !== (turn.activity.channelId ?? 'unknown')) return false;
  await tellStatus(turn, item);
  return true;
}

/** The name a request holds (a booking's, a dog's holder's); undefined for one without (a damage report). */
function holderOf(item: Case, municipality: Turn['services']['municipality']): string | undefined {
  const holder = flowsOf(municipality)[item.flow]?.fields.find((f) => f.holder);
  const name = holder && item.answers[holder.name];
  return typeof name === 'string' ? name : undefined;
}

/**
 * The completion of vorgang-status: the state when the name matches the request's holder, otherwise
 * "not found". A request that holds no name (a damage report) has nothing to check but its number:
 * its state is told to whoever has it, without the office's note (it had been refused anywhere but
 * in the chat that made it, which a citizen has closed by the time a repair is due).
 */
export async function caseStatusByName(
  turn: Turn,
  _flow: FlowDefinition,
  _state: FlowState,
  answers: Record<string, unknown>,
): Promise<undefined> {
  const item = await loadCase(turn.services.store, String(answers.vorgangsnummer));
  const holder = item && holderOf(item, turn.services.municipality);
  if (item && holder === undefined) await tellStatus(turn, item, false);
  else if (answers.name === null) turn.reply(turn.t.caseStatus.withoutName(turn.services.municipality));
  // From another chat than the request's, a double name must be said whole: reference numbers count up.
  else if (item && namesBooker(holder, answers.name, { wholeSurname: item.conversationId !== turn.conversationId }))
    await tellStatus(turn, item);
  else turn.reply(turn.t.caseStatus.notFound);
  return undefined;
}
