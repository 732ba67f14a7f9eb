const { swcTransform, transformIgnorePatterns } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: { '^.+\\.[tj]sx?$': swcTransform() },
  // The OpenID Connect test provider (oidc-provider, jose) is ESM only.
  transformIgnorePatterns,
  // One browser and one server for the whole suite; the server seeds its own fresh database.
  maxWorkers: 1,
  testTimeout: 120000,
};
