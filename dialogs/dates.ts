// Dates and times as citizens type them ("morgen", "nächsten Samstag halb drei", "12.7. 14 Uhr",
// "März 2024", and in English "8 December"), read as wall-clock time in Europe/Berlin whatever
// the server's time zone; and days as the conversation shows them. chrono-node reads the relative
// days; its German parser knows neither the short form "12.3." nor "halb drei", so times and short
// dates are read here first.
// The two locales only: the package's root loads all of its languages (about 6 MB of memory).
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { berlinWallClock, nextHolidayNamed } from '../knowledge/hours';
import { FIXED_DAYS, MONTHS } from '../knowledge/language/named-days';
import { NUMBER_WORDS } from '../knowledge/language/number-words';
import type { Language } from '../knowledge/texts/index';

/** A day as "YYYY-MM-DD" and a wall-clock time as "HH:MM", both in Berlin. */
export interface ParsedDateTime {
  date?: string;
  time?: string;
  /**
   * How exactly the day is known: only month and year ("März 2024", "Frühjahr 2022", "ca. 2 Jahre alt")
   * or only the year ("2022"); date is then the first of that month or year. Absent: the day.
   */
  approximate?: 'month' | 'year';
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

/** Days after which a day and month without a year, said for the future, mean next year's. */
const RECENTLY_PASSED_DAYS = 60;

/** Adds days to a "YYYY-MM-DD" day. */
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

// Leichte Sprache shows German days: a button's day must read back as the same day.
const dayFormat = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
const SHORT_DAY = {
  de: dayFormat('de-DE', { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: dayFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
};
const LONG_DAY = {
  de: dayFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long' }),
  en: dayFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }),
};
const noon = (date: string): Date => new Date(`${date}T12:00:00Z`);

/** "Sa., 12.07.2027"; in English "Sat, 12 Jul 2027" (a day first, as in Germany, but with the month's name). */
export const showDay = (date: string, language: Language = 'de'): string => SHORT_DAY[language === 'en' ? 'en' : 'de'].format(noon(date));

/** "Donnerstag, 3. Dezember"; in English "Thursday 3 December": a day as one says it. */
export const showLongDay = (date: string, language: Language = 'de'): string =>
  LONG_DAY[language === 'en' ? 'en' : 'de'].format(noon(date));

/** "Sa., 12.07.2027, 14:00 Uhr" for an instant. */
export const showInstant = (at: Date): string => {
  const wall = berlinWallClock(at);
  return `${showDay(wall.date)}, ${wall.time} Uhr`;
};

const HOUR = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const hourOf = (word: string): number => NUMBER_WORDS[word] ?? Number(word);
/** "zehne", "elfe": the region's hours with an -e, not before a month ("zwölfe Dezember" stays). */
const HOUR_WITH_E = new RegExp(
  `${/\b(zwei|drei|vier|fünf|fuenf|sechs|sieben|neun|zehn|elf|zwölf|zwoelf)e\b/.source}(?!\\s+(?:${MONTHS.join('|')}|maerz))`,
  'g',
);

interface TimeMatch {
  hour: number;
  minute: number;
  spoken: boolean;
  index: number;
  length: number;
}

/** The first time of day in the text; "halb drei" is 2:30, and spoken hours 1–7 mean the afternoon unless "morgens"/"früh". */
function findTime(text: string): TimeMatch | undefined {
  const rules: Array<[RegExp, (m: RegExpExecArray) => [number, number, boolean]]> = [
    // "10 am", "at 2:30 pm", "10am" (trial 38: only "10:00" was understood in English).
    [
      /\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/u,
      (m) => [(Number(m[1]) % 12) + (m[3]!.startsWith('p') ? 12 : 0), m[2] ? Number(m[2]) : 0, false],
    ],
    // A span ("von 10 bis 22 Uhr") starts at its first time, though only the second says "Uhr".
    [
      /\b(?:von|ab)\s+(\d{1,2})(?::(\d{2}))?(?:\s*uhr)?\s*(?:bis|-|–)\s*\d{1,2}(?::\d{2})?\s*uhr\b/,
      (m) => [Number(m[1]), m[2] ? Number(m[2]) : 0, false],
    ],
    [new RegExp(`\\b(?:um\\s+)?halb\\s+${HOUR}\\b`), (m) => [hourOf(m[1]!) - 1, 30, true]],
    [new RegExp(`\\b(?:um\\s+)?viertel\\s+nach\\s+${HOUR}\\b`), (m) => [hourOf(m[1]!), 15, true]],
    [new RegExp(`\\b(?:um\\s+)?(?:viertel\\s+vor|dreiviertel)\\s+${HOUR}\\b`), (m) => [hourOf(m[1]!) - 1, 45, true]],
    [/\b(?:um\s+)?(\d{1,2}):(\d{2})(?:\s*uhr)?\b/, (m) => [Number(m[1]), Number(m[2]), false]],
    [/\b(?:um\s+)?(\d{1,2})\.(\d{2})\s*uhr\b/, (m) => [Number(m[1]), Number(m[2]), false]],
    [new RegExp(`\\b(?:um\\s+)?${HOUR}\\s*uhr(?:\\s+(\\d{2})\\b)?`), (m) => [hourOf(m[1]!), m[2] ? Number(m[2]) : 0, !/\d/.test(m[1]!)]],
    // "um drei", "so gegen zehn": an hour in words after "um" or "gegen" is a time without "Uhr" too.
    [
      new RegExp(
        `\\b(?:um|gegen)\\s+(${Object.keys(NUMBER_WORDS).join('|')})\\b(?!\\s*(?:euro|prozent|minuten|stunden|tage|wochen|jahre|leute|personen))`,
      ),
      (m) => [hourOf(m[1]!), 0, true],
    ],
    // "am 14.12. um 9": an hour in digits after "um" or "gegen", where no date follows ("um 9.30 Uhr" is above).
    [
      /\b(?:um|gegen)\s+(\d{1,2})\b(?![.:/]?\d)(?!\s*(?:euro|€|prozent|%|minuten|stunden|tage|wochen|monate|jahre|leute|personen|uhr))/,
      (m) => [Number(m[1]), 0, true],
    ],
  ];
  for (const [pattern, read] of rules) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [read0, minute, spoken] = read(m);
    let hour = read0;
    if (hour === 0 && spoken) hour = 12;
    // ("um 1 in der Nacht", trial 60: read as 13:00.)
    const morning = /\b(morgens|früh|vormittags|nachts)\b|\bin der (?:nacht|früh)\b/.test(text);
    // "4:30 pm" as citizens writing English say it.
    const afternoon = /\b(nachmittags|abends)\b/.test(text) || /^\s*p\.?m\b/.test(text.slice(m.index + m[0].length));
    if (hour < 12 && (afternoon || (spoken && !morning && hour >= 1 && hour <= 7))) hour += 12;
    if (hour > 23 || minute > 59) return undefined;
    return { hour, minute, spoken, index: m.index, length: m[0].length };
  }
  return undefined;
}

