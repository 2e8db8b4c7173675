import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXACT_BUNDLE } from '../../src/search/exact-tokens.ts';
import { TOKEN_META_FILE } from '../../src/search/token-bundle.ts';
import { DIST_DIR, useBrowserSite } from '../support/browser-site.ts';
import { distFiles, readDist } from '../support/dist-files.ts';

describe('built site', () => {
  const pages = distFiles('.html');

  it('has a home page, chapter pages and the search index', () => {
    expect(pages).toContain('index.html');
    expect(pages.filter((page) => /^s\d+\/index\.html$/.test(page)).length).toBeGreaterThan(0);
    expect(existsSync(join(DIST_DIR, EXACT_BUNDLE, TOKEN_META_FILE))).toBe(true);
  });

  it('has no stock Pagefind index (pagefind/), which no page loads', () => {
    expect(existsSync(join(DIST_DIR, 'pagefind'))).toBe(false);
  });

  it.each(pages)('%s declares lang="zh-CN"', (page) => {
    expect(readDist(page)).toMatch(/<html[^>]* lang="zh-CN"/);
  });

  it('renders **“快”** next to Chinese text as <strong> (remark-cjk-friendly runs)', () => {
    const html = pages.map((page) => readDist(page)).join('\n');
    expect(html).toContain('<strong>“快”</strong>主要是指');
  });

  it.each(pages)('%s shows no literal ** ', (page) => {
    expect(readDist(page)).not.toContain('**');
  });
});

describe('in Chromium', () => {
  const site = useBrowserSite();

  it('goes from the home page to a chapter', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.locator('main a[href$="/s2/"]').first().click();
    await page.waitForURL(/\/s2\/$/);
    expect(await page.locator('h1').first().textContent()).toContain('（二）');
  });
});
