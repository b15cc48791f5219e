// Appointment slots of an office: fixed-length slots within its opening hours on the next working
// days, in Europe/Berlin, never on a Bavarian public holiday. Pure; which slots are taken is
// the store's business (bot/appointments.ts).
import { z } from 'zod';
import { berlinInstant, berlinWallClock, closureOn, isClosedDay, isOpenAt } from '../knowledge/hours';
import type { Closure, OpeningPeriod } from '../knowledge/schema';
import type { Language } from '../knowledge/texts/index';
import { addDays, parseDateTime, showDay } from './dates';

/** A slot's start as Berlin wall-clock time, and its length when it is not the grid's. */
export const slotSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  minutes: z.number().int().positive().optional(),
});
export type Slot = z.infer<typeof slotSchema>;

/** "Do., 26.11.2026, 08:00 Uhr" (English "Thu, 26 Nov 2026, 08:00"): the button text, which parseSlot reads back. */
export const slotLabel = (slot: Slot, language: Language = 'de'): string =>
  `${showDay(slot.date, language)}, ${slot.time}${language === 'en' ? '' : ' Uhr'}`;

/** "Di., 08.12.2026, 08:00 Uhr" → its day's part and its time's part. */
const SLOT_LABEL = /^(.+), (\d{2}:\d{2}(?: Uhr)?)$/;

/**
 * The times alone ("08:00 Uhr") of slot labels that are all on one day, whose reply names the day,
 * other buttons beside them as they are; undefined for anything else (days, times of several days).
 */
export function sameDayTimes(labels: readonly string[]): string[] | undefined {
  const parts = labels.map((label) => SLOT_LABEL.exec(label));
  const slots = parts.filter((p) => p !== null);
  const day = slots[0]?.[1];
  if (slots.length < 2 || !slots.every((p) => p[1] === day)) return undefined;
  // A button beside the slots ("Mit einem Menschen sprechen") keeps its title.
  return parts.map((p, i) => p?.[2] ?? labels[i]!);
}

/** The slot a citizen named ("Do., 26.11.2026, 08:00 Uhr", "Thu, 26 Nov 2026, 08:00" or "morgen 8 Uhr"), if date and time are clear. */
export function parseSlot(text: string, now: Date): Slot | undefined {
  const parsed = parseDateTime(text, now);
  return parsed?.date && parsed.time && !parsed.approximate ? { date: parsed.date, time: parsed.time } : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clockOf = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * Every slot that fits wholly into the opening hours (and the changed hours of `closures`), from after `now` for `days` days, in order.
 * Slots start on a grid of `gridMinutes` and last `lengthMinutes` (a longer service takes several
 * grid steps).
 */
export function* openSlots(
  periods: readonly OpeningPeriod[],
  now: Date,
  gridMinutes: number,
  days: number,
  alsoClosedOn: readonly string[] = [],
  lengthMinutes = gridMinutes,
  closures: readonly Closure[] = [],
): Generator<Slot> {
  const today = berlinWallClock(now).date;
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(today, offset);
    // A day the editors set (closed or changed) counts as they set it, also on a holiday.
    if (!closureOn(date, closures) && isClosedDay(date, alsoClosedOn)) continue;
    for (let start = 0; start + lengthMinutes <= 24 * 60; start += gridMinutes) {
      const begin = berlinInstant(date, clockOf(start));
      const lastMinute = new Date(begin.getTime() + (lengthMinutes - 1) * 60_000);
      if (begin > now && isOpenAt(periods, begin, closures) && isOpenAt(periods, lastMinute, closures)) {
        yield lengthMinutes === gridMinutes ? { date, time: clockOf(start) } : { date, time: clockOf(start), minutes: lengthMinutes };
      }
    }
  }
}

/** The grid steps a slot occupies ("10:00" for 30 minutes on a 15-minute grid: 10:00 and 10:15). */
export function slotUnits(slot: Slot, gridMinutes: number): Slot[] {
  const [h, m] = slot.time.split(':').map(Number) as [number, number];
  const count = Math.max(1, Math.ceil((slot.minutes ?? gridMinutes) / gridMinutes));
  return Array.from({ length: count }, (_, i) => ({ date: slot.date, time: clockOf(h * 60 + m + i * gridMinutes) }));
}

