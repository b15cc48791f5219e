import { isOpenAt } from '../../../knowledge/hours';

const weekdays = [{ days: ['mo', 'di', 'mi', 'do', 'fr'] as const, from: '08:00', to: '12:00' }].map((p) => ({ ...p, days: [...p.days] }));
const firstThursday = [{ days: ['do' as const], from: '14:00', to: '18:00', nthWeekdayOfMonth: 1 }];

describe('office hours in Europe/Berlin', () => {
  it('is open on a weekday morning in Berlin time, also in summer time', () => {
    expect(isOpenAt(weekdays, new Date('2026-11-25T07:30:00Z'))).toBe(true); // 08:30 CET, Wednesday
    expect(isOpenAt(weekdays, new Date('2026-07-01T06:30:00Z'))).toBe(true); // 08:30 CEST
    expect(isOpenAt(weekdays, new Date('2026-07-01T05:30:00Z'))).toBe(false); // 07:30 CEST
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
