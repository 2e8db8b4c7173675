import { describe, expect, it } from 'vitest';
import { SEARCH_UNAVAILABLE_NOTICE } from '../../src/search/search-notice.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { requestedPaths } from '../support/visit-recorder.ts';

const poll = { timeout: 10_000 };

describe('the search indexes, loaded by the site’s own reader', () => {
  const site = useBrowserSite();

  it('fetches none of Pagefind’s runtime: no script, no WebAssembly, no entry file', async () => {
    const page = await site.newPage();
    const requested = requestedPaths(page);
    await page.goto(`${site.url}search/?q=qunzhong`);
    await expect.poll(() => page.locator('.search-page-results [data-url]').count(), poll).toBe(8);
    expect(requested.some((path) => path.includes('/search-index/exact/index/'))).toBe(true);
    expect(requested.some((path) => /\/search-index\/pinyin\/\d+\/index\//.test(path))).toBe(true);
    expect(requested.filter((path) => /pagefind(?:\.js|-entry\.json)$|\.pagefind$/.test(path))).toEqual([]);
  });

  it('still finds characters after the pinyin index failed to load', async () => {
    const page = await site.newPage();
    await page.route('**/search-index/pinyin/*/meta.pf_meta', (route) => route.abort());
    page.on('console', () => {});
    await page.goto(`${site.url}search/?q=qunzhong`);
    const results = page.locator('.search-page-results');
    await expect.poll(() => results.locator('.search-notice').textContent(), poll).toBe(SEARCH_UNAVAILABLE_NOTICE);
    await page.locator('#search-page-query').fill('群众');
    const hits = results.locator('[data-url]');
    await expect.poll(() => hits.count(), poll).toBe(8);
    expect(new Set(await hits.locator('mark').allTextContents())).toEqual(new Set(['群众']));
  });
});
