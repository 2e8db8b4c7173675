// The whole-report print view (/print/), the print buttons and the "下载 PDF" links of the built site.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPdfLinks } from '../../scripts/lib/pdf-links.ts';
import { DIST_DIR, useBrowserSite } from '../support/browser-site.ts';
import { readChapters } from '../support/chapters.ts';
import { distFiles, readDist } from '../support/dist-files.ts';

/** Chapter slugs in reading order, read once from the chapters' frontmatter. */
const slugsInOrder = readChapters().map((chapter) => chapter.data.slug);

describe('built /print/', () => {
  const html = readDist('print/index.html');

  it('holds every chapter in reading order', () => {
    const slugs = [...html.matchAll(/<section[^>]*\sdata-print-chapter="([^"]+)"/g)].map((match) => match[1]);
    expect(slugs).toEqual(slugsInOrder);
  });

  it('has no id twice', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(slugsInOrder.length);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives each chapter its own running head through a named page', () => {
    for (const slug of slugsInOrder) {
      expect(html).toMatch(new RegExp(`@page chapter-${slug}\\{@top-center\\{content:"[^"]+ · [^"]+"!important\\}\\}`));
      expect(html).toContain(`[data-print-chapter="${slug}"]{page:chapter-${slug}}`);
    }
  });

  it('is kept out of the search index', () => {
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toMatch(/<main[^>]* data-pagefind-ignore="all"/);
  });
});

describe('every page', () => {
  // The print rules are a stylesheet of their own for print media: the screen's stylesheet does not carry them.
  it.each(distFiles('.html'))('%s links print.css for print only', (page) => {
    const stylesheet = (media: string) =>
      [...readDist(page).matchAll(new RegExp(`<link rel="stylesheet"${media} href="([^"]+\\.css)"`, 'g'))]
        .map((link) => readDist((link[1] ?? '').replace(/^\//, '')))
        .join('');
    expect(stylesheet(' media="print"')).toMatch(/@page\{size:A4/);
    expect(stylesheet('')).not.toMatch(/@page|@media print/);
  });
});

describe('"下载 PDF" links', () => {
  const links = distFiles('.html').flatMap((page) => findPdfLinks(readDist(page)).map((link) => ({ page, ...link })));

  it('are offered on the home page, /print/ and every chapter', () => {
    const pages = new Set(links.map((link) => link.page));
    expect(pages).toContain('index.html');
    expect(pages).toContain('print/index.html');
    for (const slug of slugsInOrder) expect(pages).toContain(`${slug}/index.html`);
  });

  it.each(links)('$page: $href shown exactly when it was built', ({ href, hidden }) => {
    expect(hidden).toBe(!existsSync(join(DIST_DIR, href.replace(/^\//, ''))));
  });
});

describe('in Chromium', () => {
  const site = useBrowserSite();

  it('prints a chapter from its "打印本章" button', async () => {
    const page = await site.newPage();
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto(new URL(`${slugsInOrder[0]}/`, site.url).href);
    await page.getByRole('button', { name: '打印本章' }).click();
    // The page's module loads on this first click, then prints.
    await expect.poll(() => page.locator('html[data-printed]').count()).toBe(1);
  });

  it('leads from the home page\'s "打印全文" to the whole-report view', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.getByRole('link', { name: '打印全文' }).click();
    await page.waitForURL(/\/print\/$/);
    expect(await page.locator('[data-print-chapter]').count()).toBe(slugsInOrder.length);
    expect(await page.getByRole('button', { name: '打印全文' }).isVisible()).toBe(true);
  });

  it('never lands a search result on /print/', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}search/?q=群众`);
    const hits = page.locator('.search-page-results [data-url]');
    // The search loads its index on this first query.
    await expect.poll(() => hits.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const urls = await hits.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.url ?? ''));
    expect(urls.filter((url) => url.includes('/print/'))).toEqual([]);
  });
});
