// The Digital Bazaar Data Integrity stack ships without TypeScript declarations. They are loaded
// only through esm-deps.ts, which narrows each module to the few members used.
declare module '@digitalbazaar/vc';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
declare module '@digitalbazaar/ed25519-multikey';
declare module '@digitalbazaar/credentials-context';
declare module '@digitalbazaar/multikey-context';
