// Answering what the router decided. Imports nothing from steps/.
import { askedMeaningOf } from '../../knowledge/language/glossary';
import { asksOnlyTheWeather } from '../../knowledge/language/others-matters';
import { asksOthersPrivateData } from '../../knowledge/language/register';
import {
  answerView,
  hasFacet,
  HOURS_TOPIC,
  noteNamedIn,
  stepNamedIn,
  officeNamedForHours,
  renderReferral,
  sentenceAnswering,
  type AnswerView,
} from '../../knowledge/answer';
import { asksWhenToPay } from '../../knowledge/language/how-else';
import { withoutToldAside } from '../../knowledge/language/done';
import { withoutReceivedInEnglish } from '../../knowledge/language/english-done';
import { namesAnObjection } from '../../knowledge/language/objection';
import { asksAppointmentLength, asksWhetherAppointmentNeeded } from '../../knowledge/language/visits';
import { asksWhetherItMustBeRegistered } from '../../knowledge/language/asked';
import { addDays, mayNameADay, parseDateTime } from '../../dialogs/dates';
import { berlinWallClock } from '../../knowledge/hours';
import { parseSlotWish } from '../../dialogs/slots';
import type { Entry, Municipality } from '../../knowledge/schema';
import { asksWhatIsDisturbed, forAnotherPlace, isAboutNotice, namesPlaceOf } from '../../knowledge/notices';
import { asksCurrentNotices } from '../../knowledge/language/council';
import { askedBesideTheFacets, facetOf, facetsAsked, isFacet, type Facet } from '../../knowledge/language/facets';
import { inAnotherLanguage } from '../../knowledge/language/detect';
import { isAnnoyed, lossTold, saysOverwhelmed } from '../../knowledge/language/feelings';
import { asksWhatToDoNow } from '../../knowledge/language/urgent';
import { asksSomething, onlyThanksSign, saysGoodbye, saysNotHelpful } from '../../knowledge/language/small-talk';
import { GENERAL, type RouteResult } from '../../knowledge/router';
import { CATALOGUES, texts, type Language } from '../../knowledge/texts/index';
import { translateEntry, translationOf } from '../../knowledge/translated';
import { foldCommand } from '../../knowledge/texts/commands';
import { button, isCommand, type Command } from '../../knowledge/texts/commands';
import { showsCards } from '../channels/capabilities';
import { ownOpenRequestOf } from './case-status';
import { answerCard } from './cards';
import type { Turn } from '../turn';
import { CALL_BACK, entriesOfRequest, flowsOf, startFlow } from './flows';
import { asksToDoItHere } from '../../knowledge/language/online';
import type { FlowState } from '../../dialogs/engine';
import {
  appointmentMinutes,
  asksForOwnAppointment,
  bookedLength,
  bookedService,
  bookingForAnother,
  tellOwnAppointments,
  withoutAppointmentWords,
} from './appointment';
import { privacyNoticeText, privacyPointText } from '../privacy/notice';
import { deleteMyData } from './privacy';
import { requestHandoff } from './handoff';
import { offerRating, ratingButtons, takeRating } from './feedback';

/** A topic's title as a button in the conversation's language: a request's title is translated, an entry's is German. */
// An English conversation's buttons name topics in English (the English router knows those titles exactly); Leichte
// Sprache keeps the German titles of answers, which the German router knows, beside its own titles of requests.
const titleIn = (turn: Turn, topic: string): string | undefined =>
  flowsOf(turn)[topic]?.title ??
  (turn.language === 'en' ? translationOf('en', topic)?.title : undefined) ??
  turn.services.knowledge.title(topic);

const ASKS_WHERE = /^\W*(und\s+)?(wo|wohin|where)\b/iu;

/** A short message that names a day and little else ("und am Samstag?", "morgen?"); not tomorrow's weather (trial 42). */
const namesOnlyADay = (text: string): boolean =>
  text.trim().split(/\s+/).length <= DAY_FOLLOW_UP_WORDS &&
  mayNameADay(text) &&
  parseDateTime(text)?.date !== undefined &&
  !asksOnlyTheWeather(text);
const DAY_FOLLOW_UP_WORDS = 5;
/** A day or time wished for, said alone ("nächste Woche Dienstag vormittag wenns geht"): not a question. */
const wishesADay = (text: string): boolean =>
  !text.includes('?') &&
  !asksOnlyTheWeather(text) &&
  text.trim().split(/\s+/).length <= DAY_WISH_WORDS &&
  mayNameADay(text) &&
  parseSlotWish(text, new Date()) !== undefined;
const DAY_WISH_WORDS = 8;
export const BOOKING = 'termin-buchen';
/** The street's special use, which words of closures lead the router to. */
const STREET_USE = 'sondernutzung';

/** A question about the appointment booked ("zu dem Termin", "zum Termin", "for the appointment"). */
const ABOUT_THE_APPOINTMENT = /\b(zu\s+(dem|meinem|unserem)\s+termin|zum\s+termin|for\s+(the|my)\s+appointment)\b/iu;

/** Unanswered questions in a row after which the conversation goes to staff. */
const FALLBACKS_BEFORE_HANDOFF = 2;
/** How sure the router must be that a message is no town hall's matter at all to say so (below: "ask in other words"). */
const NOT_THE_TOWNS_SURE = 0.9;

/** A topic with an answer of its own found surely, other than the Rathaus's contact (which "Wen soll ich anrufen?" leads to). */
const sureMatter = (result: RouteResult): boolean =>
  result.action === 'answer' && result.decision?.kind === 'answer' && result.decision.id !== 'kontakt';

