/** jest: unit (domain), workflow (time-skipping server), integration (dev server + real SMTP). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
  // The CLI and worker processes tests spawn are the compiled release: built once here when stale.
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  // Servers are real processes: run files one or two at a time on this 2-core machine.
  maxWorkers: process.env.CI ? 2 : '50%',
};
