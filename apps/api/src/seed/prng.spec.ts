import { addYears, Prng } from './prng';

describe('Prng', () => {
  it('is deterministic for a seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('makes UUID-shaped ids and integers in range', () => {
    const prng = new Prng(7);
    expect(prng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (let i = 0; i < 100; i++) {
      const n = prng.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });
});

describe('addYears', () => {
  it('rolls Feb 29 over to Mar 1 in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-07-01', 5)).toBe('2029-07-01');
  });
});