const validDay = (year: number, month: number, day: number): string | undefined => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? isoDay(year, month, day) : undefined;
};
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A day with its month's name ("30. Februar", "31 april 2027"). */
const NAMED_DAY = new RegExp(`(?<![\\d.])(\\d{1,2})\\.?\\s*(${MONTHS.join('|')}|maerz)(?:\\s+(\\d{4}))?(?!\\p{L})`, 'iu');
/** A leap year, for a day written without its year: "29.02." may be meant for one. */
const ANY_LEAP_YEAR = 2028;

/**
 * A day or time written in digits that does not exist ("31.02.", "30.2.2027", "25:00", "18:75 Uhr",
 * "26 Uhr"), as the citizen wrote it: said back, it tells what to check, where "not understood" would
 * not. "24 Uhr" and "24:00" are midnight.
 */
export function impossibleDateOrTime(text: string): { day: string } | { time: string } | undefined {
  const day = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?/.exec(text);
  if (day && !validDay(day[3] ? fullYear(day[3]) : ANY_LEAP_YEAR, Number(day[2]), Number(day[1]))) return { day: day[0] };
  // "am 30. Februar" (trial 36: it had been "not understood as a day").
  const named = NAMED_DAY.exec(text);
  const month = named ? MONTHS.indexOf(named[2]!.toLowerCase().replace('maerz', 'märz')) + 1 : 0;
  if (named && month > 0 && !validDay(named[3] ? Number(named[3]) : ANY_LEAP_YEAR, month, Number(named[1]))) return { day: named[0] };
  // "november 31 at 10am" (trial 50: it had been read as today).
  const english = ENGLISH_NAMED_DAY.exec(text);
  const englishMonth = english ? FULL_ENGLISH_MONTHS.indexOf((english[1] ?? english[4])!.toLowerCase()) + 1 : 0;
  if (english && !validDay(english[5] ? Number(english[5]) : ANY_LEAP_YEAR, englishMonth, Number(english[2] ?? english[3])))
    return { day: english[0] };
  for (const time of text.matchAll(/(?<![\d.:])(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*uhr))?\s*(uhr)?(?![\d\p{L}])/giu)) {
    // A number alone is no time ("Hauptstraße 25"): only with minutes or "Uhr".
    if (time[2] === undefined && time[3] === undefined && !time[4]) continue;
    const [hour, minute] = [Number(time[1]), Number(time[2] ?? time[3] ?? 0)];
    if ((hour > 23 && !(hour === 24 && minute === 0)) || minute > 59) return { time: time[0].trim() };
  }
  return undefined;
}

