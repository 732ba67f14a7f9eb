import { currentSchoolYear, formatAmount, formatDate, formatDecimal, formatMonth, schoolYearLabel } from './format';

describe('format', () => {
  it('formats exact decimals without a float round trip', () => {
    expect(formatDecimal('1234.5')).toBe('1,234.5');
    expect(formatDecimal('0.05', 2)).toBe('0.05');
    expect(formatDecimal('12345678901234567.5')).toBe('12,345,678,901,234,567.5');
  });

  it('names units in the singular or plural', () => {
    expect(formatAmount('1', 'CEU')).toBe('1 CEU');
    expect(formatAmount('1.0', 'CLOCK_HOUR')).toBe('1 clock hour');
    expect(formatAmount('2.5', 'SEMESTER_CREDIT')).toBe('2.5 semester credits');
  });

  it('shows calendar dates and months as written, whatever the time zone', () => {
    expect(formatDate('2025-07-01')).toBe('Jul 1, 2025');
    expect(formatDate(null)).toBe('—');
    expect(formatMonth('2025-12')).toBe('Dec 2025');
    expect(formatMonth('2026-01', 'short')).toBe('Jan');
  });

  it('names school years by the year they start in, July to June', () => {
    expect(currentSchoolYear(new Date(2025, 5, 30))).toBe(2024);
    expect(currentSchoolYear(new Date(2025, 6, 1))).toBe(2025);
    expect(schoolYearLabel(2025)).toBe('2025–26');
    expect(schoolYearLabel(2099)).toBe('2099–00');
  });
});
