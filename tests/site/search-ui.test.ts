import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';
import { readDist } from '../support/dist-files.ts';

/** Pagefind loads on the first query: allow for it. */
const poll = { timeout: 10_000 };

describe('search on reading pages', () => {
  // The byte budget of all inline script is checked in reading-pages.test.ts.
  it('carries the search bootstrap inline, and no search script file', () => {
    const html = readDist('s2/index.html');
    expect(html).not.toMatch(/<script[^>]+src=/);
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(inline.filter((script) => script.includes('site-search'))).toHaveLength(1);
  });

  it.each(['404.html', 'search/index.html'])('%s has one search box', (page) => {
    expect(readDist(page).match(/<input[^>]* type="search"/g)).toHaveLength(1);
  });
});

describe('search in Chromium', () => {
  const site = useBrowserSite();

  it('opens with `/`, searches as you type, and lands on the highlighted section', async () => {
    const page = await site.newPage({ width: 390, height: 800 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}s1/`);
    expect(scripts).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('干群关系');
    const hit = page.locator('.search-box-panel [data-url]');
    await expect.poll(() => hit.count(), poll).toBe(1);
    expect(await hit.getAttribute('data-url')).toBe('/s2/#s2-2');
    expect(await hit.locator('mark').allTextContents()).toEqual(['干群关系']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/s2\/\?highlight=.*#s2-2$/);
    const marks = page.locator('mark.search-highlight');
    await expect.poll(() => marks.count(), poll).toBe(1);
    expect(await marks.first().textContent()).toBe('干群关系');
    expect(await marks.first().isVisible()).toBe(true);
  });

  it('leads from the home page through a clicked hit to its chapter, highlighted', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.locator('#site-search').fill('群众工作');
    const hits = page.locator('.search-box-panel a.search-hit-link');
    await hits.first().waitFor(poll);
    await hits.first().click();
    await page.waitForURL(/\/(s\d+|closing)\/\?highlight=/);
    await page.locator('article mark').first().waitFor(poll);
    expect(await page.locator('article mark').allTextContents()).toContain('群众工作');
  });

  it('keeps the query in a shareable /search/ URL that survives reload and back', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('領導幹部')}`);
    const hits = page.locator('.search-page-results [data-url]');
    await expect.poll(() => hits.count(), poll).toBe(8);
    await page.locator('#search-page-query').fill('干群关系');
    await page.keyboard.press('Enter');
    await expect.poll(() => hits.count(), poll).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('#search-page-query').inputValue(), poll).toBe('領導幹部');
    await expect.poll(() => hits.count(), poll).toBe(8);
  });

  it('labels loose matches as approximate when nothing matches exactly', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('群众路线')}`);
    await expect.poll(() => page.locator('.search-page-results').getAttribute('data-kind'), poll).toBe('approximate');
    expect(await page.locator('.search-status').textContent()).toContain('无结果');
  });
});