/**
 * Reads a German date and/or time relative to `now` (in Berlin). A day without a year is the
 * next such day (prefer "future") or the last one (prefer "past"). Undefined when nothing
 * date- or time-like was found.
 */
export function parseDateTime(text: string, now: Date = new Date(), prefer: 'future' | 'past' = 'future'): ParsedDateTime | undefined {
  // "seit zwei Wochen" (the dog has been with us) began "vor zwei Wochen".
  let rest = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\bseit(?= (\d+|eine?[mnr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (tag|woche|monat|jahr))/g, 'vor')
    // "Guten Morgen" greets; it is not tomorrow.
    .replace(/\bguten\s+morgen\b/g, ' ')
    // "so gegen zehne", "um elfe", "halb zwölfe": the region's hours with an -e (trial 43: "zehne" had been no time).
    .replace(HOUR_WITH_E, '$1')
    // "Samstag der 17. Juli 2027": the weekday of that date (trial 42: chrono had read the next Saturday).
    .replace(/\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\s+der\s+(?=\d{1,2}\.)/g, '$1, ')
    // Midnight is the day's first minute ("bis Mitternacht", "bis 24 Uhr"): the form takes it for the night after.
    .replace(/\bmitternacht\b|\b24(?::00)?\s*uhr\b/g, '0 uhr')
    // "14 bis 23 Uhr", "14-23 Uhr": a span begins at its first hour, which the "Uhr" after the second names too.
    .replace(/(?<![\d:.])(\d{1,2}(?::\d{2})?)\s*(bis|-|–)\s*(\d{1,2}(?::\d{2})?\s*uhr)\b/g, '$1 uhr $2 $3');
  for (const [day, words] of NAMED_DAYS) rest = rest.replace(words, day);
  for (const [name, words] of MOVABLE_FEASTS) rest = rest.replace(words, (said) => dayOfFeast(name, now) ?? said);
  const found = findTime(rest);
  const time = found ? `${pad(found.hour)}:${pad(found.minute)}` : undefined;
  if (found) rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  const today = berlinWallClock(now).date;
  const result = (date: string | undefined, approximate?: ParsedDateTime['approximate']): ParsedDateTime | undefined =>
    date || time ? { ...(date ? { date } : {}), ...(time ? { time } : {}), ...(approximate ? { approximate } : {}) } : undefined;

  // "11/01/2026" as written in Europe and India: day, month, year (the US order is not guessed).
  rest = rest.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, '$1.$2.$3');
  const short = /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?/.exec(rest);
  if (short) {
    const [day, month] = [Number(short[1]), Number(short[2])];
    // "Montag nach Weihnachten", "den Freitag vor dem 20.12.": the weekday next to that day.
    const near = (date: string | undefined) => date && weekdayNear(rest.slice(0, short.index), date);
    if (short[3]) return result(near(validDay(fullYear(short[3]), month, day))) ?? undefined;
    const year = Number(today.slice(0, 4));
    const candidate = validDay(year, month, day);
    if (!candidate) return undefined;
    // A day a few weeks gone ("dann am 3.12." on 5 December) is that day, gone by, not next year's (trial 34: it had
    // been refused as beyond the days booked); one gone by longer is next year's ("am 5.1." said in December).
    if (prefer === 'future' && candidate < addDays(today, -RECENTLY_PASSED_DAYS)) return result(near(validDay(year + 1, month, day)));
    if (prefer === 'past' && candidate > today) return result(near(validDay(year - 1, month, day)));
    return result(near(candidate));
  }
  // "den 8.", "am 8.": a day of the month alone, the next one of that number (or the last one).
  const dayOfMonth = new RegExp(
    `\\b(?:den|am|zum|ab)\\s+(\\d{1,2})\\.(?![\\d.])(?!\\s*(?:jan|feb|mär|mae|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec))`,
  ).exec(rest);
  if (dayOfMonth) {
    const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const step = prefer === 'future' ? 1 : -1;
    for (let months = 0; months <= 2; months += 1) {
      const shifted = month - 1 + step * months;
      const candidate = validDay(year + Math.floor(shifted / 12), (((shifted % 12) + 12) % 12) + 1, Number(dayOfMonth[1]));
      if (candidate && (prefer === 'future' ? candidate >= today : candidate <= today)) return result(candidate);
    }
  }
  const monthYear = new RegExp(`\\b(?:(${MONTHS.join('|')}|maerz|${FULL_ENGLISH_MONTHS.join('|')})|(\\d{1,2})[./])\\s*(\\d{4})\\b`).exec(
    rest,
  );
  // ("31. Dezember 2026", "31 December 2026": a day of that month, not the month.)
  const dayOfTheMonth = new RegExp(`\\b\\d{1,2}\\.?\\s*(?:${MONTHS.join('|')}|maerz|${FULL_ENGLISH_MONTHS.join('|')})\\b`);
  if (monthYear && !dayOfTheMonth.test(rest)) {
    const name = monthYear[1];
    const month = name
      ? name === 'maerz'
        ? 3
        : MONTHS.includes(name)
          ? MONTHS.indexOf(name) + 1
          : FULL_ENGLISH_MONTHS.indexOf(name) + 1
      : Number(monthYear[2]);
    if (month >= 1 && month <= 12) return result(isoDay(Number(monthYear[3]), month, 1), 'month');
  }
  const vague = vagueDate(rest, today, prefer);
  if (vague) return result(vague.date, vague.approximate);
  const lastWeeks = dayOfLastWeek(rest, today) ?? lastWeekday(rest, today);
  if (lastWeeks) return result(lastWeeks);
  const english = ENGLISH_MONTH.test(rest) || ENGLISH_DAY.test(rest) ? englishDay(rest, today, prefer) : undefined;
  if (english) return { date: english.date, ...(time || english.time ? { time: time ?? english.time } : {}) };
  // chrono computes in the process's local time; a reference whose local fields are Berlin's
  // wall clock makes its answers Berlin days.
  const wall = berlinWallClock(now);
  const [y, mo, d] = wall.date.split('-').map(Number) as [number, number, number];
  const [h, mi] = wall.time.split(':').map(Number) as [number, number];
  // "so" is "about" ("so um halb zehn", "so 2022 rum"), not chrono's Sonntag; Sunday short is "So.".
  rest = rest.replace(/\bso\b(?!\.)/g, ' ');
  // "Do you have something on Monday?", "What do I need to do?": the English verb, not chrono's Donnerstag (that is "Do.",
  // "Do 10.12." or "am Do"; trial 49: "need to do" had offered Thursday).
  rest = rest.replace(/\bdo\b(?=\s+(?:you|we|i|they|u|not|it|that|this|so)\b)/g, ' ');
  rest = rest.replace(/\b(?:to|need|needs|must|should|can|could|will|would|what|did)\s+do\b/g, ' ');
  // Only whole words: chrono reads the "Fr" of "Frühjahr" as Friday.
  const match = chronoDe
    .parse(rest, new Date(y, mo - 1, d, h, mi), { forwardDate: prefer === 'future' })
    .find((m) => !/\p{L}/u.test(rest.charAt(m.index + m.text.length)) && !/\p{L}/u.test(rest.charAt(m.index - 1)));
  const parsed = match?.start;
  // A time alone ("um 10") names no day: chrono's implied one (tomorrow, once 10:00 has passed today)
  // would override the day the citizen chose before.
  const named = parsed && (parsed.isCertain('day') || parsed.isCertain('weekday'));
  const day = named ? isoDay(yearMeant(parsed, today, prefer), parsed.get('month')!, parsed.get('day')!) : undefined;
  // "seit Samstag", said on a Saturday, began a week ago: from today one says "seit heute".
  const weekAgo = prefer === 'past' && day === today && !parsed!.isCertain('day') && /\bseit\b/.test(rest);
  const date = weekAgo ? addDays(today, -7) : day;
  if (!time && parsed?.isCertain('hour'))
    return { ...(date ? { date } : {}), time: `${pad(parsed.get('hour')!)}:${pad(parsed.get('minute') ?? 0)}` };
  return result(date);
}

