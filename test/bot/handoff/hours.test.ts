import { berlinInstant, berlinWallClock, isOfficeOpen, isOpenAt, nextOpening } from '../../../knowledge/hours';
import { loadMunicipality } from '../../../knowledge/municipality';
import { de } from '../../../knowledge/texts/de';

const weekdays = [{ days: ['mo', 'di', 'mi', 'do', 'fr'] as const, from: '08:00', to: '12:00' }].map((p) => ({ ...p, days: [...p.days] }));
const firstThursday = [{ days: ['do' as const], from: '14:00', to: '18:00', nthWeekdayOfMonth: 1 }];

describe('office hours in Europe/Berlin', () => {
  it('is open on a weekday morning in Berlin time, also in summer time', () => {
    expect(isOpenAt(weekdays, new Date('2026-11-25T07:30:00Z'))).toBe(true); // 08:30 CET, Wednesday
    expect(isOpenAt(weekdays, new Date('2026-07-01T06:30:00Z'))).toBe(true); // 08:30 CEST
    expect(isOpenAt(weekdays, new Date('2026-07-01T05:30:00Z'))).toBe(false); // 07:30 CEST
  });
  it('reads the wall clock right around the change to and from summer time', () => {
    const clock = (at: string) => Object.values(berlinWallClock(new Date(at))).join(' ');
    expect(clock('2026-03-29T00:59:00Z')).toBe('2026-03-29 01:59 so');
    expect(clock('2026-03-29T01:00:00Z')).toBe('2026-03-29 03:00 so');
    expect(clock('2026-10-25T00:59:00Z')).toBe('2026-10-25 02:59 so');
    expect(clock('2026-10-25T01:00:00Z')).toBe('2026-10-25 02:00 so');
    expect(clock('2026-12-31T23:30:00Z')).toBe('2027-01-01 00:30 fr');
    expect(berlinInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(berlinInstant('2026-03-29', '01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(berlinInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(berlinInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
  });
  it('is closed at the end minute and at the weekend', () => {
    expect(isOpenAt(weekdays, new Date('2026-11-25T11:00:00Z'))).toBe(false); // 12:00 CET
    expect(isOpenAt(weekdays, new Date('2026-11-28T08:00:00Z'))).toBe(false); // Saturday
  });
  it('honours the nth weekday of the month', () => {
    expect(isOpenAt(firstThursday, new Date('2026-11-05T14:00:00Z'))).toBe(true); // first Thursday, 15:00
    expect(isOpenAt(firstThursday, new Date('2026-11-12T14:00:00Z'))).toBe(false); // second Thursday
  });
});

describe('when the office opens next', () => {
  const rathaus = loadMunicipality().offices.rathaus!.hours;
  const next = (at: string) => {
    const now = new Date(at);
    const opens = nextOpening(rathaus, now, ['Mariä Himmelfahrt']);
    return opens && { at: opens.toISOString(), said: de.handoff.reopens(opens, now) };
  };

  it('names the next opening in words a citizen uses', () => {
    expect(next('2026-11-30T05:00:00Z')).toEqual({ at: '2026-11-30T07:00:00.000Z', said: 'heute ab 8:00 Uhr' }); // Monday 06:00
    expect(next('2026-11-30T12:00:00Z')).toEqual({ at: '2026-11-30T13:00:00.000Z', said: 'heute ab 14:00 Uhr' }); // lunch break
    expect(next('2026-12-01T17:00:00Z')).toEqual({ at: '2026-12-02T07:00:00.000Z', said: 'morgen ab 8:00 Uhr' }); // Tuesday evening
    expect(next('2026-12-04T12:00:00Z')).toEqual({ at: '2026-12-07T07:00:00.000Z', said: 'am Montag ab 8:00 Uhr' }); // Friday afternoon
  });

  it('skips public holidays and counts in summer time', () => {
    // Christmas Eve evening: 25 and 26 December are holidays, then the weekend.
    expect(next('2026-12-24T18:00:00Z')?.said).toBe('am Montag ab 8:00 Uhr');
    // Friday before Easter Monday 2027 (29 March, summer time from 28 March): Tuesday 08:00 CEST.
    expect(next('2027-03-26T18:00:00Z')).toEqual({ at: '2027-03-30T06:00:00.000Z', said: 'am Dienstag ab 8:00 Uhr' });
    expect(isOfficeOpen(rathaus, new Date('2026-12-25T09:00:00Z'))).toBe(false);
  });

  it('names hours that start off the quarter hour as they are', () => {
    const late = [{ days: ['mo' as const], from: '08:10', to: '11:50' }];
    expect(nextOpening(late, new Date('2026-11-29T12:00:00Z'))?.toISOString()).toBe('2026-11-30T07:10:00.000Z');
  });

  it('has no next opening without hours', () => {
    expect(nextOpening([], new Date())).toBeUndefined();
  });
});

describe('single days closed or changed', () => {
  const rathaus = loadMunicipality().offices.rathaus!.hours;
  const closures = [
    { date: '2026-12-24', label: 'Heiligabend', hours: [] },
    { date: '2026-12-03', label: 'Betriebsausflug', hours: [{ from: '08:00', to: '11:00' }] },
    // Open on a public holiday by the editors' choice (a staffed election Sunday, say).
    { date: '2026-12-26', label: 'Sondersprechstunde', hours: [{ from: '10:00', to: '12:00' }] },
  ];

  it('replaces the regular hours of that day and wins over a holiday', () => {
    expect(isOfficeOpen(rathaus, new Date('2026-12-24T08:00:00Z'))).toBe(true); // Thursday 09:00, regular
    expect(isOfficeOpen(rathaus, new Date('2026-12-24T08:00:00Z'), [], closures)).toBe(false);
    expect(isOfficeOpen(rathaus, new Date('2026-12-03T09:30:00Z'), [], closures)).toBe(true); // 10:30
    expect(isOfficeOpen(rathaus, new Date('2026-12-03T10:30:00Z'), [], closures)).toBe(false); // 11:30, open by the regular hours
    expect(isOfficeOpen(rathaus, new Date('2026-12-26T09:30:00Z'), [], closures)).toBe(true); // 2nd Christmas day, 10:30
  });

  it('names the opening after a closed day', () => {
    const opens = nextOpening(rathaus, new Date('2026-12-23T17:00:00Z'), [], closures); // Wednesday evening
    expect(opens?.toISOString()).toBe('2026-12-26T09:00:00.000Z'); // the special hour, not the 24th
  });
});
