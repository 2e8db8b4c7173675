import { AsyncLocalStorage } from 'node:async_hooks';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, aroundEach, beforeAll, inject } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';

/** The built site under test: `dist/` unless DIST_DIR names another build. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

export interface BrowserSite {
  /** Base URL of the served site, ending in `/`. */
  url: string;
  browser: Browser;
  /** A fresh page (own context) that fails the test on any uncaught page error. */
  newPage(options?: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    /** Lets a test inject its own tooling (axe-core) past the page's CSP; never for CSP tests. */
    bypassCSP?: boolean;
  }): Promise<Page>;
  /** A fresh blank page in a context of these options (a phone's touch, a theme), for a test to route first. */
  blankPage(options: BrowserContextOptions): Promise<Page>;
  /** A fresh page in a context of these options (a phone's touch, a theme), opened at `path` under the site. */
  openAt(path: string, options: BrowserContextOptions): Promise<Page>;
}

/**
 * Serves the built site on 127.0.0.1 and drives Debian's Chromium for the tests of one file: the site project's
 * one Chromium (tests/support/chromium-server.ts); closing it at the end closes this file's contexts.
 * A page opened inside a test is closed when that test ends: pages left open kept their renderers busy
 * through every later test of the file (the site tests took 13 % more CPU). A page opened in a `beforeAll`
 * lasts until the file ends. Each test's contexts are its own even when tests run concurrently
 * (`describe.concurrent`): the test runs inside its own list (AsyncLocalStorage), not beside a shared one.
 */
export function useBrowserSite(root = DIST_DIR, basePath = '/'): BrowserSite {
  let server: StaticServer;
  const site = {} as BrowserSite;
  /** The contexts opened by the test whose code is running; none outside a test. */
  const testContexts = new AsyncLocalStorage<BrowserContext[]>();
  aroundEach(async (runTest) => {
    const contexts: BrowserContext[] = [];
    try {
      await testContexts.run(contexts, runTest);
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
  beforeAll(async () => {
    server = await serveStatic(root, basePath);
    site.url = server.url;
    site.browser = await chromium.connect(inject('chromiumEndpoint'));
    site.blankPage = async (options) => {
      const context = await site.browser.newContext(options);
      testContexts.getStore()?.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    };
    site.newPage = ({ width = 1280, height = 800, colorScheme = 'light', bypassCSP = false } = {}) =>
      site.blankPage({ viewport: { width, height }, colorScheme, bypassCSP });
    site.openAt = async (path, options) => {
      const page = await site.blankPage(options);
      await page.goto(site.url + path);
      return page;
    };
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
