import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageCsp, parseCsp } from '../../src/utils/csp-policy.ts';
import { DIST_DIR, useBrowserSite } from '../support/browser-site.ts';
import { distFiles, readDist } from '../support/dist-files.ts';
import { headersFor, readHeadersFile } from '../support/headers-rules.ts';
import { inlineCode, recordVisit, type VisitRecord } from '../support/visit-recorder.ts';

/** Pagefind loads on the first query: allow for it. */
const poll = { timeout: 10_000 };
const pages = distFiles('.html').map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
const headerRules = readHeadersFile(DIST_DIR);

/** Serves every response with the headers `_headers` gives its path, as a host reading that file would. */
async function withHostHeaders(page: Page, siteUrl: string): Promise<void> {
  await page.route(`${siteUrl}**`, async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(headerRules, path) } });
  });
}

/**
 * Uses a page as a reader would: searches from its header box, which loads Pagefind. Returns what
 * failed, so that a blocked script shows as CSP violations in the tests below rather than a timeout here.
 */
async function useSearchBox(page: Page): Promise<string[]> {
  const box = page.locator('#site-search');
  if ((await box.count()) === 0) return [];
  await box.click();
  await page.keyboard.type('群众');
  const shown = await page
    .locator('.search-box-panel [data-url]')
    .first()
    .waitFor(poll)
    .then(
      () => true,
      () => false,
    );
  return shown ? [] : [`${page.url()}: the header search box showed no results`];
}

describe('in Chromium, with each page policy sent as meta and as _headers headers', () => {
  const site = useBrowserSite();
  let record: VisitRecord;
  const inline: string[] = [];
  const failures: string[] = [];

  beforeAll(async () => {
    const page = await site.newPage();
    record = await recordVisit(page);
    await withHostHeaders(page, site.url);
    for (const path of pages) {
      await page.goto(site.url + path);
      inline.push(...(await inlineCode(page)));
      failures.push(...(await useSearchBox(page)));
    }
    await page.goto(`${site.url}search/?q=${encodeURIComponent('领导干部')}`);
    const landed = await page
      .locator('.search-page-results [data-url]')
      .first()
      .click(poll)
      .then(() => page.locator('mark.search-highlight').first().waitFor(poll))
      .then(
        () => true,
        () => false,
      );
    if (!landed) failures.push('/search/?q=领导干部: no result to follow, or no highlight where it landed');
    await page.context().close();
  });

  it('visits every page and searches', () => {
    expect(pages.length).toBeGreaterThan(4);
    expect(failures).toEqual([]);
    // The exact search reads its token index and the text windows of the hits it shows, never a Pagefind fragment.
    expect(record.requests.some((url) => /\/search-index\/exact\/index\/.+\.pf_index$/.test(url))).toBe(true);
    expect(record.requests.some((url) => /\/search-index\/text\/.+\.json$/.test(url))).toBe(true);
    expect(record.requests.filter((url) => url.endsWith('.pf_fragment'))).toEqual([]);
    // Read by the site's own reader: none of Pagefind's runtime is fetched.
    expect(record.requests.filter((url) => /\/search-index\/.*(?:pagefind\.js|\.pagefind)$/.test(url))).toEqual([]);
    // Nor the stock Pagefind index, which the build no longer makes.
    expect(record.requests.filter((url) => new URL(url).pathname.startsWith('/pagefind/'))).toEqual([]);
  });

  it('sees zero CSP violations', () => {
    expect(record.violations).toEqual([]);
  });

  it('sees zero console errors', () => {
    expect(record.consoleErrors).toEqual([]);
  });

  it('requests nothing from another origin: no fonts, analytics or CDN', () => {
    const origin = new URL(site.url).origin;
    expect(record.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('finds no inline event handler or javascript: URL in any page', () => {
    expect(inline).toEqual([]);
  });

  it('detects a script and a foreign image injected into a page (the recorder can fail)', async () => {
    const page = await site.newPage();
    const canary = await recordVisit(page);
    await page.route(`${site.url}s2/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<main\b[^>]*>/,
        (main) => `${main}<script>document.title = "injected"</script><img src="http://198.51.100.7/x.png" alt="">`,
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${site.url}s2/`);
    expect(await page.title()).not.toBe('injected');
    await expect.poll(() => canary.violations.length, poll).toBeGreaterThanOrEqual(2);
  });
});

describe('the policy itself', () => {
  const pageFile = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);
  const metaPolicy = (path: string) => pageCsp(readDist(pageFile(path))) ?? '';
  const policies = pages.map((path) => [path, parseCsp(metaPolicy(path))] as const);

  it.each(policies)('/%s: strict, same-origin, no unsafe-inline or unsafe-eval', (_path, policy) => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
    const styles = policy.get('style-src') ?? [];
    expect(styles.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
  });

  it.each(pages.filter((path) => path !== '404.html'))(
    '_headers sends /%s the policy its meta element carries',
    (path) => {
      const sent = headersFor(headerRules, `/${path}`)['content-security-policy'];
      expect(sent).toBe(`frame-ancestors 'none', ${metaPolicy(path)}`);
    },
  );
});
