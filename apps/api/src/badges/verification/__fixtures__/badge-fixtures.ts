// Test-only helpers: a local issuer web server on 127.0.0.1, freshly generated keys, and builders
// for OB 2.0 / 3.0 / CLR 2.0 documents. Nothing here is used by production code.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CompactSign, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createDocumentLoader } from '../document-loader';
import { loadDataIntegrityDeps, type MultikeyKeyPair } from '../esm-deps';
import { encodeBadgeITxt, encodePngChunk, PNG_SIGNATURE, type PngBadgeKeyword } from '../png-reader';
import { DEFAULT_BADGE_LIMITS } from '../badge-limits';

export interface Route {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface IssuerServer {
  origin: string;
  routes: Map<string, Route>;
  hits: string[];
  close(): Promise<void>;
}

export async function startIssuerServer(): Promise<IssuerServer> {
  const routes = new Map<string, Route>();
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.push(path);
    const route = routes.get(path);
    const respond = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
        return;
      }
      const body = route.body === undefined ? '' : typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
      res.writeHead(route.status ?? 200, { 'content-type': 'application/ld+json', ...(route.headers ?? {}) }).end(body);
    };
    if (route?.delayMs) setTimeout(respond, route.delayMs);
    else respond();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sha256Identity(identity: string, salt = ''): string {
  return `sha256$${createHash('sha256')
    .update(identity + salt)
    .digest('hex')}`;
}

/** A 1x1 PNG with optional extra chunks inserted before IDAT. */
export function makePng(extraChunks: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const idat = Buffer.from([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
  return Buffer.concat([
    PNG_SIGNATURE,
    encodePngChunk('IHDR', ihdr),
    ...extraChunks,
    encodePngChunk('IDAT', idat),
    encodePngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export function bakePng(keyword: PngBadgeKeyword, text: string): Buffer {
  return makePng([encodeBadgeITxt(keyword, text)]);
}

export function bakeSvg(inner: string, namespace = 'http://openbadges.org'): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${namespace}" width="10" height="10">\n${inner}\n<rect width="10" height="10"/></svg>`,
  );
}

// ---- Open Badges 2.0 ----------------------------------------------------------------------------

export function ob2Issuer(origin: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Issuer',
    id: `${origin}/issuer`,
    name: 'Keystone Teacher Academy',
    url: `${origin}/`,
    email: 'badges@keystone.example.org',
    ...extra,
  };
}

export function ob2BadgeClass(origin: string): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: `${origin}/badges/literacy`,
    name: 'Structured Literacy Foundations',
    description: 'Completed 12 hours of structured literacy training.',
    image: `${origin}/badges/literacy.png`,
    criteria: { id: `${origin}/badges/literacy/criteria`, narrative: 'Attend all sessions.' },
    issuer: `${origin}/issuer`,
    alignment: [{ targetName: 'PA Chapter 49 Literacy', targetUrl: 'https://example.org/pa/lit', targetCode: 'LIT-1' }],
    tags: ['literacy'],
  };
}

export function ob2Assertion(origin: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: `${origin}/assertions/1001`,
    recipient: {
      type: 'email',
      hashed: true,
      salt: 'deadsea',
      identity: sha256Identity('maria.alvarez@maplewood.example.org', 'deadsea'),
    },
    badge: `${origin}/badges/literacy`,
    issuedOn: '2025-03-14T16:00:00-05:00',
    verification: { type: 'hosted' },
    evidence: [{ id: `${origin}/evidence/1001`, name: 'Portfolio' }],
    ...overrides,
  };
}

export function rsaKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export async function signOb2(payload: Record<string, unknown>, privateKeyPem: string): Promise<string> {
  const { importPKCS8 } = await import('jose');
  const key = await importPKCS8(privateKeyPem, 'RS256');
  return new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg: 'RS256' }).sign(key);
}

