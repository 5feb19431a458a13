/** ESM + ts-jest, as the official TypeScript action template does. Browser tests run apart (jest.browser.config.js). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/browser/'],
  // Jest's default is one worker per core but one, so one at a time on a two-core machine; many
  // tests wait on child processes and loopback sockets, and two workers keep both cores busy.
  maxWorkers: 2,
  testTimeout: 60000
}