const GERMAN_WEEKDAYS = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'];
const WEEKDAY_BEFORE_OR_AFTER = new RegExp(`\\b(${GERMAN_WEEKDAYS.join('|')})\\s+(nach|vor)\\s+(?:de[mn]\\s+)?$`);

/** A weekday as a word of its own, German or English (Monday first, as GERMAN_WEEKDAYS). */
const WEEKDAY_NAMED =
  /(?<!\p{L})(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\p{L})/giu;
const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const EXPLICIT_DAY = /(?<![\d.])\d{1,2}\.\s?\d{1,2}\.|(?<![\d.])\d{1,2}\.?\s*\p{L}{3,}\s+\d{4}/u;

/**
 * The weekday of `date` (0 = Monday) where the text names one other weekday beside a written date ("Samstag
 * 18. Juli 2027", a Sunday: trial 42 had taken it without asking); undefined where they agree or nothing is named.
 */
export function weekdayAgainstDate(text: string, date: string): number | undefined {
  const lower = text.toLowerCase();
  const named = [...new Set([...lower.matchAll(WEEKDAY_NAMED)].map((m) => m[1]!))];
  if (named.length !== 1 || !EXPLICIT_DAY.test(lower) || /\b(?:nach|vor)\s+(?:de[mn]\s+)?\d/u.test(lower)) return undefined;
  const index = Math.max(GERMAN_WEEKDAYS.indexOf(named[0]!), ENGLISH_WEEKDAYS.indexOf(named[0]!));
  const actual = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return index === actual ? undefined : actual;
}

