import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What a derived key is for. Each purpose gets its own key (HKDF-SHA256 over the master key with
 * the purpose as info), so a value sealed or signed for one use can never be accepted for another.
 */
export type SecretPurpose = string;

const TOKEN_VERSION = 'v1';

/**
 * The API's secrets, all derived from one master key (SECRET_KEY, or a key file in DATA_DIR outside
 * production): authenticated encryption of stored secrets (AES-256-GCM) and message signatures
 * (HMAC-SHA256) for links. Sealed values carry the key id, so a value sealed under a previous
 * master key is recognised (and refused with a clear message) rather than decrypted as garbage.
 */
export class SecretKeyring {
  private readonly master: Buffer;
  /** The first 8 hex digits of SHA-256(master key): names the key in sealed values. */
  readonly keyId: string;

  constructor(masterKey: Buffer) {
    if (masterKey.length < 32) throw new Error('The secret key must be at least 32 bytes');
    this.master = Buffer.from(masterKey);
    this.keyId = createHash('sha256').update(masterKey).digest('hex').slice(0, 8);
  }

  private derive(purpose: SecretPurpose): Buffer {
    if (!purpose) throw new Error('A secret purpose is required');
    return Buffer.from(hkdfSync('sha256', this.master, Buffer.alloc(0), `pdledger:${purpose}`, 32));
  }

  /** Encrypts `plaintext` for `purpose`: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). */
  seal(purpose: SecretPurpose, plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.derive(purpose), iv);
    cipher.setAAD(Buffer.from(purpose));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      TOKEN_VERSION,
      this.keyId,
      iv.toString('base64url'),
      tag.toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  /** Decrypts a value sealed by `seal` for the same purpose; throws when it was altered or sealed under another key. */
  open(purpose: SecretPurpose, sealed: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== TOKEN_VERSION) throw new Error('Not a sealed value');
    const [, keyId, iv, tag, ciphertext] = parts;
    if (keyId !== this.keyId) throw new Error(`Sealed under another secret key (${keyId}); the current key is ${this.keyId}`);
    const decipher = createDecipheriv('aes-256-gcm', this.derive(purpose), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** HMAC-SHA256 of `message` under the purpose's key, base64url. */
  sign(purpose: SecretPurpose, message: string): string {
    return createHmac('sha256', this.derive(purpose)).update(message, 'utf8').digest('base64url');
  }

  /** Whether `signature` is `sign(purpose, message)`, compared in constant time. */
  verify(purpose: SecretPurpose, message: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, message), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** Parses SECRET_KEY: 64 hex digits, or base64/base64url of at least 32 bytes. */
export function parseSecretKey(value: string): Buffer {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64,}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  const decoded = Buffer.from(trimmed, 'base64url');
  if (decoded.length < 32) throw new Error('must be 64 hex digits or base64 of at least 32 bytes (openssl rand -hex 32)');
  return decoded;
}

/**
 * The master key: SECRET_KEY when set; otherwise (never in production, where configuration
 * requires SECRET_KEY) the key file `secret.key` in DATA_DIR, created with mode 0600 at first use
 * so the embedded demo keeps its sealed secrets across restarts.
 */
export function loadMasterKey(options: { secretKey?: string; dataDir: string; production: boolean }): Buffer {
  if (options.secretKey) return parseSecretKey(options.secretKey);
  if (options.production) throw new Error('SECRET_KEY is required in production');
  const file = join(options.dataDir, 'secret.key');
  if (existsSync(file)) return parseSecretKey(readFileSync(file, 'utf8'));
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
