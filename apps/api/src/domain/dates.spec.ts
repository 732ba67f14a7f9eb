import { addDays, daysBetween, isLocalDate } from './dates';

describe('calendar dates', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2025-03-09', 1, '2025-03-10'], // a US daylight-saving change: still one day
  ])('%s plus %d days is %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it('counts whole days, across leap years and backwards', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
  ])('isLocalDate(%s) = %s', (value, expected) => expect(isLocalDate(value)).toBe(expected));
});
