import { parseGermanDate } from '../../dialogs/dates';

// Wednesday, 25 Nov 2026, 10:00 local time.
const reference = new Date(2026, 10, 25, 10, 0);

describe('parseGermanDate', () => {
  it('understands "morgen"', () => {
    expect(parseGermanDate('morgen', reference)?.getDate()).toBe(26);
  });
  it('understands "12.3." as the next 12 March', () => {
    const date = parseGermanDate('12.3.', reference);
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2027, 2, 12]);
  });
  it('understands "14 Uhr"', () => {
    expect(parseGermanDate('morgen 14 Uhr', reference)?.getHours()).toBe(14);
  });
  it('returns undefined for text without a date', () => {
    expect(parseGermanDate('Schlagloch', reference)).toBeUndefined();
  });
});
