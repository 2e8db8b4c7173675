// Vitest's global setup of the site project: one Chromium for every test file, which each file connects to
// (tests/support/browser-site.ts) instead of launching its own: a launch costs seconds on these machines.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared Chromium listens (`BrowserType.connect`). */
    chromiumEndpoint: string;
  }
}

export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
