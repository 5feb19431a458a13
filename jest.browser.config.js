/** report.html in headless Chromium (`npm run test:browser`): kept out of `npm test` so that stays quick. */
import base from './jest.config.js'

export default {
  ...base,
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.browser.json' }]
  },
  testMatch: ['<rootDir>/__tests__/browser/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 300000
}
