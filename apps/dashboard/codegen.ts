import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where `npm run codegen` and the Nx targets run.
// The schema is the API's committed, generated schema file: the single source of truth. The
// stale check (scripts/codegen-check.mjs) sets PD_CODEGEN_OUT to generate into a temporary
// directory and compares it with the committed src/gql.
const outputDir = process.env['PD_CODEGEN_OUT'] ?? 'apps/dashboard/src/gql/';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['apps/dashboard/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [outputDir]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions instead of TypeScript enums: nothing to import at run time, and the
        // values are what the API sends.
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        dedupeFragments: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
