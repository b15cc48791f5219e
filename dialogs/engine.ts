// The typed form engine: a flow is an ordered list of fields; the engine takes the citizen's
// answer for the current field and says what to show next. Pure (no I/O), so every rule of a
// conversation can be tested without a server, and the state survives restarts as plain JSON.
import { z } from 'zod';
import {
  afterChangeOfMind,
  button,
  cancels,
  afterCorrection,
  correctedValue,
  correctsEarlier,
  ratherThanBefore,
  foldCommand,
  valueBesideTheWrongOne,
  partReplaced,
  isCommand,
  withoutSlip,
  withoutAsideAtEnd,
} from '../knowledge/texts/commands';
import { berlinWallClock } from '../knowledge/hours';
import { mayNameADay, parseDateTime } from './dates';
import { texts, type Language } from '../knowledge/texts/index';
import { asksIfSomeoneIsThere, isBareReply } from '../knowledge/language/small-talk';
import { isOnlyAName, STREET_AND_NUMBER, STREET_ENDING } from '../knowledge/language/names';
import { choiceByPlace } from '../knowledge/language/ordinals';
import { saysPlainNo, saysPlainYes } from '../knowledge/language/yes-no';
import { likelyMeantAddress } from './email-typos';

/** A message of this many words taken whole into a field is not said back word for word. */
const REPEATED_WORDS = 4;

export const attachmentSchema = z.object({
  name: z.string().default('foto'),
  contentType: z.string(),
  contentUrl: z.string(),
});

export const flowStateSchema = z.object({
  flow: z.string(),
  /** The field being asked, or SUMMARY ("bestaetigung") while the citizen checks the answers. */
  field: z.string(),
  answers: z.record(z.string(), z.unknown()).default({}),
  /** Wrong answers to the current field in a row. */
  tries: z.number().int().min(0).default(0),
  /** Set while correcting one field from the summary: afterwards back to the summary. */
  editing: z.boolean().default(false),
  /** Identifies this run of the flow, so that a repeated turn does not create a second case. */
  runId: z.string().optional(),
  /** Choices computed when the field was asked (fields with choicesFrom, e.g. free slots). */
  offered: z.record(z.string(), z.array(z.string())).optional(),
  /** The reference of the booking this run replaces (moving an appointment), cancelled once this one is booked. */
  replaces: z.string().optional(),
  /** A part of the current question's answer given so far (a day without its time), put before the next answer. */
  partial: z.string().optional(),
  /** Parts of later answers the first message gave ("Sommerfest am 14. Februar": the day without its time), by field: asked for what is missing when their question comes. */
  early: z.record(z.string(), z.object({ kept: z.string(), missing: z.string(), asks: z.boolean().optional() })).optional(),
  /** The first message's words that wish a day, kept until the question with run-time choices comes (bot/: the free slots). */
  wish: z.string().optional(),
});
export type FlowState = z.infer<typeof flowStateSchema>;

/** The confirmation step at the end of every flow, named like a field (channelData.prompt.field). */
export const SUMMARY = 'bestaetigung';
const MAX_TRIES = 3;

export interface FlowField {
  name: string;
  /** Short German name, used in the summary and on the "<label> ändern" button. */
  label: string;
  /** German question, formal Sie; says why personal data is needed. */
  prompt: string;
  /** The question when it can take up an earlier answer ("Wo genau in Schimborn?"); undefined: `prompt`. */
  promptFor?: (answers: Record<string, unknown>) => string | undefined;
  /** Parses the text answer (may depend on earlier answers and the offered choices); its issue messages are shown to the citizen. */
  schema: z.ZodType<unknown, string> | ((answers: Record<string, unknown>, offered: string[]) => z.ZodType<unknown, string>);
  choices?: string[];
  /** The choices are not fixed: bot/ computes them when the field is asked and keeps them in state.offered. */
  choicesFrom?: ChoicesHook;
  /** Asked only when this returns true for the answers so far. */
  condition?: (answers: Record<string, unknown>) => boolean;
  help: string;
  /**
   * A description in the citizen's words: a question in it is part of the answer, unless it is one of
   * another matter the knowledge surely answers ("übrigens, wann habt ihr morgen offen?").
   */
  freeText?: boolean;
  /** The question the citizen has for staff (a call-back's matter): kept as the answer even where the knowledge would answer it. */
  questionIsTheMatter?: boolean;
  /** Say back what was understood ("Ich habe „April 2022 (ungefähr)“ verstanden."): dates, times and estimates. */
  echo?: boolean;
  /** Accepts an image attachment as the answer. */
  acceptsImage?: boolean;
  /**
   * An earlier free-text field that words sent here instead of this field's answer are added to
   * ("vor Hausnummer 12" at a report's photo): kept with the request, and this question asked again.
   */
  addsTo?: string;
  /** The answer names the person the request is for: whoever names this surname may ask its status. */
  holder?: boolean;
  /** A value that ends the flow politely (e.g. no consent): returns the message. */
  stopsWith?: (value: unknown) => string | undefined;
  /**
   * The choice taken when nothing names another ("Sonstiges"): what the words of a message give when they name none, so no
   * change of an answer given (trial 54: a place corrected at the summary had turned "Glätte / Winterdienst" into "Sonstiges").
   */
  fallback?: string;
  /** A hint shown after a valid answer (e.g. a deadline warning). */
  note?: (value: unknown) => string | undefined;
  /** Fields whose answers depend on this one: changing it asks them again (e.g. the end after the start). */
  invalidates?: string[];
  /**
   * Fields read from this answer (whether a breed is a listed one) that a correction of an answer given before asks again, given
   * the answers before and the new value (trial 60: "Listenhund: Ja" had stayed after the breed was changed to a Labrador mix);
   * its first answer keeps what the citizen already said of them ("kein Kampfhund" in the first message).
   */
  readFrom?: (before: Record<string, unknown>, value: unknown) => string[];
  /**
   * An earlier answer this one shows to be wrong, and why (trial 62: the dog's name "Rocky" typed where its breed was asked,
   * then again as its name, had been sent as "Rasse: Rocky"): that answer is dropped and its question asked next, after the reason.
   */
  disproves?: (answers: Record<string, unknown>, value: unknown) => { field: string; because: string } | undefined;
  /**
   * For a message this field's schema does not take: the raw answers it gives to this and later
   * fields (a telephone number typed at "Telefon oder E-Mail?"), each checked by its own schema.
   */
  answeredWith?: (said: string, answers: Readonly<Record<string, unknown>>) => Record<string, string> | undefined;
  /**
   * For a message this field's schema does not take because a part is missing ("16.05.2027" without
   * its time): the part kept, put before the next answer ("14 Uhr"), and what to ask for.
   */
  partOf?: (
    said: string,
    answers: Record<string, unknown>,
  ) => { kept: string; missing: string; /** `missing` is the whole question. */ asks?: boolean } | undefined;
  /** How the value appears in the summary. */
  show?: (value: unknown) => string;
}

/** Why a request is urgent: ice or snow on a public way, or a danger to people described. */
type UrgentReason = 'ice' | 'danger';

/** Choices that only bot/ can compute, by name; bot/ must provide each (a Record over this union). */
export type ChoicesHook = 'free-slots';
/** What bot/ does with a confirmed flow instead of submitting a case, by name; bot/ must provide each. */
export type CompletionHook = 'book-appointment' | 'cancel-appointment' | 'move-appointment' | 'case-status';

export interface FlowDefinition {
  id: string;
  office: string;
  /** The field that says what the request is about: bot/ sends the case to the office of the topic it names, else to `office`. */
  officeByMatter?: string;
  /**
   * A request about any of many matters (a defect of any kind): an answer may offer it ("Wasserrohrbruch" offers the
   * report), but no entry is its topic, so a question in it or after it is routed on its own.
   */
  ofManyMatters?: true;
  /** Lines its summary shows below the answers, given by the caller (bot/: the office a call-back's matter chose, trial 63). */
  summaryNotes?: (answers: Record<string, unknown>) => string[];
  /** Why a sent request of this flow needs a look first (the console marks it), by its answers; undefined when it does not. */
  urgent?: (answers: Record<string, unknown>) => UrgentReason | undefined;
  title: string;
  /** Extra texts that start the flow (buttons like "Schaden melden"). */
  starters: string[];
  /**
   * Free text that starts this flow before the router decides, for requests the router's topic
   * does not tell apart (the topic termin-buchen covers booking and cancelling).
   */
  startsOn?: { test(said: string): boolean };
  /** Answers the citizen already gave in the message that started the flow (checked like typed answers). */
  prefill?: (said: string) => Record<string, string>;
  /**
   * The German words without which a message does not start this flow when the router picked it (an
   * event needs a word for an event): "Kann ich mich hier gleich anmelden?" is asked back, not begun as one.
   */
  namedBy?: RegExp;
  intro: string;
  fields: FlowField[];
  /** What happens after the request was sent (told with the reference number). */
  next?: string;
  /** false: completes after the last field without a summary (e.g. cancelling by reference number). */
  confirm?: boolean;
  /** Done by bot/ when confirmed; without one the answers become a case for the office. */
  completion?: CompletionHook;
  /**
   * The texts of the flow in the other conversation languages, next to the German ones. A language
   * or a field without a translation is shown in German (the fallback is explicit, never silent).
   */
  translations?: Partial<Record<Exclude<Language, 'de'>, FlowTranslation>>;
}

/** A field as a citizen reads it in another language. */
interface FieldTranslation {
  label: string;
  prompt: string;
  promptFor?: (answers: Record<string, unknown>) => string | undefined;
  help: string;
  /** Shown instead of the German choices, in their order; the answer stored stays German (the office reads it). */
  choices?: string[];
  note?: (value: unknown) => string | undefined;
  stopsWith?: (value: unknown) => string | undefined;
}

/** A flow's texts in another language: intro, what happens next, and its fields by name. */
interface FlowTranslation {
  /** The title as a button says it; the German title still starts the flow. */
  title?: string;
  intro: string;
  next?: string;
  fields: Record<string, FieldTranslation>;
}

