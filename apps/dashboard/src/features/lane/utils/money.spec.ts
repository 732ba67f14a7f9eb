import { formatCents, formatCentsChange } from './money';

describe('formatCents', () => {
  it.each([
    ['0', '$0.00'],
    ['5', '$0.05'],
    ['6501900', '$65,019.00'],
    ['-100219', '-$1,002.19'],
    ['900719925474099312', '$9,007,199,254,740,993.12'],
  ])('%s cents is %s', (cents, text) => expect(formatCents(cents)).toBe(text));

  it('signs differences', () => {
    expect(formatCentsChange('100219')).toBe('+$1,002.19');
    expect(formatCentsChange('0')).toBe('$0.00');
  });
});
