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
  // Every spec file imports Payload and the app afresh in a module registry of its own, and a worker
  // keeps growing over the files it runs: by the end of a run one held 2.3 GB and took longer than
  // jest's 500 ms to exit ("A worker process has failed to exit gracefully"). Restarted once past
  // 600 MB, a worker exits in 70-170 ms.
  workerIdleMemoryLimit: '600MB',
}

export default config
