import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The files share one module graph per worker: isolated, each loaded the converter, the search and the
          // bench modules anew. No unit test leaves state behind (environment changes are restored in place).
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One test file at a time, all on one Chromium: these machines have two cores.
          fileParallelism: false,
          // The files share one module graph: each would otherwise load Playwright and the helpers anew.
          isolate: false,
          globalSetup: ['tests/support/chromium-server.ts'],
        },
      },
    ],
  },
});
