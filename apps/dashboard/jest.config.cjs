// Component tests run in jsdom with Apollo's MockedProvider; no API or browser is needed.
const { swcTransform, moduleNameMapper } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'dashboard',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  transform: { '^.+\\.(ts|tsx)$': swcTransform({ tsx: true }) },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: { ...moduleNameMapper, '\\.css$': '<rootDir>/src/test/style-stub.cjs' },
  setupFiles: ['<rootDir>/src/test/jsdom-globals.cjs'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
};
