// A reader searches the way most Chinese readers do: on a phone, with a pinyin input method, often on a
// slow network; and on a desktop, with the keyboard only.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSite } from '../support/browser-site.ts';

const site = useBrowserSite();
/** Pagefind loads on the first query, and on Fast 3G takes seconds: allow for it. */
const poll = { timeout: 30_000 };

const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
const desktop = { viewport: { width: 1280, height: 800 } };
const devices = [
  ['phone', phone],
  ['desktop', desktop],
] as const;

/** Chrome DevTools' "Fast 3G" preset. */
const fast3g = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

/** Puts the caret in `selector` as the reader would: a tap on a phone, a click on a desktop. */
async function focusBox(page: Page, selector: string): Promise<void> {
  const box = page.locator(selector);
  if (await page.evaluate(() => navigator.maxTouchPoints > 0)) await box.tap();
  else await box.click();
}

/** Drives Chromium's input-method pipeline: `onStep` runs after each growing pinyin string, before any commit. */
async function compose(cdp: CDPSession, pinyin: string, onStep: (text: string) => Promise<void> = async () => {}) {
  for (let length = 1; length <= pinyin.length; length++) {
    const text = pinyin.slice(0, length);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: length, selectionEnd: length });
    await onStep(text);
  }
}

/** The reader picks the candidate: the input method commits `text`. */
async function commit(cdp: CDPSession, text: string): Promise<void> {
  await cdp.send('Input.insertText', { text });
}

/** A key pressed while composing, as an input method passes it on: keyCode 229, no character. */
async function pressWhileComposing(cdp: CDPSession, key: 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Escape') {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: key, windowsVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: 229 });
}

/** Starts recording every status or notice line the search UI renders inside `selector`, in order. */
async function recordStatuses(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate((root) => {
    const log: string[] = [];
    Object.assign(window, { searchStatuses: log });
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (node instanceof HTMLElement && node.matches('.search-status, .search-notice'))
          log.push(node.textContent ?? '');
      }
    }).observe(document.querySelector(root) as Node, { childList: true, subtree: true });
  }, selector);
  return () => page.evaluate(() => [...(window as unknown as { searchStatuses: string[] }).searchStatuses]);
}

/** Lets any search still in flight render before counting what was rendered (not a timed assertion). */
function settle(page: Page): Promise<void> {
  return page.waitForTimeout(500);
}

function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('typing with a pinyin input method', () => {
  it.each(devices)('in the header box (%s): no search until the word is committed, then one', async (_, device) => {
    const page = await site.openAt('s2/', device);
    const url = page.url();
    await focusBox(page, '#site-search');
    // Without an input method it still searches as you type.
    await page.keyboard.type('干部 ');
    const panel = page.locator('.search-box-panel');
    await expect.poll(() => panel.locator('.search-status').textContent(), poll).toContain('干部');
    await settle(page);
    const statuses = await recordStatuses(page, 'form.search-box');
    const cdp = await page.context().newCDPSession(page);
    await compose(cdp, 'qunzhong', async (text) => {
      expect(await page.locator('#site-search').inputValue()).toBe(`干部 ${text}`);
    });
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter'] as const) {
      await pressWhileComposing(cdp, key);
      expect(await focusedId(page)).toBe('site-search');
      expect(await panel.isVisible()).toBe(true);
    }
    await settle(page);
    expect(await statuses()).toEqual([]);
    expect(page.url()).toBe(url);
    await commit(cdp, '群众');
    await expect.poll(statuses, poll).toHaveLength(1);
    await settle(page);
    const [status] = await statuses();
    expect(status).toContain('干部 群众');
    expect(await statuses()).toHaveLength(1);
    // Escape cancels the next word's composition; it does not close the panel.
    await compose(cdp, 'gan');
    await pressWhileComposing(cdp, 'Escape');
    expect(await focusedId(page)).toBe('site-search');
    expect(await panel.isVisible()).toBe(true);
    expect(page.url()).toBe(url);
  });

  it.each(devices)('on /search/ (%s): no search and no URL change until the word is committed', async (_, device) => {
    const page = await site.openAt(`search/?q=${encodeURIComponent('干部')}`, device);
    const results = page.locator('.search-page-results');
    await expect.poll(() => results.locator('.search-status').textContent(), poll).toContain('干部');
    await focusBox(page, '#search-page-query');
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await settle(page);
    const url = page.url();
    const statuses = await recordStatuses(page, '.search-page-results');
    const cdp = await page.context().newCDPSession(page);
    await compose(cdp, 'qunzhong', async () => {
      expect(page.url()).toBe(url);
    });
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter'] as const) {
      await pressWhileComposing(cdp, key);
      expect(await focusedId(page)).toBe('search-page-query');
      expect(page.url()).toBe(url);
    }
    await settle(page);
    expect(await statuses()).toEqual([]);
    await commit(cdp, '群众');
    await expect.poll(statuses, poll).toHaveLength(1);
    await settle(page);
    expect(await statuses()).toEqual([expect.stringContaining('干部 群众')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('干部 群众');
  });
});

