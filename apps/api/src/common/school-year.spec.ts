import { resolveSchoolYear, schoolYearOf, schoolYearRange, todayIsoDate } from './school-year';

describe('school years', () => {
  it.each([
    ['2025-07-01', 2025],
    ['2025-06-30', 2024],
    ['2026-01-15', 2025],
    ['2025-12-31', 2025],
  ])('%s is in school year %i', (date, year) => {
    expect(schoolYearOf(date)).toBe(year);
  });

  it('spans July 1 to June 30', () => {
    expect(schoolYearRange(2025)).toEqual({ schoolYear: 2025, start: '2025-07-01', end: '2026-06-30' });
  });

  it('defaults to the current school year and validates the argument', () => {
    expect(resolveSchoolYear(undefined, '2026-03-10').schoolYear).toBe(2025);
    expect(() => resolveSchoolYear(3000)).toThrow(/schoolYear/);
  });

  it('formats the local date without a time zone shift', () => {
    expect(todayIsoDate(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
