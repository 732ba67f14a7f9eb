import { checkIntRange, isIsoDate, parseUuid } from './validation';
import { BadUserInputError } from './errors';

describe('parseUuid', () => {
  it('accepts and lower-cases a UUID', () => {
    expect(parseUuid('id', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
  });

  it.each(['', 'abc', '1', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1', "' OR 1=1 --"])(
    'rejects %p with BAD_USER_INPUT naming the field',
    (value) => {
      try {
        parseUuid('schoolId', value);
        throw new Error('expected a failure');
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        expect((error as BadUserInputError).code).toBe('BAD_USER_INPUT');
        expect((error as BadUserInputError).field).toBe('schoolId');
        expect((error as BadUserInputError).message).toContain('schoolId');
      }
    },
  );
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-01', false],
    ['yesterday', false],
    ['2023-12-31', true],
  ])('%s -> %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('checkIntRange', () => {
  it('allows missing values and values in range', () => {
    expect(() => checkIntRange('limit', undefined, 1, 100)).not.toThrow();
    expect(() => checkIntRange('limit', 100, 1, 100)).not.toThrow();
  });

  it('rejects values out of range', () => {
    expect(() => checkIntRange('limit', 101, 1, 100)).toThrow(/limit/);
    expect(() => checkIntRange('offset', -1, 0, 10)).toThrow(/offset/);
  });
});