// From here on the tests run side by side (describe.concurrent, each on its own pages, with the test's own
// expect): they mostly wait for the search to load, on Fast 3G for seconds, and one after another this file
// kept half a core busy for most of a minute. The input-method tests above stay one at a time: they prove
// that nothing was searched after a pause, and a busier machine would make that pause prove less.
describe.concurrent('the header search panel', () => {
  // A sheet under the header up to 767 px, a dropdown from the box from 768 px up.
  it.for([
    [320, phone],
    [375, phone],
    [414, phone],
    [767, desktop],
    [768, desktop],
    [1280, desktop],
  ] as const)(
    'lies wholly inside a %i px screen, every result readable from its first character',
    async ([width, device], { expect }) => {
      const page = await site.openAt('s2/', { ...device, viewport: { width, height: 812 } });
      await focusBox(page, '#site-search');
      await page.keyboard.type('群众');
      await page.locator('.search-box-panel .search-hit-link').first().waitFor(poll);
      const edges = await page
        .locator('.search-box-panel, .search-box-panel .search-hit-excerpt')
        .evaluateAll((nodes) =>
          nodes.map((node) => node.getBoundingClientRect()).map(({ left, right }) => ({ left, right })),
        );
      expect(edges.length).toBeGreaterThan(1);
      for (const { left, right } of edges) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    },
  );

  for (const colorScheme of ['light', 'dark'] as const) {
    it.for(devices)(`open on results passes axe-core (%s, ${colorScheme})`, async ([, device], { expect }) => {
      const page = await site.openAt('s2/', { ...device, colorScheme, bypassCSP: true });
      await focusBox(page, '#site-search');
      await page.keyboard.type('群众');
      await page.locator('.search-box-panel .search-hit-link').first().waitFor(poll);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('shows that search is loading from the first tap on Fast 3G, and runs the word typed meanwhile', async ({
    expect,
  }) => {
    const page = await site.openAt('s2/', phone);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', fast3g);
    await focusBox(page, '#site-search');
    const panel = page.locator('.search-box-panel');
    await expect.poll(() => panel.isVisible(), poll).toBe(true);
    expect(await panel.textContent()).toContain('正在加载');
    expect(await panel.locator('.search-hit-link').count()).toBe(0);
    await compose(cdp, 'qunzhong');
    await commit(cdp, '群众');
    await expect.poll(() => panel.locator('.search-status').textContent(), poll).toContain('“群众”');
    expect(await panel.locator('.search-hit-link').count()).toBeGreaterThan(0);
    expect(await page.locator('#site-search').inputValue()).toBe('群众');
  });

  it('opens /search/ with the query kept when Enter is pressed before the index is ready', async ({ expect }) => {
    const page = await site.openAt('s2/', phone);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', fast3g);
    await focusBox(page, '#site-search');
    await compose(cdp, 'qunzhong');
    await commit(cdp, '群众');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/, poll);
    expect(new URL(page.url()).searchParams.get('q')).toBe('群众');
    expect(await page.locator('#search-page-query').inputValue()).toBe('群众');
    const results = page.locator('.search-page-results');
    await expect.poll(() => results.locator('.search-notice').textContent(), poll).toContain('正在加载');
    await expect.poll(() => results.locator('.search-status').textContent(), poll).toContain('“群众”');
  });
});

describe.concurrent('a query typed before /search/ is ready', () => {
  it('is kept and run once the page script and the index arrive', async ({ expect }) => {
    const page = await site.blankPage(phone);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The page's own script arrives late, as on a slow network.
    await page.route(/\/_astro\/search\.astro.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent('干部')}`, { waitUntil: 'commit' });
    await focusBox(page, '#search-page-query');
    await page.locator('#search-page-query').fill('');
    await page.keyboard.type('群众');
    release();
    const results = page.locator('.search-page-results');
    await expect.poll(() => results.locator('.search-status').textContent(), poll).toContain('“群众”');
    expect(await page.locator('#search-page-query').inputValue()).toBe('群众');
    expect(new URL(page.url()).searchParams.get('q')).toBe('群众');
  });
});

describe.concurrent('when search cannot load', () => {
  it.for([
    ['the header box, without its index', 's2/', /\/search-index\//, '#site-search', '.search-box-panel'],
    ['the header box, without its script', 's2/', /\/_astro\/search\.[\w-]+\.js$/, '#site-search', '.search-box-panel'],
    ['/search/, without its index', 'search/', /\/search-index\//, '#search-page-query', '.search-page-results'],
  ] as const)(
    '%s tells readers in plain Chinese, and developers in the console',
    async ([, path, blocked, box, results], { expect }) => {
      const page = await site.blankPage(phone);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.route(blocked, (route) => route.abort());
      await page.goto(site.url + path);
      await focusBox(page, box);
      await page.keyboard.type('群众');
      const notice = page.locator(`${results} .search-notice`);
      await expect.poll(() => notice.textContent(), poll).toContain('搜索暂时无法使用');
      expect(await page.locator(results).textContent()).not.toMatch(/[A-Za-z]/);
      // The index's loader names the cause; a script the browser could not fetch is logged by the browser.
      expect(errors.join('\n')).toMatch(String(blocked).includes('search-index') ? /npm run build/ : /Failed to load/);
    },
  );
});

describe.concurrent('/search/ with the keyboard only', () => {
  it('has one search box, the first one Tab reaches, and its results follow it', async ({ expect }) => {
    const page = await site.openAt('search/', desktop);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('[role="search"]').count()).toBe(1);
    let focused = '';
    for (let presses = 0; presses < 10 && focused !== 'INPUT'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.tagName ?? '');
    }
    expect(await focusedId(page)).toBe('search-page-query');
    await page.keyboard.type('干群关系');
    await page.keyboard.press('Enter');
    const first = page.locator('.search-page-results .search-hit-link').first();
    await first.waitFor(poll);
    expect(new URL(page.url()).searchParams.get('q')).toBe('干群关系');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-hit-link'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/s2\/\?highlight=/, poll);
  });
});