/**
 * The router decides — a knowledge answer, a flow to start, a built-in intent, a clarifying
 * question, a referral to another body, or an honest fallback that offers a person.
 */
export async function respond(turn: Turn): Promise<void> {
  const { knowledge, municipality } = turn.services;
  if (await takeRating(turn)) return;
  // "Ich verstehe das Wort Vorgangsnummer nicht": one of the assistant's own words explained (trial 46: "Das weiß ich leider nicht sicher").
  const term = askedMeaningOf(turn.text);
  if (term) return turn.reply(turn.t.glossary[term]);
  // A facet button under an answer ("Gebühren", "Unterlagen") is about that answer's topic.
  const tapped = FACET_BUTTONS.find(([command]) => isCommand(turn.text, command));
  if (tapped && turn.state.lastTopic && knowledge.entry(turn.state.lastTopic))
    return answer(turn, turn.state.lastTopic, undefined, tapped[1]);
  // "Absenden" once more after the request was sent (or with none begun): nothing is sent twice, and the citizen learns why.
  if (!turn.state.flow && (isCommand(turn.text, 'submit') || isCommand(turn.text, 'submitNotify')))
    return turn.reply(turn.t.flows.nothingToSend);
  // "abbrechen", "zurück" with no request open: said so ("zurück" had started a call-back, trial 38).
  if (!turn.state.flow && (isCommand(turn.text, 'cancel') || isCommand(turn.text, 'back'))) return turn.reply(turn.t.flows.noRequestOpen);
  // "und am 24.12.?", "und am Samstag?" right after the opening hours: that day's hours, of the office asked about before
  // ("und an Silvester?" after the Bürgerbüro's hours at Christmas Eve; trial 53: the Rathaus's came).
  if (turn.state.lastTopic === HOURS_TOPIC && namesOnlyADay(turn.text)) {
    const asked = turn.state.lastAsked === undefined ? undefined : officeNamedForHours(turn.state.lastAsked, municipality);
    return answer(turn, HOURS_TOPIC, undefined, undefined, asked);
  }
  // "und am Samstag?" after another answer (trial 47: the ID card's answer came again): its office's hours that day.
  const lastEntry = turn.state.lastTopic === undefined ? undefined : knowledge.entry(turn.state.lastTopic);
  const lastOffice = lastEntry && municipality.offices[lastEntry.office];
  if (lastEntry && lastOffice && !lastOffice.external && lastOffice.hours.length > 0 && namesOnlyADay(turn.text))
    return answer(turn, HOURS_TOPIC, undefined, undefined, lastEntry.office);
  // "nächste Woche Dienstag vormittag wenns geht" under an answer that offers the booking: the booking, with that wish (trial 31: "nicht sicher").
  const offered = turn.state.flowOffered;
  if (offered?.flow === BOOKING && wishesADay(turn.text)) return startFlow(turn, BOOKING, `${offered.question}. ${turn.text}`);
  // "Wann war nochmal mein Termin?" with an appointment booked here: its day, time and number.
  if (asksForOwnAppointment(turn.text) && (await tellOwnAppointments(turn))) return;
  // "und für mei frau direkt danach auch einen" after a booking: the same service booked for them (it had been the foreigners' office).
  const forAnother = await bookingForAnother(turn);
  if (forAnother) return startFlow(turn, BOOKING, forAnother);
  // "Dauert der Termin lange?" after a booking: that appointment's length (trial 50: a second booking had started).
  const asksLength = asksAppointmentLength(turn.text);
  const booked = asksLength ? await bookedLength(turn) : undefined;
  if (booked) return void turn.reply(turn.t.appointments.lasts(booked.minutes, booked.service));
  // "wie lang dauert so ein termin fürs ummelden?" with nothing booked here: that service's length, and its booking
  // offered, the service taken from the question (trial 51: a booking had begun without an answer).
  const service = asksLength ? flowsOf(turn)[BOOKING]?.prefill?.(turn.text).anliegen : undefined;
  if (service) {
    turn.state.flowOffered = { flow: BOOKING, question: turn.text };
    const book = titleIn(turn, BOOKING);
    return void turn.reply(turn.t.appointments.lasts(appointmentMinutes(turn, { anliegen: service }), service), {
      suggestions: book ? [book] : [],
    });
  }
  // "Was muss ich zu dem Termin mitbringen?" after a booking: that point of the booked service.
  const aboutBooking = ABOUT_THE_APPOINTMENT.test(turn.text) ? facetOf(turn.text) : undefined;
  const serviceTopic = aboutBooking && (await bookedServiceTopic(turn));
  if (aboutBooking && serviceTopic) return answer(turn, serviceTopic, undefined, aboutBooking);
  // "kann ich das gleich hier anmelden?" after the dog tax: the request of that answer, started here.
  const lastFlow = turn.state.lastTopic ? knowledge.entry(turn.state.lastTopic)?.flow : undefined;
  // What was asked with the answer fills the form, as its button does (the burst pipe's story is the report's description).
  if (lastFlow && asksToDoItHere(turn.text))
    return startFlow(turn, lastFlow, turn.state.flowOffered?.flow === lastFlow ? turn.state.flowOffered.question : '');
  // A question in the middle of a request is about that request's topic ("Was kostet das?" while
  // registering a dog; "was muss ich mitbringen?" while booking for a Personalausweis).
  const requestEntries = turn.interruptedFlow ? entriesOfRequest(turn, turn.interruptedFlow.flow) : [];
  const flowTopic = turn.interruptedFlow && requestTopic(turn, turn.interruptedFlow, requestEntries);
  const decided = knowledge.router.decide(germanButton(turn) ?? turn.text, {
    lastTopic: flowTopic ?? turn.state.lastTopic,
    language: turn.routerLanguage,
  });
  // Only a request of one matter (the dog, not an appointment for one of many services) is "it".
  const result = unsureRequestAsked(
    turn,
    requestEntries.length === 1 ? aboutTheRequest(turn.text, decided, requestEntries[0]!.id) : decided,
  );
  // "Mein Mann ist heute Nacht gestorben, was muss ich tun?": sympathy before the answer; annoyance
  // ("Seit 3 Monaten warte ich auf meinen Bauantrag!!!") heard. Not before what to do in danger.
  if (!result.danger) sayFeelings(turn);
  // A question about the matter of a notice ("Wasser in Schimborn weg?") gets the notice first, also
  // one still to come ("Hat das Rathaus an Heiligabend offen?" and "Am 24.12. bleibt das Rathaus geschlossen").
  const place = turn.ortsteilNamed();
  const notices = turn.services.town
    .comingNotices()
    .filter((n) => !forAnotherPlace(turn.text, n, place))
    .filter(
      (n) => isAboutNotice(turn.text, n) || (turn.state.language === 'en' && namesPlaceOf(turn.text, n)) || asksWhatIsDisturbed(turn.text),
    );
  // "Gibt es Straßensperrungen?": what is closed now is the notices' answer, not how to apply for the street's use (trial 66).
  const onlyNotices = result.action === 'none' || !result.decision || (result.decision.id === STREET_USE && asksWhatIsDisturbed(turn.text));
  if (notices.length) {
    const t = turn.t.conversation;
    const unsaid = notices.filter((n) => !turn.noticesWelcomed.includes(n.text));
    if (unsaid.length) turn.reply(t.noticeFirst(unsaid.map((n) => t.noticeLine(n.text, n.ortsteile))));
    // The notice was the answer: no fallback, nothing kept as unanswered.
    if (onlyNotices) {
      turn.state.fallbacksInARow = 0;
      return;
    }
  } else if ((asksCurrentNotices(turn.text) || asksWhatIsDisturbed(turn.text)) && onlyNotices) {
    // "Gibt es aktuelle Hinweise?" with none published: that is the answer, not "keine gesicherte Auskunft"; "Ich wohn in Brücken, ist
    // bei mir was gesperrt?" with notices for other Ortsteile only: none for that one (trial 64: no answer under another's notice).
    turn.reply(place ? turn.t.conversation.noNoticesFor(place) : turn.t.conversation.noNotices);
    return;
  }
  await noteClarification(turn, result);
  if (result.pointOnly) {
    // "was muss ich mitbringen?" after a booking in this conversation: that point of the booked service.
    const bookedTopic = await bookedServiceTopic(turn);
    if (bookedTopic) return answer(turn, bookedTopic, undefined, result.pointOnly);
    // Asking back which matter is no failure to understand: not kept as unanswered, not counted towards a handoff.
    turn.count({ kind: 'decision', decision: 'clarify' });
    turn.reply(turn.t.conversation.whichMatter(result.pointOnly));
    return;
  }
  // "Wen soll ich anrufen?" right after a warning: the warning again, not the Rathaus's number.
  const danger = result.danger ?? (turn.warned && !sureMatter(result) && asksWhatToDoNow(turn.text) ? turn.warned : undefined);
  if (danger) {
    // What to do now; a person of the Rathaus could not help faster than 112 or 110. A matter of
    // the town's asked beside it (the Auskunftssperre of someone threatened) is answered after it.
    turn.state.fallbacksInARow = 0;
    turn.state.warned = danger;
    turn.reply(turn.t.conversation.danger[danger]);
    if (!result.decision || !result.danger) return void turn.count({ kind: 'decision', decision: 'system' });
  }
  if (result.smallTalk) {
    // Like a greeting: no failure to understand, not kept as unanswered.
    turn.count({ kind: 'decision', decision: 'system' });
    turn.state.fallbacksInARow = 0;
    turn.reply(turn.t.conversation.smallTalk, { suggestions: turn.t.conversation.helpSuggestions });
    return;
  }
  if (result.recommendation) {
    // Known to be none of the town's, and why: an answer, not a failure to understand (nothing for the editors).
    turn.count({ kind: 'decision', decision: 'referral' });
    turn.state.fallbacksInARow = 0;
    turn.reply(`${turn.t.conversation.noRecommendation(municipality)}\n${turn.t.conversation.referralOffer}`, {
      suggestions: [turn.button('person')],
    });
    return;
  }
  const referral = result.action === 'none' ? knowledge.referral(result.referral) : undefined;
  if (referral) {
    // Not ours, but we know whose: that is an answer, not a failure to understand.
    turn.count({ kind: 'decision', decision: 'referral' });
    turn.state.fallbacksInARow = 0;
    turn.reply(`${turn.speak(() => renderReferral(referral, municipality, turn.state.language))}\n${turn.t.conversation.referralOffer}`, {
      suggestions: [turn.button('person')],
    });
    return;
  }
  if (result.action === 'none' && result.referral === GENERAL && result.confidence >= NOT_THE_TOWNS_SURE) {
    // "wie wird das wetter am wochenende", "wann fährt der nächste bus": surely no town hall's matter. Said so, not
    // "ask in other words", and no push to a person after two of them (trial 41); nothing for the editors either.
    turn.count({ kind: 'decision', decision: 'referral' });
    turn.state.fallbacksInARow = 0;
    turn.reply(turn.t.conversation.notTheTowns, { suggestions: turn.t.conversation.helpSuggestions });
    return;
  }
  if (result.otherTown) {
    // Another municipality's service: whose it is, not the town's facts (an answer, not a failure to understand).
    turn.count({ kind: 'decision', decision: 'referral' });
    turn.state.fallbacksInARow = 0;
    turn.reply(`${turn.t.conversation.otherTown(result.otherTown, municipality)}\n${turn.t.conversation.referralOffer}`, {
      suggestions: [turn.button('person')],
    });
    return;
  }
  if ((result.action === 'none' || !result.decision) && (onlyThanksSign(turn.text) || saysNotHelpful(turn.text))) {
    // "👍", "👎", "nicht hilfreich": a reaction to the last reply, no question not understood.
    turn.count({ kind: 'decision', decision: 'system' });
    turn.state.fallbacksInARow = 0;
    // "😀😀😀" as the first message is a greeting, not thanks (trial 47: "Gern geschehen!" to nobody's thanks).
    return system(turn, onlyThanksSign(turn.text) && turn.firstMessage ? 'begruessung' : 'dank');
  }
  if ((result.action === 'none' || !result.decision) && saysOverwhelmed(turn.text)) {
    // No question to answer or to keep for the editors, and no failure of the citizen's.
    turn.count({ kind: 'decision', decision: 'system' });
    turn.state.fallbacksInARow = 0;
    return void turn.reply(turn.t.conversation.overwhelmed, { suggestions: [turn.button('person')] });
  }
  if ((result.action === 'none' || !result.decision) && isAnnoyed(turn.text) && !result.referral && !asksSomething(turn.text)) {
    // "Scheiß Verwaltung", "Ihr seid doch alle faule Säck!": annoyance heard and a person offered; no question to keep for the
    // editors, and no failure counted towards a handoff (trial 56: "… wieder nicht beantworten" had come, and the insult was listed).
    turn.count({ kind: 'decision', decision: 'system' });
    turn.state.fallbacksInARow = 0;
    return void turn.reply(turn.t.conversation.annoyedOffer, { suggestions: [turn.button('person')] });
  }
  if (result.action === 'none' || !result.decision) {
    turn.count({ kind: 'decision', decision: 'none' });
    await keepUnanswered(
      turn,
      turn.text,
      'none',
      result.candidates.map((c) => c.id),
    );
    turn.state.fallbacksInARow += 1;
    if (turn.state.fallbacksInARow < FALLBACKS_BEFORE_HANDOFF) {
      // Written in a language the assistant does not speak ("Merhaba, nüfus cüzdanımı kaybettim"): said so, in German and English.
      // "Ihr seid doch alle unfähig": after the apology, an offer, not "Bitte formulieren Sie Ihre Frage anders".
      const reply = inAnotherLanguage(turn.text)
        ? turn.t.language.notSpoken
        : isAnnoyed(turn.text)
          ? turn.t.conversation.annoyedOffer
          : turn.t.conversation.fallback(municipality);
      turn.reply(reply, { suggestions: [turn.button('person')] });
      return;
    }
    // Failing again and again helps nobody: a person takes over (or calls back).
    turn.state.fallbacksInARow = 0;
    turn.reply(turn.t.conversation.fallbackAgain);
    await requestHandoff(turn, { reason: 'fallbacks' });
    return;
  }
  turn.state.fallbacksInARow = 0;
  const { kind, id } = result.decision;
  turn.count({
    kind: 'decision',
    decision: result.action === 'clarify' ? 'clarify' : kind,
    ...(result.action === 'answer' && kind !== 'system' ? { topic: id } : {}),
  });
  if (result.action === 'clarify') clarify(turn, result);
  else if (result.decision.kind === 'answer') await answer(turn, result.decision.id, result.also);
  else if (result.decision.kind === 'flow' && result.decision.id === turn.interruptedFlow?.flow && flowTopic) {
    // "Was passiert, wenn ich den Hund nicht anmelde?" while registering the dog: the request's topic
    // answers it, and the request goes on (it had been started again from its first question).
    await answer(turn, flowTopic);
  } else if (result.decision.kind === 'flow' && result.decision.id !== CALL_BACK && result.also && knowledge.entry(result.also)) {
    // Two matters, one a request ("Wir sind umgezogen und haben auch einen Hund"): the other answered
    // first, and the request one tap away, instead of a form that leaves the other unsaid. A call-back
    // asked for is started at once: the matter told with it is what the call is about (trial 36).
    await answer(turn, result.also, result.decision.id);
  } else if (result.decision.kind === 'flow' && result.decision.id === 'termin-buchen' && asksForOwnAppointment(turn.text)) {
    // Asked about an appointment this conversation has not booked: offered, not started.
    turn.reply(turn.t.appointments.noneBooked, { suggestions: [titleIn(turn, 'termin-buchen')].filter((t): t is string => Boolean(t)) });
  } else if (result.decision.kind === 'flow' && result.decision.id === 'termin-buchen' && (await answeredWhetherNeeded(turn))) {
    // "Brauche ich einen Passtermin?": the service's answer about appointments, the booking one tap away.
  } else if (
    result.decision.kind === 'flow' &&
    asksWhetherItMustBeRegistered(turn.text) &&
    entriesOfRequest(turn, result.decision.id).length === 1
  ) {
    // "muss ich meinen Hund anmelden?": whether at all, answered by the request's topic, the form one tap (or a "ja") away.
    await answer(turn, entriesOfRequest(turn, result.decision.id)[0]!.id);
    // "ja" then is the request (it had been "nothing open to send").
    turn.state.offer = { start: result.decision.id };
  } else if (
    result.decision.kind === 'flow' &&
    result.decision.id !== 'termin-buchen' &&
    (await ownOpenRequestOf(turn, result.decision.id))
  ) {
    // "Wann ruft ihr an?" after a call-back was requested here: its state, not a second form.
  } else if (result.decision.kind === 'flow') {
    // Typed instead of tapping the answer's button ("ok kann ich n termin machen" under the passport's answer): what was asked then fills the form too.
    const offered = turn.state.flowOffered?.flow === result.decision.id ? turn.state.flowOffered.question : undefined;
    await startFlow(turn, result.decision.id, offered === undefined ? turn.text : `${offered}. ${turn.text}`);
  } else await system(turn, result.decision.id);
  return;
}