/** The words of a text that can name a choice: folded, of four letters at least. */
const wordsOf = (text: string): string[] =>
  foldCommand(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4);

/** Leichte Sprache's media dot ("Straßen·lampe") only helps reading: the citizen types the whole word. */
const wholeWordsOf = (text: string): string[] => wordsOf(text.replace(/·/g, ''));

/** Everyday words for choices ("Perso" for "Personalausweis"), by the choice they name. */
export type ChoiceWords = ReadonlyArray<readonly [string, RegExp]>;

/**
 * The choices a citizen named: the whole choice (in any of the lists, e.g. shown and German), or
 * else every choice that shares a word with the message ("Straßenlampe kaputt" with "Straßen·lampe",
 * "street light is broken" with "Street lighting"; one word may be the start of the other) or whose
 * everyday words it uses (`words`, by the first list's choices). The caller takes a choice only
 * when exactly one is named; otherwise the citizen is asked to choose.
 */
function namedChoices(text: string, lists: ReadonlyArray<readonly string[]>, words: ChoiceWords = []): Set<number> {
  const folded = foldCommand(text);
  for (const list of lists) {
    const index = list.findIndex((c) => foldCommand(c) === folded);
    if (index >= 0) return new Set([index]);
  }
  const said = wordsOf(text);
  // "Straßenlampe kaputt": the choice whose every word is said wins over one that shares a part ("Loch in der Straße").
  for (const list of lists) {
    const whole = list.flatMap((c, index) => {
      const words = wholeWordsOf(c);
      return words.length && words.every((w) => said.some((v) => v.startsWith(w))) ? [index] : [];
    });
    if (whole.length === 1) return new Set(whole);
  }
  const sharing = new Set<number>();
  for (const list of lists)
    list.forEach((c, index) => {
      if (wordsOf(c).some((w) => said.some((v) => v.startsWith(w) || w.startsWith(v)))) sharing.add(index);
    });
  for (const [c, pattern] of words) if (lists[0]!.includes(c) && pattern.test(text)) sharing.add(lists[0]!.indexOf(c));
  return sharing;
}

/** The one element of a set, if it has exactly one. */
const onlyOne = (indices: Set<number>): number | undefined => (indices.size === 1 ? [...indices][0] : undefined);

/** A choice shown in another language: either its shown or its German word is taken, and the German one kept. */
const translatedChoice = (shown: readonly string[], stored: readonly string[], german: FlowField['schema']): z.ZodType<string, string> =>
  z.string().transform((text, ctx) => {
    const index = onlyOne(namedChoices(text, [shown, stored]));
    if (index !== undefined) return stored[index]!;
    // The German field's own words ("Ja klar", "No, he is a beagle": yes and no in their words; trial 38: refused in English and Leichte Sprache).
    const said = typeof german === 'function' ? undefined : german.safeParse(text);
    if (said?.success && typeof said.data === 'string' && stored.includes(said.data)) return said.data;
    ctx.addIssue({ code: 'custom', message: texts().flows.choose(shown) });
    return z.NEVER;
  });

/** The flow as a citizen reads it in `language`: translated texts, the same fields, answers and checks. */
export function localize(flow: FlowDefinition, language: Language): FlowDefinition {
  const translation = language === 'de' ? undefined : flow.translations?.[language];
  if (!translation) return flow;
  const fields = flow.fields.map((field): FlowField => {
    const t = translation.fields[field.name];
    if (!t) return field;
    const german = field.choices;
    const shown = t.choices && german && t.choices.length === german.length ? t.choices : undefined;
    return {
      ...field,
      label: t.label,
      prompt: t.prompt,
      // Never the German one: a translation without it asks its own prompt.
      promptFor: t.promptFor,
      help: t.help,
      ...(t.note && { note: t.note }),
      ...(t.stopsWith && { stopsWith: t.stopsWith }),
      ...(shown &&
        german && {
          choices: shown,
          schema: translatedChoice(shown, german, field.schema),
          show: field.show ?? ((value: unknown) => shown[german.indexOf(String(value))] ?? String(value)),
        }),
    };
  });
  return {
    ...flow,
    ...(translation.title && { title: translation.title, starters: [flow.title, ...flow.starters] }),
    intro: translation.intro,
    next: translation.next ?? flow.next,
    fields,
  };
}

export interface FlowMessage {
  text: string;
  suggestions?: string[];
  channelData?: { prompt: { flow: string; field: string; choices?: string[] } };
}

type FlowOutcome = 'cancelled' | 'handoff' | 'completed';

export interface FlowStep {
  messages: FlowMessage[];
  /** The state to keep; undefined when the flow has ended (but for one completed at its start: the state it completed from). */
  state?: FlowState;
  outcome?: FlowOutcome;
  answers?: Record<string, unknown>;
  /** Completed with "Absenden mit Benachrichtigung": the citizen agreed to be told here when the request is closed. */
  notify?: boolean;
  /** Words that narrow the run-time choices of the question asked ("09.12.2026 um halb elf" for a slot's time corrected). */
  wish?: string;
}

export interface FlowInput {
  text: string;
  /** The message as the citizen wrote it, where `text` is what was made of it (a slot chosen from "9 am please. My name is …"). */
  said?: string;
  attachments?: Array<{ contentType?: string; contentUrl?: string; name?: string }>;
}

/** The images of a message (a photo of the damage), in the order sent. */
const imagesIn = (input: FlowInput): NonNullable<FlowInput['attachments']> =>
  (input.attachments ?? []).filter((a) => a.contentType?.startsWith('image/') && a.contentUrl);

const activeFields = (flow: FlowDefinition, answers: Record<string, unknown>): FlowField[] =>
  flow.fields.filter((f) => !f.condition || f.condition(answers));

/** Asks a field: the prompt with its choices as buttons and channelData.prompt for clients. */
export function ask(
  flow: FlowDefinition,
  field: FlowField,
  answers: Record<string, unknown>,
  prefix?: string,
  choices: string[] | undefined = field.choices,
): FlowMessage {
  const prompt = field.promptFor?.(answers) ?? field.prompt;
  const text = prefix ? afterReason(prefix, prompt) : prompt;
  return {
    text,
    suggestions: choices,
    channelData: { prompt: { flow: flow.id, field: field.name, ...(choices ? { choices } : {}) } },
  };
}

/** The choices of a field as last offered in this state. */
const choicesOf = (field: FlowField, state: FlowState): string[] | undefined =>
  field.choicesFrom ? state.offered?.[field.name] : field.choices;

/** An answer as the citizen sees it in the summary (and staff and the office see it later). */
function shownValue(field: FlowField | undefined, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (field?.show) return field.show(value);
  if (typeof value !== 'object') return String(value);
  return 'name' in value ? texts().flows.photo(String(value.name)) : JSON.stringify(value);
}

/** A request's answers with the labels and values of its summary; for answers of an unknown flow, the raw names. */
export function shownAnswers(flow: FlowDefinition | undefined, answers: Record<string, unknown>): Array<{ field: string; value: string }> {
  return Object.entries(answers).map(([name, value]) => {
    const field = flow?.fields.find((f) => f.name === name);
    return { field: field?.label ?? name, value: shownValue(field, value) };
  });
}

function summary(flow: FlowDefinition, answers: Record<string, unknown>): FlowMessage {
  const fields = activeFields(flow, answers);
  // An address whose provider looks mistyped is asked about once more under its line, with the likely one as a button (meantAddressTaken).
  const given = fields.filter((f) => answers[f.name] !== undefined);
  const likely = given.map((f) => likelyAddressOf(f, answers));
  const lines = [
    ...given.flatMap((f, i) => [
      `${f.label}: ${shownValue(f, answers[f.name])}`,
      ...(likely[i] ? [texts().fields.emailTypo(likely[i])] : []),
    ]),
    ...(flow.summaryNotes?.(answers) ?? []),
  ];
  const meant = likely.filter((address): address is string => address !== undefined);
  // Notice of the office's finishing is offered for a case; a booking is done when it is sent.
  const notify = flow.completion ? [] : [button('submitNotify')];
  const changes = changeButtons(fields);
  const buttons = [...meant, button('submit'), ...notify, ...changes, button('cancel')];
  // A long request offers "Etwas ändern" and then the answers (trial 35/36: 8 to 13 buttons took 500 of a phone's 844 px).
  const shown =
    changes.length > CHANGE_BUTTONS_SHOWN ? [...meant, button('submit'), ...notify, button('changeSomething'), button('cancel')] : buttons;
  return {
    text: texts().flows.summary(lines, button('submit'), notify[0]),
    suggestions: shown,
    channelData: { prompt: { flow: flow.id, field: SUMMARY, choices: buttons } },
  };
}

/** The address a field's answer likely meant, where its note doubts the mail provider typed ("…@gmial.com"). */
function likelyAddressOf(field: FlowField, answers: Record<string, unknown>): string | undefined {
  const value = answers[field.name];
  return typeof value === 'string' && field.note?.(value) ? likelyMeantAddress(value) : undefined;
}

/** At most this many "… ändern" buttons are shown with the summary itself. */
const CHANGE_BUTTONS_SHOWN = 3;
const changeButtons = (fields: readonly FlowField[]): string[] => fields.map((f) => texts().flows.change(f.label));

/** "Etwas ändern" at the summary: the answers one can change, the summary still open. */
function whatToChange(flow: FlowDefinition, state: FlowState): FlowMessage {
  const buttons = [...changeButtons(activeFields(flow, state.answers)), button('submit')];
  return {
    text: texts().flows.whatToChange,
    suggestions: buttons,
    channelData: { prompt: { flow: flow.id, field: SUMMARY, choices: buttons } },
  };
}

/**
 * The answers a message gives besides the one asked (the flow's `prefill`), for fields not answered
 * yet, each checked by its schema; with what to say back and the notes on them.
 */
