import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';

// Built by scripts/test.sh: `BASE_PATH=/report/ OUT_DIR=dist-base npm run build`.
const BASE_DIST = process.env.BASE_DIST_DIR ?? 'dist-base';
const BASE_PATH = '/report/';

const site = useBrowserSite(BASE_DIST, BASE_PATH);

// integrity-links.test.ts crawls this build: every link, asset and the search bundle under the base path.
// Here a reader clicks through it.

describe(`a build under ${BASE_PATH}`, () => {
  it('exists (scripts/test.sh builds it)', () => {
    expect(
      existsSync(BASE_DIST),
      `${BASE_DIST}/ missing: run BASE_PATH=${BASE_PATH} OUT_DIR=${BASE_DIST} npm run build`,
    ).toBe(true);
  });

  it('clicks from home through a chapter and back', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.locator('main .report-toc__chapter').last().click();
    await page.waitForURL(new RegExp(`${BASE_PATH}[a-z0-9-]+/$`));
    expect(await page.locator('h1').count()).toBe(1);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(new RegExp(`${BASE_PATH}[a-z0-9-]+/$`));
    await page.locator('.breadcrumb a').click();
    await page.waitForURL(site.url);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(BASE_PATH);
  });

  it('keeps the base path in robots.txt', async () => {
    const page = await site.newPage();
    const robots = await page.request.get(new URL('robots.txt', site.url).href);
    expect(await robots.text()).toMatch(new RegExp(`Sitemap: \\S+${BASE_PATH}sitemap-index\\.xml`));
  });
});
