// Runs the API's TypeScript sources directly (the migrate/seed/schema CLIs and the jest global
// setup) with decorator metadata, which NestJS dependency injection and TypeORM need and which
// tsx/esbuild do not emit. Same compiler settings as the shared jest preset.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const workspaceRoot = path.resolve(__dirname, '..', '..', '..');
const aliases = { '@pd-ledger/credit-rules': path.join(workspaceRoot, 'libs/credit-rules/src/index.ts') };

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, ...rest) {
  return originalResolve.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
