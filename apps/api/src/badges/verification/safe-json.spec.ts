import { DEFAULT_BADGE_LIMITS } from './badge-limits';
import { parseJsonSafely } from './safe-json';

describe('parseJsonSafely', () => {
  it.each([
    ['a NUL in a value', '{"name":"Lit\\u0000eracy"}', /NUL character/],
    ['an unpaired surrogate in a nested value', '{"badge":{"tags":["ok","\\ud800"]}}', /unpaired surrogate/],
    ['a NUL in a key', '{"na\\u0000me":"Literacy"}', /NUL character/],
  ])('refuses %s as invalid badge JSON', (_what, text, reason) => {
    expect(() => parseJsonSafely(text, DEFAULT_BADGE_LIMITS)).toThrow(reason);
    expect(() => parseJsonSafely(text, DEFAULT_BADGE_LIMITS)).toThrow(expect.objectContaining({ code: 'BADGE_JSON_INVALID' }));
  });

  it('keeps ordinary text, including escaped pairs outside the Basic Multilingual Plane', () => {
    expect(parseJsonSafely('{"name":"\\ud835\\udc9cda ✓"}', DEFAULT_BADGE_LIMITS)).toEqual({ name: '𝒜da ✓' });
  });
});
