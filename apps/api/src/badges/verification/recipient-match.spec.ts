import { createHash } from 'node:crypto';
import { matchRecipient } from './recipient-match';

describe('matchRecipient', () => {
  it('matches the OB 2.0 spec example: sha256$7a1a... is SHA-256 of "mayze" (unsalted)', () => {
    const identity = {
      type: 'email',
      hashed: true,
      identity: 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6',
    };
    expect(matchRecipient([identity], { emails: ['mayze'], ids: [] })).toMatchObject({
      matchedBy: 'email',
      value: 'mayze',
      hashed: true,
    });
    expect(matchRecipient([identity], { emails: ['maize'], ids: [] })).toBeNull();
  });

  it('matches the OB 3.0 spec example: a@example.com salted with "Kosher"', () => {
    const identity = {
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      salt: 'Kosher',
      identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
    };
    // Stored with different case and spaces: emails are trimmed and lower-cased before hashing.
    expect(matchRecipient([identity], { emails: [' A@Example.com '], ids: [] })).toMatchObject({
      matchedBy: 'email',
      identityType: 'emailAddress',
    });
    expect(matchRecipient([{ ...identity, salt: 'kosher' }], { emails: ['a@example.com'], ids: [] })).toBeNull();
  });

  it('accepts upper-case hex and md5$', () => {
    const upper = 'sha256$' + createHash('sha256').update('a@example.comKosher').digest('hex').toUpperCase();
    expect(
      matchRecipient([{ type: 'email', hashed: true, salt: 'Kosher', identity: upper }], { emails: ['a@example.com'], ids: [] }),
    ).not.toBeNull();
    const md5 = 'md5$' + createHash('md5').update('teacher@maplewood.example.orgNaCl').digest('hex');
    expect(
      matchRecipient([{ type: 'email', hashed: true, salt: 'NaCl', identity: md5 }], {
        emails: ['teacher@maplewood.example.org'],
        ids: [],
      }),
    ).toMatchObject({
      hashed: true,
    });
  });

  it('matches plaintext emails case-insensitively and plaintext ids exactly', () => {
    expect(
      matchRecipient([{ type: 'email', hashed: false, identity: 'Maria.Alvarez@Maplewood.example.org ' }], {
        emails: ['maria.alvarez@maplewood.example.org'],
        ids: [],
      }),
    ).toMatchObject({
      matchedBy: 'email',
      hashed: false,
    });
    const ids = { emails: ['maria.alvarez@maplewood.example.org'], ids: ['PPID-1234567'] };
    expect(matchRecipient([{ identityType: 'sisSourcedId', hashed: false, identityHash: 'PPID-1234567' }], ids)).toMatchObject({
      matchedBy: 'id',
      value: 'PPID-1234567',
    });
    expect(matchRecipient([{ identityType: 'sisSourcedId', hashed: false, identityHash: 'ppid-1234567' }], ids)).toBeNull();
  });

  it('never compares an email identity against ids, nor a plaintext value as a hash', () => {
    expect(matchRecipient([{ type: 'email', hashed: false, identity: 'PPID-1' }], { emails: [], ids: ['PPID-1'] })).toBeNull();
    const hash = 'sha256$' + createHash('sha256').update('x@example.org').digest('hex');
    expect(matchRecipient([{ type: 'email', hashed: false, identity: hash }], { emails: ['x@example.org'], ids: [] })).toBeNull();
  });

  it('tries every identity object and ignores junk entries', () => {
    const hashed = 'sha256$' + createHash('sha256').update('PPID-9').digest('hex');
    const result = matchRecipient(
      [
        null as never,
        { identityType: 'emailAddress', hashed: true, identityHash: 'sha256$00' },
        { identityType: 'identifier', hashed: true, identityHash: hashed },
      ],
      { emails: ['someone@example.org'], ids: ['PPID-9'] },
    );
    expect(result).toMatchObject({ matchedBy: 'id', identityType: 'identifier', hashed: true });
    expect(matchRecipient([], { emails: ['a@b.c'], ids: [] })).toBeNull();
  });
});
