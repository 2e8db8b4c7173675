import type { Browser, Page } from 'playwright-core';
import type { QueryOutcome } from './search-accuracy.ts';
import { type Summary, summarize } from './stats.ts';
import { recordTransfers, sumGzipBytes, type Transfer } from './transfer-recorder.ts';

/** Stock Pagefind through its JS API, measured in Chromium on one site. */
export interface PagefindSearchFigures {
  /** Gzip bytes from loading pagefind.js through the first query's shown results. */
  coldBytes: number;
  /** Of those, the index data the first query loaded (index chunks, filters, fragments): the cost of a query. */
  firstQueryBytes: number;
  /** Gzip bytes each later query adds (index chunks and fragments not yet loaded). */
  laterQueryBytes: Summary;
  /** Milliseconds of search() plus data() of the shown results, once the query's files are loaded. */
  warmLatency: Summary;
  /** Gzip bytes of each query alone: a fresh visit with Pagefind loaded, then the query and its shown results. */
  queryBytes: { q: string; bytes: number }[];
  outcomes: QueryOutcome[];
  /** Indexed text of every page that has `data-pagefind-body`, by path. */
  pageTexts: Map<string, string>;
}

/** Pagefind's per-query files; the rest (pagefind.js, entry, meta, WASM) load once per visit. */
export function isQueryData(url: string): boolean {
  return /\.pf_(?:index|filter|fragment)$/.test(new URL(url).pathname);
}

/** Pagefind's default UI shows five results before "load more"; the bytes count that many. */
const SHOWN_RESULTS = 5;
const WARM_RUNS = 5;

interface PagefindWindow {
  pagefind: {
    init(): Promise<void>;
    search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  };
}

/** Imports `/pagefind/pagefind.js` into the page and initialises it. */
async function loadPagefind(page: Page, pageUrl: string): Promise<void> {
  await page.evaluate(async (origin) => {
    const pagefind: PagefindWindow['pagefind'] = await import(`${origin}/pagefind/pagefind.js`);
    await pagefind.init();
    (window as unknown as PagefindWindow).pagefind = pagefind;
  }, new URL(pageUrl).origin);
}

/** Milliseconds of one query and the data of its shown results. */
function timedQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    async ({ query, shown }) => {
      const start = performance.now();
      const { results } = await (window as unknown as PagefindWindow).pagefind.search(query);
      await Promise.all(results.slice(0, shown).map((result) => result.data()));
      return performance.now() - start;
    },
    { query, shown: SHOWN_RESULTS },
  );
}

/** Bytes of one query on a fresh visit once Pagefind is loaded (init() returns before its WASM has arrived: wait for it). */
async function isolatedQueryBytes(browser: Browser, pageUrl: string, query: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const loaded = [/\/wasm\.[\w-]+\.pagefind$/, /\.pf_meta$/].map((file) =>
      page.waitForResponse((response) => file.test(response.url())),
    );
    await loadPagefind(page, pageUrl);
    for (const response of await Promise.all(loaded)) await response.finished();
    const recorder = recordTransfers(page);
    await timedQuery(page, query);
    return sumGzipBytes(await recorder.take());
  } finally {
    await context.close();
  }
}

/**
 * Runs every query through `/pagefind/pagefind.js` on a page of the site in a fresh context:
 * first the bytes (cold, then each later query), then warm timings, then all results for accuracy;
 * then the first `alone` queries (all by default) each on a fresh visit.
 */
export async function measurePagefindSearch(
  browser: Browser,
  pageUrl: string,
  pagePaths: string[],
  queries: string[],
  alone = queries.length,
): Promise<PagefindSearchFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const recorder = recordTransfers(page);
    await recorder.take();
    const runQuery = (query: string) => timedQuery(page, query);
    await loadPagefind(page, pageUrl);
    const initBytes = sumGzipBytes(await recorder.take());
    const perQuery: Transfer[][] = [];
    for (const query of queries) {
      await runQuery(query);
      perQuery.push(await recorder.take());
    }
    const [firstQuery = [], ...laterQueries] = perQuery;
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      for (const query of queries) warm.push(await runQuery(query));
    }
    const outcomes = await page.evaluate(async (queries) => {
      const all: { query: string; returned: string[] }[] = [];
      for (const query of queries) {
        const { results } = await (window as unknown as PagefindWindow).pagefind.search(query);
        const data = await Promise.all(results.map((result) => result.data()));
        all.push({ query, returned: data.map((entry) => new URL(entry.url, location.href).pathname) });
      }
      return all;
    }, queries);
    const pageTexts = await indexedPageTexts(page, pagePaths);
    const queryBytes: { q: string; bytes: number }[] = [];
    for (const query of queries.slice(0, alone))
      queryBytes.push({ q: query, bytes: await isolatedQueryBytes(browser, pageUrl, query) });
    return {
      coldBytes: initBytes + sumGzipBytes(firstQuery),
      firstQueryBytes: sumGzipBytes(firstQuery.filter((transfer) => isQueryData(transfer.url))),
      laterQueryBytes: summarize(laterQueries.map(sumGzipBytes)),
      warmLatency: summarize(warm),
      queryBytes,
      outcomes,
      pageTexts,
    };
  } finally {
    await context.close();
  }
}

/** Text Pagefind indexes on each page: `[data-pagefind-body]` less `[data-pagefind-ignore]`. */
async function indexedPageTexts(page: Page, pagePaths: string[]): Promise<Map<string, string>> {
  const entries = await page.evaluate(async (paths) => {
    const texts: [string, string][] = [];
    for (const path of paths) {
      const html = await (await fetch(path)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const bodies = [...doc.querySelectorAll('[data-pagefind-body]')];
      if (bodies.length === 0) continue;
      for (const ignored of doc.querySelectorAll('[data-pagefind-body] [data-pagefind-ignore]')) ignored.remove();
      texts.push([path, bodies.map((body) => body.textContent ?? '').join('\n')]);
    }
    return texts;
  }, pagePaths);
  return new Map(entries);
}