/**
 * Answers whether the service a question names needs an appointment ("Brauche ich einen
 * Passtermin?"), when that service is one the Bürgerbüro books here; false for any other question.
 */
async function answeredWhetherNeeded(turn: Turn): Promise<boolean> {
  if (!asksWhetherAppointmentNeeded(turn.text)) return false;
  const { knowledge } = turn.services;
  const named = knowledge.router.decide(withoutAppointmentWords(turn.text), { language: turn.routerLanguage });
  const said = named.action === 'answer' && named.decision?.kind === 'answer' ? named.decision.id : undefined;
  // "Geht das ohne Termin?" names no service: the one just talked about, or of the booking just cancelled.
  const offer = turn.state.offer ?? turn.offer;
  const cancelled = offer && 'resume' in offer ? offer.resume.answers.anliegen : undefined;
  const id = said ?? turn.state.lastTopic ?? (typeof cancelled === 'string' ? serviceTopic(turn, cancelled) : undefined);
  if (id && knowledge.entry(id)?.flow === 'termin-buchen') {
    await answer(turn, id, undefined, 'appointment');
    return true;
  }
  if (said) return false;
  // Nothing to go by: which matter, rather than a booking nobody asked for.
  turn.reply(turn.t.appointments.neededForWhich);
  return true;
}

