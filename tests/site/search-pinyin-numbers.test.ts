import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';
import { requestedPaths } from '../support/visit-recorder.ts';

/** Pagefind (and for pinyin its second bundle) loads on the first query: allow for it. */
const poll = { timeout: 10_000 };

describe('search by pinyin and by section number in Chromium', () => {
  const site = useBrowserSite();

  it('finds 群众 from qunzhong, labelled 按拼音, and marks the same characters on the landing page', async () => {
    const page = await site.newPage();
    const requested = requestedPaths(page);
    await page.goto(`${site.url}search/?q=qunzhong`);
    const hits = page.locator('.search-page-results [data-url]');
    await expect.poll(() => hits.count(), poll).toBe(8);
    // `qunzhong` is one token: of the pinyin index's shards, only the one it falls in loads.
    const shardMetas = requested.filter((path) => /\/search-index\/pinyin\/\d+\/meta\.pf_meta$/.test(path));
    expect(shardMetas).toHaveLength(1);
    expect(requested.some((path) => /\/search-index\/pinyin\/\d+\/index\//.test(path))).toBe(true);
    expect(await page.locator('.search-page-results .search-pinyin-label').textContent()).toBe('按拼音');
    expect(new Set(await hits.locator('mark').allTextContents())).toEqual(new Set(['群众']));
    await hits.nth(1).locator('a').click();
    await page.waitForURL(/\?highlight=/);
    const marks = page.locator('mark.search-highlight');
    await expect.poll(() => marks.count(), poll).toBeGreaterThan(0);
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['群众']));
  });

  it.each(['xingdong', 'xiaolv'])(
    'fetches for each %j hit the text window of its first match and the next, not the windows before',
    async (query) => {
      const page = await site.newPage();
      const requested = requestedPaths(page);
      await page.goto(`${site.url}search/?q=${query}`);
      const hits = page.locator('.search-page-results [data-url]');
      await expect.poll(() => hits.count(), poll).toBeGreaterThan(0);
      expect(await page.locator('.search-page-results .search-pinyin-label').count()).toBe(1);
      const windows = requested.filter((path) => path.includes('/search-index/text/'));
      expect(windows.length).toBeLessThanOrEqual(2 * (await hits.count()));
    },
  );

  it.each([
    ['qunzhongqz', 0],
    ['考核jz', 2],
  ])('decides the mixed %j from the index: text windows for the hits shown only', async (query, least) => {
    const page = await site.newPage();
    const requested = requestedPaths(page);
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('.search-page-results .search-status').count(), poll).toBe(1);
    const shown = await page.locator('.search-page-results .search-pinyin-label').count();
    const hits = shown === 0 ? 0 : await page.locator('.search-page-results [data-url]').count();
    expect(hits).toBeGreaterThanOrEqual(least);
    const windows = requested.filter((path) => /\/search-index\/text\/[^/]+\/\d+\.json$/.test(path));
    const heads = requested.filter((path) => path.endsWith('/head.json'));
    expect(windows.length).toBeLessThanOrEqual(2 * hits);
    // A pinyin hit wins over the text search's 「相近结果」, so none of their heads is fetched.
    if (hits > 0) expect(heads).toEqual([]);
  });

  it('asks for the pinyin index while its module is still on the way, so their round trips overlap', async () => {
    const page = await site.newPage();
    const requested = requestedPaths(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let modulesHeld = 0;
    await page.route(/\/_astro\/pinyin-search\.[^/]*\.js$/, async (route) => {
      modulesHeld++;
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}search/?q=zhgz`);
    const indexFiles = () =>
      requested.filter((path) => /\/search-index\/pinyin\/(?:shards|readings)\.json$/.test(path)).length;
    await expect.poll(() => modulesHeld, poll).toBe(1);
    await expect.poll(indexFiles, poll).toBe(2);
    release();
    await expect.poll(() => page.locator('.search-page-results .search-pinyin-label').count(), poll).toBe(1);
  });

  it('takes what a pinyin input method commits as characters, not as pinyin', async () => {
    const page = await site.newPage({ width: 375, height: 812 });
    await page.goto(`${site.url}search/`);
    await page.locator('#search-page-query').focus();
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['g', 'gb']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await cdp.send('Input.insertText', { text: '干部' });
    const hits = page.locator('.search-page-results [data-url]');
    await expect.poll(() => page.locator('.search-page-results .search-status').textContent(), poll).toContain('干部');
    expect(await page.locator('.search-page-results .search-pinyin-label').count()).toBe(0);
    expect(await hits.count()).toBe(8);
    expect(new Set(await hits.locator('mark').allTextContents())).toEqual(new Set(['干部']));
  });

  it('jumps by section number from the header box with Enter, and says when a number does not exist', async () => {
    const page = await site.newPage();
    const requested = requestedPaths(page);
    await page.goto(`${site.url}s1/`);
    await page.keyboard.press('/');
    await page.keyboard.type('群众');
    await expect.poll(() => page.locator('.search-box-panel [data-url]').count(), poll).toBe(8);
    expect(
      requested.filter((path) => path.endsWith('section-numbers.json') || path.includes('/search-index/pinyin/')),
    ).toEqual([]);
    await page.locator('.search-box input[type="search"]').fill('二9');
    await expect
      .poll(() => page.locator('.search-box-panel .search-jump').textContent(), poll)
      .toBe('本报告没有编号为“（二）9”的一节。');
    await page.locator('.search-box input[type="search"]').fill('s2-4');
    await expect
      .poll(() => page.locator('.search-box-panel .search-jump-link').textContent(), poll)
      .toBe('跳到 （二）4、从能力和经验角度……');
    expect(requested.filter((path) => path.includes('/search-index/pinyin/'))).toEqual([]);
    await page.locator('.search-box input[type="search"]').fill('（二）3');
    const jump = page.locator('.search-box-panel .search-jump-link');
    await expect.poll(() => jump.textContent(), poll).toBe('跳到 （二）3、从方法和节奏角度……');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/s2\/#s2-3$/);
  });
});
