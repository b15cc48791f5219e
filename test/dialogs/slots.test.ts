// What citizens say about when they can come, read as a wish for appointment slots.
import { dayChoice, fitsWish, parseSlotWish, slotUnits } from '../../dialogs/slots';

// Monday, 30 November 2026, 11:00 in Berlin.
const now = new Date('2026-11-30T10:00:00Z');
const wish = (text: string) => parseSlotWish(text, now);

describe('a wish for an appointment', () => {
  it('reads a weekday with a window of the day', () => {
    expect(wish('geht auch Donnerstag nach 16 Uhr?')).toEqual({ weekdays: [4], from: '16:00' });
    expect(wish('lieber freitags vormittags')).toEqual({ weekdays: [5], until: '12:00' });
    // The afternoon is after the lunch break: on a Tuesday (08:00–12:30, 14:00–17:00) no morning slot fits it.
    const afternoon = wish('nächsten Dienstag, am liebsten nachmittags')!;
    expect(fitsWish({ date: '2026-12-08', time: '12:00' }, afternoon)).toBe(false);
    expect(fitsWish({ date: '2026-12-08', time: '14:00' }, afternoon)).toBe(true);
    expect(wish('zwischen 9 und 11')).toEqual({ from: '09:00', until: '11:00' });
    expect(wish('vor 10 Uhr')).toEqual({ until: '09:59' });
    // An hour below seven without "Uhr" is meant in the afternoon.
    expect(wish('ab 2')).toEqual({ from: '14:00' });
  });

  it('reads "nicht vor 15 Uhr" as from 15 and "nicht nach 11" as until 11 (trial 41: "bis 14:59" had been offered)', () => {
    expect(wish('donnerstag nachmittag aber nicht vor 15 uhr')).toEqual({ weekdays: [4], from: '15:00' });
    expect(wish('geht auch freitag, aber nicht vor 10')).toEqual({ weekdays: [5], from: '10:00' });
    expect(wish('Montag, aber nicht nach 11 Uhr')).toEqual({ weekdays: [1], until: '11:00' });
    expect(wish('frühestens um 9')).toEqual({ from: '09:00' });
    expect(wish('spätestens 16 Uhr')).toEqual({ until: '16:00' });
    expect(wish('on Friday, not before 2 pm')).toEqual({ weekdays: [5], from: '14:00' });
  });

  it('reads weekdays said not to suit, with the days listed after the negation (trial 42: exactly those had been offered)', () => {
    expect(wish('aber bitte nicht am Freitag und nicht am Montag')).toEqual({ notWeekdays: [1, 5] });
    expect(wish('außer montags')).toEqual({ notWeekdays: [1] });
    expect(wish('No, NOT Friday. Tuesday morning')).toEqual({ notWeekdays: [5], weekdays: [2], until: '12:00' });
    expect(wish('not on Friday or Monday')).toEqual({ notWeekdays: [1, 5] });
    const notFriday = wish('any morning next week but not on Friday')!;
    expect(fitsWish({ date: '2026-12-11', time: '09:00' }, notFriday)).toBe(false);
    expect(fitsWish({ date: '2026-12-10', time: '09:00' }, notFriday)).toBe(true);
    // The weekday first, then that it does not suit, also in dialect (trial 43: Saturdays had still been offered).
    expect(wish('am Samstag kann ich doch ned, kann ich auf Dienstag nachmittag verschieben?')).toEqual({
      notWeekdays: [6],
      weekdays: [2],
      from: '13:00',
    });
    expect(wish('samstags geht es leider nicht')).toEqual({ notWeekdays: [6] });
    // In English too (trial 49: "Monday doesn't work anymore" had still offered Mondays).
    expect(wish("Sorry, Monday doesn't work anymore. Can I move my appointment to Wednesday afternoon?")).toEqual({
      notWeekdays: [1],
      weekdays: [3],
      from: '13:00',
    });
    // Guard: days named as wished stay wished.
    expect(wish('Montag oder Freitag')).toEqual({ weekdays: [1, 5] });
    expect(wish('am Samstag kann ich')).toEqual({ weekdays: [6] });
  });

  it('"Do you have something on Monday?" wishes Mondays: the English "Do" is no Donnerstag (trial 34), "Do 10.12." still is a day', () => {
    expect(wish('Do you have something on Monday?')).toEqual({ weekdays: [1] });
    expect(wish('do we get something on friday morning')).toEqual({ weekdays: [5], until: '12:00' });
    expect(wish('Do 10.12.')).toEqual({ dates: ['2026-12-10'] });
  });

  it('reads an exact time on a weekday', () => {
    expect(wish('Donnerstag 16:30')).toEqual({ weekdays: [4], from: '16:30', until: '16:30' });
    expect(wish('Freitag 10.30 Uhr')).toEqual({ weekdays: [5], from: '10:30', until: '10:30' });
  });

  it('reads days: next week, a date, a day button', () => {
    expect(wish('nächste Woche vormittags')).toEqual({
      dates: ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'],
      until: '12:00',
    });
    expect(wish('am 14.12.')).toEqual({ dates: ['2026-12-14'] });
    // "bis 14.12." is a date, not a time.
    expect(wish('bis 14.12.')).toEqual({ dates: ['2026-12-14'] });
    expect(wish('Do., 03.12.2026 ab 16:00 Uhr')).toEqual({ dates: ['2026-12-03'], from: '16:00' });
  });

  it('takes the date of "Montag, 14.12. 9 Uhr", and keeps a weekday that does not fit it (to ask which was meant)', () => {
    // The weekday alone would have meant the next Monday, a week early.
    expect(wish('Montag 14.12. 9 Uhr')).toEqual({ dates: ['2026-12-14'], from: '09:00', until: '09:00' });
    expect(wish('Donnerstag, den 10.12., 10 Uhr')).toEqual({ dates: ['2026-12-10'], from: '10:00', until: '10:00' });
    // 15 December 2026 is a Tuesday: no slot fits both.
    const contradiction = wish('Montag 15.12. vormittags')!;
    expect(contradiction).toEqual({ dates: ['2026-12-15'], weekdays: [1], until: '12:00' });
    expect(fitsWish({ date: '2026-12-15', time: '09:00' }, contradiction)).toBe(false);
    expect(fitsWish({ date: '2026-12-14', time: '09:00' }, contradiction)).toBe(false);
  });

  it('is nothing when the words name no day or time', () => {
    expect(wish('Erika Muster')).toBeUndefined();
    expect(wish('Was muss ich mitbringen?')).toBeUndefined();
    // A greeting by the time of day wishes no slot at that time (it had offered evening slots only).
    expect(wish('Guten Abend, ich brauche einen Termin für meinen Personalausweis.')).toBeUndefined();
    expect(wish('Good evening, I need an appointment for my passport')).toBeUndefined();
    expect(wish('Guten Morgen, gerne abends')).toEqual({ from: '17:00' });
  });

  it('day buttons carry the window, so that choosing a day keeps it', () => {
    const thursdayAfternoon = wish('Donnerstag nach 16 Uhr')!;
    const label = dayChoice('2026-12-03', thursdayAfternoon);
    expect(label).toBe('Do., 03.12.2026 ab 16:00 Uhr');
    expect(wish(label)).toEqual({ dates: ['2026-12-03'], from: '16:00' });
    expect(fitsWish({ date: '2026-12-03', time: '16:15' }, wish(label)!)).toBe(true);
    expect(fitsWish({ date: '2026-12-03', time: '15:45' }, wish(label)!)).toBe(false);
    expect(fitsWish({ date: '2026-12-04', time: '16:15' }, thursdayAfternoon)).toBe(false);
  });

  it('a longer service covers several grid steps', () => {
    expect(slotUnits({ date: '2026-12-03', time: '16:45', minutes: 30 }, 15)).toEqual([
      { date: '2026-12-03', time: '16:45' },
      { date: '2026-12-03', time: '17:00' },
    ]);
    expect(slotUnits({ date: '2026-12-03', time: '16:45' }, 15)).toEqual([{ date: '2026-12-03', time: '16:45' }]);
  });
});
