// Shared jest settings: @swc/jest compiles TypeScript (with decorator metadata for NestJS),
// and the workspace path alias resolves to the library source, as tsconfig.base.json says.
const path = require('node:path');

/** @param {{ tsx?: boolean }} options */
function swcTransform(options = {}) {
  return [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: Boolean(options.tsx) },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ];
}

// Packages that ship only ES modules (the Open Badges 3.0 crypto stack, jose 6). jest's CommonJS
// runtime cannot require() them, so they go through the same swc transform as our TypeScript.
const esmOnlyPackages = [
  '@digitalbazaar',
  'jsonld',
  'jsonld-signatures',
  'rdf-canonize',
  'base58-universal',
  'base64url-universal',
  '@noble',
  'jose',
  'ky',
  'ky-universal',
  'serialize-error',
  'canonicalize',
  'setimmediate',
  // OpenID Connect: the client (openid-client, oauth4webapi) and the test provider (oidc-provider).
  'openid-client',
  'oauth4webapi',
  'oidc-provider',
];
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`];

module.exports = {
  swcTransform,
  transformIgnorePatterns,
  moduleNameMapper: {
    '^@pd-ledger/credit-rules$': path.join(__dirname, 'libs/credit-rules/src/index.ts'),
  },
};
