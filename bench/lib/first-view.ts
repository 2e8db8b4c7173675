import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { recordTransfers, sumGzipBytes, type Transfer } from './transfer-recorder.ts';

/** Gzip bytes of a page's first view, by kind, and the JavaScript it runs before any input. */
export interface FirstView {
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  other: number;
  /** Everything above: what the page loads for the screen. */
  total: number;
  /**
   * Gzip bytes of stylesheets linked for media the screen does not match (`media="print"`): browsers fetch
   * them at the lowest priority without holding up the page, once per site. Not in `total` or `requests`.
   */
  printOnly: number;
  /** Gzip bytes of every script that ran without input: external files plus inline `<script>`s. */
  jsBeforeInteraction: number;
  /** Gzip bytes of the inline `<script>`s alone (JSON data blocks left out). */
  inlineScript: number;
  requests: number;
}

const KIND_BY_TYPE: Record<
  string,
  keyof Omit<FirstView, 'total' | 'printOnly' | 'jsBeforeInteraction' | 'inlineScript' | 'requests'>
> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'fonts',
  image: 'images',
};

/** Splits transfers into the first view's kinds; pure, so it can be tested on made-up transfers. */
export function firstViewByKind(
  transfers: Transfer[],
  inlineScriptGzipBytes: number,
  printOnlyUrls: ReadonlySet<string> = new Set(),
): FirstView {
  const view: FirstView = {
    html: 0,
    css: 0,
    js: 0,
    fonts: 0,
    images: 0,
    other: 0,
    total: 0,
    printOnly: 0,
    jsBeforeInteraction: 0,
    inlineScript: inlineScriptGzipBytes,
    requests: 0,
  };
  const forScreen = transfers.filter((transfer) => !printOnlyUrls.has(transfer.url));
  for (const transfer of forScreen) view[KIND_BY_TYPE[transfer.type] ?? 'other'] += transfer.gzipBytes;
  view.total = sumGzipBytes(forScreen);
  view.printOnly = sumGzipBytes(transfers) - view.total;
  view.jsBeforeInteraction = view.js + inlineScriptGzipBytes;
  view.requests = forScreen.length;
  return view;
}

/** Loads the URL in a fresh (cold-cache) context, waits for the network to settle, touches nothing. */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const recorder = recordTransfers(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
      scripts
        .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
        .map((script) => script.textContent ?? '')
        .join('\n'),
    );
    const inlineBytes = inlineScripts.trim() === '' ? 0 : gzipSync(inlineScripts).length;
    const printOnlyUrls = await page.$$eval('link[rel~="stylesheet"][media]', (links) =>
      (links as HTMLLinkElement[]).filter((link) => !matchMedia(link.media).matches).map((link) => link.href),
    );
    return firstViewByKind(await recorder.take(), inlineBytes, new Set(printOnlyUrls));
  } finally {
    await context.close();
  }
}
