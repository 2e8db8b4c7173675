// Measures the site's search on the built site:
// `npm run search:eval -- [--queries FILE | --exhaustive | --sample N [--seed S] | --pinyin-sample N [--seed S] | --numbers] [--part K/N] [--alone N] [--dist DIR] [--json OUT]`.
// Runs each query through the /search/ page's own search and rendering in Chromium, checks the rendered
// results against the ground truth from the built section texts, and exits non-zero below 1.00.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { summarize } from '../bench/lib/stats.ts';
import { builtSections } from '../src/search/built-sections.ts';
import { EXACT_BUNDLE } from '../src/search/exact-tokens.ts';
import { BLOCK_BREAK } from '../src/search/fold-text.ts';
import { expectedUrls, isExactHighlight, substringQueries } from '../src/search/ground-truth.ts';
import { PINYIN_BUNDLE } from '../src/search/pinyin-files.ts';
import { type PinyinTruth, pinyinGroundTruth } from '../src/search/pinyin-ground-truth.ts';
import { queryTerms } from '../src/search/query-terms.ts';
import { hasTraditionalChar } from '../src/search/to-simplified.ts';
import { TOKEN_META_FILE } from '../src/search/token-bundle.ts';
import { launchChromium } from './lib/chromium.ts';
import { pinyinSampleQueries } from './lib/pinyin-sample.ts';
import { sampleQueries } from './lib/query-sample.ts';
import { sectionNumberQueries } from './lib/section-number-truth.ts';
import { resolveFile, serveStatic } from './lib/static-server.ts';

interface Query {
  q: string;
  truth?: string[];
  /** `pinyin`: the truth comes from the readings of the text when the query is not found as text. */
  by?: 'pinyin';
  /** Number set: where the query must jump (null: the report lacks that number, and the results say so). */
  jump?: string | null;
}

interface RenderedHit {
  url: string;
  parts: { text: string; marked: boolean }[];
}

const { values } = parseArgs({
  options: {
    queries: { type: 'string', default: 'tests/search/queries.json' },
    exhaustive: { type: 'boolean', default: false },
    sample: { type: 'string' },
    'pinyin-sample': { type: 'string' },
    // `K/N`: only every Nth query from the Kth, so that a large set can run in parts.
    part: { type: 'string', default: '1/1' },
    seed: { type: 'string', default: '12' },
    // `N`: "each query alone" (a fresh visit per query, a second or more each) for the first N queries only.
    alone: { type: 'string' },
    numbers: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.REPORT_CONTENT_DIR ?? 'content' },
    json: { type: 'string' },
    dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    verbose: { type: 'boolean', default: false },
  },
});
const dist = values.dist;
const WARM_ROUNDS = 5;
/** Queries run in the page per round trip: a round trip costs far more than a query on a small report. */
const BATCH = 200;
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const sections = builtSections(dist, base);
function chosenQueries(): Query[] {
  if (values.exhaustive) return substringQueries(sections, 6).map((q) => ({ q }));
  if (values.sample) return sampleQueries(sections, Number(values.sample), Number(values.seed)).map((q) => ({ q }));
  if (values['pinyin-sample']) {
    const count = Number(values['pinyin-sample']);
    return pinyinSampleQueries(sections, count, Number(values.seed)).map((q) => ({ q, by: 'pinyin' as const }));
  }
  if (values.numbers)
    return sectionNumberQueries(values.content, base).map(({ q, jump }) => ({ q, jump: jump ?? null }));
  return JSON.parse(readFileSync(values.queries, 'utf8'));
}
const [part = 1, parts = 1] = values.part.split('/').map(Number);
const queries = chosenQueries().filter((_, index) => index % parts === part - 1);
const aloneCount = values.alone === undefined ? queries.length : Number(values.alone);
if (!Number.isInteger(aloneCount) || aloneCount < 0) {
  console.error(`search:eval: --alone ${values.alone}: takes a whole number ≥ 0`);
  process.exit(2);
}
const pinyinTruth = queries.some((query) => query.by === 'pinyin') ? pinyinGroundTruth(sections) : undefined;
const hasLatinLetter = (query: string) => /[a-zA-Zａ-ｚＡ-Ｚü]/.test(query);
/** Large query sets list only their failures and skip the per-query byte and warm-latency runs. */
const large =
  values.exhaustive || values.sample !== undefined || values['pinyin-sample'] !== undefined || values.numbers;

