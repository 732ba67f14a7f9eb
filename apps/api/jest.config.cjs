// Unit specs (*.spec.ts) sit beside the code; integration specs (*.integration-spec.ts) boot the
// real AppModule over HTTP against PostgreSQL. The global setup starts an embedded PGlite server
// (or uses DATABASE_URL) and runs the migrations once, so test files only create their own data.
const { swcTransform, moduleNameMapper, transformIgnorePatterns } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration-spec.ts'],
  transform: { '^.+\\.(ts|tsx|js|mjs|cjs)$': swcTransform() },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  transformIgnorePatterns,
  globalSetup: '<rootDir>/jest.global-setup.cjs',
  globalTeardown: '<rootDir>/jest.global-teardown.cjs',
  maxWorkers: 2,
  // Generous: in CI this suite shares two cores with the production build and the browser tests,
  // where app start-up in a beforeAll can take several times as long as on a quiet machine.
  testTimeout: 60000,
};
