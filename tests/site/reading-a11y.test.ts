import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserSite } from '../support/browser-site.ts';

const site = useBrowserSite();

/**
 * One page of each type: home, a chapter with a missing-page title, one with sections, the editorial
 * closing, search results, the whole-report print view, 404.
 */
const pageTypes = ['', 's1/', 's2/', 'closing/', 'search/?q=群众工作', 'print/', 'no-such-page/'];
const themes = ['light', 'dark'] as const;

describe('axe-core', () => {
  for (const theme of themes) {
    it.each(pageTypes)(`/%s has no violations in the ${theme} theme`, async (path) => {
      const page = await site.newPage({ colorScheme: theme, bypassCSP: true });
      await page.goto(site.url + path);
      if (path.startsWith('search/')) await page.locator('.search-hit-link').first().waitFor();
      // Open every 引用本节 so the citations are checked too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      expect(await axeViolations(page)).toEqual([]);
    });

    it(`the theme chosen with the switch passes too (${theme} system, switched)`, async () => {
      const page = await site.newPage({ colorScheme: theme, bypassCSP: true });
      await page.goto(`${site.url}s2/`);
      await page.locator('[data-theme-toggle]').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('at 320 px', () => {
  it.each(pageTypes)(
    '/%s does not scroll sideways, and its tap targets are at least 44 px tall outside running text',
    async (path) => {
      const page = await site.newPage({ width: 320, height: 640 });
      await page.goto(site.url + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // Links inside a line of text are exempt, as in WCAG 2.5.8; so are the skip link (shown on focus only)
      // and the search form, which belongs to the search feature.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, summary')]
          .filter((element) => getComputedStyle(element).display !== 'inline' && element.offsetParent !== null)
          .filter((element) => !element.closest('form, .skip-link'))
          .filter((element) => element.getBoundingClientRect().height < 44)
          .map((element) => `${element.outerHTML.slice(0, 80)} (${element.getBoundingClientRect().height}px)`),
      );
      expect(small).toEqual([]);
    },
  );
});