/**
 * The topic of an interrupted request: its one entry (the dog tax), or of a request for one of many
 * services (an appointment) the entry of the service chosen so far ("Personalausweis" → personalausweis).
 */
function requestTopic(turn: Turn, request: FlowState, entries: readonly Entry[]): string | undefined {
  if (entries.length === 1) return entries[0]!.id;
  const service = request.answers.anliegen;
  const id = typeof service === 'string' ? serviceTopic(turn, service) : undefined;
  return id && entries.some((e) => e.id === id) ? id : undefined;
}

/**
 * The entry of an appointment's service ("Reisepass" → reisepass), if the router is sure of it; for a button of two
 * ("Anmeldung oder Ummeldung"), of the first it is sure of (trial 35: the pair had been read as a trade's registration).
 */
function serviceTopic(turn: Turn, service: string): string | undefined {
  for (const part of new Set([service, ...service.split(' oder ')])) {
    const routed = turn.services.knowledge.router.decide(part);
    if (routed.action === 'answer' && routed.decision?.kind === 'answer') return routed.decision.id;
  }
  return undefined;
}

/** The entry of the service last booked in this conversation ("Reisepass" → reisepass), if any. */
async function bookedServiceTopic(turn: Turn): Promise<string | undefined> {
  const service = await bookedService(turn);
  return service ? serviceTopic(turn, service) : undefined;
}

