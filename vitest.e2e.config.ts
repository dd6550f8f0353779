import { defineConfig } from 'vitest/config';

// End-to-end tests: headless Chromium (playwright-core) driving the built web host (dist-web).
// Run with `npx vitest run --config vitest.e2e.config.ts` after `npm run build:web`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
  },
});
