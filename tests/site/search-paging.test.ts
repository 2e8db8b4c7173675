import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, syntheticPages } from '../../bench/lib/synthetic-report.ts';
import { builtSections } from '../../src/search/built-sections.ts';
import { foldText } from '../../src/search/fold-text.ts';
import { expectedUrls } from '../../src/search/ground-truth.ts';
import { pinyinGroundTruth } from '../../src/search/pinyin-ground-truth.ts';
import { SEARCH_MORE_FAILED } from '../../src/search/search-notice.ts';
import { PAGE_SIZE } from '../../src/search/search-sections.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { buildSite, convertInto } from '../support/build-site.ts';

/** A synthetic report ten times the real one (the bench's generator): more sections than one page of hits. */
const outDir = 'dist-search-paging';
const work = mkdtempSync(join(tmpdir(), 'search-paging-'));
const poll = { timeout: 10_000 };

beforeAll(() => {
  const corpus = readCorpus(readFileSync('content/source/xuehuiba-a25320_4.txt', 'utf8'));
  const files = syntheticPages(corpus, { scale: 10, seed: 8 }).map((page, index) => {
    const file = join(work, `synthetic-a8_${index + 1}.txt`);
    writeFileSync(file, page);
    return file;
  });
  const converted = convertInto(join(work, 'content'), files);
  if (!converted.ok) throw new Error(`convert failed:\n${converted.output}`);
  const built = buildSite({ outDir, contentDir: join(work, 'content') });
  if (!built.ok) throw new Error(`build failed:\n${built.output}`);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('paged exact results on a report with many sections', () => {
  const site = useBrowserSite(outDir);
  const sections = () => builtSections(outDir, '/');
  const textRequests = (requests: string[]) => requests.filter((url) => url.includes('/search-index/text/'));

  it('shows the first page with the exact total, loads the rest on demand, in reading order', async () => {
    const truth = expectedUrls(sections(), ['群众']);
    expect(truth.length).toBeGreaterThan(PAGE_SIZE);
    const page = await site.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}search/?q=${encodeURIComponent('群众')}`);
    const hits = page.locator('.search-page-results [data-url]');
    await expect.poll(() => hits.count(), poll).toBe(PAGE_SIZE);
    expect(await page.locator('.search-status').textContent()).toContain(`出现在 ${truth.length} 节中`);
    // Text for the hits on screen only: one window each here, none for the sections not shown.
    expect(textRequests(requests)).toHaveLength(PAGE_SIZE);
    const more = page.locator('.search-more-button');
    expect(await more.textContent()).toBe(`显示更多（已显示 ${PAGE_SIZE} / ${truth.length}）`);
    while ((await more.count()) > 0) {
      const shown = await hits.count();
      await more.click();
      await expect.poll(() => hits.count(), poll).toBeGreaterThan(shown);
      // Reading goes on at the first hit the button brought.
      expect(await page.evaluate(() => document.activeElement?.closest('[data-url]')?.getAttribute('data-url'))).toBe(
        truth[shown],
      );
    }
    expect(await hits.evaluateAll((items) => items.map((item) => item.getAttribute('data-url')))).toEqual(truth);
  });

  it('keeps 显示更多 working when its text fails to load: it says so, keeps the focus, and a second Enter brings the same hits', async () => {
    const truth = expectedUrls(sections(), ['群众']);
    const page = await site.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('群众')}`);
    const hits = page.locator('.search-page-results [data-url]');
    await expect.poll(() => hits.count(), poll).toBe(PAGE_SIZE);
    page.on('console', () => {});
    await page.route('**/search-index/text/**', (route) => route.abort());
    // By keyboard: the focus stays on the button, so a second Enter retries.
    const more = page.locator('.search-more-button');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => more.textContent(), poll).toBe(SEARCH_MORE_FAILED);
    expect(await more.isEnabled()).toBe(true);
    expect(await hits.count()).toBe(PAGE_SIZE);
    await page.unroute('**/search-index/text/**');
    await page.keyboard.press('Enter');
    await expect.poll(() => hits.count(), poll).toBe(Math.min(2 * PAGE_SIZE, truth.length));
    expect(await hits.evaluateAll((items) => items.map((item) => item.getAttribute('data-url')))).toEqual(
      truth.slice(0, 2 * PAGE_SIZE),
    );
  });

  it.each(['tgjcldgbzqzgzdnl', 'ldgbzqzgz'])(
    'reads text for the first page of the long pinyin query %j only, and pages through the rest exactly',
    async (query) => {
      const truth = pinyinGroundTruth(sections()).matches(query) ?? [];
      expect(truth.length).toBeGreaterThan(PAGE_SIZE);
      const page = await site.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${site.url}search/?q=${query}`);
      const hits = page.locator('.search-page-results [data-url]');
      await expect.poll(() => hits.count(), poll).toBe(PAGE_SIZE);
      expect(await page.locator('.search-status').textContent()).toContain(`出现在 ${truth.length} 节中`);
      // The sections past the first page are decided on the exact index, by what the first page matched.
      const sectionsRead = new Set(
        textRequests(requests).map((url) => url.split('/search-index/text/')[1]?.split('/')[0]),
      );
      expect(sectionsRead.size).toBe(PAGE_SIZE);
      await page.locator('.search-more-button').click();
      await expect.poll(() => hits.count(), poll).toBe(truth.length);
      expect(await hits.evaluateAll((items) => items.map((item) => item.getAttribute('data-url')))).toEqual(
        truth.map((hit) => hit.url),
      );
      for (const [index, hit] of truth.entries()) {
        const marked = await hits.nth(index).locator('mark').allTextContents();
        expect(marked.length, hit.url).toBeGreaterThan(0);
        for (const text of marked) {
          expect(
            hit.matched.some((stretch) => stretch.includes(foldText(text).folded)),
            hit.url,
          ).toBe(true);
        }
      }
    },
  );

  it('downloads no section text for an absent query: 「相近结果」 show only where they are', async () => {
    const absent = ['考核群众', '干部机制', '领导工作', '群众心声'].filter(
      (query) => expectedUrls(sections(), [query]).length === 0,
    );
    expect(absent.length).toBeGreaterThan(0);
    for (const query of absent) {
      const page = await site.newPage();
      const texts: string[] = [];
      const heads: { url: string }[] = [];
      page.on('response', async (response) => {
        if (!response.url().includes('/search-index/text/')) return;
        if (response.url().endsWith('/head.json')) heads.push(await response.json());
        else texts.push(response.url());
      });
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('.search-page-results');
      await expect.poll(() => results.getAttribute('data-kind'), poll).toBe('approximate');
      expect(await results.getAttribute('data-total')).not.toBe('0');
      const shown = await page
        .locator('.search-page-results [data-url]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-url')));
      await expect.poll(() => heads.length, poll).toBe(shown.length);
      expect(heads.map((head) => head.url).sort()).toEqual(shown.sort());
      expect(texts).toEqual([]);
      await page.context().close();
    }
  });

  it('shows the first sentence, not the heading again, when the match is in the heading', async () => {
    const section = sections().find((candidate) => candidate.path.includes(' › '));
    if (!section) throw new Error('no numbered section');
    const heading = section.text.split('\n')[0] ?? '';
    const query = foldText(heading).folded.slice(2, 8);
    const page = await site.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    const hit = page.locator(`.search-page-results [data-url="${section.url}"]`);
    await expect.poll(() => hit.count(), poll).toBe(1);
    const excerpt = (await hit.locator('.search-hit-excerpt').textContent()) ?? '';
    expect(excerpt).not.toContain(heading);
    expect(section.text.split('\n')[1]?.startsWith(excerpt)).toBe(true);
    expect(await hit.locator('.search-hit-path mark').count()).toBeGreaterThan(0);
  });
});
