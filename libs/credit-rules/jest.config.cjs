const { swcTransform, moduleNameMapper } = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'credit-rules',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.[tj]sx?$': swcTransform() },
  moduleNameMapper,
};
