import { sumDecimalStrings } from './decimal';

describe('sumDecimalStrings', () => {
  it.each([
    [[], '0'],
    [['0.1', '0.2'], '0.3'],
    [['12.5', '0.25', '100'], '112.75'],
    [['1.10', '2.90'], '4'],
    [['-1.5', '0.5'], '-1'],
    [['9007199254740993', '1'], '9007199254740994'],
  ])('adds %p exactly to %p', (values, expected) => {
    expect(sumDecimalStrings(values)).toBe(expected);
  });

  it('refuses what is not a decimal', () => {
    expect(() => sumDecimalStrings(['1e3'])).toThrow('Not a decimal string');
  });
});
