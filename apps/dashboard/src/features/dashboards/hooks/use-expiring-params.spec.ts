import { parseExpiringParams } from './use-expiring-params';

const parse = (search: string) => parseExpiringParams(new URLSearchParams(search));

describe('parseExpiringParams', () => {
  it('reads the window and the number shown, 90 days and 25 by default', () => {
    expect(parse('')).toEqual({ window: 90, shown: 25 });
    expect(parse('?within=180&expiring=50')).toEqual({ window: 180, shown: 50 });
    expect(parse('?within=365&expiring=500')).toEqual({ window: 365, shown: 500 });
  });

  it('clamps the number shown to 25..500 in steps of 25, and ignores what is not a number', () => {
    expect(parse('?expiring=60').shown).toBe(50);
    expect(parse('?expiring=74.9').shown).toBe(50);
    expect(parse('?expiring=10').shown).toBe(25);
    expect(parse('?expiring=0').shown).toBe(25);
    expect(parse('?expiring=-100').shown).toBe(25);
    expect(parse('?expiring=501').shown).toBe(500);
    expect(parse('?expiring=100000').shown).toBe(500);
    expect(parse('?expiring=lots').shown).toBe(25);
    expect(parse('?expiring=').shown).toBe(25);
    expect(parse('?within=30').window).toBe(90);
  });
});
