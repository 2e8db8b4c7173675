import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';
import { distFiles, readDist } from '../support/dist-files.ts';

// Built by scripts/test.sh with a public address: `BASE_PATH=/report/ SITE_URL=https://report.example OUT_DIR=dist-base npm run build`.
const BASE_DIST = process.env.BASE_DIST_DIR ?? 'dist-base';
const BASE_PATH = '/report/';

const site = useBrowserSite(BASE_DIST, BASE_PATH);

// Pages of the search and print features, linked from the reading pages: their URLs must carry the base
// path; whether they resolve is checked once those features are in the build (their own tests cover them).

/** Every same-origin URL the page offers or loads (links, stylesheets, icons, scripts, images); hidden links are not offered. */
function localUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll<HTMLElement>('[href], [src], form[action]')];
    const urls = elements
      .filter((element) => !element.closest('[hidden]'))
      .map((element) => {
        const value =
          element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
        return new URL(value, location.href);
      });
    return urls.filter((url) => url.origin === location.origin).map((url) => url.pathname);
  });
}

describe(`a build under ${BASE_PATH}`, () => {
  it('exists (scripts/test.sh builds it)', () => {
    expect(
      existsSync(BASE_DIST),
      `${BASE_DIST}/ missing: run BASE_PATH=${BASE_PATH} OUT_DIR=${BASE_DIST} npm run build`,
    ).toBe(true);
  });

  it('links, assets and the search bundle all live under the base path and resolve', async () => {
    const page = await site.newPage();
    const seen = new Set<string>();
    const missing = `${BASE_PATH}no-such-page/`;
    const queue = [new URL(site.url).pathname, missing];
    const checked = new Set<string>();
    // Crawl every reading page reachable from home, and the 404 page; request every other local URL once.
    while (queue.length > 0) {
      const path = queue.shift() ?? '';
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await page.goto(new URL(path, site.url).href);
      expect(response?.status(), path).toBe(path === missing ? 404 : 200);
      for (const url of await localUrls(page)) {
        expect(url, `on ${path}`).toMatch(new RegExp(`^${BASE_PATH}`));
        if (url.endsWith('/')) queue.push(url);
        else if (!checked.has(url)) {
          checked.add(url);
          const asset = await page.request.get(new URL(url, site.url).href);
          expect(asset.status(), `${url} on ${path}`).toBe(200);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    const bundle = await page.request.get(new URL('pagefind/pagefind.js', site.url).href);
    expect(bundle.status()).toBe(200);
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
    expect(await robots.text()).toMatch(new RegExp(`^Sitemap: https?://\\S+${BASE_PATH}sitemap-index\\.xml$`, 'm'));
  });
});

describe('a build with SITE_URL', () => {
  const pages = distFiles('.html', BASE_DIST).filter((file) => !/^(search|print)\//.test(file));
  const chapterPages = pages.filter((page) => /^[a-z0-9-]+\/index\.html$/.test(page));

  it.each(pages)('%s names its public address in canonical and og:url (none for 404)', (page) => {
    const html = readDist(page, BASE_DIST);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (page === '404.html') {
      expect(canonical).toBeUndefined();
      return;
    }
    expect(new URL(canonical ?? '').pathname).toBe(`${BASE_PATH}${page.replace(/index\.html$/, '')}`);
    expect(html).toContain(`<meta property="og:url" content="${canonical}">`);
  });

  it('has a sitemap that lists home and every chapter, not the 404 page', () => {
    const sitemap = distFiles('.xml', BASE_DIST)
      .filter((file) => file.startsWith('sitemap-'))
      .map((file) => readDist(file, BASE_DIST))
      .join('\n');
    expect(chapterPages.length).toBeGreaterThan(0);
    expect(sitemap).not.toContain('404');
    for (const page of chapterPages) expect(sitemap).toContain(`${BASE_PATH}${page.replace(/index\.html$/, '')}</loc>`);
  });
});