/** What a citizen said about when they can come: days, and a window of the day. */
export interface SlotWish {
  /** Allowed days ("YYYY-MM-DD"); absent: any day. */
  dates?: readonly string[];
  /** Allowed weekdays (0 = Sunday); absent: any. */
  weekdays?: readonly number[];
  /** Weekdays said not to suit ("aber nicht am Freitag", "not on Friday"). */
  notWeekdays?: readonly number[];
  /** Earliest and latest start ("HH:MM", both inclusive). */
  from?: string;
  until?: string;
}

// German and English: a citizen writing English books the same slots ("Thursday after 4 pm").
const WEEKDAYS: Array<[RegExp, number]> = [
  [/\bsonntags?\b|\bsundays?\b/, 0],
  [/\bmontags?\b|\bmondays?\b/, 1],
  [/\bdienstags?\b|\btuesdays?\b/, 2],
  [/\bmittwochs?\b|\bwednesdays?\b/, 3],
  [/\bdonnerstags?\b|\bthursdays?\b/, 4],
  [/\bfreitags?\b|\bfridays?\b/, 5],
  [/\bsamstags?\b|\bsonnabends?\b|\bsaturdays?\b/, 6],
];
const ANY_WEEKDAY = new RegExp(WEEKDAYS.map(([re]) => re.source).join('|'), 'g');
/**
 * "nicht am Freitag und nicht am Montag", "außer montags", "not on Friday", "anything but Friday or Monday": weekdays
 * that do not suit, with the days listed after the negation (trial 42: exactly those had been offered).
 */