function takenFrom(
  flow: FlowDefinition,
  answers: Record<string, unknown>,
  said: string,
): { answers: Record<string, unknown>; messages: FlowMessage[]; early: NonNullable<FlowState['early']> } {
  const result = { ...answers };
  const names: string[] = [];
  const early: NonNullable<FlowState['early']> = {};
  for (const [name, raw] of Object.entries(flow.prefill?.(said) ?? {})) {
    const field = flow.fields.find((f) => f.name === name);
    if (!field || result[name] !== undefined) continue;
    // Only fields with fixed choices or free text can be answered this way (no runtime choices yet).
    const parsed = schemaOf(field, result).safeParse(raw);
    if (parsed.success) {
      result[name] = parsed.data;
      names.push(name);
    } else {
      // Part of an answer ("am 14. Februar" without its time): kept for its question (trial 37: the day had been asked again).
      const part = field.partOf?.(raw, result);
      if (part) early[name] = part;
    }
  }
  // What was taken from the message is said back, so that nothing is used unseen.
  // A long message taken whole is not repeated: "Ihre Nachricht von eben"; a short one (a reference number) is shown.
  const taken = shownAnswers(flow, Object.fromEntries(names.map((name) => [name, result[name]]))).map(({ field, value }) => ({
    field,
    value: value === said.trim() && said.trim().split(/\s+/).length >= REPEATED_WORDS ? texts().flows.yourWords : value,
  }));
  // And what matters about them ("Veranstaltungen sind mindestens eine Woche vorher anzuzeigen").
  const notes = flow.fields
    .flatMap((f) => (names.includes(f.name) ? [f.note?.(result[f.name])] : []))
    .filter((n): n is string => Boolean(n));
  return {
    answers: result,
    messages: [...(taken.length ? [{ text: texts().flows.taken(taken, flow.confirm !== false) }] : []), ...notes.map((text) => ({ text }))],
    early,
  };
}

/** A field's question, or where the first message gave part of its answer, what is missing of it (with that part kept). */
function question(
  flow: FlowDefinition,
  field: FlowField,
  answers: Record<string, unknown>,
  early: FlowState['early'],
): { message: FlowMessage; partial?: string } {
  const part = early?.[field.name];
  if (!part) return { message: ask(flow, field, answers) };
  return {
    message: part.asks ? { ...ask(flow, field, answers), text: part.missing } : ask(flow, field, answers, part.missing),
    partial: part.kept,
  };
}

/** The parts of first answers without the one now asked for. */
const earlyWithout = (early: FlowState['early'], name: string): Pick<FlowState, 'early'> => {
  const rest = Object.fromEntries(Object.entries(early ?? {}).filter(([field]) => field !== name));
  return Object.keys(rest).length ? { early: rest } : {};
};

/** Starts a flow: intro and the first question the message that started it does not answer yet. */
/** Starts a flow: `said` is read for first answers (prefill); `given` are answers known already (the booking a move replaces). */
export function start(flow: FlowDefinition, said = '', given: Record<string, unknown> = {}, options: { intro?: boolean } = {}): FlowStep {
  const { answers, messages, early } = takenFrom(flow, given, said);
  // A request begun by another (the booking of a moved appointment) is introduced by that one.
  const intro = options.intro === false ? [] : [{ text: flow.intro }];
  const fields = activeFields(flow, answers);
  const open = fields.find((f) => answers[f.name] === undefined);
  // Everything given up front (a move of the appointment booked in this chat): done at once (with the
  // state at its last question, for a completion that must ask again), or the summary.
  const runId = globalThis.crypto.randomUUID();
  if (!open && flow.confirm === false)
    return {
      messages: [...intro, ...messages],
      outcome: 'completed',
      answers,
      state: { flow: flow.id, field: fields.at(-1)!.name, answers, tries: 0, editing: false, runId },
    };
  if (!open)
    return {
      messages: [...intro, ...messages, summary(flow, answers)],
      state: { flow: flow.id, field: SUMMARY, answers, tries: 0, editing: false, runId },
    };
  const first = question(flow, open, answers, early);
  return {
    messages: [...intro, ...messages, first.message],
    state: {
      flow: flow.id,
      field: open.name,
      answers,
      tries: 0,
      editing: false,
      runId,
      ...earlyWithout(early, open.name),
      ...(first.partial ? { partial: first.partial } : {}),
    },
  };
}

/** The field currently asked, or undefined at the summary. */
export function currentField(flow: FlowDefinition, state: FlowState): FlowField | undefined {
  return flow.fields.find((f) => f.name === state.field);
}

/**
 * "Was haben wir gerade gemacht?", "wo waren wir?": the request named, the answers given so far and its question
 * (trial 46: the question alone, or no answer at all). At the summary, the summary is that already.
 */
export function recap(flow: FlowDefinition, state: FlowState): FlowMessage {
  const field = currentField(flow, state);
  if (!field) return summary(flow, state.answers);
  const lines = activeFields(flow, state.answers)
    .filter((f) => f.name !== field.name && state.answers[f.name] !== undefined)
    .map((f) => `${f.label}: ${shownValue(f, state.answers[f.name])}`);
  return ask(flow, field, state.answers, texts().flows.whereWeAre(flow.title, lines), choicesOf(field, state));
}

/** Re-asks the current question (after an interruption). */
export function reask(flow: FlowDefinition, state: FlowState): FlowMessage {
  const field = currentField(flow, state);
  return field ? ask(flow, field, state.answers, texts().flows.resume, choicesOf(field, state)) : summary(flow, state.answers);
}

function next(flow: FlowDefinition, state: FlowState, answers: Record<string, unknown>): FlowStep {
  const fields = activeFields(flow, answers);
  // Drop answers of fields that no longer apply (e.g. after changing the contact way).
  const kept = Object.fromEntries(Object.entries(answers).filter(([k]) => fields.some((f) => f.name === k)));
  const index = state.editing ? -1 : fields.findIndex((f) => f.name === state.field);
  const following = state.editing
    ? fields.find((f) => kept[f.name] === undefined && !f.acceptsImage)
    : // Forward to the next question not answered yet (answers given up front or before a "zurück"),
      // from this one (still open when its message answered a later one only).
      fields.slice(Math.max(index, 0)).find((f) => kept[f.name] === undefined);
  if (!following && flow.confirm === false) return { messages: [], outcome: 'completed', answers: kept };
  if (!following) return { messages: [summary(flow, kept)], state: { ...state, field: SUMMARY, answers: kept, tries: 0, editing: false } };
  const asked = question(flow, following, kept, state.early);
  const { early: _early, ...rest } = state;
  return {
    messages: [asked.message],
    state: {
      ...rest,
      ...earlyWithout(state.early, following.name),
      field: following.name,
      answers: kept,
      tries: 0,
      ...(asked.partial ? { partial: asked.partial } : {}),
    },
  };
}

/** A field's check for the answers so far and the choices offered (its fixed ones unless given). */
const schemaOf = (field: FlowField, answers: Record<string, unknown>, offered = field.choices): z.ZodType<unknown, string> =>
  typeof field.schema === 'function' ? field.schema(answers, offered ?? []) : field.schema;

/** Answers the named fields in order, each by its own schema; undefined when one does not take its answer. */
function answerAll(
  flow: FlowDefinition,
  answers: Record<string, unknown>,
  raw: Record<string, string> | undefined,
): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  const result = { ...answers };
  for (const [name, text] of Object.entries(raw)) {
    const field = flow.fields.find((f) => f.name === name);
    const parsed = field && schemaOf(field, result).safeParse(text);
    if (!parsed?.success) return undefined;
    result[name] = parsed.data;
  }
  return result;
}

function wrong(flow: FlowDefinition, state: FlowState, field: FlowField | undefined, reason: string): FlowStep {
  const tries = state.tries + 1;
  // At the summary everything is given: asked again, never handed on (that would lose the request).
  if (tries >= MAX_TRIES && field) {
    return {
      messages: [{ text: texts().flows.failedTooOften }],
      outcome: 'handoff',
      answers: state.answers,
    };
  }
  return { messages: [askWith(flow, state, field, reason)], state: { ...state, tries } };
}

/** The current question (or the summary) again, after `reason`. */
function askWith(flow: FlowDefinition, state: FlowState, field: FlowField | undefined, reason: string): FlowMessage {
  return field
    ? ask(flow, field, state.answers, reason, choicesOf(field, state))
    : { ...summary(flow, state.answers), text: afterReason(reason, summary(flow, state.answers).text) };
}

/** A reason and the question after it: on a line of its own where the reason has lines (Leichte Sprache: one sentence a line). */
const afterReason = (reason: string, question: string): string => `${reason}${reason.includes('\n') ? '\n' : ' '}${question}`;

/**
 * After an answer failed too often and nobody can take the request over now: the question once
 * more, with the answers so far kept (ending the request would throw away what the citizen gave).
 */
export function askAgain(flow: FlowDefinition, state: FlowState): FlowStep {
  return { messages: [askWith(flow, state, currentField(flow, state), texts().flows.failedKeepGoing)], state: { ...state, tries: 0 } };
}

/** The fields that hold a person's name. */
const PERSON_FIELDS = ['name', 'halter', 'verantwortlicher'];
/** "bis halb zwölf", "bis um 23 Uhr": an end said by its time after "bis". */
const UNTIL_A_TIME =
  /(?<!\p{L})bis\s+((?:um\s+|gegen\s+|ca\.?\s+)?(?:halb\s+|viertel\s+(?:nach|vor)\s+)?(?:\d{1,2}(?:[:.]\d{2})?|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|mitternacht)(?:\s+uhr)?(?:\s+(?:nachts|abends|morgens|in\s+der\s+nacht))?)(?!\p{L})/iu;
/** "um 1", "gegen halb zwölf": an hour said after "um" (with the end named, its time). */
const AT_AN_HOUR =
  /(?<!\p{L})(?:um|gegen)\s+((?:halb\s+|viertel\s+(?:nach|vor)\s+)?(?:\d{1,2}(?:[:.]\d{2})?|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf))(?!\s*uhr)(?![\p{L}\d])/iu;