/** Transfer size of a served file as a gzip-serving host would send it (Pagefind's own files are gzipped already). */
function transferBytes(url: string): number {
  const file = resolveFile(dist, base, new URL(url).pathname);
  try {
    if (!file || !statSync(file).isFile()) return 0;
  } catch {
    return 0;
  }
  const bytes = readFileSync(file);
  return /\.pf_\w+$/.test(file) ? bytes.length : gzipSync(bytes).length;
}

function filesBytes(urls: readonly string[]): number {
  return urls.reduce((sum, url) => sum + transferBytes(url), 0);
}

function countBytes(page: Page): { take(): number; takePinyin(): number } {
  let total = 0;
  let pinyin = 0;
  page.on('response', (response) => {
    const bytes = transferBytes(response.url());
    total += bytes;
    if (new URL(response.url()).pathname.includes(`/${PINYIN_BUNDLE}`)) pinyin += bytes;
  });
  return {
    take() {
      const taken = total;
      total = 0;
      return taken;
    },
    takePinyin() {
      const taken = pinyin;
      pinyin = 0;
      return taken;
    },
  };
}

interface RenderedJump {
  /** Path and hash of the jump link, if any. */
  url?: string;
  /** The jump line says the number is absent. */
  absent: boolean;
  byPinyin: boolean;
}

/** What the page rendered for one query, and the files it fetched for the first screen and for paging on. */
interface RenderedQuery {
  milliseconds: number;
  jump: RenderedJump;
  kind: string;
  total: number;
  hits: RenderedHit[];
  firstScreenFiles: string[];
  pagingFiles: string[];
}

/**
 * Runs the queries one after another in the /search/ page, in one round trip: each is rendered, then paged
 * through with 「显示更多」 until every hit is shown, as a reader paging through would (a section-number query
 * is not paged: its jump is the answer). The files each step fetched come from the page's resource timing.
 */
async function renderQueries(page: Page, batch: readonly { q: string; paged: boolean }[]): Promise<RenderedQuery[]> {
  return page.evaluate(
    async ({ batch, blockBreak }) => {
      performance.setResourceTimingBufferSize(1_000_000);
      const fetched = () => {
        const files = performance.getEntriesByType('resource').map((entry) => entry.name);
        performance.clearResourceTimings();
        return files;
      };
      const shownCount = () => document.querySelectorAll('.search-page-results [data-url]').length;
      const partsOf = (element: Element | null) =>
        [...(element?.childNodes ?? [])].map((node) => ({
          text: node.textContent ?? '',
          marked: node.nodeName === 'MARK',
        }));
      const rendered = [];
      fetched();
      for (const { q, paged } of batch) {
        const milliseconds = (await window.reportSearch?.run(q)) ?? 0;
        const firstScreenFiles = fetched();
        const link = document.querySelector<HTMLAnchorElement>('.search-page-results .search-jump-link');
        const jump = {
          url: link ? `${link.pathname}${link.hash}` : undefined,
          absent: !link && document.querySelector('.search-page-results .search-jump') !== null,
          byPinyin: document.querySelector('.search-page-results .search-pinyin-label') !== null,
        };
        for (;;) {
          const button = document.querySelector<HTMLButtonElement>('.search-page-results .search-more-button');
          if (!paged || !button) break;
          const shown = shownCount();
          button.click();
          while (shownCount() === shown && button.isConnected) await new Promise((done) => setTimeout(done, 5));
        }
        const pagingFiles = fetched();
        const results = document.querySelector<HTMLElement>('.search-page-results');
        const hits = [...document.querySelectorAll<HTMLElement>('.search-page-results [data-url]')].map((item) => ({
          url: item.dataset.url ?? '',
          parts: [
            ...partsOf(item.querySelector('.search-hit-path')),
            { text: blockBreak, marked: false },
            ...partsOf(item.querySelector('.search-hit-excerpt')),
          ],
        }));
        rendered.push({
          milliseconds,
          jump,
          kind: results?.dataset.kind ?? '',
          total: Number(results?.dataset.total ?? 0),
          hits,
          firstScreenFiles,
          pagingFiles,
        });
      }
      return rendered;
    },
    { batch, blockBreak: BLOCK_BREAK },
  );
}

/**
 * Opens /search/ and waits until its search is ready: the page script has run, the index's meta has
 * arrived, and so has the favicon, which Chromium asks for after load (or it would count as a query's bytes).
 */