/**
 * A request the router is unsure of, or one a German message does not name (FlowDefinition.namedBy),
 * is offered, not started: a form begun by mistake costs the citizen more than a question ("unser
 * hund is abgehaun": the dog's tax registration, or the Fundbüro?).
 */
function unsureRequestAsked(turn: Turn, result: RouteResult): RouteResult {
  if (result.action !== 'answer' || result.decision?.kind !== 'flow') return result;
  const unnamed = turn.language !== 'en' && flowsOf(turn)[result.decision.id]?.namedBy?.test(turn.text) === false;
  if (result.confidence >= FLOW_START_SURE && !unnamed) return result;
  return result.candidates.length > 1 ? { ...result, action: 'clarify', candidates: result.candidates.slice(0, CLARIFY_OFFERED) } : result;
}
/**
 * Below this confidence a request is offered among the close topics instead of started. A guard, not
 * a calibrated constant: on the three blind sets 3 of 51 requests fall below it (all three then one tap
 * further), and so does "Wir sind nach Mömbris gezogen und haben einen Hund" (the dog's registration at 0.32).
 */
export const FLOW_START_SURE = 0.4;
const CLARIFY_OFFERED = 3;

/**
 * A pronoun that stands for what was named before ("muss ich den dann abmelden?", "kann ich ihn
 * ummelden?"): a German pronoun not followed by a capitalized word (then it would be an article,
 * "den Personalausweis").
 */
const REFERS_BACK = /(?<!\p{L})(den|dem|ihn|ihm|sie)(?!\p{L})(?!\s+\p{Lu})/u;

/**
 * A question in the middle of a request that refers back to its matter ("Hund anmelden", then
 * "muss ich den dann abmelden?") is about the request's topic when the router counts that topic
 * among its candidates at all: without the request, "abmelden" alone is the Abmeldung of one's home.
 */
function aboutTheRequest(text: string, decided: RouteResult, requestTopic: string): RouteResult {
  // Not understood stays not understood: the request's topic is no answer to every question about it.
  if (decided.action === 'none' || decided.decision?.id === requestTopic || !REFERS_BACK.test(text)) return decided;
  if (!decided.candidates.some((c) => c.id === requestTopic)) return decided;
  return { decision: { kind: 'answer', id: requestTopic }, confidence: 1, candidates: [{ id: requestTopic, score: 1 }], action: 'answer' };
}

