import { parseEmailDomains, parseIssuerUrl } from './identity-provider-settings.service';
import { describeOidcError as describeError, safeNextPath } from './oidc-sign-in.service';

describe('safeNextPath', () => {
  it.each([
    ['/staff?school=a', '/staff?school=a'],
    ['/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/api/auth/oidc/start?email=x', '/'],
    ['/sign-in/refused', '/'],
    ['/a b', '/'],
    [undefined, '/'],
  ])('returns %p as %p', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe('parseIssuerUrl', () => {
  it('accepts https issuers and drops a trailing slash', () => {
    expect(parseIssuerUrl(' https://accounts.google.com/ ')).toBe('https://accounts.google.com');
    expect(parseIssuerUrl('https://login.microsoftonline.com/tenant/v2.0')).toBe('https://login.microsoftonline.com/tenant/v2.0');
  });

  it('accepts plain http only on this machine', () => {
    expect(parseIssuerUrl('http://127.0.0.1:4100')).toBe('http://127.0.0.1:4100');
    expect(parseIssuerUrl('http://localhost:4100')).toBe('http://localhost:4100');
    expect(() => parseIssuerUrl('http://idp.example.org')).toThrow(/https/);
  });

  it('refuses credentials, queries and non-URLs', () => {
    expect(() => parseIssuerUrl('https://user:pw@idp.example.org')).toThrow(/user name/);
    expect(() => parseIssuerUrl('https://idp.example.org/?x=1')).toThrow(/query/);
    expect(() => parseIssuerUrl('not a url')).toThrow(/issuer URL/);
  });
});

describe('parseEmailDomains', () => {
  it('lower-cases, drops a leading @, removes repeats and sorts', () => {
    expect(parseEmailDomains(['Maplewood.K12.us', '@staff.maplewood.k12.us', 'maplewood.k12.us'])).toEqual([
      'maplewood.k12.us',
      'staff.maplewood.k12.us',
    ]);
  });

  it('refuses an empty list and things that are not domains', () => {
    expect(() => parseEmailDomains([])).toThrow(/1 to 20/);
    expect(() => parseEmailDomains(['localhost'])).toThrow(/not an e-mail domain/);
    expect(() => parseEmailDomains(['ada@maplewood.k12.us'])).toThrow(/not an e-mail domain/);
  });
});

describe('describeOidcError (what the log keeps of a refusal)', () => {
  it('keeps the class, code, message and claim name of each cause, never other properties', () => {
    const inner = Object.assign(
      new Error('unexpected JWT "aud" (audience) claim value', { cause: { claim: 'aud', claims: { secret: 'x' } } }),
      {
        name: 'OperationProcessingError',
        code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      },
    );
    const outer = Object.assign(new Error('unexpected JWT claim value encountered', { cause: inner }), {
      name: 'ClientError',
      code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      idToken: 'eyJ.secret.token',
    });
    const text = describeError(outer);
    expect(text).toBe(
      'ClientError OAUTH_JWT_CLAIM_COMPARISON_FAILED: unexpected JWT claim value encountered; caused by OperationProcessingError OAUTH_JWT_CLAIM_COMPARISON_FAILED: unexpected JWT "aud" (audience) claim value (claim "aud")',
    );
    expect(text).not.toContain('secret');
  });
});
