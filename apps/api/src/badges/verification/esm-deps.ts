/**
 * Adapter over the Digital Bazaar Data Integrity stack, which is published as ESM only.
 *
 * - Built CommonJS app: tsc turns these `import()` calls into `require()`, which Node >= 20.19
 *   satisfies natively (require(esm), unflagged; none of these modules uses top-level await).
 * - Jest (CommonJS via @swc/jest): jest cannot require ESM, so jest.config.cjs lets swc transform
 *   these node_modules packages to CommonJS (transformIgnorePatterns allow-list).
 *
 * Loading is lazy and cached, so importing the badge core costs nothing until a 3.0 credential
 * actually needs verifying. The modules are untyped; this file narrows them to what is used.
 */

export type JsonLdDocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;

export interface MultikeyKeyPair {
  id?: string;
  controller?: string;
  publicKeyMultibase: string;
  publicKey: Uint8Array;
  export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
  signer(): unknown;
}

export interface DataIntegrityDeps {
  vc: {
    verifyCredential(options: Record<string, unknown>): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>;
    issue(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  };
  DataIntegrityProof: new (options: Record<string, unknown>) => unknown;
  cryptosuite: unknown;
  Ed25519Multikey: {
    generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<MultikeyKeyPair>;
    from(key: Record<string, unknown>): Promise<MultikeyKeyPair>;
    toJwk(options: { keyPair: MultikeyKeyPair; secretKey?: boolean }): Promise<Record<string, unknown>>;
  };
  /** Contexts the npm packages bundle (VC v1/v2, Multikey v1), by URL. */
  packagedContexts: ReadonlyMap<string, unknown>;
}

let loading: Promise<DataIntegrityDeps> | null = null;

export function loadDataIntegrityDeps(): Promise<DataIntegrityDeps> {
  loading ??= (async () => {
    const [vc, dataIntegrity, eddsa, multikey, credentialsContext, multikeyContext] = await Promise.all([
      import('@digitalbazaar/vc'),
      import('@digitalbazaar/data-integrity'),
      import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      import('@digitalbazaar/ed25519-multikey'),
      import('@digitalbazaar/credentials-context'),
      import('@digitalbazaar/multikey-context'),
    ]);
    const packagedContexts = new Map<string, unknown>([
      ...(credentialsContext.contexts as Map<string, unknown>),
      ...(multikeyContext.contexts as Map<string, unknown>),
    ]);
    return {
      vc: vc as DataIntegrityDeps['vc'],
      DataIntegrityProof: dataIntegrity.DataIntegrityProof as DataIntegrityDeps['DataIntegrityProof'],
      cryptosuite: eddsa.cryptosuite as unknown,
      Ed25519Multikey: multikey as DataIntegrityDeps['Ed25519Multikey'],
      packagedContexts,
    };
  })();
  loading.catch(() => {
    loading = null; // a failed load (e.g. a broken install) is retried on the next call
  });
  return loading;
}
