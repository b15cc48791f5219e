// Appointments in the Bürgerbüro: the free slots offered as buttons, the atomic reservation at
// confirmation, and cancelling by reference number (frees the slot, marks the case cancelled).
import { ask, type FlowDefinition, type FlowState, type FlowStep } from '../../dialogs/engine';
import { addDays, showLongDay } from '../../dialogs/dates';
import { referenceShapedIn } from '../../dialogs/fields';
import { OTHER_SERVICE } from '../../dialogs/flows/termin-buchen';
import { berlinInstant, berlinWallClock, closureOn, hoursOn, isOpenAt } from '../../knowledge/hours';
import { WEEKDAYS } from '../../knowledge/schema';
import {
  anyTimeOf,
  dayChoice,
  fitsWish,
  parseSlotWish,
  slotLabel,
  wishesAnyTime,
  slotSchema,
  type Slot,
  type SlotWish,
} from '../../dialogs/slots';
import { APPOINTMENT_OFFICE, freeSlots, releaseSlot, reserveSlot, SLOT_FIELD } from '../appointments';
import { caseKey, caseRetentionSeconds, casesOfConversation, discardCase, loadCase, type Case } from '../cases';
import { applyChange, isClosed, loadWork, updateWork, withNote } from '../casework';
import { de } from '../../knowledge/texts/de';

import { normalize } from '../../knowledge/language/normalize';
import { isTitle } from '../../knowledge/language/names';
import { asksSameForAnother, bookingWishFor, wantsRightAfter } from '../../knowledge/language/visits';
import { SAYS_NO, saysPlainYes } from '../../knowledge/language/yes-no';
import type { Turn } from '../turn';
import { confirmCase, openCase, withoutContact } from './submit';
import { appointmentCalendar } from './calendar';
import { offersFiles } from '../channels/capabilities';

function officeOf(turn: Turn) {
  const { offices } = turn.services.municipality;
  return offices[APPOINTMENT_OFFICE] ?? offices.rathaus!;
}

/**
 * The closure of the office on a booked appointment's day, when it closes at the appointment's time (a staff
 * outing entered after the booking; trial 43: the citizen had been told "Sie müssen nichts weiter tun").
 */
export function closureAtBooking(turn: Turn, slot: Slot): { office: string; label: string } | undefined {
  const office = officeOf(turn);
  const closure = closureOn(slot.date, office.closures);
  if (!closure || isOpenAt(office.hours, berlinInstant(slot.date, slot.time), office.closures)) return undefined;
  return { office: office.name, label: closure.label };
}

const callOffice = (turn: Turn): string => {
  const office = officeOf(turn);
  return turn.t.appointments.callOffice(office.name, office.phone);
};