const LAST_WEEK = /(?:letzte|letzten|letzt|vergangene|vergangenen|vorige|vorigen)\s+woche?/;
const WEEKDAY_WORD = `(${GERMAN_WEEKDAYS.join('|')})s?`;
const ON_THAT_DAY = /(?:am\s+)?/;
const IN_THAT_WEEK = /(?:in\s+der\s+)?/;
/** "letzte Woche Samstag", "Samstag letzte Woche": that weekday of the week before this one (trial 50: chrono had read last week's Monday). */
const DAY_OF_LAST_WEEK = new RegExp(
  `\\b${LAST_WEEK.source}\\s+${ON_THAT_DAY.source}${WEEKDAY_WORD}\\b|\\b${WEEKDAY_WORD}\\s+${IN_THAT_WEEK.source}${LAST_WEEK.source}\\b`,
);
function dayOfLastWeek(text: string, today: string): string | undefined {
  const found = DAY_OF_LAST_WEEK.exec(text);
  if (!found) return undefined;
  const weekday = GERMAN_WEEKDAYS.indexOf(found[1] ?? found[2]!);
  const mondayThisWeek = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
  return addDays(mondayThisWeek, weekday - 7);
}

/** "letzten Donnerstag", "vergangenen Montag": the last such weekday before today, whichever way the form leans (trial 62: the hours had named next Thursday). */
const LAST_WEEKDAY = new RegExp(`\\b(?:letzte[nmr]?|vergangene[nmr]?|vorige[nmr]?)\\s+${WEEKDAY_WORD}\\b`);
function lastWeekday(text: string, today: string): string | undefined {
  const found = LAST_WEEKDAY.exec(text);
  if (!found) return undefined;
  const weekday = GERMAN_WEEKDAYS.indexOf(found[1]!);
  const todays = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -((todays - weekday + 7) % 7 || 7));
}