// ---- Open Badges 3.0 / CLR 2.0 ------------------------------------------------------------------

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const CLR_V2 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

export interface Ed25519Issuer {
  did: string;
  keyPair: MultikeyKeyPair;
}

export async function ed25519Issuer(): Promise<Ed25519Issuer> {
  const deps = await loadDataIntegrityDeps();
  const keyPair = await deps.Ed25519Multikey.generate();
  const did = `did:key:${keyPair.publicKeyMultibase}`;
  keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
  keyPair.controller = did;
  return { did, keyPair };
}

export function ob3Credential(issuerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': [VC_V2, OB_V3],
    id: 'urn:uuid:5f0b7a4e-2d1c-4b8e-9a51-0c7e2b1d3f10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId, type: ['Profile'], name: 'Keystone Teacher Academy', url: 'https://keystone.example.org' },
    validFrom: '2025-02-01T00:00:00Z',
    name: 'Trauma-Informed Classrooms',
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          salt: 'Kosher',
          identityHash: sha256Identity('maria.alvarez@maplewood.example.org', 'Kosher'),
        },
      ],
      achievement: {
        id: 'https://keystone.example.org/achievements/tic',
        type: ['Achievement'],
        achievementType: 'MicroCredential',
        name: 'Trauma-Informed Classrooms',
        description: 'Ten hours of trauma-informed practice.',
        criteria: { narrative: 'Complete all modules and the capstone.' },
        creditsAvailable: 1.5,
        alignment: [
          {
            type: ['Alignment'],
            targetName: 'Danielson 2a',
            targetUrl: 'https://example.org/danielson/2a',
            targetType: 'CFItem',
          },
        ],
      },
    },
    ...overrides,
  };
}

export async function signDataIntegrity(
  credential: Record<string, unknown>,
  issuer: Ed25519Issuer,
): Promise<Record<string, unknown>> {
  const deps = await loadDataIntegrityDeps();
  const suite = new deps.DataIntegrityProof({ signer: issuer.keyPair.signer(), cryptosuite: deps.cryptosuite });
  const documentLoader = createDocumentLoader({ allowedOrigins: [], limits: { ...DEFAULT_BADGE_LIMITS } }, deps);
  return deps.vc.issue({ credential: structuredClone(credential), suite, documentLoader });
}

export interface JwtIssuer {
  did: string;
  kid: string;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
}

export async function jwtIssuer(): Promise<JwtIssuer> {
  const deps = await loadDataIntegrityDeps();
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(publicKey);
  const multikey = (await import('@digitalbazaar/ed25519-multikey')) as {
    fromJwk(o: { jwk: unknown }): Promise<{ publicKeyMultibase: string }>;
  };
  const { publicKeyMultibase } = await multikey.fromJwk({ jwk });
  void deps;
  const did = `did:key:${publicKeyMultibase}`;
  return { did, kid: `${did}#${publicKeyMultibase}`, privateKey };
}

export async function signVcJwt(
  credential: Record<string, unknown>,
  issuer: JwtIssuer,
  claims: Record<string, unknown> = {},
): Promise<string> {
  const subject = credential['credentialSubject'] as Record<string, unknown>;
  const jwt = new SignJWT({ vc: credential, ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: issuer.kid, typ: 'JWT' })
    .setIssuer(issuer.did)
    .setJti(String(claims['jti'] ?? credential['id']))
    .setNotBefore(Math.floor(Date.parse(String(credential['validFrom'])) / 1000));
  if (typeof subject['id'] === 'string') jwt.setSubject(subject['id']);
  if (typeof credential['validUntil'] === 'string')
    jwt.setExpirationTime(Math.floor(Date.parse(credential['validUntil']) / 1000));
  return jwt.sign(issuer.privateKey);
}

/** Sets a nested property on a plain JSON document (tests use it to tamper with signed payloads). */
export function setPath(doc: Record<string, unknown>, path: string[], value: unknown): void {
  let node = doc;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}
