import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * One graphql for everything, as in production: Node loads graphql's CommonJS entry for Apollo and graphql-tools,
 * while Vite would give the project's own files the ES module build, a second copy whose types the first refuses.
 */
export const sameGraphql = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] };

export default defineConfig({
  resolve: sameGraphql,
  test: {
    include: ['tests/**/*.test.ts'],
    // The playground in a real browser needs chromium: `npm run test:browser` (CI installs it and runs it too).
    exclude: ['tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/setup/globalDatabase.ts'],
    setupFiles: ['tests/setup/quietLog.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
