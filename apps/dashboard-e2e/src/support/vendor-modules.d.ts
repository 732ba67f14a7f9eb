// oidc-provider ships without TypeScript declarations; the test provider narrows it to what it uses.
declare module 'oidc-provider';
