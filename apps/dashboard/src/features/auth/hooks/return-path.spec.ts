import { safeReturnPath, signInPathFor } from './return-path';

describe('return path after sign-in', () => {
  it.each([
    ['/educators/123?year=2024', '/educators/123?year=2024'],
    ['/staff?school=abc&page=2', '/staff?school=abc&page=2'],
    [null, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?next=/x', '/'],
  ])('%p -> %p', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });

  it('remembers where the person was', () => {
    expect(signInPathFor({ pathname: '/staff', search: '?q=ann' })).toBe('/sign-in?next=%2Fstaff%3Fq%3Dann');
    expect(signInPathFor({ pathname: '/', search: '' })).toBe('/sign-in');
  });
});