/** The end named by its word, in the region's too ("End"). */
const END_WORDS = /(?<!\p{L})(?:end|ende|endet|schluss|aufhören|aufhoeren|ends|finish\p{L}*)(?!\p{L})/iu;
/**
 * Everyday words for the fields every request has, by the field's name (the same in every
 * language): "die Adresse" for the Ort, "die Nummer" for the Kontakt, "ich wohne" for the Anschrift,
 * and a street with its number ("ach nein, Frohnbergstraße 12") for either.
 * The contact's words first: "die E-Mail-Adresse" is the contact, not an address.
 */
const FIELD_WORDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/(?<!\p{L})(e-?mail\p{L}*|mail\p{L}*|telefon\p{L}*|handy\p{L}*|nummer|rufnummer|phone|number)(?!\p{L})/iu, ['kontakt']],
  [
    /(?<!\p{L})(adresse|anschrift|wohne|wohnen|wohnort|straße|strasse|hausnummer|ort|stelle|address|street|place|\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|ring|allee)\s*\d{1,4}\s?[a-z]?)(?!\p{L})/iu,
    ['ort', 'anschrift'],
  ],
  // ("nein doch nicht, meine Frau ist die Halterin: Sabine Lang", trial 66: the registration had been cancelled.)
  [/(?<!\p{L})(name|nachname|vorname|heiße|heisse|halterin|halter|keeper|owner)(?!\p{L})/iu, PERSON_FIELDS],
  [/(?<!\p{L})(kampfhund\p{L}*|listenhund\p{L}*)(?!\p{L})/iu, ['listenhund']],
  // "es kommen eher 400 Leute" for the expected visitors (trial 50: it had become the place).
  [/(?<!\p{L})(leute|personen|gäste|gaeste|besucher\p{L}*|teilnehmer\p{L}*|people|guests|visitors)(?!\p{L})/iu, ['besucher']],
  // When to call back ("Die Zeit stimmt net, ich bin doch eher nachmittags ab 3 erreichbar", trial 56: asked to choose again).
  [/(?<!\p{L})(erreichbar\p{L}*|reachable|available)(?!\p{L})/iu, ['erreichbarkeit']],
  // An event's end ("Des End is doch erst um 1 Uhr nachts", trial 55: the dialect's "End" had changed the start; "mir mache doch bis
  // halb zwölf", trial 56).
  [new RegExp(`${END_WORDS.source}|${UNTIL_A_TIME.source}`, 'iu'), ['ende']],
  // An event's start by its verb ("Moment, es fängt erst um 15 Uhr an" where the end is asked, trial 63: it had become the end).
  [/(?<!\p{L})(beginn\p{L}*|fängt|faengt|anfang\p{L}*|los\s*geht|startet|starts|begins)(?!\p{L})/iu, ['beginn']],
  // The appointment's day and time ("Datum ändern", "lieber um 10 Uhr", "anderer Tag", "ach nee, doch lieber Dienstag",
  // "doch lieber um vier", trial 47: an hour by its number alone; "nein doch lieber am 17.", trial 64: a day by its date).
  [
    /(?<!\p{L})((?:am|den|zum)\s+\d{1,2}\.(?:\d{1,2}\.?)?(?!\d)|\d{1,2}\.\d{1,2}\.|(?:um|gegen|ab)\s+(?:halb\s+|viertel\s+(?:nach|vor)\s+)?(?:\d{1,2}|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)|datum|uhrzeit|tag|zeit|uhr|date|time|day|(?:mon|diens|donners|frei|sams|sonn)tags?|mittwochs?|(?:über|ueber)?morgen|vormittags?|nachmittags?|woche|früher|frueher|später|spaeter|(?:mon|tues|wednes|thurs|fri)day|tomorrow|morning|afternoon|earlier|later)(?!\p{L})/iu,
    ['zeitfenster', 'beginn'],
  ],
];
/** "… soll für meine Frau sein, Sabine Klein": someone else is the person, whatever else the message names. */
const FOR_SOMEONE =
  /(?<!\p{L})(?:für|fuer|for)\s+(?:meine[nmrs]?|mein|unsere[nmrs]?|my|our)\s+(?:frau|mann|ehefrau|ehemann|tochter|sohn|mutter|vater|oma|opa|kind|partner\p{L}*|freundin|freund|wife|husband|daughter|son|mother|father)(?!\p{L})/iu;

/** Whether words name one of a question's fixed choices (slots offered at run time are not fixed). */
const takesChoice = (field: FlowField, state: FlowState, value: string): boolean =>
  !field.choicesFrom && field.choices !== undefined && schemaOf(field, state.answers).safeParse(value).success;

/** One of the choices of the question asked, said after a change of mind ("nein doch nicht, es ist ein Straßenschaden"). */
function choiceAfterChangeOfMind(flow: FlowDefinition, state: FlowState, text: string): string | undefined {
  const field = currentField(flow, state);
  const rest = afterChangeOfMind(text);
  if (!field || rest === undefined) return undefined;
  const value = correctedValue(rest) ?? rest;
  return takesChoice(field, state, value) ? value : undefined;
}

/** "meine Frau ist die Halterin: Sabine Lang": the value after a word and a colon (not a time's colon, "14:30"). */
const LABELLED = /^[^:]*\p{L}:\s+(\S.*)$/su;
const labelledValue = (text: string): string | undefined => LABELLED.exec(text.trim())?.[1];

/**
 * An earlier question with choices that one of them, said after a change of mind, answers ("nein doch nicht, es ist ein
 * Straßenschaden" at the place's question; trial 66: the report had been cancelled).
 */
function choiceTaking(fields: readonly FlowField[], state: FlowState, said: string): FlowField | undefined {
  const value = correctedValue(said) ?? said;
  return fields.find((f) => takesChoice(f, state, value));
}

/** The field a message names by a word of its label ("Foto", "Rasse"; words of four letters or more) or in everyday words. */
export function fieldNamedIn(fields: readonly FlowField[], text: string): FlowField | undefined {
  const person = FOR_SOMEONE.test(text) ? fields.find((f) => PERSON_FIELDS.includes(f.name)) : undefined;
  if (person) return person;
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  const byLabel = fields.find((f) =>
    f.label
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => word.length >= 4 && words.has(word)),
  );
  if (byLabel) return byLabel;
  const named = FIELD_WORDS.find(([pattern, names]) => pattern.test(text) && fields.some((f) => names.includes(f.name)));
  return named && fields.find((f) => named[1].includes(f.name));
}

/** A house number said alone ("Hausnummer 12", "Nr. 12a", "vor der Hausnummer 27"). */
const HOUSE_NUMBER_ALONE =
  /^(?:(?:vor|bei|neben|gegenüber|gegenueber|an)\s+(?:der\s+|dem\s+|von\s+)?)?(?:die\s+)?(?:hausnummer|hausnr\.?|nummer|nr\.?|house\s+number|number|no\.?)?\s*(\d{1,4}\s?[a-z]?)$/iu;
/** A house number named as one inside a sentence ("es ist doch vor Hausnummer 9, nicht 7"), not a street's number. */
const HOUSE_NUMBER_NAMED =
  /(?<!\p{L})(?:hausnummer|hausnr\.?|haus\s+nr\.?|haus\s+nummer|house\s+number|number)\s*(\d{1,4}\s?[a-z]?)(?![\d\p{L}])/iu;
/** The street of an address given without a number ("Hauptstraße, Schimborn": "Hauptstraße"). */
const STREET_WITHOUT_NUMBER = new RegExp(String.raw`^([^,\d]*\p{L}${STREET_ENDING})(?=\s*,|\s*$)`, 'iu');
/** A street named in a sentence ("es is die Bachstraße vor Hausnummer 5"). */
const STREET_NAMED = new RegExp(String.raw`(?<!\p{L})(\p{L}[\p{L}.-]*${STREET_ENDING})(?!\p{L})`, 'giu');
/** The last house number in an address ("Hauptstraße 10 in Mömbris": "10"). */
const HOUSE_NUMBER_IN = /(\p{L}[\p{L}.-]*\s+)(\d{1,4}\s?[a-z]?)(?![\d\p{L}])(?!.*\p{L}[\p{L}.-]*\s+\d)/iu;

/** An earlier address with a corrected house number, where only the number was said ("Hausnummer 12"). */
function withHouseNumber(earlier: unknown, said: string): string | undefined {
  // "Moment, es ist doch vor Hausnummer 9, nicht 7": the number named as one, within words (trial 42: the whole sentence became the place).
  const number = HOUSE_NUMBER_ALONE.exec(said.trim())?.[1] ?? HOUSE_NUMBER_NAMED.exec(said)?.[1];
  if (number === undefined || typeof earlier !== 'string') return undefined;
  // "nein doch nicht Hauptstraße, es is die Bachstraße vor Hausnummer 5" (trial 64: the street rejected had been kept with the new number):
  // the street said last, with the number, before the Ortsteil given earlier.
  const street = [...said.matchAll(STREET_NAMED)].at(-1)?.[1];
  if (street !== undefined && !earlier.toLowerCase().includes(street.toLowerCase()))
    return `${street} ${number}${/,.*$/u.exec(earlier)?.[0] ?? ''}`;
  // "ach ja, genauer: es ist vor der Hausnummer 27" for "Hauptstraße, Schimborn": the number after the street (trial 40: the street was lost).
  if (!HOUSE_NUMBER_IN.test(earlier))
    return STREET_WITHOUT_NUMBER.test(earlier) ? earlier.replace(STREET_WITHOUT_NUMBER, `$1 ${number}`) : undefined;
  return earlier.replace(HOUSE_NUMBER_IN, `$1${number}`);
}

/** A day said alone with the time of the earlier date and time ("der 13. Februar" for "12.02., 14:00": "der 13. Februar 14:00 Uhr"). */
function withEarlierTime(earlier: unknown, said: string): string | undefined {
  const at = typeof earlier === 'string' ? new Date(earlier) : undefined;
  return at === undefined || Number.isNaN(at.getTime()) ? undefined : `${said} ${berlinWallClock(at).time} Uhr`;
}

