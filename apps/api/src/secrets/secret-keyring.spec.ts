import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretKeyring, loadMasterKey, parseSecretKey } from './secret-keyring';

const key = (byte: number) => Buffer.alloc(32, byte);

describe('SecretKeyring', () => {
  const keyring = new SecretKeyring(key(1));

  it('opens what it sealed, for the same purpose only', () => {
    const sealed = keyring.seal('oidc-client-secret', 's3cret');
    expect(sealed).not.toContain('s3cret');
    expect(keyring.open('oidc-client-secret', sealed)).toBe('s3cret');
    expect(() => keyring.open('district-signing-key', sealed)).toThrow();
  });

  it('refuses an altered value', () => {
    const parts = keyring.seal('p', 'value').split('.');
    const ciphertext = Buffer.from(parts[4], 'base64url');
    ciphertext[0] ^= 1;
    parts[4] = ciphertext.toString('base64url');
    expect(() => keyring.open('p', parts.join('.'))).toThrow();
  });

  it('names the key a value was sealed under when it is not the current one', () => {
    const sealed = new SecretKeyring(key(2)).seal('p', 'value');
    expect(() => keyring.open('p', sealed)).toThrow(/another secret key/);
  });

  it('signs per purpose and verifies in constant time', () => {
    const signature = keyring.sign('unsubscribe', 'account:1');
    expect(keyring.verify('unsubscribe', 'account:1', signature)).toBe(true);
    expect(keyring.verify('unsubscribe', 'account:2', signature)).toBe(false);
    expect(keyring.verify('evidence-link', 'account:1', signature)).toBe(false);
    expect(keyring.verify('unsubscribe', 'account:1', 'short')).toBe(false);
    expect(new SecretKeyring(key(2)).verify('unsubscribe', 'account:1', signature)).toBe(false);
  });
});

describe('loadMasterKey', () => {
  it('uses SECRET_KEY when set (hex or base64url)', () => {
    expect(loadMasterKey({ secretKey: 'ab'.repeat(32), dataDir: '/nonexistent', production: true })).toEqual(
      Buffer.alloc(32, 0xab),
    );
    expect(parseSecretKey(key(7).toString('base64url'))).toEqual(key(7));
    expect(() => parseSecretKey('too-short')).toThrow(/32 bytes/);
  });

  it('requires SECRET_KEY in production', () => {
    expect(() => loadMasterKey({ dataDir: '/nonexistent', production: true })).toThrow(/required in production/);
  });

  it('creates a private key file in DATA_DIR once and reads it back', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pdledger-key-'));
    const first = loadMasterKey({ dataDir, production: false });
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadMasterKey({ dataDir, production: false })).toEqual(first);
    expect(readFileSync(join(dataDir, 'secret.key'), 'utf8').trim()).toBe(first.toString('hex'));
  });
});
