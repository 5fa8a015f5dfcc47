import { defineConfig } from 'vitest/config';

/** Built once per run (guarded) and shared by the `build` and `e2e` projects. */
const SITE_BUILD = 'test/build/global-setup.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/unit/fast-check-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: [SITE_BUILD],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/ensure-browser-setup.ts', SITE_BUILD],
          // One headless Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
