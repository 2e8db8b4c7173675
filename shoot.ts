import { launchChromium } from './scripts/lib/chromium.ts';
import { serveStatic } from './scripts/lib/static-server.ts';

const server = await serveStatic(process.env.DIST ?? 'dist');
const browser = await launchChromium();
const pages = (process.env.PAGES ?? ',s2/,s1/,closing/,search/?q=群众工作,print/,nope/').split(',');
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, width] of [
    ['desk', 1366],
    ['phone', 320],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(server.url + path);
      await page.waitForTimeout(path.startsWith('search') ? 1500 : 200);
      const file = `/tmp/shots/${(path || 'home').replace(/[^a-z0-9]+/gi, '_')}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    }
    await context.close();
  }
}
await browser.close();
await server.close();
