import { isIsoDate, isIsoDateTime, normaliseAmount, normaliseEmail, normaliseHttpUrl } from './field-values';

describe('field values', () => {
  it.each([
    ['2025-08-15', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['08/15/2025', false],
    ['2025-8-15', false],
  ])('isIsoDate(%s) = %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it.each([
    ['2025-08-15', true],
    ['2025-08-15T13:00:00Z', true],
    ['2025-08-15T13:00:00.123Z', true],
    ['2025-08-15T13:00:00-05:00', true],
    ['2025-08-15 13:00', false],
    ['2025-02-30T00:00:00Z', false],
  ])('isIsoDateTime(%s) = %s', (value, expected) => expect(isIsoDateTime(value)).toBe(expected));

  it.each([
    [' Maria.Alvarez@Maplewood.Example.org ', 'maria.alvarez@maplewood.example.org'],
    ['maria@maplewood', null],
    ['maria alvarez@maplewood.org', null],
    ['@maplewood.org', null],
    ['a@b@c.org', null],
  ])('normaliseEmail(%s) = %s', (value, expected) => expect(normaliseEmail(value)).toBe(expected));

  it.each([
    ['12.50', '12.5'],
    ['3', '3'],
    ['0.25', '0.25'],
    ['0', null],
    ['1.125', null],
    ['-1', null],
    ['1e3', null],
    ['1,5', null],
  ])('normaliseAmount(%s) = %s', (value, expected) => expect(normaliseAmount(value)).toBe(expected));

  it.each([
    ['https://pattan.net/cert/123', 'https://pattan.net/cert/123'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('normaliseHttpUrl(%s) = %s', (value, expected) => expect(normaliseHttpUrl(value)).toBe(expected));
});
