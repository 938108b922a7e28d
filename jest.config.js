/** Payload 3 is ESM: tests run as native ES modules (NODE_OPTIONS=--experimental-vm-modules, set by scripts/test.mjs). */
const config = {
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '\\.(css|scss)$': '<rootDir>/test/stubs/style.js',
  },
  globalSetup: '<rootDir>/test/globalSetup.mjs',
  testSequencer: '<rootDir>/test/sequencer.cjs',
  testTimeout: 120_000,
  maxWorkers: 2,
}

export default config