async function openSearchPage(page: Page, siteUrl: string): Promise<void> {
  const loaded = [`/${EXACT_BUNDLE}${TOKEN_META_FILE}`, '/favicon.svg'].map((file) =>
    page.waitForResponse((response) => response.url().endsWith(file)),
  );
  await page.goto(new URL('search/', siteUrl).href);
  await page.waitForFunction(() => window.reportSearch !== undefined);
  for (const response of await Promise.all(loaded)) await response.finished();
}

/** Bytes of each query on its own: a fresh visit to /search/ with the search code loaded, then the query. */
async function isolatedQueryBytes(
  browser: Browser,
  siteUrl: string,
): Promise<{ q: string; bytes: number; pinyinIndex: number }[]> {
  const measured: { q: string; bytes: number; pinyinIndex: number }[] = [];
  for (const { q } of queries.slice(0, aloneCount)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = countBytes(page);
    await openSearchPage(page, siteUrl);
    bytes.take();
    await page.evaluate((query) => window.reportSearch?.run(query), q);
    measured.push({ q, bytes: bytes.take(), pinyinIndex: bytes.takePinyin() });
    await context.close();
  }
  return measured;
}

const summary = (samples: number[]) => (samples.length === 0 ? summarize([0]) : summarize(samples));

const server = await serveStatic(dist, base);
const browser = await launchChromium();
try {
  // Cold: a reading page, then the reader opens search and types the first query.
  const coldPage = await browser.newPage();
  const coldBytes = countBytes(coldPage);
  const firstChapter = sections[0]?.url.split('#')[0] ?? base;
  await coldPage.goto(new URL(firstChapter, server.url).href);
  const readingPageBytes = coldBytes.take();
  await coldPage.keyboard.press('/');
  await coldPage.keyboard.type(queries[0]?.q ?? '干部');
  await coldPage.locator('.search-box-panel .search-status').waitFor();
  const coldSearchBytes = coldBytes.take();
  await coldPage.close();

  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await openSearchPage(page, server.url);

  let truePositives = 0;
  let expectedTotal = 0;
  let returnedTotal = 0;
  let anchorsRight = 0;
  let highlightsExact = 0;
  let failedQueries = 0;
  let countsWrong = 0;
  let pagingBytes = 0;
  const firstRunLatencies: number[] = [];
  const warmBytes: number[] = [];
  let pinyinForCharacters = 0;
  const rendered: RenderedQuery[] = [];
  for (let start = 0; start < queries.length; start += BATCH) {
    const batch = queries.slice(start, start + BATCH);
    rendered.push(
      ...(await renderQueries(
        page,
        batch.map((query) => ({ q: query.q, paged: query.jump === undefined })),
      )),
    );
  }
  for (const [index, query] of queries.entries()) {
    const { milliseconds, jump, kind, total, hits, firstScreenFiles, pagingFiles } = rendered[index] as RenderedQuery;
    (index === 0 ? [] : firstRunLatencies).push(milliseconds);
    // The first screen's bytes; paging through the rest is the reader's choice, counted apart.
    warmBytes.push(filesBytes(firstScreenFiles));
    pagingBytes += filesBytes(pagingFiles);
    const pinyinFetched = firstScreenFiles.some((url) => new URL(url).pathname.includes(`/${PINYIN_BUNDLE}`));
    if (pinyinFetched && !hasLatinLetter(query.q)) pinyinForCharacters++;
    if (query.jump !== undefined) {
      const ok = query.jump === null ? jump.absent : jump.url === query.jump;
      const found = query.jump !== null && ok ? 1 : 0;
      truePositives += found;
      anchorsRight += found;
      highlightsExact += found;
      expectedTotal += query.jump === null ? 0 : 1;
      returnedTotal += jump.url === undefined ? 0 : 1;
      if (!ok) failedQueries++;
      if (!ok || !large || values.verbose) {
        const shown = jump.url ?? (jump.absent ? 'absent' : 'none');
        console.log(`${ok ? '✓' : '✗'} ${JSON.stringify(query.q)} jump ${query.jump ?? 'absent'} shown ${shown}`);
      }
      continue;
    }
    const terms = await queryTerms(query.q);
    const asText = query.truth ?? expectedUrls(sections, terms);
    // Pinyin: text first (a real Latin word in the text is text), else the readings decide.
    const byReadings: PinyinTruth[] | undefined =
      query.by === 'pinyin' && asText.length === 0 ? (pinyinTruth?.matches(query.q) ?? []) : undefined;
    const truth = byReadings ? byReadings.map((entry) => entry.url) : asText;
    const highlightTerms = (url: string) => byReadings?.find((entry) => entry.url === url)?.matched ?? terms;
    const returned = kind === 'exact' ? hits : [];
    const counted = kind === 'exact' ? total : 0;
    const correct = returned.filter((hit) => truth.includes(hit.url));
    const exact = correct.filter((hit) => isExactHighlight(hit.parts, highlightTerms(hit.url)));
    // A returned URL names the section by its heading's #id: right when that section holds the query.
    const anchored = correct.filter((hit) => sections.some((section) => section.url === hit.url));
    truePositives += correct.length;
    expectedTotal += truth.length;
    returnedTotal += returned.length;
    anchorsRight += anchored.length;
    highlightsExact += exact.length;
    const labelRight = jump.byPinyin === (byReadings !== undefined && byReadings.length > 0);
    const ok =
      labelRight &&
      correct.length === truth.length &&
      returned.length === truth.length &&
      counted === truth.length &&
      exact.length === correct.length;
    if (counted !== truth.length) countsWrong++;
    if (!ok) failedQueries++;
    // Every query is listed, except in the exhaustive run: there only failures, unless --verbose.
    if (!ok || !large || values.verbose) {
      const mark = ok ? '✓' : '✗';
      console.log(
        `${mark} ${JSON.stringify(query.q)} expected ${truth.length} returned ${returned.length} (${kind}${jump.byPinyin ? ', 按拼音' : ''}, total ${counted}) correct ${correct.length} highlight ${exact.length} ${milliseconds.toFixed(1)} ms`,
      );
    }
  }
  // Warm: each query again once its files are loaded, in rounds over the set, as the bench times stock Pagefind.
  const warmLatencies: number[] = [];
  for (let round = 0; round < (large ? 0 : WARM_ROUNDS); round++) {
    for (const { q } of queries)
      warmLatencies.push(await page.evaluate((query) => window.reportSearch?.run(query) ?? 0, q));
  }
  const perQuery = large ? [] : await isolatedQueryBytes(browser, server.url);
  const plainLaterBytes = warmBytes.slice(1).filter((_, index) => !hasTraditionalChar(queries[index + 1]?.q ?? ''));
  const figures = {
    queries: queries.length,
    failedQueries,
    // A query without Latin letters must not download any of the pinyin index.
    pinyinForCharacters,
    // Queries whose displayed total differs from the true number of sections.
    wrongTotals: countsWrong,
    recall: expectedTotal === 0 ? 1 : truePositives / expectedTotal,
    precision: returnedTotal === 0 ? 1 : truePositives / returnedTotal,
    anchorAccuracy: truePositives === 0 ? 1 : anchorsRight / truePositives,
    highlightExactness: truePositives === 0 ? 1 : highlightsExact / truePositives,
    bytes: {
      readingPage: readingPageBytes,
      coldSearch: coldSearchBytes,
      // OpenCC's dictionaries are fetched once, by the first query with a traditional character.
      warmQueryMax: plainLaterBytes.at(-1) ?? 0,
      opencc: Math.max(0, ...warmBytes.filter((_, index) => hasTraditionalChar(queries[index]?.q ?? ''))),
      warmQueriesTotal: warmBytes.slice(1).reduce((sum, value) => sum + value, 0),
      // Windows fetched by 「显示更多」 while the eval paged through every hit.
      paging: pagingBytes,
    },
    // The fields npm run bench reads (bench/lib/search-eval.ts), comparable with stock Pagefind's.
    coldBytes: coldSearchBytes,
    firstQueryBytes: warmBytes[0] ?? 0,
    laterQueryBytes: summary(plainLaterBytes).median,
    // Each query alone on a fresh visit (not in the exhaustive run): what the scale target bounds.
    perQueryBytes: perQuery,
    // Milliseconds from query to rendered first screen: on first run, and warm (the bench's figure).
    firstRunLatency: summary(firstRunLatencies),
    warmLatency: summary(warmLatencies.length > 0 ? warmLatencies : firstRunLatencies),
  };
  console.log(JSON.stringify(figures, null, 2));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  const perfect =
    countsWrong === 0 &&
    failedQueries === 0 &&
    pinyinForCharacters === 0 &&
    [figures.recall, figures.precision, figures.anchorAccuracy, figures.highlightExactness].every(
      (value) => value === 1,
    );
  console.log(
    `recall ${figures.recall.toFixed(2)} precision ${figures.precision.toFixed(2)} anchor ${figures.anchorAccuracy.toFixed(2)} highlight ${figures.highlightExactness.toFixed(2)} wrong totals ${countsWrong}`,
  );
  process.exitCode = perfect ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