function keepUnanswered(turn: Turn, text: string, reason: 'none' | 'clarify', topics: string[]): Promise<void> {
  return turn.services.unanswered.keep({
    conversationId: turn.conversationId,
    messageId: turn.activity.id ?? text,
    text,
    reason,
    topics: topics.slice(0, 3),
  });
}

/** The welcome's and the help's buttons of each language, folded once. */
const FOLDED_BUTTONS = new Map(
  (Object.keys(CATALOGUES) as Language[]).map((language) => {
    const { conversation } = CATALOGUES[language];
    return [language, [...conversation.welcomeSuggestions, ...conversation.helpSuggestions].map(foldCommand)] as const;
  }),
);

/** A translated button of the welcome or the help ("Opening hours") as the German topic title it stands for. */
function germanButton(turn: Turn): string | undefined {
  const index = FOLDED_BUTTONS.get(turn.state.language)!.indexOf(foldCommand(turn.text));
  if (index < 0) return undefined;
  const { welcomeSuggestions, helpSuggestions } = CATALOGUES.de.conversation;
  return [...welcomeSuggestions, ...helpSuggestions][index];
}

/** A "Meinten Sie …?" not taken up by this message leaves its question unanswered; a new one is remembered. */
async function noteClarification(turn: Turn, result: RouteResult): Promise<void> {
  const pending = turn.state.clarifying;
  turn.state.clarifying = undefined;
  const takenUp = result.action === 'answer' && result.decision && pending?.candidates.includes(result.decision.id);
  if (pending && !takenUp) await keepUnanswered(turn, pending.question, 'clarify', pending.candidates);
  if (result.action === 'clarify') turn.state.clarifying = { question: turn.text, candidates: result.candidates.map((c) => c.id) };
}

/** The buttons that ask for one more facet of the answer just given. */
const FACET_BUTTONS: ReadonlyArray<readonly [Command, Facet]> = [
  ['facetDocuments', 'documents'],
  ['facetFees', 'fees'],
  ['facetProcedure', 'procedure'],
  ['facetOffice', 'office'],
  ['facetOnline', 'online'],
];
const facetButton = (facet: Facet): string | undefined => {
  const command = FACET_BUTTONS.find(([, f]) => f === facet)?.[0];
  return command && button(command);
};

/** An answer's text, the buttons under it and what its card shows. */
export interface AnswerReply {
  text: string;
  suggestions: string[];
  view: AnswerView;
}

/**
 * The reply to an entry as a citizen sees it. The conversation answers with it, and the console's
 * preview shows an entry being edited with it, so that editors see exactly what citizens will.
 */
export function answerReply(
  entry: Entry,
  town: Municipality,
  titleOf: (topic: string) => string | undefined,
  options: {
    facet?: Facet;
    alsoFacet?: Facet;
    first?: boolean;
    also?: string;
    note?: string;
    lead?: string;
    day?: string;
    hoursOffice?: string;
    /** The entry's request is not offered ("Unser Hund ist gestorben": no "Hund anmelden"). */
    withoutFlow?: boolean;
    besides?: boolean;
  } = {},
): AnswerReply {
  const view = answerView(entry, town, options.facet, options.first ?? true, {
    lead: options.lead,
    day: options.day,
    alsoFacet: options.alsoFacet,
    hoursOffice: options.hoursOffice,
    besides: options.besides,
  });
  const alsoTitle = options.also && options.also !== entry.flow ? titleOf(options.also) : undefined;
  const suggestions = [
    ...new Set(
      [...view.more.map(facetButton), !options.withoutFlow && entry.flow && titleOf(entry.flow), alsoTitle, ...ratingButtons()].filter(
        (s): s is string => Boolean(s),
      ),
    ),
  ];
  const text = options.note ? `${view.text}\n${options.note}` : view.text;
  return { text: alsoTitle ? `${text}\n\n${texts().conversation.also(alsoTitle)}` : text, suggestions, view };
}

/** "und für mein Kind?", "und der Reisepass?": a short question after a point of another topic asks the same point of this one. */
const AND_FOR_ANOTHER = /^\W*(?:und|and|what\s+about|und\s+was\s+ist\s+mit|was\s+ist\s+mit)(?!\p{L})/iu;
const AND_FOR_ANOTHER_WORDS = 6;

/** The point answered last ("Was kostet ein Personalausweis?": the fees), asked again of another topic ("und für mein Kind?") where it has one. */
function carriedFacet(turn: Turn, entry: Entry, followUp: boolean): Facet | undefined {
  const last = turn.state.lastShown;
  if (followUp || !isFacet(last) || !AND_FOR_ANOTHER.test(turn.text) || turn.text.split(/\s+/).length > AND_FOR_ANOTHER_WORDS)
    return undefined;
  return hasFacet(entry, last) ? last : undefined;
}

/**
 * Answers an entry: the point the citizen asked first ("Was kostet …?" gets the fee), the other
 * facets as buttons, a card where the channel shows one. `also` is a second request of the same
 * message, offered as a button.
 */