/** What the slot field offers: buttons, a line said before them, or the free slot the citizen named. */
export interface SlotOffer {
  choices: string[];
  lead?: string;
  chosen?: string;
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

/** Days offered at once, and slot buttons at once (spread over the day when there are more). */
const DAYS_OFFERED = 6;
/** How many moves one after another the old number of an appointment is followed through. */
const MOVES_FOLLOWED = 5;
/**
 * The days of the slots as buttons; with a wish, each from its first free slot ("Dienstag
 * nachmittag": "ab 14:00 Uhr" when the office opens at 14, not the afternoon's 13:00).
 */
const dayChoices = (turn: Turn, slots: readonly Slot[], wish?: SlotWish): string[] =>
  [...new Set(slots.map((s) => s.date))].slice(0, DAYS_OFFERED).map((date) => {
    // Slots come in order (freeSlots): the day's first is its earliest.
    const first = slots.find((s) => s.date === date)?.time;
    const from = wish?.from && first && first > wish.from && wish.from !== wish.until ? { ...wish, from: first } : wish;
    return dayChoice(date, from, turn.language);
  });

const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T12:00:00Z`) - Date.parse(`${b}T12:00:00Z`));
/**
 * The free slots of the days nearest the day wished, where nothing is free on it ("am 24.12." when the office is closed, or
 * beyond the days booked here: the last days before; trial 51: the first days of the coming week had been offered).
 */
function nearestDays(free: readonly Slot[], wish: SlotWish): readonly Slot[] {
  const wished = wish.dates?.[0];
  if (wished === undefined) return free;
  const days = [...new Set(free.map((slot) => slot.date))].sort((a, b) => daysApart(a, wished) - daysApart(b, wished));
  const nearest = new Set(days.slice(0, DAYS_OFFERED));
  return free.filter((slot) => nearest.has(slot.date));
}

/**
 * Why the wished days have nothing, rather than "nothing free": "Bürgerbüro: samstags geschlossen."
 * when the office is closed on every one (no hours that weekday, a holiday, a closed day), or the
 * day is gone by, or it lies beyond the days booked here.
 */
function whyNothingThen(turn: Turn, wish: SlotWish): string | undefined {
  const office = officeOf(turn);
  const t = turn.t.appointments;
  // `day` counts from Sunday (Date.getDay), the hours from Monday.
  const closedWeekday = (day: number) => !office.hours.some((p) => p.days.includes(WEEKDAYS[(day + 6) % 7]!));
  if (wish.weekdays?.length && !wish.dates && wish.weekdays.every(closedWeekday)) {
    return t.closedThen(office.name, wish.weekdays.map((day) => t.onWeekdays[day]).join(', '));
  }
  if (!wish.dates?.length) return undefined;
  // A day gone by, or one beyond the days booked here ("am 17.12." with two weeks ahead), has no free slot for that reason.
  const today = berlinWallClock(new Date()).date;
  const lastDay = addDays(today, turn.services.config.APPOINTMENT_DAYS_AHEAD);
  if (wish.dates.every((date) => date < today)) return t.pastDay;
  if (wish.dates.every((date) => date === today)) return t.noneLeftToday;
  const date = wish.dates[0]!;
  // `answers.weekdays` counts from Monday.
  const named = wish.weekdays?.length === 1 && wish.dates.length === 1 ? turn.t.answers.weekdays[(wish.weekdays[0]! + 6) % 7] : undefined;
  if (named) return t.otherWeekday(named, showLongDay(date, turn.language));
  // Beyond the days booked here first: "am 01.01." is a holiday, but the days offered are the last ones before (trial 55: "geschlossen" came with days weeks before it).
  if (wish.dates.every((day) => day > lastDay)) return t.beyondBooking(showLongDay(lastDay, turn.language), office.name, office.phone);
  const closed = wish.dates.length === 1 && !officeHoursOn(turn, date).length;
  return closed ? t.closedThen(office.name, t.onDay(showLongDay(date, turn.language))) : undefined;
}

/**
 * "Termin am Dienstag" where the next Tuesday is closed (a staff outing, a holiday): said so before the next ones are offered
 * (trial 47: the next week's Tuesday came without a word). Undefined when that day is open or the wish names dates.
 */
function closedOnWishedDay(turn: Turn, wish: SlotWish): string | undefined {
  if (!wish.weekdays?.length || wish.dates?.length) return undefined;
  const today = berlinWallClock(new Date()).date;
  const next = Array.from({ length: 7 }, (_, i) => addDays(today, i)).find((date) =>
    wish.weekdays!.includes(new Date(`${date}T12:00:00Z`).getUTCDay()),
  );
  if (next === undefined) return undefined;
  const office = officeOf(turn);
  const day = hoursOn(next, office.hours, office.closures, turn.services.municipality.alsoClosedOn ?? []);
  if (day.spans.length || (!day.closure && !day.holiday)) return undefined;
  return turn.t.appointments.closedThatDay(office.name, showLongDay(next, turn.language), day.closure?.label);
}

/** Whether the office's hours on those days leave out the time wished for ("nachmittags" on a Friday with hours until 12:30). */
function closedAtThatTime(turn: Turn, dates: readonly string[], wish: SlotWish): boolean {
  if (!wish.from && !wish.until) return false;
  const [from, until] = [wish.from ?? '00:00', wish.until ?? '23:59'];
  return dates.every((date) => officeHoursOn(turn, date).every((span) => span.to <= from || span.from > until));
}

/** The office's opening spans on a day (its closures and the town's closed days included). */
const officeHoursOn = (turn: Turn, date: string) => {
  const office = officeOf(turn);
  return hoursOn(date, office.hours, office.closures, turn.services.municipality.alsoClosedOn ?? []).spans;
};

/**
 * "Wann war nochmal mein Termin?": a question about one's own appointment, not a wish for a new one
 * ("Ich brauche einen Termin", "Termin absagen", "meinen Termin verschieben" go their own ways).
 */
// "Welche Termine habe ich jetzt?", "Hab ich schon einen Termin?" ask the same (trial 33: a new booking had begun); so does "wann is jetzt mei termin?" (trial 45).
const OWN_APPOINTMENT =
  /\b(mein|meinen|meinem|mei|meim|unser|unseren|unserem|my|our)\s+(termin|appointment)\b|\bwelche\s+termine?\s+(habe|hab|haben|hätte)\s+(ich|wir)\b|\b(habe|hab|haben)\s+(ich|wir)\s+(jetzt\s+|schon\s+|eigentlich\s+|noch\s+)*(einen|nen|en|e)\s+termin\b(?=[^.!]*\?)/iu;
const ANOTHER_WISH = /\b(vereinbar\w*|buch\w*|brauch\w*|bräucht\w*|ausmach\w*|absag\w*|verschieb\w*|neu\w*|book|cancel|need|new)\b/iu;
/** "Ist der alte Termin am Donnerstag jetzt weg?", "Hab ich jetzt zwei Termine?" after a move (trial 46: a new booking had begun). */
const OLD_OR_BOTH =
  /(?<!\p{L})(?:(?:der|den|dem|de|mei|mein|meinen|meinem)\s+(?:alte|alten|erste|ersten|bisherige|bisherigen|vorige|vorigen|vorherige|vorherigen|andere|anderen|ursprüngliche|ursprünglichen)\s+termin|(?:zwei|beide)\s+termine|(?:old|first|previous|other|original)\s+appointment|two\s+appointments|termin\s+(?:am|vom)\s+\p{L}+\s+(?:jetzt\s+)?(?:noch|weg|gültig|abgesagt|storniert|gelöscht))(?!\p{L})/iu;
export const asksForOwnAppointment = (text: string): boolean =>
  (OWN_APPOINTMENT.test(text) || OLD_OR_BOTH.test(text)) && !ANOTHER_WISH.test(text);

/** The text without its appointment words ("Brauche ich einen Passtermin?" → "Brauche ich einen Pass?"): the service it names. */
export const withoutAppointmentWords = (text: string): string =>
  text.replace(/(\p{L}*?)-?(?:termin|appointment)\p{L}*/giu, '$1').replace(/\s+/g, ' ');

/** The appointments booked in this conversation and not cancelled, oldest first. */
async function ownAppointments(turn: Turn, cases?: readonly Case[]): Promise<Case[]> {
  const { store } = turn.services;
  const booked = (cases ?? (await casesOfConversation(store, turn.conversationId))).filter(
    (c) => c.flow === 'termin-buchen' && c.status === 'open',
  );
  // One the office rejected takes place no more: not told as the citizen's, nor offered to cancel (trial 37).
  const rejected = await Promise.all(booked.map(async (c) => (await loadWork(store, c.reference)).status === 'rejected'));
  return booked.filter((_, i) => !rejected[i]);
}

/**
 * The words a move starts from, with the reference and the name of the appointment booked in this
 * conversation when it is the only one and the words name none ("Ich möchte den Termin doch
 * verschieben" right after booking): the citizen is not asked for the number just given to them, nor,
 * in the chat that booked it, for the name as a safeguard (as when cancelling it here).
 */
export async function withOwnReference(turn: Turn, said: string): Promise<{ said: string; given: Record<string, string> }> {
  if (referenceShapedIn(said)) return { said, given: {} };
  const booked = await ownAppointments(turn);
  if (booked.length !== 1) return { said, given: {} };
  const { reference, answers } = booked[0]!;
  // Given, not added to the words: "Aus Ihrer Nachricht habe ich schon: Vorgangsnummer" had named what the citizen never wrote (trial 42).
  return { said, given: { vorgangsnummer: reference, ...(typeof answers.name === 'string' ? { name: answers.name } : {}) } };
}

/**
 * Tells the appointments booked in this conversation (date, time, reference), and those cancelled here or
 * moved away from ("Ist der alte Termin jetzt weg?"); true when there was one.
 */
export async function tellOwnAppointments(turn: Turn): Promise<boolean> {
  // Read once: the booked ones and those cancelled here come from the same cases.
  const cases = await casesOfConversation(turn.services.store, turn.conversationId);
  const booked = await ownAppointments(turn, cases);
  const cancelled = cases.filter((c) => c.flow === 'termin-buchen' && c.status === 'cancelled');
  if (!booked.length && !cancelled.length) return false;
  const slotOf = (c: Case): string => slotLabel(c.answers[SLOT_FIELD] as Slot, turn.language);
  if (booked.length) turn.reply(turn.t.appointments.yours(booked.map((c) => `${slotOf(c)} (${c.reference})`)));
  for (const c of cancelled) turn.reply(turn.t.appointments.movedFrom(slotOf(c), c.reference));
  return true;
}

/** How long the last appointment booked here takes, and its service: "Dauert der Termin lange?" after the booking (trial 50). */
export async function bookedLength(turn: Turn): Promise<{ minutes: number; service?: string } | undefined> {
  const last = (await ownAppointments(turn)).at(-1);
  if (!last) return undefined;
  const service = namedService(last.answers);
  return { minutes: appointmentMinutes(turn, last.answers), ...(service ? { service } : {}) };
}

/** The service chosen, where it names a matter ("Personalausweis"; not "Sonstiges"). */
export const namedService = (answers: Record<string, unknown>): string | undefined =>
  typeof answers.anliegen === 'string' && answers.anliegen !== OTHER_SERVICE ? answers.anliegen : undefined;

/** The service of the last appointment booked here ("Personalausweis"), for "Was muss ich zu dem Termin mitbringen?". */
export async function bookedService(turn: Turn): Promise<string | undefined> {
  const last = (await ownAppointments(turn)).at(-1);
  return typeof last?.answers.anliegen === 'string' ? last.answers.anliegen : undefined;
}

/**
 * "und für mei frau direkt danach auch einen" after a booking: the words to start a booking of the
 * same service for them with, from the first one's time on when asked for "danach". Undefined when
 * the message asks no such thing or nothing was booked here.
 */
export async function bookingForAnother(turn: Turn): Promise<string | undefined> {
  if (!asksSameForAnother(turn.text)) return undefined;
  const last = (await ownAppointments(turn)).at(-1);
  const slot = slotSchema.safeParse(last?.answers[SLOT_FIELD]);
  if (typeof last?.answers.anliegen !== 'string' || !slot.success) return undefined;
  return bookingWishFor(last.answers.anliegen, wantsRightAfter(turn.text) ? slot.data : undefined);
}

/** Every n-th item, so that at most `count` remain at even steps (16:00, 16:30, 17:00 …). */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.ceil(items.length / count);
  return items.filter((_, i) => i % step === 0);
}

/** "10" or "9" typed where a day's times are offered: that hour ("um 10 Uhr"); where days are offered it stays a day's number. */
function bareHourAsTime(said: string, offered: readonly string[]): string {
  const hour = /^\s*(\d{1,2})\s*[.!]?\s*$/u.exec(said)?.[1];
  const timesOffered = offered.length > 0 && offered.every((choice) => /\d{1,2}:\d{2}/.test(choice));
  return hour !== undefined && timesOffered && Number(hour) <= 23 ? `um ${hour}:00 Uhr` : said;
}

/** The days of the choices shown last (day buttons or slot buttons), for a time said on its own ("16:30"). */
const daysOf = (offered: readonly string[], now: Date): string[] => [
  ...new Set(offered.map((label) => parseSlotWish(label, now)?.dates?.[0]).filter((d): d is string => Boolean(d))),
];

/** How far from a wished time a free time of the same day is still near it (else the wished time on other days is offered). */
const NEAR_MINUTES = 60;

/** How long the appointment for the service chosen takes: its own length where the office sets one, else one slot. */
export const appointmentMinutes = (turn: Turn, answers: Record<string, unknown>): number =>
  officeOf(turn).serviceMinutes?.[String(answers.anliegen)] ?? turn.services.config.APPOINTMENT_SLOT_MINUTES;

/**
 * The free slots of the chosen service, offered the way the citizen asks for them: without a
 * wish the next days with a free slot; with one ("Donnerstag nach 16 Uhr", "nächste Woche
 * vormittags", "am 14.12.", a day button) the slots that fit, or the days they fall on when
 * they are many. A slot named exactly and free is taken. Undefined: the words name no time.
 */
export async function offerSlots(
  turn: Turn,
  answers: Record<string, unknown>,
  said?: string,
  offered: readonly string[] = [],
): Promise<SlotOffer | undefined> {
  const { store, config, municipality } = turn.services;
  const office = officeOf(turn);
  const now = new Date();
  const minutes = appointmentMinutes(turn, answers);
  const free = await freeSlots(
    store,
    { hours: office.hours, closures: office.closures, alsoClosedOn: municipality.alsoClosedOn ?? [], minutes },
    config,
    now,
  );
  if (said === undefined || !free.length) return { choices: dayChoices(turn, free) };
  // "egal", "so früh wie möglich": the first day with a free time, its times to choose from.
  if (wishesAnyTime(said)) {
    const first = free.filter((slot) => slot.date === free[0]!.date);
    const shown = spread(first, config.APPOINTMENT_SLOTS_OFFERED);
    return {
      choices: shown.map((slot) => slotLabel(slot, turn.language)),
      lead: turn.t.appointments.firstFreeDay(showLongDay(free[0]!.date, turn.language), shown.length < first.length),
    };
  }
  const saidWish = parseSlotWish(bareHourAsTime(await onTheMovedDay(turn, said), offered), now);
  if (!saidWish) return undefined;
  // "Mo., 07.12.2026" typed where "Mo., 07.12.2026 bis 12:00 Uhr" was offered: the wish shown with that day is kept (trial 32).
  // (Not a time of that day shown as a button: "Wed, 9 Dec 2026" tapped again under its times had booked the first, 00:00; trial 66.)
  const shownWith =
    !saidWish.from && !saidWish.until && saidWish.dates?.length === 1
      ? offered
          .map((label) => parseSlotWish(label, now))
          .find((w) => w?.dates?.length === 1 && w.dates[0] === saidWish.dates![0] && (w.from || w.until) && w.from !== w.until)
      : undefined;
  const parsed = shownWith ? { ...saidWish, from: shownWith.from, until: shownWith.until } : saidWish;
  // A time on its own ("lieber um 16 Uhr") is on the one day whose times were shown last (a new day picked while
  // changing the appointment, trial 33), else on the day chosen before (changed at the summary), else on the days
  // shown last; with none shown yet ("Termin für den Perso, vormittags" as the first message), on any day.
  const chosenBefore = slotSchema.safeParse(answers[SLOT_FIELD]);
  const shownDays = daysOf(offered, now);
  const daysBefore = shownDays.length === 1 ? shownDays : chosenBefore.success ? [chosenBefore.data.date] : shownDays;
  const wish = parsed.dates || parsed.weekdays || !daysBefore.length ? parsed : { ...parsed, dates: daysBefore };
  const fitting = free.filter((slot) => fitsWish(slot, wish));
  if (wish.from && wish.from === wish.until) {
    // An exact time on the first day it names ("Donnerstag 16:30": this Thursday) is taken, and the
    // echo says which; if it is gone, that day's nearest free times are offered.
    const sameDays = free.filter((slot) => fitsWish(slot, anyTimeOf(wish)));
    const firstDay = sameDays[0]?.date;
    const atTime = fitting.find((slot) => slot.date === firstDay);
    if (atTime) return { choices: [...offered], chosen: slotLabel(atTime, turn.language) };
    const distance = (slot: Slot) => Math.abs(minutesOf(slot.time) - minutesOf(wish.from!));
    // "lieber um 10 Uhr" for a day with nothing free near 10:00 (today after 10): 10:00 on the next days it is free.
    const timeAlone = !parsed.dates && !parsed.weekdays;
    const nearOnThatDay = sameDays.some((slot) => slot.date === firstDay && distance(slot) <= NEAR_MINUTES);
    const sameTimeOtherDays = timeAlone && !nearOnThatDay ? free.filter((slot) => slot.date !== firstDay && fitsWish(slot, parsed)) : [];
    if (firstDay && sameTimeOtherDays.length) {
      return {
        choices: sameTimeOtherDays.slice(0, config.APPOINTMENT_SLOTS_OFFERED).map((slot) => slotLabel(slot, turn.language)),
        lead: turn.t.appointments.takenOnOtherDays(showLongDay(firstDay, turn.language), wish.from),
      };
    }
    if (firstDay) {
      const near = sameDays
        .filter((slot) => slot.date === firstDay)
        .sort((a, b) => distance(a) - distance(b))
        .slice(0, config.APPOINTMENT_SLOTS_OFFERED)
        .sort((a, b) => a.time.localeCompare(b.time));
      // Closed then ("Mittwoch 15 Uhr") is not the same as taken.
      const closed = closedAtThatTime(turn, [firstDay], wish);
      const shownDay = showLongDay(firstDay, turn.language);
      return {
        choices: near.map((slot) => slotLabel(slot, turn.language)),
        lead: closed
          ? turn.t.appointments.closedNear(shownDay, wish.from, office.name)
          : turn.t.appointments.takenNear(shownDay, wish.from),
      };
    }
  }
  const anyTime = fitting.length ? undefined : free.filter((slot) => fitsWish(slot, anyTimeOf(wish)));
  const matches = fitting.length ? fitting : (anyTime ?? []);
  if (!matches.length)
    return { choices: dayChoices(turn, nearestDays(free, wish)), lead: whyNothingThen(turn, wish) ?? turn.t.appointments.nothingThen };
  const days = new Set(matches.map((s) => s.date));
  // "Freitag nachmittag": closed then, which is not the same as all booked.
  const lead = anyTime
    ? closedAtThatTime(turn, [...days], wish)
      ? turn.t.appointments.closedAtThatTime(office.name)
      : turn.t.appointments.notAtThatTime
    : undefined;
  const closedFirst = closedOnWishedDay(turn, wish);
  if (days.size > 1 && matches.length > config.APPOINTMENT_SLOTS_OFFERED) {
    const { whichDay } = turn.t.appointments;
    const said = [closedFirst, lead].filter(Boolean).join(' ');
    return {
      choices: dayChoices(turn, matches, anyTime ? undefined : wish),
      lead: said ? turn.t.conversation.together(said, whichDay) : whichDay,
    };
  }
  const shown = spread(matches, config.APPOINTMENT_SLOTS_OFFERED);
  const day = days.size === 1 ? showLongDay(matches[0]!.date, turn.language) : undefined;
  return {
    choices: shown.map((slot) => slotLabel(slot, turn.language)),
    lead: [closedFirst, lead, turn.t.appointments.freeTimes(day, shown.length < matches.length)].filter(Boolean).join(' '),
  };
}

/**
 * Books the chosen slot: the case is created (once per flow run), then the slot is claimed for
 * its reference. If another booking got the slot first, the case is taken back and the citizen
 * chooses again; the returned step continues the flow.
 */
export async function completeAppointment(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
  notify = false,
): Promise<FlowStep | undefined> {
  const slot = answers[SLOT_FIELD] as Slot;
  const now = new Date();
  // A slot that began while the citizen was still answering is gone, like a taken one.
  const started = berlinInstant(slot.date, slot.time) <= now;
  const booked = started ? undefined : await openCase(turn, flow, state, answers, notify);
  if (booked && (await reserveSlot(turn.services.store, slot, booked.reference, now, turn.services.config.APPOINTMENT_SLOT_MINUTES))) {
    const office = officeOf(turn);
    const minutes = slot.minutes ?? turn.services.config.APPOINTMENT_SLOT_MINUTES;
    const calendar = offersFiles(turn.activity.channelId)
      ? await appointmentCalendar(slot, minutes, office, booked.reference, String(answers.anliegen), turn.t.appointments)
      : undefined;
    const text = turn.t.appointments.booked(
      slotLabel(slot, turn.language),
      office.name,
      office.address,
      withoutContact(answers) ? office.phone : undefined,
    );
    await confirmCase(
      turn,
      booked,
      calendar ? turn.t.conversation.together(text, turn.t.appointments.calendarFile) : text,
      calendar ? [calendar] : [],
    );
    // A move: the old appointment goes only now that the new one is booked.
    if (state.replaces) await cancelReplaced(turn, state.replaces, booked.reference);
    return undefined;
  }
  if (booked) await discardCase(turn.services.store, booked.reference, state.runId && `${booked.conversationId}/${state.runId}`);
  turn.services.logger.info({ flow: flow.id }, 'appointment slot taken meanwhile; offering others');
  const field = flow.fields.find((f) => f.name === SLOT_FIELD)!;
  const { [SLOT_FIELD]: _lost, ...rest } = answers;
  return {
    messages: [turn.speak(() => ask(flow, field, rest, turn.t.appointments.slotGone(started)))],
    state: { ...state, field: SLOT_FIELD, answers: rest, tries: 0, editing: true },
  };
}

/** A name's parts folded (case, umlauts, ß), without salutation and titles ("Frau Dr. Weber": weber), hyphenated names split, dots of initials dropped. */
const nameParts = (name: string): string[] =>
  name
    .split(/[\s,]+/)
    .filter((part) => part && !isTitle(part))
    .flatMap((part) => normalize(part).split('-'))
    .map((part) => part.replace(/[^\p{L}']/gu, ''))
    .filter(Boolean);
const samePart = (said: string, booked: string): boolean => said === booked || (said.length === 1 && booked.startsWith(said));

/**
 * Whether the citizen named the person a request was made for (a booked appointment, a request
 * whose status they ask): the surname alone or with first names ("Weber", "anna weber",
 * "A. Weber"), tolerant of case and umlaut spelling. Every part said must belong to the booked
 * name. No typo is forgiven: reference numbers count up, so the name is what keeps another person
 * from cancelling ("Schmitz" for "Schmitt").
 */
export function namesBooker(booked: unknown, said: unknown, { wholeSurname = false, eitherEnd = false } = {}): boolean {
  if (typeof booked !== 'string' || typeof said !== 'string') return false;
  const parts = nameParts(booked);
  // "Weber, Anna" names the surname first; a double name is said by either part ("Müller" for "Müller-Lüdenscheidt"; trial 40: not found),
  // unless the whole surname is asked for (trial 44: "Frau Müller" from another chat had learned a stranger's appointment).
  const words = booked.split(/[\s,]+/).filter((word) => word && !isTitle(word));
  const surname = nameParts((booked.includes(',') ? words[0] : words.at(-1)) ?? '');
  // "Schmitt Helga", booked without a comma, may be the surname first (trial 62: "Schmitt" found nothing); only where
  // something else is checked beside the name (`eitherEnd`: the booking's own chat or its contact).
  const firstWord = eitherEnd && !booked.includes(',') && words.length === 2 ? nameParts(words[0]!) : [];
  const told = nameParts(said);
  const saysSurname = (surname: string[]): boolean =>
    surname.length > 0 &&
    (wholeSurname
      ? surname.every((s) => told.some((p) => p.length > 1 && samePart(p, s)))
      : told.some((p) => p.length > 1 && surname.some((s) => samePart(p, s))));
  return (saysSurname(surname) || saysSurname(firstWord)) && told.every((p) => parts.some((b) => samePart(p, b)));
}

/**
 * The booking a reference number and the name it was booked under name; otherwise the step that
 * asks for both again, or undefined (said) when it is cancelled already.
 */
async function findBooking(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
): Promise<Case | FlowStep | undefined> {
  const reference = String(answers.vorgangsnummer);
  const booked = await loadCase(turn.services.store, reference);
  // Which answer did not match is not said: nobody learns whose number it is.
  const notFound = (): FlowStep => {
    const first = flow.fields[0]!;
    return {
      messages: [{ text: turn.t.appointments.notFound(callOffice(turn)) }, turn.speak(() => ask(flow, first, {}))],
      state: { ...state, field: first.name, answers: {}, tries: 0, editing: false },
    };
  };
  // From another chat than the booking's, the booking's contact too (numbers are given in order).
  // It is asked before anything is checked, also for a number that has no booking or a name that
  // does not fit: whether the question comes must not tell a stranger that the name was right.
  const contact = flow.fields.find((f) => f.name === 'kontakt');
  const fromElsewhere = contact !== undefined && booked?.conversationId !== turn.conversationId;
  if (contact && fromElsewhere && answers.kontakt === undefined)
    return {
      messages: [turn.speak(() => ask(flow, contact, answers))],
      state: { ...state, field: contact.name, answers, tries: 0, editing: false },
    };
  // The chat that booked, or the booking's contact checked below, stands beside the name: either end of two names will do.
  if (!booked || booked.flow !== 'termin-buchen' || !namesBooker(booked.answers.name, answers.name, { eitherEnd: true })) return notFound();
  if (fromElsewhere && !sameContact(booked.answers.kontakt, answers.kontakt)) return notFound();
  if (booked.status === 'cancelled') {
    const moved = await movedAppointment(turn, booked);
    if (!moved) {
      turn.reply(turn.t.appointments.alreadyCancelled(reference));
      return undefined;
    }
    // Cancelling by the old number of a moved appointment: the new one is named and cancelled only when asked (trial 58: "bereits
    // abgesagt" alone, and the new slot stayed booked for nobody). The booker was checked on the old number, so the answer may come
    // from another chat than the move's.
    const t = turn.t.appointments;
    turn.reply(t.movedThere(reference, slotLabel(moved.answers[SLOT_FIELD] as Slot, turn.language), moved.reference), {
      suggestions: [t.confirmCancelYes, t.confirmCancelNo],
    });
    turn.state.offer = { cancelOwn: moved.reference, checked: true };
    return undefined;
  }
  return booked;
}

/** The appointment a cancelled one was moved to, following moves made one after another; undefined when there is none open. */
async function movedAppointment(turn: Turn, cancelled: Case): Promise<Case | undefined> {
  let current = cancelled;
  for (let hops = 0; hops < MOVES_FOLLOWED && current.movedTo; hops++) {
    const next = await loadCase(turn.services.store, current.movedTo);
    if (!next || next.flow !== 'termin-buchen') return undefined;
    if (next.status === 'open') return next;
    current = next;
  }
  return undefined;
}

/** Contacts as the booking's field keeps them (a number in international form, an address in lower case). */
const sameContact = (booked: unknown, said: unknown): boolean =>
  typeof booked === 'string' && typeof said === 'string' && booked.trim().toLowerCase() === said.trim().toLowerCase();

/** Cancels a booking: its slot is free again and the office learns of it; `movedTo`: the new appointment it is cancelled for. */
async function cancelCase(turn: Turn, booked: Case, movedTo?: string): Promise<Case> {
  const { store, logger } = turn.services;
  const key = caseKey(booked.reference);
  const cancelled = { ...booked, status: 'cancelled' as const, ...(movedTo ? { movedTo } : {}) };
  await store.set(key, cancelled, (await store.ttl(key)) ?? caseRetentionSeconds(turn.services.config));
  await releaseSlot(store, booked.answers[SLOT_FIELD] as Slot, booked.reference, turn.services.config.APPOINTMENT_SLOT_MINUTES);
  // The office learns of it too, so that a slot booked again is not taken for a double booking.
  await turn.services.outbox.enqueue(cancelled);
  // In the console it is done, with why and by whom in its history (it had stayed "neu").
  await updateWork(store, turn.services.config, booked.reference, undefined, (work) =>
    isClosed(work.status)
      ? 'closed already'
      : applyChange(
          work,
          { status: 'done', reason: movedTo ? de.staff.movedByCitizen(movedTo) : de.staff.cancelledByCitizen },
          de.staff.assistantAsStaff,
        ),
  );
  logger.info({ reference: booked.reference }, movedTo ? 'appointment moved' : 'appointment cancelled');
  // A move is no cancellation in the council's report (trial 53: "abgesagt 3" where two had been moved).
  turn.count({ kind: 'case', flow: booked.flow, event: movedTo ? 'moved' : 'cancelled' });
  return cancelled;
}

const isStep = (result: Case | FlowStep | undefined): result is FlowStep => result !== undefined && 'messages' in result;

/**
 * "Ich möchte meinen Termin absagen" in the chat that booked it, naming no number: which one is
 * asked once, with its day and time, instead of its number and name (trial 30). False when this
 * chat booked none or several (then the request asks as from anywhere).
 */
export async function askToCancelOwn(turn: Turn, said: string): Promise<boolean> {
  if (referenceShapedIn(said)) return false;
  const booked = await ownAppointments(turn);
  if (booked.length !== 1) return false;
  const { reference, answers } = booked[0]!;
  const t = turn.t.appointments;
  turn.reply(t.confirmCancel(slotLabel(answers[SLOT_FIELD] as Slot, turn.language), reference), {
    suggestions: [t.confirmCancelYes, t.confirmCancelNo],
  });
  turn.state.offer = { cancelOwn: reference };
  return true;
}

/**
 * "Ja, absagen" or "Nein, behalten" tapped once more after the question was answered (or later): the
 * appointment's state, not a new booking or another topic. False for other words, or without a booking here.
 */
export async function tappedCancelButtonAgain(turn: Turn): Promise<boolean> {
  const t = turn.t.appointments;
  const said = normalize(turn.text.trim());
  const yes = said === normalize(t.confirmCancelYes);
  if (!yes && said !== normalize(t.confirmCancelNo)) return false;
  const last = (await casesOfConversation(turn.services.store, turn.conversationId)).filter((c) => c.flow === 'termin-buchen').at(-1);
  if (!last) return false;
  // A booking still open is asked about again rather than cancelled by a stale button.
  if (yes && last.status !== 'cancelled') await askToCancelOwn(turn, '');
  else await cancelOrKeep(turn, last, false);
  return true;
}

/**
 * The answer to askToCancelOwn: cancelled on a yes, kept on a no; false for anything else (handled as a new message).
 * `checked`: the booker was checked by number, name and contact (a moved appointment's new one, asked from any chat).
 */
export async function answerToCancelOwn(turn: Turn, reference: string, checked = false): Promise<boolean> {
  const t = turn.t.appointments;
  const said = normalize(turn.text.trim());
  const yes = said === normalize(t.confirmCancelYes) || saysPlainYes(turn.text);
  const no = said === normalize(t.confirmCancelNo) || (SAYS_NO.test(turn.text) && turn.text.trim().split(/\s+/).length <= 3);
  if (!yes && !no) return false;
  const booked = await loadCase(turn.services.store, reference);
  if (!booked || (!checked && booked.conversationId !== turn.conversationId) || booked.flow !== 'termin-buchen') return false;
  await cancelOrKeep(turn, booked, yes);
  return true;
}

/** Says that a booking is cancelled already, or cancels it (`cancel`), or says it stays. */
async function cancelOrKeep(turn: Turn, booked: Case, cancel: boolean): Promise<void> {
  const t = turn.t.appointments;
  const slot = slotLabel(booked.answers[SLOT_FIELD] as Slot, turn.language);
  if (booked.status === 'cancelled') return turn.reply(t.alreadyCancelled(booked.reference));
  if (!cancel) return turn.reply(t.kept(slot));
  await cancelCase(turn, booked);
  turn.reply(t.cancelled(slot, booked.reference), { suggestions: [turn.button('bookAppointment')] });
}

/** Cancels a booked appointment by its reference number and the name it was booked under. */
export async function cancelAppointment(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
): Promise<FlowStep | undefined> {
  const booked = await findBooking(turn, flow, state, answers);
  if (!booked || isStep(booked)) return booked;
  const cancelled = await cancelCase(turn, booked);
  const slot = cancelled.answers[SLOT_FIELD] as Slot;
  // Whoever wanted to move the appointment after all books the new one with one click.
  turn.reply(turn.t.appointments.cancelled(slotLabel(slot, turn.language), cancelled.reference), {
    suggestions: [turn.button('bookAppointment')],
  });
  return undefined;
}

/**
 * The appointment to move, found and said to stay booked until the new one is: its reference,
 * service and holder (name and contact), for the booking of the new one (or the step asking again).
 */
export async function appointmentToMove(
  turn: Turn,
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
): Promise<{ reference: string; service: string; holder: Record<string, string>; slot: Slot } | FlowStep | undefined> {
  const booked = await findBooking(turn, flow, state, answers);
  if (!booked || isStep(booked)) return booked;
  const slot = booked.answers[SLOT_FIELD] as Slot;
  const service = typeof booked.answers.anliegen === 'string' ? booked.answers.anliegen : '';
  turn.reply(turn.t.appointments.moveFound(slotLabel(slot, turn.language), booked.reference, service));
  const holder = Object.fromEntries(
    (['name', 'kontakt'] as const).flatMap((field) => (typeof booked.answers[field] === 'string' ? [[field, booked.answers[field]]] : [])),
  );
  return { reference: booked.reference, service, holder, slot };
}

/** "same day 16:30", "am selben Tag um 15 Uhr": the day of the appointment being moved (trial 50: it had been read as today). */
// ("later that day": trial 54.)
const SAME_DAY =
  /(?<!\p{L})(?:(?:on\s+)?the\s+same\s+day|same\s+day|(?:later\s+|earlier\s+)?(?:on\s+)?that\s+day|(?:am\s+)?(?:selben|gleichen|selbigen)\s+tag|(?:der\s+)?(?:gleiche|selbe)\s+tag)(?!\p{L})/iu;

/**
 * "auf 10 Uhr verschieben": a time alone is on the day of the booking moved (it had been the first day free at that time, trial 33);
 * so is a time said with "same day".
 */
export function onTheDayMoved(wish: string, slot: Slot, now = new Date()): string {
  const sameDay = SAME_DAY.test(wish);
  const rest = wish.replace(SAME_DAY, ' ').trim();
  const parsed = parseSlotWish(rest, now);
  if (parsed?.dates || parsed?.weekdays) return wish;
  return parsed?.from || sameDay ? `${dayChoice(slot.date)} ${rest}` : wish;
}

/** The wish said while a move books its new time, "same day" ("later that day", trial 54) read as the moved appointment's day. */
async function onTheMovedDay(turn: Turn, said: string): Promise<string> {
  const replaces = turn.state.flow?.replaces;
  if (!replaces || !SAME_DAY.test(said)) return said;
  const slot = slotSchema.safeParse((await loadCase(turn.services.store, replaces))?.answers[SLOT_FIELD]);
  return slot.success ? onTheDayMoved(said, slot.data) : said;
}

/** The old appointment of a move, cancelled once the new one is booked (unless it is cancelled already). */
async function cancelReplaced(turn: Turn, reference: string, replacement: string): Promise<void> {
  const booked = await loadCase(turn.services.store, reference);
  if (!booked || booked.flow !== 'termin-buchen' || booked.status === 'cancelled') return;
  await cancelCase(turn, booked, replacement);
  // The clerk sees the two as one appointment moved, each naming the other (they had stood unlinked).
  const { store, config } = turn.services;
  await updateWork(store, config, reference, undefined, (work) => withNote(work, de.staff.movedTo(replacement), de.staff.assistantAsStaff));
  await updateWork(store, config, replacement, undefined, (work) =>
    withNote(work, de.staff.movedFrom(reference), de.staff.assistantAsStaff),
  );
  turn.reply(turn.t.appointments.movedFrom(slotLabel(booked.answers[SLOT_FIELD] as Slot, turn.language), reference));
}
