// Screenshots of every page type as a reader sees them, to look at before shipping:
// `npm run screenshots -- [OUT_DIR]` (default /tmp/screenshots), after a build. Phone (320 px) and desktop,
// light and dark, plus the header search panel open on results, the open 目录 and a jumped-to note; set FULL=1 for whole pages. Not a test: it
// asserts nothing, a person looks.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const outDir = process.argv[2] ?? '/tmp/screenshots';
const pages = ['', 's1/', 's2/', 'closing/', 'search/?q=群众工作', 'print/', 'no-such-page/'];
const widths = { phone: 320, desktop: 1366 } as const;
/** The header search panel, opened on a chapter and showing results for this query. */
const panelQuery = '群众';

mkdirSync(outDir, { recursive: true });
const server = await serveStatic(process.env.DIST_DIR ?? 'dist');
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, width] of Object.entries(widths)) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        if (path.startsWith('search/')) await page.locator('.search-hit-link').first().waitFor();
        const name = (path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home').toLowerCase();
        await page.screenshot({
          path: join(outDir, `${name}-${device}-${colorScheme}.png`),
          fullPage: process.env.FULL === '1',
        });
      }
      await page.goto(`${server.url}s2/`);
      await page.locator('#site-search').click();
      await page.keyboard.type(panelQuery);
      await page.locator('.search-box-panel .search-hit-link').first().waitFor();
      await page.screenshot({ path: join(outDir, `search-panel-${device}-${colorScheme}.png`) });
      await page.goto(`${server.url}s2/`);
      const toc = page.locator('summary', { hasText: /^目录$/ });
      if (await toc.isVisible()) {
        await toc.click();
        await page.screenshot({ path: join(outDir, `s2-toc-open-${device}-${colorScheme}.png`) });
      }
      await page.goto(`${server.url}s2/#s2-note-1`);
      await page.screenshot({ path: join(outDir, `s2-note-target-${device}-${colorScheme}.png`) });
      await context.close();
    }
  }
  console.log(`screenshots: ${pages.length * 4 + 10} PNGs in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
