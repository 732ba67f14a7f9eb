import { weekStart } from './notification-jobs';

describe('weekStart', () => {
  it('is the Monday on or before the day, across month and year ends', () => {
    expect(weekStart('2031-03-03')).toBe('2031-03-03');
    expect(weekStart('2031-03-09')).toBe('2031-03-03');
    expect(weekStart('2031-03-10')).toBe('2031-03-10');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});