const DAY_ARTICLE = /(?:(?:am|an|on|the|einem|a)\s+)?/;
const NEGATION = /\b(?:nicht|net|ned|not|no|außer|ausser|except|but|kein(?:en)?)\s+/;
const AND_NOT = /\s*(?:,|und|oder|or|and|nor|noch)\s*(?:(?:nicht|not|auch\s+nicht)\s+)?/;
const DAY = `${DAY_ARTICLE.source}(?:${WEEKDAYS.map(([re]) => re.source.replace(/\\b/g, '')).join('|')})`;
const NOT_ON_DAYS = new RegExp(`${NEGATION.source}${DAY}(?:${AND_NOT.source}${DAY})*\\b`, 'g');
/** "am Samstag kann ich doch ned", "samstags geht es leider nicht": the weekday first, then that it does not suit (trial 43). */
// ("Monday doesn't work anymore", "monday is not possible", trial 49: Monday had been offered.)
const DOES_NOT_SUIT =
  /\s+(?:(?:kann|könnt|koennt|geht|passt|klappt)[a-zäöü]*\s+(?:(?:ich|es|des|das|mir|uns|wir|doch|leider|da|halt|aber|eh)\s+){0,3}(?:nicht|net|ned|nich)\b|(?:doesn'?t|does\s+not|won'?t|will\s+not|isn'?t|is\s+not)\s+(?:work|suit|fit|possible|good|ok)\b|(?:is\s+)?(?:impossible|bad)\s+for\s+me\b)/;
const DAY_THEN_NOT = new RegExp(`${DAY}${DOES_NOT_SUIT.source}`, 'g');
const WINDOWS: Array<[RegExp, { from?: string; until?: string }]> = [
  [/\b(vormittags?|morgens|früh|frueh|mornings?)\b/, { until: '12:00' }],
  [/\b(mittags?|noon|lunchtime)\b/, { from: '11:00', until: '14:00' }],
  // From one o'clock: "nachmittags" is after the lunch break, not 12:00 of a morning opening.
  [/\b(nachmittags?|afternoons?)\b/, { from: '13:00' }],
  [/\b(abends?|evenings?)\b/, { from: '17:00' }],
];
/** A greeting or a farewell by the time of day ("Guten Abend", "schönen Abend noch", "good evening"): no time wished. */
const GREETING = /\b(?:guten|gute|schönen|schoenen|good)\s+(?:abend|morgen|nachmittag|tag|evening|morning|afternoon)\b/g;
/** English words of a bound, as the German ones. */
const BOUND_WORDS: Record<string, 'nach' | 'ab' | 'vor' | 'bis'> = { after: 'nach', from: 'ab', before: 'vor', until: 'bis', till: 'bis' };
/**
 * "nach 16 Uhr", "ab 14:30", "vor 10", "bis 16.30 Uhr"; not "bis 14.12." (a date). An hour below 7
 * without "Uhr" is in the afternoon ("ab 2" is 14:00): no office opens before seven.
 */
const BOUND =
  /\b(nach|ab|vor|bis|after|from|before|until|till)\s+(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*uhr))?(?![.:]?\d)(\s*(?:uhr|pm|am|o'clock))?/g;
const weekdayOf = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();
const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

/** "egal", "wann es passt", "so früh wie möglich", "der nächste freie Termin", "whenever": any day will do. */
const ANY_TIME =
  /^\W*(?:(?:das\s+)?(?:ist|is)\s+)?(?:mir\s+)?(?:(?:ganz|völlig|voellig|total)\s+)?(?:egal|wurscht|wurst|schnuppe|gleich)(?:\s+wann)?\W*$|^\W*(?:wann\s+(?:immer\s+)?(?:es|ihr|sie)\s+(?:passt|habt|haben|könnt|koennt|können|koennen)|irgendwann|jederzeit|(?:so\s+)?(?:früh|frueh|bald|schnell)\s+wie\s+(?:möglich|moeglich)|(?:den\s+|der\s+|am\s+)?(?:nächst|naechst|frühest|fruehest|schnellst)\p{L}*(?:\s+(?:freie[nr]?|mögliche[nr]?|moegliche[nr]?))?(?:\s+(?:termin|tag))?|any(?:\s*time|\s+day)?|whenever|(?:the\s+)?(?:earliest|first|next)\s+(?:free|available|possible)(?:\s+(?:day|slot|time|one|appointment))?|asap|(?:it\s+)?does\s*n[o']?t\s+matter)(?:\s+bitte|\s+please)?\W*$/iu;
/** Whether a message at the day's question leaves the day to the assistant (it had been "nicht als Tag oder Uhrzeit verstanden" in a loop). */
export const wishesAnyTime = (text: string): boolean => ANY_TIME.test(text.trim());

/**
 * Reads a wish like "Donnerstag nach 16 Uhr", "nächste Woche vormittags", "am 14.12.", "Donnerstag
 * 16:30" or a day button ("Do., 03.12.2026 ab 16:00 Uhr"); undefined when it names no day or time.
 */
export function parseSlotWish(text: string, now: Date): SlotWish | undefined {
  // "zwischen 9 und 11" is a window like "ab 9 bis 11"; "Guten Abend" greets, it wishes no evening slot.
  const said = text
    .toLowerCase()
    .replace(GREETING, ' ')
    .replace(/\bzwischen\s+(\d{1,2}(?::\d{2})?)\s*(uhr)?\s+und\s+/g, 'ab $1 $2 bis ')
    // "nicht vor 15 Uhr" is from 15, "nicht nach 11" until 11, "frühestens um 9" from 9 (trial 41: they had been turned round).
    .replace(
      /\b(?:nicht|net|ned|not|no)\s+(?:vor|before|früher\s+als|frueher\s+als|earlier\s+than)\b|\bfrühestens(?:\s+(?:um|ab))?|\bfruehestens(?:\s+(?:um|ab))?|\bat\s+the\s+earliest\b/g,
      'ab',
    )
    .replace(
      /\b(?:nicht|net|ned|not|no)\s+(?:nach|after|später\s+als|spaeter\s+als|later\s+than)\b|\bspätestens(?:\s+(?:um|bis))?|\bspaetestens(?:\s+(?:um|bis))?/g,
      'bis',
    );
  const today = berlinWallClock(now).date;
  const wish: { dates?: string[]; weekdays?: number[]; notWeekdays?: number[]; from?: string; until?: string } = {};
  const excluded = [...said.matchAll(NOT_ON_DAYS), ...said.matchAll(DAY_THEN_NOT)].map((m) => m[0]);
  const notWeekdays = WEEKDAYS.filter(([re]) => excluded.some((part) => re.test(part))).map(([, day]) => day);
  if (notWeekdays.length) wish.notWeekdays = notWeekdays;
  const named = excluded.reduce((t, part) => t.replace(part, ' '), said);
  const weekdays = WEEKDAYS.filter(([re]) => re.test(named)).map(([, day]) => day);
  if (weekdays.length) wish.weekdays = weekdays;
  const monday = addDays(today, (8 - weekdayOf(today)) % 7 || 7);
  if (/\b(nächste|naechste|kommende)n?\s+woche?\b|\bnext\s+week\b/.test(said))
    wish.dates = Array.from({ length: 5 }, (_, i) => addDays(monday, i));
  else if (/\bdiese\s+woche\b|\bthis\s+week\b/.test(said))
    wish.dates = Array.from({ length: (7 - weekdayOf(today)) % 7 }, (_, i) => addDays(today, i));
  for (const [re, window] of WINDOWS) if (re.test(said)) Object.assign(wish, window);
  const bounds = [...said.matchAll(BOUND)];
  for (const [, bound, hour, minute, dotted, uhr] of bounds) {
    const word = BOUND_WORDS[bound!] ?? bound;
    const afternoon = (Number(hour) < 7 && !uhr) || (/pm/.test(uhr ?? '') && Number(hour) < 12);
    const h = afternoon ? Number(hour) + 12 : Number(hour);
    const clock = `${pad(h)}:${minute ?? dotted ?? '00'}`;
    if (word === 'nach' || word === 'ab') wish.from = clock;
    else wish.until = word === 'vor' ? clockOf(minutesOf(clock) - 1) : clock;
  }
  const rest = bounds.reduce((t, b) => t.replace(b[0], ' '), named);
  const day = parseDateTime(rest, now);
  // A weekday alone names every such day ("montags"); with a date beside it ("Montag, 14.12.") the
  // date is the day meant. A weekday that does not fit the date stays, so that no slot fits and the
  // citizen is asked which of the two was meant.
  const dated = weekdays.length ? parseDateTime(rest.replace(ANY_WEEKDAY, ' '), now) : day;
  if (dated?.date && !dated.approximate && !wish.dates) {
    wish.dates = [dated.date];
    if (weekdays.includes(weekdayOf(dated.date))) delete wish.weekdays;
  }
  if (day?.time && !bounds.length) wish.from = wish.until = day.time;
  return Object.keys(wish).length ? wish : undefined;
}

/** Whether a slot is what the citizen wished for. */
export function fitsWish(slot: Slot, wish: SlotWish): boolean {
  if (wish.dates && !wish.dates.includes(slot.date)) return false;
  if (wish.weekdays && !wish.weekdays.includes(weekdayOf(slot.date))) return false;
  if (wish.notWeekdays?.includes(weekdayOf(slot.date))) return false;
  if (wish.from && slot.time < wish.from) return false;
  if (wish.until && slot.time > wish.until) return false;
  return true;
}

/** The same wish without its time of day (when nothing is free at the wished time). */
export const anyTimeOf = (wish: SlotWish): SlotWish => ({ dates: wish.dates, weekdays: wish.weekdays, notWeekdays: wish.notWeekdays });

/**
 * The button for a day, carrying the wished time of day so that choosing it keeps the window:
 * "Do., 03.12.2026", "Do., 03.12.2026 ab 16:00 Uhr", "Mo., 07.12.2026 bis 12:00 Uhr"; in English
 * "Thu, 3 Dec 2026 from 16:00".
 */
export function dayChoice(date: string, wish?: SlotWish, language: Language = 'de'): string {
  if (wish?.from && wish.from === wish.until) return slotLabel({ date, time: wish.from }, language);
  const english = language === 'en';
  const from = wish?.from ? ` ${english ? 'from' : 'ab'} ${wish.from}` : '';
  const until = wish?.until ? ` ${english ? 'until' : 'bis'} ${wish.until}` : '';
  return `${showDay(date, language)}${from}${until}${(from || until) && !english ? ' Uhr' : ''}`;
}
