import { defineConfig } from 'vitest/config';

/**
 * Site files that run as a project of their own, which npm test (scripts/test.sh) runs beside the other
 * site files: long browser suites that mostly wait (network throttling, input-method typing) and build
 * nothing, so they never meet the other files' builds in the project's shared `.astro/`.
 */
const SITE_SECOND_LANE = [
  'tests/site/journey-search.test.ts',
  'tests/site/print-pdf.test.ts',
  'tests/site/reading-navigation.test.ts',
];

const siteSettings = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // One test file at a time per project, all on one Chromium per project: these machines have two cores.
  fileParallelism: false,
  // The files share one module graph: each would otherwise load Playwright and the helpers anew.
  isolate: false,
  globalSetup: ['tests/support/chromium-server.ts'],
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], exclude: SITE_SECOND_LANE, ...siteSettings } },
      { test: { name: 'site-2', include: SITE_SECOND_LANE, ...siteSettings } },
    ],
  },
});
