import { impossibleDateOrTime, mayNameADay, parseDateTime, weekdayAgainstDate } from '../../dialogs/dates';
import { berlinInstant } from '../../knowledge/hours';

// Wednesday, 25 Nov 2026, 10:00 in Berlin (09:00 UTC), whatever the machine's time zone.
const now = new Date('2026-11-25T09:00:00Z');
const parse = (text: string, prefer: 'future' | 'past' = 'future') => parseDateTime(text, now, prefer);

describe('parseDateTime', () => {
  it('reads "Samstag der 17. Juli 2027" as that date, not the next Saturday (trial 42: a fête had moved to December)', () => {
    expect(parse('es ist Samstag der 17. Juli 2027')).toEqual({ date: '2027-07-17' });
    expect(parse('Samstag der 12. Juni 2027 um 22 Uhr')).toEqual({ date: '2027-06-12', time: '22:00' });
    // Guard: a weekday alone is still the next one.
    expect(parse('Samstag')).toEqual({ date: '2026-11-28' });
  });

  it('reads "um 1 in der Nacht" as one in the night (trial 60: 13:00), "um 3" alone still as the afternoon', () => {
    expect(parse('wie gsacht um 1 in der Nacht')).toEqual({ time: '01:00' });
    expect(parse('um 3')).toEqual({ time: '15:00' });
  });

  it('finds a weekday named beside a date it does not fall on (trial 42: "Samstag 18. Juli 2027", a Sunday, had been taken)', () => {
    // 6: Sunday, counted from Monday.
    expect(weekdayAgainstDate('Samstag 18. Juli 2027', '2027-07-18')).toBe(6);
    expect(weekdayAgainstDate('Saturday 18.7.2027 2 pm', '2027-07-18')).toBe(6);
    // Guards: a weekday that fits, a weekday alone, and one next to a day ("Montag nach dem 20.12.").
    expect(weekdayAgainstDate('Samstag 17. Juli 2027', '2027-07-17')).toBeUndefined();
    expect(weekdayAgainstDate('am Sonntag', '2027-07-18')).toBeUndefined();
    expect(weekdayAgainstDate('Montag nach dem 20.12.', '2026-12-21')).toBeUndefined();
  });

  it('reads "seit letzte woche samstag" as the Saturday of last week (trial 50: it had been last week\'s Monday)', () => {
    // Today is Wednesday 25 Nov; last week ran from Monday 16 to Sunday 22 Nov.
    expect(parse('seit letzte woche samstag', 'past')).toEqual({ date: '2026-11-21' });
    expect(parse('Sonntag letzte Woche', 'past')).toEqual({ date: '2026-11-22' });
    expect(parse('vorige woche am montag', 'past')).toEqual({ date: '2026-11-16' });
  });

  it('reads "letzten Donnerstag" as the last Thursday gone by, also where the form leans to the future (trial 62: the hours had named next Thursday)', () => {
    // Today is Wednesday 25 Nov.
    expect(parse('Hattet ihr letzten Donnerstag offen?')).toEqual({ date: '2026-11-19' });
    expect(parse('vergangenen Montag', 'past')).toEqual({ date: '2026-11-23' });
    // Said on that weekday: a week ago, not today.
    expect(parse('letzten Mittwoch')).toEqual({ date: '2026-11-18' });
    // Guard: a weekday alone is still the next one.
    expect(parse('Donnerstag')).toEqual({ date: '2026-11-26' });
  });

  it('understands relative days: "morgen", "nächsten Samstag"', () => {
    expect(parse('morgen')).toEqual({ date: '2026-11-26' });
    expect(parse('nächsten Samstag')?.date).toMatch(/^2026-(11-28|12-05)$/);
    // "Guten Morgen" greets: no day named.
    expect(parse('Guten Morgen, wann habt ihr offen?')).toBeUndefined();
    expect(parse('guten morgen, habt ihr morgen offen?')).toEqual({ date: '2026-11-26' });
  });
  it('reads English dates of our day buttons and in citizens\' words, "pm" included', () => {
    expect(parse('4:30 pm')).toEqual({ time: '16:30' });
    expect(parse('10:30 am')).toEqual({ time: '10:30' });
    expect(parse('Thu, 3 Dec 2026, 08:00')).toEqual({ date: '2026-12-03', time: '08:00' });
    expect(parse('on the 8th of December at 10')).toEqual({ date: '2026-12-08', time: '10:00' });
    expect(parse('December 8')).toEqual({ date: '2026-12-08' });
    // An hour with "am"/"pm" and no minutes, and a day before an English month with its year (trial 38: "At what time?").
    expect(parse('on 20.12.2026 at 10 am')).toEqual({ date: '2026-12-20', time: '10:00' });
    expect(parse('31 December 2026 10am')).toEqual({ date: '2026-12-31', time: '10:00' });
    expect(parse('at 2 pm')).toEqual({ time: '14:00' });
    expect(parse('12 am')).toEqual({ time: '00:00' });
    expect(parse('December 2026')).toEqual({ date: '2026-12-01', approximate: 'month' });
  });
  it('understands "12.3." as the next 12 March, or the last one for past dates', () => {
    expect(parse('12.3.')).toEqual({ date: '2027-03-12' });
    expect(parse('12.3.', 'past')).toEqual({ date: '2026-03-12' });
    expect(parse('1.3.2026')).toEqual({ date: '2026-03-01' });
    expect(parse('31.2.')).toBeUndefined();
  });
  it('understands "den 8." as the next 8th of a month, or the last one for past dates (trial 32: "den 8." had not been understood)', () => {
    expect(parse('den 8.')).toEqual({ date: '2026-12-08' });
    expect(parse('am 30.')).toEqual({ date: '2026-11-30' });
    expect(parse('am 20.')).toEqual({ date: '2026-12-20' });
    expect(parse('am 20.', 'past')).toEqual({ date: '2026-11-20' });
    expect(parse('den 8. um 10 Uhr')).toEqual({ date: '2026-12-08', time: '10:00' });
    // A month after it is that month's day.
    expect(parse('am 8. Januar')).toEqual({ date: '2027-01-08' });
    expect(parse('am 8. jan')).toEqual({ date: '2027-01-08' });
  });
  it('understands times: "14 Uhr", "14:30", "halb drei" (afternoon), "viertel nach acht"', () => {
    expect(parse('morgen 14 Uhr')).toEqual({ date: '2026-11-26', time: '14:00' });
    expect(parse('12.7. 14 Uhr')).toEqual({ date: '2027-07-12', time: '14:00' });
    expect(parse('am 12.07.2027 um 18:30')).toEqual({ date: '2027-07-12', time: '18:30' });
    expect(parse('Samstag halb drei')?.time).toBe('14:30');
    expect(parse('morgens halb acht')?.time).toBe('07:30');
    expect(parse('übermorgen um viertel nach acht')).toEqual({ date: '2026-11-27', time: '08:15' });
    expect(parse('22 Uhr')).toEqual({ time: '22:00' });
  });
  it('reads a span by its start ("von 10 bis 22 Uhr" starts at 10:00), and a time alone without a day', () => {
    expect(parse('am 20. juni 2027 von 10 bis 22 uhr')).toEqual({ date: '2027-06-20', time: '10:00' });
    expect(parse('20.06.2027 von 18:00 bis 23:30 Uhr')).toEqual({ date: '2027-06-20', time: '18:00' });
    // Without "von", and with a dash: the "Uhr" after the second hour names the first too (it had been 23:00).
    expect(parse('16.05.2027 14 bis 23 Uhr')).toEqual({ date: '2027-05-16', time: '14:00' });
    expect(parse('14-22 Uhr')).toEqual({ time: '14:00' });
    expect(parse('um 10')).toEqual({ time: '10:00' });
    expect(parse('seit zwei wochen', 'past')?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parse('seit zwei wochen', 'past')).toEqual(parse('vor zwei wochen', 'past'));
    expect(parse('seit 3 Tagen', 'past')?.date).toBe(parse('vor 3 Tagen', 'past')?.date);
    // 2026-11-25 is a Wednesday: "seit Mittwoch" said that day began a week ago (it had been today),
    // "seit Montag" two days ago.
    expect(parse('Wir haben den Hund seit Mittwoch', 'past')).toEqual({ date: '2026-11-18' });
    expect(parse('seit Montag', 'past')).toEqual({ date: '2026-11-23' });
  });
  it('accepts month and year as an approximate date', () => {
    expect(parse('März 2024', 'past')).toEqual({ date: '2024-03-01', approximate: 'month' });
    expect(parse('3/2024', 'past')).toEqual({ date: '2024-03-01', approximate: 'month' });
  });
  it('accepts a year said in words as an approximate past date ("letztes Jahr irgendwann" had been asked again and again)', () => {
    expect(parse('letztes Jahr irgendwann', 'past')).toEqual({ date: '2025-01-01', approximate: 'year' });
    expect(parse('Vorletztes Jahr', 'past')).toEqual({ date: '2024-01-01', approximate: 'year' });
    expect(parse('heuer im Frühling', 'past')).toEqual({ date: '2026-04-01', approximate: 'month' });
    expect(parse('sometime last year', 'past')).toEqual({ date: '2025-01-01', approximate: 'year' });
    // A month with it stays the month ("letztes Jahr im Mai").
    expect(parse('letztes Jahr im Mai', 'past')).toEqual({ date: '2025-05-01', approximate: 'month' });
  });
  it('reads "so" as "about", not as Sunday; "So." is Sunday', () => {
    expect(parse('so um halb zehn')).toEqual({ time: '09:30' });
    expect(parse('weiß ich nicht genau, so 2022 rum', 'past')).toEqual({ date: '2022-01-01', approximate: 'year' });
    expect(parse('2022', 'past')).toEqual({ date: '2022-01-01', approximate: 'year' });
    expect(parse('So. 14 Uhr')).toEqual({ date: '2026-11-29', time: '14:00' });
  });
  it('reads days known by name and midnight', () => {
    expect(parse('Hat das Rathaus an Heiligabend offen?')?.date).toMatch(/-12-24$/);
    expect(parse('und an Silvester?')?.date).toMatch(/-12-31$/);
    expect(parse('am 2. Weihnachtsfeiertag')?.date).toMatch(/-12-26$/);
    // The weekday next to a day: 25 December 2026 is a Friday.
    expect(parse('am Montag nach Weihnachten um 10')).toEqual({ date: '2026-12-28', time: '10:00' });
    expect(parse('den Freitag vor dem 20.12.')?.date).toBe('2026-12-18');
    expect(parse('Dienstag nach dem 1.1.2027')?.date).toBe('2027-01-05');
    expect(parse('bis Mitternacht')?.time).toBe('00:00');
    expect(parse('24 Uhr')?.time).toBe('00:00');
  });
  it('reads English days, a month with its year, and day/month/year with slashes', () => {
    expect(parse('and on Saturday?')?.date).toBe(parse('Samstag')?.date);
    expect(parse('today')?.date).toBe(parse('heute')?.date);
    expect(parse('May 2023')).toEqual({ date: '2023-05-01', approximate: 'month' });
    expect(parse('11/01/2026', 'past')?.date).toBe('2026-01-11');
  });
  it('reads an hour in words after "um" or "gegen" without "Uhr", but not a count', () => {
    expect(parse('lieber so gegen drei')?.time).toBe('15:00');
    expect(parse('so gegen zehn')?.time).toBe('10:00');
    expect(parse('am Samstag um vier')).toMatchObject({ time: '16:00' });
    expect(parse('Wir sind um drei Leute mehr')).toBeUndefined();
  });
  it('reads the region’s hours with an -e ("so gegen zehne", "um elfe", "halb zwölfe"), but not an "Elfe"', () => {
    expect(parse('am Donnerstag so gegen zehne')).toMatchObject({ time: '10:00' });
    expect(parse('um elfe')?.time).toBe('11:00');
    expect(parse('so um halb zwölfe')?.time).toBe('11:30');
    expect(parse('die Elfe im Garten')).toBeUndefined();
  });
  it('reads an hour in digits after "um" beside a date ("am 14.12. um 9"), but not an amount', () => {
    expect(parseDateTime('am 14.12. um 9', now)).toEqual({ date: '2026-12-14', time: '09:00' });
    expect(parseDateTime('14.12. gegen 11', now)).toEqual({ date: '2026-12-14', time: '11:00' });
    expect(parseDateTime('am 14.12., um 10 Prozent teurer', now)).toEqual({ date: '2026-12-14' });
  });

  it('returns undefined for text without a date', () => {
    expect(parse('Schlagloch')).toBeUndefined();
    expect(parse('2 Jahre')).toBeUndefined();
  });
  it('turns Berlin wall-clock time into the right instant in winter and summer', () => {
    expect(berlinInstant('2026-11-12', '14:00').toISOString()).toBe('2026-11-12T13:00:00.000Z');
    expect(berlinInstant('2026-07-12', '14:00').toISOString()).toBe('2026-07-12T12:00:00.000Z');
  });
});

