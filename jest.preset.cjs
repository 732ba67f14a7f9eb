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

module.exports = {
  swcTransform,
  moduleNameMapper: {
    '^@pd-ledger/credit-rules$': path.join(__dirname, 'libs/credit-rules/src/index.ts'),
  },
};
