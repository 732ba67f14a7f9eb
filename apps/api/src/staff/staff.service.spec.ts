import { escapeLikePattern } from './staff.service';

describe('escapeLikePattern', () => {
  it('escapes LIKE wildcards so a search for "50%" matches literally', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