describe('mayNameADay', () => {
  it('lets a day through however it is written, and spares the date parser every other question', () => {
    // The look before the date parser: a day it misses would be answered without the day asked about.
    for (const said of [
      'Haben Sie am MONTAG offen?',
      'Seid ihr Samstach do?',
      'HEILIGABEND geöffnet?',
      'open on Friday?',
      'am 14.12.',
      'Im März',
    ])
      expect([said, mayNameADay(said)]).toEqual([said, true]);
    for (const said of ['Was kostet ein Personalausweis?', 'Wie viel Hundesteuer zahle ich?', 'Hallo'])
      expect([said, mayNameADay(said)]).toEqual([said, false]);
  });
});

describe('impossibleDateOrTime', () => {
  it('names a day or a time written in digits that does not exist, as written', () => {
    expect(impossibleDateOrTime('am 31.02.')).toEqual({ day: '31.02.' });
    expect(impossibleDateOrTime('29.2.2027')).toEqual({ day: '29.2.2027' });
    expect(impossibleDateOrTime('am 12.7. um 25 Uhr')).toEqual({ time: '25 Uhr' });
    expect(impossibleDateOrTime('18:75')).toEqual({ time: '18:75' });
  });
  it('names a day with its month’s name that does not exist (trial 36: "am 30. Februar" had been "not understood")', () => {
    expect(impossibleDateOrTime('am 30. Februar')).toEqual({ day: '30. Februar' });
    expect(impossibleDateOrTime('31 April 2027')).toEqual({ day: '31 April 2027' });
    for (const text of ['am 29. Februar', 'am 14. Februar', '1. Maerz', '29. Februar 2028'])
      expect(impossibleDateOrTime(text)).toBeUndefined();
  });
  it('names an English day with its month’s name that does not exist (trial 50: "november 31 at 10am" had been today)', () => {
    expect(impossibleDateOrTime('november 31 at 10am')).toEqual({ day: 'november 31' });
    expect(impossibleDateOrTime('on the 31st of November')).toEqual({ day: '31st of November' });
    expect(impossibleDateOrTime('February 29, 2027')).toEqual({ day: 'February 29, 2027' });
    for (const text of ['may 31', 'may 40 people come', 'February 29', 'december 8th at 10'])
      expect(impossibleDateOrTime(text)).toBeUndefined();
  });
  it('leaves real days and times alone, and numbers that are no time', () => {
    for (const text of ['29.02.', '29.2.2028', '24 Uhr', '24:00', 'um 9.30 Uhr', 'Donnerstag nach 16 Uhr', 'Hauptstraße 25', 'seit 2019'])
      expect(impossibleDateOrTime(text)).toBeUndefined();
  });
});
