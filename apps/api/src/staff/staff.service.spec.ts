import { escapeLikePattern } from '../common/sql-params';

describe('escapeLikePattern', () => {
  it('escapes LIKE wildcards so a search for "50%" matches literally', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