async function answer(turn: Turn, id: string, also?: string, tapped?: Facet, hoursOf?: string): Promise<void> {
  const { knowledge, municipality } = turn.services;
  // The entry in the conversation's language; whatever is not translated is German, and the answer says so.
  const language = turn.state.language;
  const german = knowledge.entry(id)!;
  const translated = language === 'de' ? undefined : translateEntry(german, translationOf(language, id), knowledge.fileEntries.get(id));
  const entry = translated?.entry ?? german;
  const followUp = turn.state.lastTopic === id;
  // "Hat das Rathaus morgen Nachmittag auf?", "am 24.12. geöffnet?": the hours of that day first.
  const said = id === HOURS_TOPIC && mayNameADay(turn.text) ? parseDateTime(turn.text) : undefined;
  // "Und am Sonntag?" asked on a Sunday: today's hours (the dates read a weekday as the next one; trial 46 got next week's).
  const weekdayToday = (date: string): string => {
    const today = berlinWallClock(new Date()).date;
    return date === addDays(today, 7) && !/\d/u.test(turn.text) ? today : date;
  };
  const day = said?.date && !said.approximate ? weekdayToday(said.date) : undefined;
  // "wo muss ich da hin?" after an answer, "Wo ist das Bürgerbüro?" at any time: where the office is and when it is open.
  const asksWhere = (followUp || id === HOURS_TOPIC) && ASKS_WHERE.test(turn.text);
  // "die Telefonnummer von Herrn Schäfer": a private person's number, no office's contact asked (trial 62).
  const asked = tapped || day || asksOthersPrivateData(turn.text) ? [] : facetsAsked(turn.text);
  const facet = tapped ?? (day ? undefined : (asked[0] ?? (asksWhere ? 'office' : carriedFacet(turn, entry, followUp))));
  // "was kost des" after the opening hours asks about something else: which matter, not the hours again.
  if (followUp && id === HOURS_TOPIC && (facet === 'fees' || facet === 'documents'))
    return turn.reply(turn.t.conversation.whichMatter(facet));
  if (facet) turn.count({ kind: 'facet', facet });
  // A question about the matter just answered ("Kann ich die per Post bekommen?") that names no point
  // the entry has: the same summary again would pretend to answer it.
  const shown = facet ?? (day ? `day:${day}` : 'summary');
  // "Kann ich das per Post machen?", "Wann frühestens?" about the matter just answered: the entry's sentence about it, where it has one;
  // when to pay also in a first question ("Wann muss ich die Grundsteuer zahlen?": the due dates).
  const plain = !tapped && shown === 'summary';
  // … or, after it, the note about what the follow-up names ("Wann endet dann die Kirchensteuer?" after leaving the church).
  // "Bis wann muss ich widersprechen?": the note on objecting, which "bis wann" would have passed over for the dates to pay.
  const objecting = !tapped && namesAnObjection(turn.text) ? noteNamedIn(entry, turn.text, turn.services.knowledge.places) : undefined;
  const sentence =
    objecting ??
    ((followUp || asksWhenToPay(turn.text)) && plain ? sentenceAnswering(entry, turn.text) : undefined) ??
    (followUp && plain ? (noteNamedIn(entry, turn.text, turn.services.knowledge.places) ?? stepNamedIn(entry, turn.text)) : undefined);
  if (sentence) {
    offerRating(turn, id);
    // In the conversation's language (trial 43: "Hilfreich | Nicht hilfreich" under English and Leichte-Sprache follow-ups).
    return turn.reply(`${entry.title}: ${sentence}`, { suggestions: turn.speak(ratingButtons) });
  }
  // The hours' summary is today's hours and the week's: it answers "Bis wann habt ihr heute offen?" again.
  if (followUp && plain && turn.state.lastShown === 'summary' && id !== HOURS_TOPIC && asksSomething(turn.text)) {
    // The editors see it among the unanswered questions: the entry may need that point; the report counts it so.
    await keepUnanswered(turn, turn.text, 'none', [id]);
    turn.countAsUnanswered();
    const office = municipality.offices[entry.office] ?? municipality.offices.rathaus;
    const reply = turn.speak(() => answerReply(entry, municipality, (topic) => titleIn(turn, topic), { first: false }));
    // An office of the Markt without a line of its own is reached through the Rathaus (as its answer says).
    const phone = office?.phone ?? (office?.external ? null : (municipality.offices.rathaus?.phone ?? null));
    return turn.reply(turn.t.conversation.nothingMore(entry.title, office?.name ?? '', phone), {
      suggestions: reply.suggestions.filter((s) => !turn.speak(ratingButtons).includes(s)),
    });
  }
  turn.state.lastShown = shown;
  const note = translated && !translated.complete ? turn.t.language.germanOnly : undefined;
  // An animal that died or was given away ends a registration: none is offered.
  const animalGone = lossTold(turn.text) === 'animal' || GIVEN_AWAY.test(turn.text);
  // Without a facet asked, a note about what the question names comes first ("Gartenhaus"); not one about what
  // it tells done ("the landlord gave us the paper" had led with the note for a landlord who gives none).
  // With a point asked, the note a part beside it names ("wie lange ist die Ruhezeit … und was kostet das?").
  const besides = facet && !tapped ? askedBesideTheFacets(turn.text) : undefined;
  const lead =
    facet && besides === undefined
      ? undefined
      : noteNamedIn(entry, withoutReceivedInEnglish(withoutToldAside(besides ?? turn.text)), turn.services.knowledge.places);
  const hoursOffice = id === HOURS_TOPIC ? (officeNamedForHours(turn.text, municipality) ?? hoursOf) : undefined;
  // The hours of an office whose appointments are not booked here ("Wann hat des Standesamt offe?"): no booking of the Bürgerbüro's offered (trial 60).
  const bookedElsewhere =
    hoursOffice !== undefined &&
    hoursOffice !== entry.office &&
    entry.flow !== undefined &&
    flowsOf(turn)[entry.flow]?.office !== hoursOffice;
  const reply = turn.speak(() =>
    answerReply(entry, municipality, (topic) => titleIn(turn, topic), {
      facet,
      alsoFacet: asked[1],
      first: !followUp,
      also,
      note,
      lead,
      day,
      hoursOffice,
      withoutFlow: animalGone || bookedElsewhere,
      besides: besides !== undefined,
    }),
  );
  offerRating(turn, id);
  // A request offered with the answer ("Veranstaltung anzeigen" under the events' answer): its button
  // fills the form from this question (a club's date, place and guests had been asked again one by one).
  const offered = tapped ? undefined : also && !knowledge.entry(also) ? also : animalGone ? undefined : entry.flow;
  // "Sommerfest am 14. Februar im Mitteilungsblatt ankündigen", then the events' answer tapped: its form is filled from the first question (trial 37).
  const firstAsked = turn.state.alsoOffered?.topic === id ? turn.state.alsoOffered.question : turn.text;
  turn.state.flowOffered = offered ? { flow: offered, question: firstAsked } : undefined;
  turn.state.alsoOffered = also && knowledge.entry(also) ? { topic: also, question: turn.text } : undefined;
  turn.reply(reply.text, {
    suggestions: reply.suggestions,
    // Once a topic: a follow-up ("Kosten", "und wie lange?") does not show the same card again (trial 46: it filled a phone's screen).
    ...(showsCards(turn.activity.channelId) && !followUp ? { attachments: [turn.speak(() => answerCard(reply.view))] } : {}),
  });
  // (A day asked after the hours keeps the question that named the office, for the day asked next.)
  const sameHoursAgain = id === HOURS_TOPIC && turn.state.lastTopic === HOURS_TOPIC && namesOnlyADay(turn.text);
  if ((id !== turn.state.lastTopic || !tapped) && !sameHoursAgain) turn.state.lastAsked = tapped ? undefined : turn.text;
  turn.state.lastTopic = id;
  // Topics that need personal advice go to a person (or a call-back is offered).
  if (entry.personalAdvice && !facet) await requestHandoff(turn, { reason: 'personal-advice' });
}

