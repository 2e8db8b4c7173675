import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';

const site = useBrowserSite();

/** Hrefs of the links matched by `selector`, resolved against the page. */
function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}

describe('navigation', () => {
  it('reaches every chapter and section from the home TOC, and every anchor lands on its heading', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    const targets = await hrefs(page, 'main .report-toc a');
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) {
      await page.goto(site.url);
      await page.locator(`main .report-toc a[href="${new URL(target).pathname}${new URL(target).hash}"]`).click();
      await page.waitForURL(target);
      const id = new URL(target).hash.slice(1);
      const heading = id ? page.locator(`[id="${id}"]`) : page.locator('h1');
      expect(await heading.count()).toBe(1);
      const box = await heading.boundingBox();
      expect(box, target).not.toBeNull();
      if (!id) continue;
      // The anchor scrolled its heading to the top of the viewport, or as far as the page goes.
      const atBottom = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
      );
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      if (!atBottom) expect(box?.y ?? 999, target).toBeLessThan(100);
      expect(box?.y ?? 999, target).toBeLessThan(800);
    }
  });

  it('walks every chapter with 下一章 and back with 上一章, in the home TOC order', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    const chapters = await hrefs(page, 'main .report-toc__chapter');
    await page.goto(chapters[0] ?? '');
    const forward = [page.url()];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      await page.waitForLoadState();
      forward.push(page.url());
    }
    expect(forward).toEqual(chapters);
    const backward = [page.url()];
    while ((await page.locator('a[rel="prev"]').count()) > 0) {
      await page.locator('a[rel="prev"]').click();
      await page.waitForLoadState();
      backward.push(page.url());
    }
    expect(backward).toEqual([...chapters].reverse());
  });

  it('goes back to the home page through the breadcrumb', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}s2/`);
    await page.locator('.breadcrumb a').click();
    await page.waitForURL(site.url);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });

  it('works with the keyboard alone: skip link, then Tab and Enter to a chapter', async () => {
    const page = await site.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    // Tab on from the skip target until focus is on the first chapter link, then follow it.
    const firstChapter = await page.locator('main .report-toc__chapter').first().getAttribute('href');
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === firstChapter) break;
    }
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { href: element.getAttribute('href'), outline: getComputedStyle(element).outlineStyle };
    });
    expect(focus.href).toBe(firstChapter);
    expect(focus.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(firstChapter ?? '', site.url).href);
  });

  it('serves the 404 page in Chinese with a search box and the TOC', async () => {
    const page = await site.newPage();
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('页面不存在');
    expect(await page.locator('main form[role="search"] input').count()).toBe(1);
    expect(await page.locator('main .report-toc a').count()).toBeGreaterThan(0);
  });
});

describe('theme switch', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system theme until the reader picks one, then keeps it on every page', async () => {
    const page = await site.newPage({ colorScheme: 'light' });
    await page.goto(site.url);
    const light = await background(page);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // The switch's module loads on this first click, so the change comes a moment later.
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    await page.goto(`${site.url}s2/`);
    expect(await background(page)).toBe(dark);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-theme-toggle]').click();
    await expect.poll(() => page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('false');
    await page.goto(site.url);
    expect(await background(page)).toBe(light);
  });

  it('applies a saved theme before the body is parsed, so the wrong theme never paints', async () => {
    const page = await site.newPage({ colorScheme: 'light' });
    await page.goto(site.url);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the theme at the moment <body> enters the DOM, before anything in it can paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        const root = document.documentElement;
        root.dataset.themeAtBody = root.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.url}s2/`);
    expect(await page.evaluate(() => document.documentElement.dataset.themeAtBody)).toBe('dark');
    const darkPage = await site.newPage({ colorScheme: 'dark' });
    await darkPage.goto(`${site.url}s2/`);
    expect(await background(page)).toBe(await background(darkPage));
  });
});

describe('section tools', () => {
  it('链接与引用 then 复制链接 copies the section URL with its anchor, without leaving the page', async () => {
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${site.url}s2/`);
    await page.locator('button[data-share="s2-3"]').click();
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent === '已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}s2/#s2-3`);
    expect(page.url()).toBe(`${site.url}s2/`);
  });

  it('on a slow network, 复制链接 clicked before the page module has arrived still copies the section URL', async () => {
    const page = await site.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${site.url}s2/`);
    // Each click imports the page module; both must act in the order the reader clicked.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 1000,
      downloadThroughput: 100_000,
      uploadThroughput: 100_000,
    });
    await page.locator('button[data-share="s2-3"]').click();
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.waitForFunction(() => document.querySelector('[data-copy-status]')?.textContent === '已复制链接', null, {
      timeout: 20_000,
    });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}s2/#s2-3`);
  });

  it("链接与引用 shows a selectable reference with the section's URL and the reader's date", async () => {
    const page = await site.newPage();
    // A reader's clock far from the build date (the last commit's), so only the page script can put it in.
    await page.clock.setFixedTime(new Date(2031, 4, 6, 12));
    await page.goto(`${site.url}s2/`);
    await page.locator('button[data-share="s2-3"]').click();
    const reference = page.locator('[data-share-citation]');
    expect(await reference.isVisible()).toBe(true);
    // The page's module loads on this first click and then fills the panel in.
    await expect.poll(() => reference.textContent()).toContain('[2031-05-06]');
    const text = await reference.textContent();
    expect(text).toContain('[2031-05-06]');
    // Without SITE_URL the build writes a path: only the page script gives the address the reader has.
    expect(text).toMatch(new RegExp(` ${site.url}s2/#s2-3\\.$`));
    expect(text).toContain('（二）从个体层面直接提高基层领导干部做群众工作的能力：3、从方法和节奏角度');
    // The title's control gives the chapter's reference again.
    await page.keyboard.press('Escape');
    await page.locator('button[data-share="s2"]').click();
    await expect.poll(() => reference.textContent()).toMatch(/的能力\[EB\/OL\]\. .+#s2\.$/);
  });
});
