import nx from '@nx/eslint-plugin';

// Module boundaries are enforced, not just tagged: apps may use domain and util libraries,
// the domain library (the converter) imports nothing from the apps, and the API and the
// dashboard only share code through scope:shared libraries.
// apps/api/src folders in layers. The kernel (who is asking, the shared vocabulary, plumbing)
// imports no feature; features import the kernel and each other without cycles (checked by
// apps/api/tools/check-folder-cycles.mjs); only the composition (app.module.ts, entities.ts,
// graphql/, bootstrap/, cli/, seed/, testing/) may import everything.
const API_KERNEL = ['access', 'common', 'config', 'database', 'domain', 'logging', 'secrets'];
const API_COMPOSITION = ['graphql', 'bootstrap', 'cli', 'seed', 'testing'];
const API_ROOT_FILES = ['app.module', 'entities', 'main'];

function apiImportDirection() {
  const kernel = API_KERNEL.join('|');
  const composition = API_COMPOSITION.join('|');
  const blocks = [];
  // One block per depth below apps/api/src, so `../` is known to leave the top-level folder.
  for (let depth = 1; depth <= 4; depth++) {
    const up = `^(\\.\\./){${depth}}`;
    const stars = '*/'.repeat(depth - 1);
    const root = {
      regex: `${up}(${API_ROOT_FILES.join('|').replace('.', '\\.')})$`,
      message: 'The composition root (app.module.ts, entities.ts) is imported by nothing but CLIs and tests.',
    };
    blocks.push(
      {
        files: API_KERNEL.map((f) => `apps/api/src/${f}/${stars}*.ts`),
        // Tests and benchmarks boot the whole app, like the CLIs.
        ignores: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/bench/**'],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: `${up}(?!(${kernel})(/|$))[\\w.-]+/`,
                  message:
                    'The API kernel (access, common, config, database, domain, logging, secrets) imports no feature: move the shared piece into the kernel, or pass it in.',
                },
                root,
              ],
            },
          ],
        },
      },
      {
        files: [`apps/api/src/*/${stars}*.ts`],
        ignores: [...API_KERNEL, ...API_COMPOSITION]
          .map((f) => `apps/api/src/${f}/**`)
          .concat(['**/*.spec.ts', '**/*.integration-spec.ts', '**/bench/**', '**/__fixtures__/**']),
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: `${up}(${composition})(/|$)`,
                  message: `Features do not import the composition (${composition}): it imports them.`,
                },
                root,
              ],
            },
          ],
        },
      },
    );
  }
  return blocks;
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/tmp',
      '**/coverage',
      'apps/dashboard/src/gql/**',
      '**/vite.config.*.timestamp*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            {
              // The converter stays pure: no framework, database, web server or GraphQL runtime.
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: [
                '@nestjs/*',
                'react',
                'react-dom',
                'react/*',
                'react-dom/*',
                'typeorm',
                'pg',
                'pg-*',
                'express',
                '@apollo/*',
                '@as-integrations/*',
                'graphql',
              ],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Off on purpose. With strict null checks on, every `!` marks a place where the code knows
      // more than the compiler (a Map lookup right after filling the map, a regex group that
      // matched, a row a test has just inserted); the rule warned on about 570 of them and turning
      // each into `if (!x) throw` would add branches no test can reach. Null handling is checked
      // by the compiler, not by this rule.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  ...apiImportDirection(),
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tool configuration reads the workspace's shared presets by relative path; boundaries are
    // about source code, not about how jest, vite or codegen are configured.
    files: ['**/jest.config.cjs', '**/jest.global-*.cjs', '**/vite.config.mts', '**/codegen.ts', 'jest.preset.cjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