/** "Wir haben den Hund weggegeben", "abgegeben", "verkauft": it lives elsewhere now. */
const GIVEN_AWAY = /(?<!\p{L})(?:weggegeben|abgegeben|verschenkt|verkauft|ins\s+tierheim\s+gebracht)(?!\p{L})/iu;

/** Sympathy for a death told, or an apology to someone annoyed: one of them, before the answer. */
function sayFeelings(turn: Turn): void {
  const loss = lossTold(turn.text);
  if (loss) turn.reply(turn.t.conversation.loss[loss]);
  else if (isAnnoyed(turn.text)) turn.reply(turn.t.conversation.annoyed);
}

/** "Meinten Sie …?" with the router's close candidates as buttons; a click sends the title, which routes exactly to the topic. */
/** System topics by the button of the conversation's language that asks for them (their titles are German). */
const SYSTEM_BUTTONS: Readonly<Record<string, Command>> = { mitarbeiter: 'person', datenschutz: 'privacy', 'daten-loeschen': 'deleteData' };

/** A candidate's button: in English a system topic without such a button is left out (trial 43: a German question had been offered). */
function candidateButton(turn: Turn, id: string): string | undefined {
  const command = SYSTEM_BUTTONS[id];
  if (turn.language !== 'de' && command) return turn.button(command);
  if (turn.language === 'en' && turn.services.knowledge.router.topic(id)?.kind === 'system') return undefined;
  return titleIn(turn, id);
}

function clarify(turn: Turn, result: RouteResult): void {
  const titles = result.candidates.map((c) => candidateButton(turn, c.id)).filter((t): t is string => Boolean(t));
  // A person is always one tap away, once (the handoff may be one of the close topics).
  turn.reply(turn.t.conversation.clarify, { suggestions: [...new Set([...titles, turn.button('person')])] });
}

async function system(turn: Turn, id: string): Promise<void> {
  const town = turn.services.municipality;
  switch (id) {
    case 'begruessung':
      return turn.reply(turn.t.conversation.greeting, { suggestions: turn.t.conversation.helpSuggestions });
    case 'dank':
      // "This bot is useless" was already apologized for (sayFeelings): the offer alone, not a second "I am sorry".
      if (saysNotHelpful(turn.text))
        return turn.reply(isAnnoyed(turn.text) ? turn.t.conversation.annoyedOffer : turn.t.conversation.notHelpful, {
          suggestions: [turn.button('person')],
        });
      // "Tschüss", "Danke, das wars schon": a goodbye, not "Kann ich noch helfen?".
      return turn.reply(saysGoodbye(turn.text) ? turn.t.conversation.farewell : turn.t.conversation.thanks);
    case 'hilfe':
      return turn.reply(turn.t.conversation.help, { suggestions: turn.t.conversation.helpSuggestions });
    case 'bot-identitaet':
      return turn.reply(turn.t.conversation.botIdentity, { suggestions: [turn.button('person')] });
    case 'datenschutz': {
      const data = [turn.button('deleteData'), turn.button('showData')];
      // One point asked ("Nutzt ihr ChatGPT?"): that point, and the whole notice one tap away.
      const point = turn.speak(() => privacyPointText(town, turn.services.config, turn.text));
      if (point) return turn.reply(point, { suggestions: [turn.button('privacy'), ...data] });
      return turn.reply(
        turn.speak(() => privacyNoticeText(town, turn.services.config)),
        { suggestions: data },
      );
    }
    case 'mitarbeiter':
      return requestHandoff(turn);
    case 'daten-loeschen':
      return deleteMyData(turn);
    default:
      turn.services.logger.warn({ intent: id }, 'intent without a handler');
      return turn.reply(turn.t.conversation.fallback(town), { suggestions: [turn.button('person')] });
  }
}
