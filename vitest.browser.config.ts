import { defineConfig } from 'vitest/config';
import { sameGraphql } from './vitest.config.js';

/** `npm run test:browser`: the playground in headless chromium, apart from `npm test` (it needs a browser installed). */
export default defineConfig({
  resolve: sameGraphql,
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/setup/globalDatabase.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
