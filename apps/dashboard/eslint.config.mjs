import reactHooks from 'eslint-plugin-react-hooks';
import rootConfig from '../../eslint.config.mjs';

// The workspace rules (module boundaries, TypeScript) plus the React hooks rules, which catch
// stale closures and conditional hooks that TypeScript cannot see.
export default [
  ...rootConfig,
  {
    files: ['apps/dashboard/src/**/*.ts', 'apps/dashboard/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tool configuration reuses the workspace's shared presets by relative path; module
    // boundaries govern application code, not these files.
    files: ['apps/dashboard/*.cjs', 'apps/dashboard/*.mjs', 'apps/dashboard/*.mts', 'apps/dashboard/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
