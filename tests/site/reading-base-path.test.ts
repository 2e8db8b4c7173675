import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_DIST, BASE_PATH } from '../support/base-path-build.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { distFiles, readDist } from '../support/dist-files.ts';

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