/** The weekday named right before a day with "nach" or "vor" ("Montag nach …"), else the day itself. */
function weekdayNear(before: string, date: string): string {
  const m = WEEKDAY_BEFORE_OR_AFTER.exec(before);
  if (!m) return date;
  const wanted = GERMAN_WEEKDAYS.indexOf(m[1]!) + 1; // 1 Monday … 7 Sunday
  const step = m[2] === 'nach' ? 1 : -1;
  const day = new Date(`${date}T12:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + step);
  while ((day.getUTCDay() || 7) !== wanted);
  return day.toISOString().slice(0, 10);
}

/**
 * The movable feasts that are public holidays in Bavaria, by the words people use and the name date-holidays gives them ("Habt ihr
 * an Fronleichnam auf?"); after the fixed days, so "Mariä Himmelfahrt" is the 15th of August and "Himmelfahrt" alone Christ's.
 */
const MOVABLE_FEASTS: ReadonlyArray<[string, RegExp]> = [
  ['Karfreitag', /\bkarfreitag\b/g],
  ['Ostersonntag', /\b(?:ostersonntag|ostern)\b/g],
  ['Ostermontag', /\bostermontag\b/g],
  ['Christi Himmelfahrt', /\b(?:christi\s+)?himmelfahrt\b/g],
  ['Pfingstsonntag', /\b(?:pfingstsonntag|pfingsten)\b/g],
  ['Pfingstmontag', /\bpfingstmontag\b/g],
  ['Fronleichnam', /\bfronleichnam\b/g],
];
/** The next day of a movable feast as "d.m.yyyy", from today in Berlin. */
function dayOfFeast(name: string, now: Date): string | undefined {
  const day = nextHolidayNamed(name, berlinWallClock(now).date);
  return day && `${Number(day.slice(8, 10))}.${Number(day.slice(5, 7))}.${day.slice(0, 4)}`;
}

/** Days known by name ("an Heiligabend", "Silvester"), as the date they fall on. */
const NAMED_DAYS: ReadonlyArray<[string, RegExp]> = [
  ...FIXED_DAYS.map(({ day, words }): [string, RegExp] => [`${day}.`, new RegExp(String.raw`\b(?:${words})\b`, 'g')]),
  // Days as they are said in Unterfranken and Hessen ("hat ihr morsche uff?", "un am Samstach?").
  ['morgen', /\b(?:morsche|morche|morje)\b/g],
  ['heute', /\b(?:heit|heut)\b/g],
  ['montag', /\bmon(?:dach|tach|daach)\b/g],
  ['dienstag', /\bdiens(?:dach|tach|daach)\b/g],
  ['donnerstag', /\b(?:donners|dunners|donnersch)(?:dach|tach|daach|dag)\b/g],
  ['freitag', /\bfrei(?:dach|tach|daach)\b/g],
  ['samstag', /\bsams(?:dach|tach|daach)\b/g],
  ['sonntag', /\bsonn(?:dach|tach|daach)\b/g],
  // Typed in a hurry ("und am mitwoch?", "donerstag"): the day meant, not a question without one.
  ['montag', /\b(?:mondag|montg|mntag)\b/g],
  ['dienstag', /\b(?:dinstag|diestag|dienstg|dienztag)\b/g],
  ['mittwoch', /\b(?:mitwoch|mittwch|mitwoh|mittwoh|mittwooch|mitwooch|mittwuch)\b/g],
  ['donnerstag', /\b(?:donerstag|donnerstg|donnestag|donnertag|donerstg)\b/g],
  ['freitag', /\b(?:freitg|fritag|freitak)\b/g],
  ['samstag', /\b(?:samtag|samstg|sammstag)\b/g],
  ['sonntag', /\b(?:sontag|sonntg|sonnatg)\b/g],
];

const FULL_ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** An English month's name or its short form ("Dec", "Sept"); German ones differ except where chrono.de reads them alike. */
const ENGLISH_MONTHS = [...FULL_ENGLISH_MONTHS, ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec']];
const ENGLISH_MONTH = new RegExp(`\\b(${ENGLISH_MONTHS.join('|')})\\b`);
/** An English day with its month's name ("november 31", "31st of November"); days up to 31 only ("may 40 people" is no day). */
const ENGLISH_DAY_OF_MONTH = String.raw`(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?`;
const ENGLISH_NAMED_DAY = new RegExp(
  String.raw`\b(?:(${FULL_ENGLISH_MONTHS.join('|')})\s+${ENGLISH_DAY_OF_MONTH}|${ENGLISH_DAY_OF_MONTH}\s+(?:of\s+)?(${FULL_ENGLISH_MONTHS.join('|')}))(?:,?\s+(\d{4}))?(?![\d\p{L}])`,
  'iu',
);

/** An English weekday or a day relative to today ("on Saturday", "tomorrow"). */
const ENGLISH_DAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b/;

/** "8 December at 10", "Dec 8th", "Thu, 3 Dec 2026" (our own English day buttons), "on Saturday", read by chrono's English parser. */
/**
 * The year of a day chrono read: a day and month said without a year, a few weeks gone, is that day gone by, not next
 * year's, as for "am 3.12." (trial 66: "am 7. Dezember" and "December 7" on 8 December had become 2027's, with its weekday).
 */
function yearMeant(parsed: ParsedComponents, today: string, prefer: 'future' | 'past'): number {
  const year = parsed.get('year')!;
  if (prefer !== 'future' || parsed.isCertain('year') || !parsed.isCertain('month') || !parsed.isCertain('day')) return year;
  const lastYears = validDay(year - 1, parsed.get('month')!, parsed.get('day')!);
  return lastYears !== undefined && lastYears < today && lastYears >= addDays(today, -RECENTLY_PASSED_DAYS) ? year - 1 : year;
}

function englishDay(text: string, today: string, prefer: 'future' | 'past'): { date: string; time?: string } | undefined {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const found = chronoEn
    .parse(text, new Date(y, m - 1, d, 12), { forwardDate: prefer === 'future' })
    .find((r) => r.start.isCertain('month') || r.start.isCertain('weekday') || r.start.isCertain('day'));
  const day = found?.start;
  if (!day?.isCertain('day') && !day?.isCertain('weekday')) return undefined;
  const date = isoDay(yearMeant(day, today, prefer), day.get('month')!, day.get('day')!);
  return day.isCertain('hour') ? { date, time: `${pad(day.get('hour')!)}:${pad(day.get('minute') ?? 0)}` } : { date };
}

/** Weekdays by name, German and English. */
const WEEKDAY_NAMES = [...GERMAN_WEEKDAYS, ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']];

/** The words of a time and those around it ("am 12. Juli ab 14 Uhr", "nächsten Samstag", "Sat 12 July from 2 pm"). */
const TIME_WORDS = new RegExp(
  `\\b(${[
    ...[
      'am',
      'um',
      'ab',
      'bis',
      'von',
      'vom',
      'den',
      'dem',
      'der',
      'uhr',
      'heute',
      'morgen',
      'übermorgen',
      'nächste[nrs]?',
      'kommende[nrs]?',
      'diese[nrs]?',
      'woche',
      'wochenende',
    ],
    ...WEEKDAY_NAMES,
    ...['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'vormittags?', 'nachmittags?', 'abends?', 'mittags?', 'früh'],
    ...MONTHS,
    ...[
      'on',
      'at',
      'from',
      'to',
      'until',
      'the',
      'of',
      'next',
      'this',
      'today',
      'tomorrow',
      'am',
      'pm',
      'o.clock',
      'st',
      'nd',
      'rd',
      'th',
      'week',
      'weekend',
    ],
    ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    ...ENGLISH_MONTHS,
  ].join('|')})\\b`,
  'giu',
);

/**
 * Whether a text may name a day at all: a digit or a day's word. A cheap look before
 * parseDateTime, whose chrono step costs more than the rest of a question's answer.
 */
export const mayNameADay = (text: string): boolean => DAY_WORDS.test(text.toLowerCase());
// Lower-cased first and matched without the i and u flags: with them, this alternation of about a
// hundred words cost 5 µs per message (a few per cent of a turn), without them 0.2 µs.
const DAY_WORDS = new RegExp(
  [
    '\\d|morgen|woche|tomorrow|week|heilig|s[iy]lvester|neujahr|weihnacht|stephanstag|mitternacht',
    // The named days, those in dialect included ("morsche", "Samstach").
    ...NAMED_DAYS.map(([, words]) => words.source),
    ...MOVABLE_FEASTS.map(([, words]) => words.source),
    ...WEEKDAY_NAMES,
    ...MONTHS,
    ...ENGLISH_MONTHS.map((month) => `\\b${month}\\b`),
  ].join('|'),
);

/** Whether a text is only a date or time ("am 12.7. ab 14 Uhr"): given where something else was asked (a place). */
export function namesOnlyATime(text: string, now: Date = new Date()): boolean {
  if (!parseDateTime(text, now)) return false;
  return (
    text
      .toLowerCase()
      .replace(TIME_WORDS, ' ')
      .replace(/[\d\s.,:;\-–/]+/gu, '').length === 0
  );
}

const SEASONS: Record<string, number> = { frühjahr: 4, frühling: 4, fruehjahr: 4, fruehling: 4, sommer: 7, herbst: 10, winter: 1 };
const COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, einem: 1, einen: 1, einer: 1, anderthalb: 1.5, eineinhalb: 1.5 };
const countOf = (word: string): number | undefined =>
  COUNT_WORDS[word] ?? (/^\d+(,\d+)?$/.test(word) ? Number(word.replace(',', '.')) : undefined);
const monthOf = (word: string): number => (word === 'maerz' ? 3 : MONTHS.indexOf(word) + 1);
const MONTH = `(${MONTHS.join('|')}|maerz)`;

/** A month of a year before or after today ("im Mai": the last or the next May). */
function monthNear(month: number, today: string, prefer: 'future' | 'past'): string {
  const [year, current] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  if (prefer === 'past') return isoDay(month <= current ? year : year - 1, month, 1);
  return isoDay(month >= current ? year : year + 1, month, 1);
}

/** Months back from today's month. */
function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today.slice(0, 7)}-01T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - Math.round(months));
  return d.toISOString().slice(0, 8) + '01';
}

/**
 * Dates people give when they do not know the day: a season ("Frühjahr 2022"), a month ("letztes
 * Jahr im Mai", "im März"), an age ("ca. 2 Jahre alt", "vor drei Monaten") or a year ("2022").
 * Never today's date in disguise: what is not understood stays undefined and is asked again.
 */
function vagueDate(text: string, today: string, prefer: 'future' | 'past'): { date: string; approximate: 'month' | 'year' } | undefined {
  const year = Number(today.slice(0, 4));
  const season = new RegExp(`\\b(${Object.keys(SEASONS).join('|')})\\s*(\\d{4})?\\b`).exec(text);
  if (season) {
    const month = SEASONS[season[1]!]!;
    return { date: season[2] ? isoDay(Number(season[2]), month, 1) : monthNear(month, today, prefer), approximate: 'month' };
  }
  const lastYearMonth = new RegExp(
    `\\b(letzt\\w*|vorig\\w*) jahr\\w*\\b.*\\b${MONTH}\\b|\\b${MONTH}\\b.*\\b(letzt\\w*|vorig\\w*) jahr`,
  ).exec(text);
  if (lastYearMonth) return { date: isoDay(year - 1, monthOf(lastYearMonth[2] ?? lastYearMonth[3]!), 1), approximate: 'month' };
  // "letztes Jahr irgendwann", "vorletztes Jahr", "heuer": a year said in words (it had been asked again and again).
  if (prefer === 'past') {
    const yearInWords =
      /\b(?:(vorletzt\w*|vorvorig\w*)|(letzt\w*|vorig\w*)) jahr\w*\b|\b(?:(the year before last)|(last year))\b|\b(heuer|dieses jahr|this year)\b/.exec(
        text,
      );
    if (yearInWords)
      return {
        date: isoDay(year - (yearInWords[1] || yearInWords[3] ? 2 : yearInWords[2] || yearInWords[4] ? 1 : 0), 1, 1),
        approximate: 'year',
      };
  }
  const age = new RegExp(`\\b(?:vor\\s+)?(\\d+(?:,\\d+)?|${Object.keys(COUNT_WORDS).join('|')})\\s+(jahr|monat)\\w*(?:\\s+alt)?\\b`).exec(
    text,
  );
  if (age && (/\balt\b|\bvor\b/.test(text) || prefer === 'past')) {
    const count = countOf(age[1]!);
    if (count !== undefined) return { date: monthsBefore(today, age[2] === 'jahr' ? count * 12 : count), approximate: 'month' };
  }
  const onlyMonth = new RegExp(`^(?:(?:im|ende|anfang|mitte)\\s+)?${MONTH}$`).exec(text.replace(/[^\p{L}\d ]/gu, '').trim());
  if (onlyMonth) return { date: monthNear(monthOf(onlyMonth[1]!), today, prefer), approximate: 'month' };
  // A year and no other number, whatever words go with it ("2022", "weiß nicht genau, so 2022 rum").
  const onlyYear = /\b(19\d\d|20\d\d)\b/.exec(text);
  if (onlyYear && !/\d/.test(text.replace(onlyYear[1]!, ''))) return { date: isoDay(Number(onlyYear[1]), 1, 1), approximate: 'year' };
  return undefined;
}