/** An answer that carries its day as a date (an appointment's slot, dialogs/slots.ts). */
const DATED = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/**
 * "nein! Beginn ist 15 Uhr": a time alone, where a day and its time were given, moves the time; the day stays.
 * The earlier answer is a date and time, or an appointment's slot ({ date, time }).
 */
function withEarlierDay(earlier: unknown, said: string): string | undefined {
  const told = parseDateTime(said);
  if (told?.time === undefined || told.date !== undefined) return undefined;
  const slot = DATED.safeParse(earlier);
  const at = typeof earlier === 'string' ? new Date(earlier) : undefined;
  const date = slot.success ? slot.data.date : at === undefined || Number.isNaN(at.getTime()) ? undefined : berlinWallClock(at).date;
  if (date === undefined) return undefined;
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year} ${said}`;
}

/** A street without a street word and its number said alone ("Am Rain 5", "Im Grund 12a"): the same street's number where it was given before (trial 58: the address was asked again). */
const NAMED_STREET_AND_NUMBER = /^((?:\p{L}[\p{L}.-]*\s+){0,3}\p{L}[\p{L}.-]*)\s+(\d{1,4}\s?[a-z]?)$/iu;
/**
 * An earlier address with the number of the same street said anew ("eigentlich ist es Hauptstraße
 * 14, nicht 12"), where what was said is no whole answer: the Ortsteil given before is kept (it had been asked again).
 */
function withStreetNumber(earlier: unknown, said: string): string | undefined {
  const street = STREET_AND_NUMBER.exec(said) ?? NAMED_STREET_AND_NUMBER.exec(said.trim());
  const at = street && typeof earlier === 'string' ? earlier.toLowerCase().indexOf(street[1]!.toLowerCase()) : -1;
  if (!street || typeof earlier !== 'string' || at < 0) return undefined;
  const end = at + street[1]!.length;
  const before = /^\s*(\d{1,4}\s?[a-z]?)(?![\d\p{L}])/iu.exec(earlier.slice(end))?.[1];
  // The same number again is no correction of it (a move within a street's name is asked again).
  if (before === undefined || before.replace(/\s/g, '').toLowerCase() === street[2]!.replace(/\s/g, '').toLowerCase()) return undefined;
  return earlier.slice(0, end) + earlier.slice(end).replace(/^(\s*)\d{1,4}\s?[a-z]?(?![\d\p{L}])/iu, `$1${street[2]}`);
}

/**
 * An earlier answer corrected in the middle of the request ("ach nein, die Rasse ist falsch, es ist
 * ein Golden Retriever") or at the summary ("nein, falsch, die Nummer ist 06029 99888"): the field
 * named by a word of its label takes the right value said with it and the question asked (or the
 * summary) comes again; without a value that field is asked again.
 */
function correctionOf(
  flow: FlowDefinition,
  fields: FlowField[],
  state: FlowState,
  asked: FlowField | undefined,
  text: string,
  /** Named at the summary with a number or address in it: taken as a correction without a word of one. */
  named = false,
  /** The value itself, where the words that name the field say it ("bis halb zwölf" for the end). */
  valueSaid?: string,
): FlowStep | undefined {
  // "ach nee, doch nicht, is ka Kampfhund": a change of mind that names an answer is its correction.
  const afterChange = afterChangeOfMind(text);
  if (!named && !correctsEarlier(text) && afterChange === undefined) return undefined;
  const earlier = fields.filter((f) => f !== asked && state.answers[f.name] !== undefined);
  const target =
    fieldNamedIn(earlier, afterChange ?? text) ?? (afterChange === undefined ? undefined : choiceTaking(earlier, state, afterChange));
  if (!target) return undefined;
  const said =
    valueSaid ??
    (afterChange === undefined
      ? (correctedValue(text) ?? afterCorrection(text) ?? (named ? text : undefined))
      : (correctedValue(afterChange) ?? labelledValue(afterChange) ?? afterChange));
  // "ach nein, es ist Hausnummer 12": the address given before with that number.
  const value = said === undefined ? undefined : (withHouseNumber(state.answers[target.name], said) ?? said);
  const schema = schemaOf(target, state.answers, choicesOf(target, state));
  const direct = value === undefined ? undefined : schema.safeParse(value);
  const renumbered = !direct?.success && said !== undefined ? withStreetNumber(state.answers[target.name], said) : undefined;
  // "des datum is falsch, es is der 13. Februar": a day alone, where a day and its time were given, moves the day; the time stays.
  const redated =
    !direct?.success && renumbered === undefined && said !== undefined && target.partOf?.(said, state.answers) !== undefined
      ? withEarlierTime(state.answers[target.name], said)
      : undefined;
  const retimed =
    !direct?.success && renumbered === undefined && redated === undefined && said !== undefined
      ? withEarlierDay(state.answers[target.name], said)
      : undefined;
  const again = renumbered ?? redated ?? retimed;
  const parsed = again === undefined ? direct : schema.safeParse(again);
  // "ach nein, lieber per E-Mail statt Telefon: g.hofmann@web.de": what the field's own reading takes from the words (the way and
  // its address), each checked, and the request goes on from there (trial 51: the phone number had been asked again).
  const given = parsed?.success || said === undefined ? undefined : target.answeredWith?.(said, state.answers);
  const answered = given && answerAll(flow, state.answers, given);
  if (given && answered) return takenInOwnReading(flow, asked ? state : { ...state, editing: true }, given, answered);
  if (!parsed?.success) {
    const editing = { ...state, field: target.name, tries: 0, editing: true };
    // "nein, die Straße ist falsch, es ist die Bahnhofstraße 3": a street without its Ortsteil is kept and the Ortsteil asked,
    // as at the question itself (trial 39: the place was asked again from the start).
    const part = said !== undefined && redated === undefined ? target.partOf?.(said, state.answers) : undefined;
    if (part) {
      const asked = part.asks ? { ...ask(flow, target, state.answers), text: part.missing } : askWith(flow, editing, target, part.missing);
      return { messages: [asked], state: { ...editing, partial: part.kept } };
    }
    // "die Uhrzeit is falsch, lieber um halb elf" for a slot: its day with the new time narrows the free slots offered
    // (trial 43: the day had been asked again from the start).
    const wish = target.choicesFrom && said !== undefined ? (retimed ?? said) : undefined;
    return { messages: [ask(flow, target, state.answers)], state: editing, ...(wish ? { wish } : {}) };
  }
  const answers = { ...state.answers, [target.name]: parsed.data };
  // A corrected start drops the end that was checked against it, as an answer at the summary would.
  for (const name of invalidatedBy(target, state.answers, parsed.data)) delete answers[name];
  // While another question is asked, the answer changed is named (trial 63: "Ich habe „… 15:00 Uhr“ verstanden" under the end's question read as the end).
  const shown = shownValue(target, parsed.data);
  const understood = { text: asked ? texts().flows.understoodAs(target.label, shown) : texts().flows.understood(shown) };
  // At the summary: the summary again, or the question of an answer the correction dropped.
  if (!asked) {
    const step = next(flow, { ...state, editing: true }, answers);
    return { ...step, messages: [understood, ...step.messages] };
  }
  return { messages: [understood, ask(flow, asked, answers, undefined, choicesOf(asked, state))], state: { ...state, answers } };
}

/**
 * The answers a field's own reading took from the words (`given`, checked into `answered`), without those they make void, said
 * back with what changed; then the next question, or the summary.
 */
function takenInOwnReading(
  flow: FlowDefinition,
  state: FlowState,
  given: Record<string, string>,
  answered: Record<string, unknown>,
): FlowStep {
  const kept = withoutInvalidated(flow, state.answers, answered, given);
  const changed = flow.fields.filter((f) => f.name in given && kept[f.name] !== state.answers[f.name]);
  return told(next(flow, state, kept), changed, kept, { named: true });
}

/**
 * An e-mail address alone at the summary ("maria.schmidt@gmail.com" after "Meinten Sie …@gmail.com?"):
 * it replaces the one address given before, without "Kontakt ändern" first (it had been refused).
 */
function addressAgain(flow: FlowDefinition, fields: FlowField[], state: FlowState, text: string): FlowStep | undefined {
  const said = text.trim();
  if (!said.includes('@') || /\s/u.test(said)) return undefined;
  const addresses = fields.filter((f) => {
    const before = state.answers[f.name];
    return typeof before === 'string' && before.includes('@') && before !== said;
  });
  const target = addresses.length === 1 ? addresses[0]! : undefined;
  const parsed = target && schemaOf(target, state.answers, choicesOf(target, state)).safeParse(said);
  if (!target || !parsed?.success) return undefined;
  const answers = withoutInvalidated(flow, state.answers, { ...state.answers, [target.name]: parsed.data });
  return told(next(flow, { ...state, editing: true }, answers), [target], answers, { named: true });
}

/**
 * "ja, gmail meinte ich", "yes I meant gmail", or the address itself, after "Meinten Sie „…@gmail.com“?": the
 * address the note suggested replaces the one typed, and the question asked stays (trial 41: "ja" had been taken
 * as the consent asked next, and the mistyped address was sent).
 */
function meantAddressTaken(flow: FlowDefinition, fields: FlowField[], state: FlowState, text: string): FlowStep | undefined {
  const said = text.trim().toLowerCase();
  for (const field of fields) {
    const meant = likelyAddressOf(field, state.answers);
    if (!meant) continue;
    const provider = meant.split('@')[1]!.split('.')[0]!.toLowerCase();
    const namesProvider = !said.includes('@') && new RegExp(`(?<![\\p{L}-])${provider}(?![\\p{L}-])`, 'u').test(said);
    // ("ach so, karl.hofmann@gmx.net": the address with words before it.)
    const writesIt = said.split(/[\s,;:]+/u).some((word) => word.replace(/[.!?]+$/u, '') === meant.toLowerCase());
    if (!writesIt && !namesProvider) continue;
    const answers = { ...state.answers, [field.name]: meant };
    return told(next(flow, state, answers), [field], answers, { named: true });
  }
  return undefined;
}

/**
 * "moment, der is eigentlich en labrador-mischling", "ach mir mache des doch am samstag 17.7." at the
 * summary: answers changed in words the request's first message is read with (its prefill), each
 * checked by its own field; the summary again with what changed (it had been refused).
 */
function changedInOwnWords(flow: FlowDefinition, state: FlowState, text: string): FlowStep | undefined {
  // A free text is not replaced by the words that change another answer ("des is e schlagloch, also stroßeschade": the
  // category, trial 46: the description had become that sentence and the damage told before was lost).
  const changed = answersChangedIn(flow, state, text, (f) => !f.freeText);
  return changed && told(next(flow, { ...state, editing: true }, changed.kept), changed.fields, changed.kept, { named: true });
}

/** The first answer (not a free text) a message gives in the words the first message is read with, as it stands already. */
function sameInOwnWords(flow: FlowDefinition, state: FlowState, text: string): FlowField | undefined {
  const given = flow.prefill?.(text) ?? {};
  return flow.fields.find(
    (f) => !f.freeText && f.name in given && state.answers[f.name] !== undefined && given[f.name] === state.answers[f.name],
  );
}

/**
 * The answers a message changes in the words the first message is read with (its prefill), of the fields `may` allows,
 * each checked by its own field, without those that depended on them; and which fields changed.
 */
function answersChangedIn(
  flow: FlowDefinition,
  state: FlowState,
  text: string,
  may: (field: FlowField) => boolean,
): { kept: Record<string, unknown>; fields: FlowField[] } | undefined {
  const given = Object.fromEntries(
    Object.entries(flow.prefill?.(text) ?? {}).filter(([name, value]) => {
      const field = flow.fields.find((f) => f.name === name);
      return (
        field !== undefined && may(field) && state.answers[name] !== undefined && value !== state.answers[name] && value !== field.fallback
      );
    }),
  );
  const answers = Object.keys(given).length ? answerAll(flow, state.answers, given) : undefined;
  const fields = flow.fields.filter((f) => f.name in given && JSON.stringify(answers?.[f.name]) !== JSON.stringify(state.answers[f.name]));
  if (!answers || !fields.length) return undefined;
  return { kept: withoutInvalidated(flow, state.answers, answers, given), fields };
}

/**
 * "Nein, der Hund ist ein Mischling, kein Labrador" while the next question is asked (or at the summary): the earlier
 * answer named as not the one takes the value said beside it, and the question asked (or the summary) comes again
 * (trial 39: it had been taken as "Nein"; trial 40: "…einen Reisepass, keinen Personalausweis" refused at the summary).
 */
function correctionOfNamedAnswer(
  flow: FlowDefinition,
  fields: FlowField[],
  state: FlowState,
  asked: FlowField | undefined,
  text: string,
): FlowStep | undefined {
  for (const target of fields) {
    const before = state.answers[target.name];
    const said =
      target === asked || typeof before !== 'string' ? undefined : (valueBesideTheWrongOne(text, before) ?? partReplaced(text, before));
    const parsed = said === undefined ? undefined : schemaOf(target, state.answers, choicesOf(target, state)).safeParse(said);
    if (parsed?.success) return earlierAnswerChanged(flow, state, asked, target, parsed.data);
  }
  return undefined;
}

/**
 * An earlier answer changed while `asked` is asked, said back with its label; that question comes again, or at the summary
 * ("Moment, eigentlich brauche ich einen Reisepass, keinen Personalausweis") the summary, or the question an answer dropped.
 */
function earlierAnswerChanged(
  flow: FlowDefinition,
  state: FlowState,
  asked: FlowField | undefined,
  target: FlowField,
  value: unknown,
): FlowStep {
  const answers = withoutInvalidated(flow, state.answers, { ...state.answers, [target.name]: value });
  const step = asked
    ? { messages: [ask(flow, asked, answers, undefined, choicesOf(asked, state))], state: { ...state, answers } }
    : next(flow, { ...state, editing: true }, answers);
  return told(step, [target], answers, { named: true });
}

/**
 * "ne warte, es war eher bei Hemsbach am Waldparkplatz" while the photo is asked: an earlier answer corrected in the
 * words the first message is read with (its prefill), where no word names its field; the question asked comes again
 * (trial 34: it had been added to the description). Only answers in the citizen's words change: a description keeps
 * them, and a choice is not made by a correction of something else (the category had become "Sonstiges").
 */
function correctedInOwnWords(flow: FlowDefinition, state: FlowState, asked: FlowField | undefined, text: string): FlowStep | undefined {
  if (!asked || !correctsEarlier(text)) return undefined;
  const changed = answersChangedIn(flow, state, text, (f) => f !== asked && !f.freeText && !f.choices && !f.choicesFrom);
  if (!changed) return undefined;
  const { kept, fields } = changed;
  return told(
    { messages: [ask(flow, asked, kept, undefined, choicesOf(asked, state))], state: { ...state, answers: kept } },
    fields,
    kept,
    {
      named: true,
    },
  );
}

/**
 * "nein, lieber nachmittags" at the consent after the time to call was given: the answer before this question, taken back
 * for the one said after "lieber", and this question asked again (trial 52: the consent's "Nein" had ended the request).
 * Only where the words are no answer to this question and that earlier field takes them.
 */
function previousAnswerRedone(
  flow: FlowDefinition,
  fields: FlowField[],
  state: FlowState,
  asked: FlowField | undefined,
  text: string,
): FlowStep | undefined {
  const rest = ratherThanBefore(text);
  if (!asked || rest === undefined || schemaOf(asked, state.answers, choicesOf(asked, state)).safeParse(rest).success) return undefined;
  const before = fields.slice(0, fields.indexOf(asked)).findLast((f) => state.answers[f.name] !== undefined);
  if (!before) return undefined;
  // "nein doch lieber am 17." at the name after a slot was taken (trial 64: the name was asked again): the slots of that wish offered.
  if (before.choicesFrom)
    return mayNameADay(rest)
      ? { messages: [ask(flow, before, state.answers)], state: { ...state, field: before.name, tries: 0, editing: true }, wish: rest }
      : undefined;
  const parsed = schemaOf(before, state.answers).safeParse(rest);
  if (!parsed.success || JSON.stringify(parsed.data) === JSON.stringify(state.answers[before.name])) return undefined;
  return earlierAnswerChanged(flow, state, asked, before, parsed.data);
}

/** The answers without those that depended on an answer changed from `before` (they are asked again), unless `given` with it. */
function withoutInvalidated(
  flow: FlowDefinition,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  given: Record<string, unknown> = {},
): Record<string, unknown> {
  const kept = { ...after };
  for (const field of flow.fields)
    if (JSON.stringify(before[field.name]) !== JSON.stringify(after[field.name]))
      for (const name of invalidatedBy(field, before, after[field.name])) if (!(name in given)) delete kept[name];
  return kept;
}

/** The answers a changed answer drops: those checked against it, and those read from it when it had been given before. */
const invalidatedBy = (field: FlowField, before: Record<string, unknown>, value: unknown): string[] => [
  ...(field.invalidates ?? []),
  ...(before[field.name] === undefined ? [] : (field.readFrom?.(before, value) ?? [])),
];

/** A house number ("21", "12a"), the words that may stand before it ("die Nummer", "number"), and those that say which is not meant. */
const A_NUMBER = /(\d{1,4}\s?[a-z]?)/;
const NUMBER_WORD = /(?:(?:die|der|number|nummer|nr\.?)\s+)?/;
const NOT_THAT = /(?:net|ned|nicht|statt|not|instead\s+of)/;
const NOT = /(?:net|ned|nicht|not)/;
const BUT = /(?:sondern|but)/;
/** "22 not 20", "hausnummer 7 net 3", "vor der Nummer 21, nicht 12" (trial 50): a new house number for an old one. */
const NUMBER_NOT_NUMBER = new RegExp(
  `(?<![\\d\\p{L}])${A_NUMBER.source}\\s*,?\\s+${NOT_THAT.source}\\s+${NUMBER_WORD.source}${A_NUMBER.source}(?![\\d\\p{L}])`,
  'iu',
);
/** "nicht 12, sondern 21", "not 12 but 21": the old number first. */
const NOT_NUMBER_BUT_NUMBER = new RegExp(
  `(?<!\\p{L})${NOT.source}\\s+${NUMBER_WORD.source}${A_NUMBER.source}\\s*,?\\s+${BUT.source}\\s+${NUMBER_WORD.source}${A_NUMBER.source}(?![\\d\\p{L}])`,
  'iu',
);
const sameNumber = (a: string, b: string): boolean => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

/**
 * "actually it is number 22 not 20" where the place is "Schimborner Strasse 20, Schimborn": the answer whose house number is
 * the old one takes the new one, whatever field a word of the message names (trial 48: "number" had named the contact, and
 * the words had become the place).
 */
function houseNumberCorrected(
  flow: FlowDefinition,
  fields: FlowField[],
  state: FlowState,
  asked: FlowField | undefined,
  text: string,
): FlowStep | undefined {
  const said = NUMBER_NOT_NUMBER.exec(text);
  const turned = said ? undefined : NOT_NUMBER_BUT_NUMBER.exec(text);
  if (!said && !turned) return undefined;
  const [now, before] = said ? [said[1]!, said[2]!] : [turned![2]!, turned![1]!];
  const target = fields.find((f) => {
    const value = state.answers[f.name];
    const number = typeof value === 'string' ? HOUSE_NUMBER_IN.exec(value)?.[2] : undefined;
    return number !== undefined && sameNumber(number, before);
  });
  const value = target && (state.answers[target.name] as string).replace(HOUSE_NUMBER_IN, `$1${now}`);
  const parsed = target && schemaOf(target, state.answers, choicesOf(target, state)).safeParse(value);
  return target && parsed?.success ? earlierAnswerChanged(flow, state, asked, target, parsed.data) : undefined;
}

/** "der Ort ist die Turnhalle Schimborn": an answer named with its new value (trial 50: the place was asked again). */
const STATES_A_VALUE = /^\W*(?:(?:der|die|das|the)\s+)?\p{L}+\s+(?:ist|is|lautet|wäre|waere)\s+\S/iu;

/** Clauses of one message at the summary: "es kommen eher 400 Leute, und der Ort ist die Turnhalle", "Name ist …, Telefon …". */
const CLAUSES = /\s*[,;]\s*(?:und\s+|and\s+)?|\s+(?:und|and)\s+(?=(?:der|die|das|es|wir|the|it)\s)/iu;

/**
 * "Korrektur: es kommen eher 400 Leute, und der Ort ist die Turnhalle Schimborn" at the summary: each clause corrects the
 * answer it names, one after the other; only where every clause is such a correction (trial 50: the whole had become the place).
 */
function correctionsInClauses(flow: FlowDefinition, state: FlowState, text: string): FlowStep | undefined {
  const clauses = text
    .split(CLAUSES)
    .map((clause) => clause.trim())
    .filter(Boolean);
  if (clauses.length < 2) return undefined;
  let current = state;
  let last: FlowStep | undefined;
  const understood: FlowMessage[] = [];
  for (const clause of clauses) {
    last = correctionOf(flow, activeFields(flow, current.answers), current, undefined, clause, true);
    if (!last?.state || last.state.field !== SUMMARY) return undefined;
    understood.push(...last.messages.slice(0, -1));
    current = last.state;
  }
  return last && { ...last, messages: [...understood, ...last.messages.slice(-1)] };
}

/** Takes one input for the flow and returns what to show and the new state. */
export function advance(flow: FlowDefinition, state: FlowState, input: FlowInput): FlowStep {
  const said = foldCommand(input.text);
  const field = currentField(flow, state);
  const fields = activeFields(flow, state.answers);
  // "ach nee, doch nicht, is ka Kampfhund": a change of mind that corrects an answer does not cancel.
  const correction =
    (field ? undefined : correctionsInClauses(flow, state, input.text)) ??
    houseNumberCorrected(flow, fields, state, field, input.text) ??
    correctionOf(flow, fields, state, field, input.text) ??
    correctionOfNamedAnswer(flow, fields, state, field, input.text) ??
    correctedInOwnWords(flow, state, field, input.text) ??
    previousAnswerRedone(flow, fields, state, field, input.text);
  if (cancels(input.text) && !correction) {
    // "nein doch nicht, es ist ein Straßenschaden" at the question of the kind: the answer after the change of mind (trial 67: cancelled).
    const changed = choiceAfterChangeOfMind(flow, state, input.text);
    // (The choice alone is what was said: the whole message had become the description too.)
    if (changed !== undefined) return advance(flow, state, { ...input, text: changed, said: changed });
    // Answers given are kept for one more message (bot/steps/flow.ts), in case the cancel was a slip.
    const undoable = Object.keys(state.answers).length > 0;
    const t = texts();
    return {
      messages: [undoable ? { text: t.flows.cancelledUndoable, suggestions: [button('resume')] } : { text: t.flows.cancelled }],
      outcome: 'cancelled',
    };
  }
  if (isCommand(input.text, 'help')) {
    const help = field ? field.help : texts().flows.summaryHelp;
    return {
      messages: [
        { text: help },
        field ? ask(flow, field, state.answers, undefined, choicesOf(field, state)) : summary(flow, state.answers),
      ],
      state,
    };
  }
  // The flow's own start button tapped again ("Rückruf anfordern" under "Wir können Sie zurückrufen"):
  // the request is already running, so its question comes again rather than being answered with it.
  if (field && flow.starters.some((starter) => foldCommand(starter) === said))
    return { messages: [ask(flow, field, state.answers, undefined, choicesOf(field, state))], state };
  if (isCommand(input.text, 'back')) {
    const index = field ? fields.findIndex((f) => f.name === field.name) : fields.length;
    const previous = fields[index - 1];
    if (!previous) return { messages: [{ text: texts().flows.firstQuestion }, ask(flow, field ?? fields[0]!, state.answers)], state };
    // Back to a question answered (also from the first message): its answer is shown and kept with one tap
    // (trial 47: the call-back's matter taken from the first message was asked bare, and the name typed next replaced it).
    const before = state.answers[previous.name];
    const choices = choicesOf(previous, state);
    const message =
      before === undefined
        ? ask(flow, previous, state.answers)
        : ask(flow, previous, state.answers, texts().flows.answeredSoFar(shownValue(previous, before), button('keep')), [
            ...(choices ?? []),
            button('keep'),
          ]);
    return { messages: [message], state: { ...state, field: previous.name, tries: 0, editing: false } };
  }
  // "Beibehalten" after going back: the answer stays, on to the next question not answered.
  if (field && state.answers[field.name] !== undefined && isCommand(input.text, 'keep')) return next(flow, state, state.answers);
  if (field) {
    // A button of the summary sent while a question is asked: "Beschreibung ändern" goes to that
    // question; "Absenden" is no answer (it had been stored as the place), the request is sent at the end.
    const target = fields.find((f) => said === foldCommand(texts().flows.change(f.label)));
    if (target) return { messages: [ask(flow, target, state.answers)], state: { ...state, field: target.name, tries: 0, editing: false } };
    // Not in a request without a summary (cancelling an appointment): nothing is sent at its end.
    if (
      flow.confirm !== false &&
      !choicesOf(field, state)?.length &&
      (isCommand(input.text, 'submit') || isCommand(input.text, 'submitNotify'))
    )
      return { messages: [ask(flow, field, state.answers, texts().flows.sendAtTheEnd)], state };
  }
  const meant = meantAddressTaken(flow, fields, state, input.text);
  if (meant) return meant;
  if (correction) return correction;
  if (!field) {
    if (isCommand(input.text, 'submit')) return { messages: [], outcome: 'completed', answers: state.answers };
    // One question at the summary, answered by the choice of button; plain "Absenden" means no.
    if (isCommand(input.text, 'submitNotify')) return { messages: [], outcome: 'completed', answers: state.answers, notify: true };
    // "nein" to "Stimmt alles?": something is to change (trial 55: it had been asked to choose again).
    if (isCommand(input.text, 'changeSomething') || saysPlainNo(input.text)) return { messages: [whatToChange(flow, state)], state };
    // "Termin ändern", or in other words "Uhrzeit ändern", "Ende ist 20 Uhr, nicht 18": that answer's question again.
    const target =
      fields.find((f) => said === foldCommand(texts().flows.change(f.label)) || said === foldCommand(f.label)) ??
      fieldNamedIn(
        fields.filter((f) => state.answers[f.name] !== undefined),
        input.text,
      );
    // "moment, ruft mich lieber auf em handy an: 0160 9876543": a number or address said with the field named is its value.
    // ("Ach, mir mache doch bis halb zwölf": the end said by "bis" and its time, trial 56.)
    // ("Des End is erst um 1": the end's hour after "um", trial 57.)
    const hour = AT_AN_HOUR.exec(input.text);
    const until =
      target?.name === 'ende'
        ? (UNTIL_A_TIME.exec(input.text)?.[1] ?? (hour && END_WORDS.test(input.text) ? `${hour[1]} Uhr` : undefined))
        : undefined;
    const saidWith =
      target && !target.choicesFrom && (/[\d@]/u.test(input.text) || STATES_A_VALUE.test(input.text) || until !== undefined)
        ? correctionOf(flow, fields, state, undefined, input.text, true, until)
        : undefined;
    if (saidWith) return saidWith;
    // "Bitte lieber per E-Mail antworten, nicht anrufen": what the named field's own reading takes from the words (here the way,
    // which drops the number), and then that question in its new form (trial 40: the phone's question came).
    const given = target?.answeredWith?.(input.text, state.answers);
    const answered = given && Object.keys(given).some((name) => name !== target?.name) ? answerAll(flow, state.answers, given) : undefined;
    if (given && answered) return takenInOwnReading(flow, { ...state, editing: true }, given, answered);
    if (target) return { messages: [ask(flow, target, state.answers)], state: { ...state, field: target.name, tries: 0, editing: true } };
    const readdressed = addressAgain(flow, fields, state, input.text);
    if (readdressed) return readdressed;
    const changed = changedInOwnWords(flow, state, input.text);
    if (changed) return changed;
    // "des is e schlagloch" with the category a road damage already: said so, not "Bitte wählen Sie …" (trial 46).
    const same = sameInOwnWords(flow, state, input.text);
    if (same)
      return {
        messages: [askWith(flow, state, undefined, texts().flows.alreadySo(same.label, shownValue(same, state.answers[same.name])))],
        state,
      };
    return wrong(flow, state, undefined, texts().flows.chooseAtSummary);
  }
  // "den ersten", "1": the offered button at that place.
  // "ach nein, Frohnbergstraße 12": a slip owned before the answer is no part of it (a free text keeps the citizen's words).
  // "ja", "ja passt" to the one time offered ("„Di., 08.12.2026, 09:00 Uhr“ ist frei. Passt das?"): that time.
  const offered = choicesOf(field, state) ?? [];
  const theOneOffered = field.choicesFrom && offered.length === 1 && saysPlainYes(input.text) ? offered[0] : undefined;
  let raw: unknown =
    theOneOffered ??
    choiceByPlace(input.text, offered) ??
    // ("Dackel, hab grad nachgschaut": what is said of the answer after it is no part of it, trial 48.)
    (field.freeText ? input.text.trim() : withoutAsideAtEnd(withoutSlip(input.text.trim())));
  const images = imagesIn(input);
  // Several photos at once: the first is the report's, and the citizen is told so (trial 36: the others were dropped unsaid).
  if (field.acceptsImage && images.length > 1) {
    const step = advance(flow, state, { ...input, attachments: images.slice(0, 1) });
    return { ...step, messages: [{ text: texts().flows.onePhotoOnly(attachmentSchema.parse(images[0]).name) }, ...step.messages] };
  }
  // A photo sent before its question (while the place is asked): kept for it, and this question answered by the words
  // sent with it or asked again (trial 36: it had been dropped); one more after the report has its photo is said to be one too many.
  const photoField = field.acceptsImage || !images.length ? undefined : fields.find((f) => f.acceptsImage);
  if (photoField) {
    const had = attachmentSchema.safeParse(state.answers[photoField.name]);
    const answers = had.success ? state.answers : { ...state.answers, [photoField.name]: attachmentSchema.parse(images[0]) };
    const note = { text: had.success ? texts().flows.onePhotoOnly(had.data.name) : texts().flows.photoKept };
    if (input.text.trim()) {
      const step = advance(flow, { ...state, answers }, { ...input, attachments: [] });
      return { ...step, messages: [note, ...step.messages] };
    }
    return { messages: [note, ask(flow, field, answers, undefined, choicesOf(field, state))], state: { ...state, answers } };
  }
  const image = field.acceptsImage ? images[0] : undefined;
  if (image) raw = attachmentSchema.parse(image);
  // "ja" to "Möchten Sie ein Foto anhängen?": how to send one, not a failed answer (three had handed the request on).
  if (field.acceptsImage && !image && saysPlainYes(input.text))
    return { messages: [{ ...ask(flow, field, state.answers), text: texts().flows.howToSendPhoto(button('skip')) }], state };
  // What the message answers besides (or instead of) this question, each said with its label.
  const given = typeof raw === 'string' ? field.answeredWith?.(raw, state.answers) : undefined;
  const takenWithOthers = (taken: Record<string, unknown>) => {
    // An answer changed this way drops what depended on it, as a direct answer does ("lieber per E-Mail" at
    // the phone's question: the number kept from before is no address).
    const answered = withoutInvalidated(flow, state.answers, taken, given);
    return told(
      next(flow, state, answered),
      // An answer given before and only said again ("Telefon" chosen, then the number with it) is not said back again.
      flow.fields.filter((f) => given && f.name in given && !(f.name !== field.name && state.answers[f.name] === answered[f.name])),
      answered,
      { named: true },
    );
  };
  // The answer and the next one in one message ("am besten vormittags unter 0160 9876543"): each
  // taken, before the field alone takes the whole message (the number found in it).
  const both = given && field.name in given && Object.keys(given).length > 1 ? answerAll(flow, state.answers, given) : undefined;
  if (both) return takenWithOthers(both);
  const schema = schemaOf(field, state.answers, choicesOf(field, state));
  // The part given before ("16.05.2027") and this one ("14 bis 23 Uhr") together, where they make an answer.
  // Unless this one says it again ("Hauptstraße 12" … "Schimborn, Hauptstraße 12").
  const joined =
    !image && state.partial && typeof raw === 'string' && !raw.toLowerCase().includes(state.partial.toLowerCase())
      ? schema.safeParse(`${state.partial} ${raw}`)
      : undefined;
  const parsed = image ? { success: true as const, data: raw } : joined?.success ? joined : schema.safeParse(raw as string);
  if (!parsed.success) {
    // "nein ich meinte vor Hausnummer 14 ned 12" after "vor hausnummer 12": the part given before, corrected, not a sentence beside it (trial 44).
    const part =
      typeof raw === 'string'
        ? field.partOf?.(state.partial && correctsEarlier(raw) ? (correctedValue(raw) ?? raw) : raw, state.answers)
        : undefined;
    if (part) {
      const asked = part.asks
        ? { ...ask(flow, field, state.answers, undefined, choicesOf(field, state)), text: part.missing }
        : askWith(flow, state, field, part.missing);
      return { messages: [asked], state: { ...state, partial: part.kept } };
    }
    // An answer to a later question instead ("06029 12345" to "Telefon oder E-Mail?"): both taken.
    const answered = answerAll(flow, state.answers, given);
    // Only an answer given before, said again ("06029 99123" once more where the time to call is asked): nothing new,
    // so a failed try with this question's help, and after three a person (trial 37: asked again 13 times without a word why).
    const nothingNew =
      answered && given && Object.keys(given).every((name) => JSON.stringify(answered[name]) === JSON.stringify(state.answers[name]));
    if (nothingNew) return wrong(flow, state, field, field.help ?? texts().flows.notUnderstood);
    if (answered) return takenWithOthers(answered);
    const added = typeof raw === 'string' ? addedTo(flow, field, state, raw) : undefined;
    if (added) return added;
    return wrong(flow, state, field, parsed.error.issues[0]?.message ?? texts().flows.notUnderstood);
  }
  const stop = field.stopsWith?.(parsed.data);
  // "Nein" to the consent may be a slip: the answers are kept for one message (bot/steps/flow.ts), with the way back.
  if (stop) return { messages: [{ text: texts().flows.stoppedUndoable(stop), suggestions: [button('resume')] }], outcome: 'cancelled' };
  const answers = withoutInvalidated(flow, state.answers, { ...state.answers, [field.name]: parsed.data });
  const disproved = state.editing ? undefined : field.disproves?.(state.answers, parsed.data);
  if (disproved) return askedAgainBecause(flow, state, answers, disproved);
  // What else the answer tells, as a first message would ("Schlagloch in der Hauptstraße in Schimborn":
  // the place and the description too); not while correcting one answer at the summary.
  // ("9 am please. My name is Siobhan O'Connor, phone …": the name and the number beside the time the wish chose.)
  const more = typeof raw === 'string' && !state.editing ? takenFrom(flow, answers, input.said ?? raw) : { answers, messages: [] };
  const step = told(next(flow, { ...state, partial: undefined }, more.answers), [field], more.answers);
  return more.messages.length ? { ...step, messages: [...more.messages, ...step.messages] } : step;
}

/** An earlier answer dropped because a later one showed it wrong (`disproves`): its question next, after the reason. */
function askedAgainBecause(
  flow: FlowDefinition,
  state: FlowState,
  answers: Record<string, unknown>,
  disproved: { field: string; because: string },
): FlowStep {
  const { [disproved.field]: _dropped, ...kept } = answers;
  const step = next(flow, { ...state, partial: undefined, field: disproved.field }, kept);
  const [first, ...rest] = step.messages;
  return first ? { ...step, messages: [{ ...first, text: afterReason(disproved.because, first.text) }, ...rest] } : step;
}

/** Words of the matter sent instead of this field's answer, added to the earlier field it names (`addsTo`), and this question asked again. */
function addedTo(flow: FlowDefinition, field: FlowField, state: FlowState, said: string): FlowStep | undefined {
  const target = flow.fields.find((f) => f.name === field.addsTo);
  const before = state.answers[field.addsTo ?? ''];
  // A name alone ("Lukas Bauer") tells nothing of the matter: personal data stays out of a description;
  // nor does a button typed ("Absenden" at the photo's question had been added to the description).
  const aButton = isCommand(said, 'submit') || isCommand(said, 'submitNotify') || isCommand(said, 'skip');
  if (!target || typeof before !== 'string' || !/\p{L}{2}/u.test(said) || isBareReply(said) || isOnlyAName(said) || aButton)
    return undefined;
  const answers = { ...state.answers, [target.name]: `${before.replace(/[.\s]*$/u, '')}. ${said}` };
  return { messages: [{ text: texts().flows.addedTo(target.label) }, ask(flow, field, answers)], state: { ...state, answers, tries: 0 } };
}

/**
 * The step after answers were taken, led by what is said back of them (echo) and their notes;
 * `named`: they answer other questions than the one asked, so each is said with its label.
 */
function told(step: FlowStep, fields: readonly FlowField[], answers: Record<string, unknown>, { named = false } = {}): FlowStep {
  const echo = (f: FlowField) =>
    named ? texts().flows.understoodAs(f.label, shownValue(f, answers[f.name])) : texts().flows.understood(shownValue(f, answers[f.name]));
  // An answer taken for another question than the one asked is always said back, with that question's label;
  // several such answers in one line ("Das habe ich verstanden: Halter: …; Anschrift: …").
  const together =
    named && fields.length > 1
      ? texts().flows.understoodAll(fields.map((f) => ({ label: f.label, value: shownValue(f, answers[f.name]) })))
      : undefined;
  // A note the step says anyway is not said twice (trial 43: the mistyped address's hint, and the summary right after with it).
  const saysAnyway = (note: string) => step.messages.some((m) => m.text.includes(note));
  const said = [
    together,
    ...fields.flatMap((f) => [f.echo || named ? (together ? undefined : echo(f)) : undefined, f.note?.(answers[f.name])]),
  ].filter((m): m is string => typeof m === 'string' && m !== '' && !saysAnyway(m));
  return said.length ? { ...step, messages: [...said.map((text) => ({ text })), ...step.messages] } : step;
}

/** Picks the one choice the answer names (see namedChoices), also by its everyday words; the error lists the choices. */
export const choice = (choices: readonly string[], words: ChoiceWords = []): z.ZodType<string, string> =>
  z.string().transform((text, ctx) => {
    const index = onlyOne(namedChoices(text, [choices], words));
    if (index !== undefined) return choices[index]!;
    ctx.addIssue({ code: 'custom', message: texts().flows.choose(choices) });
    return z.NEVER;
  });

/** Non-empty free text with a sensible length. */
export const text = (what: string, min = 3, max = 1000, { words = true } = {}): z.ZodType<string, string> =>
  z
    .string()
    .trim()
    .min(min, { error: () => texts().flows.moreDetail(what) })
    .max(max, { error: () => texts().flows.shorter(what, max) })
    // "überspringen" where nothing may be skipped is no description of the damage.
    .refine((value) => !isCommand(value, 'skip'), { error: () => texts().flows.needed })
    // "Hallo? Ist da jemand?" is said to the assistant, not about the matter.
    .refine((value) => !asksIfSomeoneIsThere(value), { error: () => texts().flows.stillHere })
    // "0000000", "ja": no words of the matter (a time to call may be digits only: `words: false`).
    .refine((value) => !words || (/\p{L}{2}/u.test(value) && !isBareReply(value)), { error: () => texts().flows.moreDetail(what) });
