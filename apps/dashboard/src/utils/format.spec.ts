import {
  currentSchoolYear,
  formatAmount,
  formatCount,
  formatDate,
  formatDayAndMonth,
  formatDecimal,
  formatMonth,
  schoolYearLabel,
} from './format';

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

  it('writes numbers exactly as Intl does for en-US', () => {
    const random = (() => {
      let seed = 42;
      return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    })();
    const samples = [
      '0',
      '-0',
      '0.5',
      '-0.5',
      '0.05',
      '0.95',
      '9.95',
      '99.95',
      '999.95',
      '-999.95',
      '1234.5',
      '0001.50',
      '12.',
      '1e5',
      '-',
      'abc',
      '12345678901234567.5',
    ];
    for (let i = 0; i < 2000; i++) {
      const whole = String(Math.floor(random() * 10 ** Math.floor(random() * 9)));
      const fraction = String(Math.floor(random() * 10 ** 6))
        .padStart(6, '0')
        .slice(0, Math.floor(random() * 7));
      samples.push(`${random() < 0.2 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
    }
    for (const value of samples) {
      for (const digits of [0, 1, 2, 4]) {
        expect([value, digits, formatDecimal(value, digits)]).toEqual([
          value,
          digits,
          new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value as `${number}`),
        ]);
      }
    }
    for (const count of [0, 7, 999, 1000, -1000, 1234567, 2 ** 53 + 2, 1.5, 0.1 + 0.2, Number.NaN]) {
      expect([count, formatCount(count)]).toEqual([count, new Intl.NumberFormat('en-US').format(count)]);
    }
  });

  it('writes dates and months exactly as Intl does for en-US', () => {
    const day = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
    const dayMonth = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    for (let time = Date.UTC(2019, 0, 1); time < Date.UTC(2031, 0, 1); time += 86_400_000 * 3) {
      const iso = new Date(time).toISOString().slice(0, 10);
      const date = new Date(time);
      expect([
        iso,
        formatDate(iso),
        formatDayAndMonth(iso),
        formatMonth(iso.slice(0, 7)),
        formatMonth(iso.slice(0, 7), 'short'),
      ]).toEqual([iso, day.format(date), dayMonth.format(date), month.format(date), short.format(date)]);
    }
  });
});
