// Measures the site's search on the built site: `npm run search:eval -- [--queries FILE | --exhaustive | --numbers] [--json OUT]`.
// Runs each query through the /search/ page's own search and rendering in Chromium, checks the rendered
// results against the ground truth from the built section texts, and exits non-zero below 1.00.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { builtSections } from '../src/search/built-sections.ts';
import { expectedUrls, isExactHighlight, substringQueries } from '../src/search/ground-truth.ts';
import { PINYIN_BUNDLE } from '../src/search/pinyin-files.ts';
import { type PinyinTruth, pinyinGroundTruth } from '../src/search/pinyin-ground-truth.ts';
import { queryTerms } from '../src/search/query-terms.ts';
import { hasTraditionalChar } from '../src/search/to-simplified.ts';
import { launchChromium } from './lib/chromium.ts';
import { sectionNumberQueries } from './lib/section-number-truth.ts';
import { resolveFile, serveStatic } from './lib/static-server.ts';

interface Query {
  q: string;
  truth?: string[];
  /** `pinyin`: the truth comes from the readings of the text when the query is not found as text. */
  by?: 'pinyin';
  /** Number set: where the query must jump (absent: the report lacks that number, and the results say so). */
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
    numbers: { type: 'boolean', default: false },
    // Each query in a new browser context: what a reader's first search costs (Pagefind loads included).
    fresh: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.REPORT_CONTENT_DIR ?? 'content' },
    json: { type: 'string' },
    dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    verbose: { type: 'boolean', default: false },
  },
});
const dist = values.dist;
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const sections = builtSections(dist, base);
const queries: Query[] = values.exhaustive
  ? substringQueries(sections).map((q) => ({ q }))
  : values.numbers
    ? sectionNumberQueries(values.content, base).map(({ q, jump }) => ({ q, jump: jump ?? null }))
    : JSON.parse(readFileSync(values.queries, 'utf8'));
const pinyinTruth = queries.some((query) => query.by === 'pinyin') ? pinyinGroundTruth(sections) : undefined;
const hasLatinLetter = (query: string) => /[a-zA-Zａ-ｚＡ-Ｚü]/.test(query);

/** Transfer size of a served file as a gzip-serving host would send it (Pagefind's own files are gzipped already). */
function transferBytes(url: string): number {
  const file = resolveFile(dist, base, new URL(url).pathname);
  try {
    if (!file || !statSync(file).isFile()) return 0;
  } catch {
    return 0;
  }
  const bytes = readFileSync(file);
  return /\.(pf_\w+|pagefind)$/.test(file) ? bytes.length : gzipSync(bytes).length;
}

function countBytes(page: Page): { take(): number; takePinyin(): number } {
  let total = 0;
  let pinyin = 0;
  page.on('response', (response) => {
    const bytes = transferBytes(response.url());
    total += bytes;
    if (new URL(response.url()).pathname.includes(`/${PINYIN_BUNDLE}/`)) pinyin += bytes;
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

async function renderedJump(page: Page): Promise<RenderedJump> {
  return page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('.search-page-results .search-jump-link');
    const line = document.querySelector('.search-page-results .search-jump');
    return {
      url: link ? `${link.pathname}${link.hash}` : undefined,
      absent: !link && line !== null,
      byPinyin: document.querySelector('.search-page-results .search-pinyin-label') !== null,
    };
  });
}

async function renderedHits(page: Page): Promise<{ kind: string; hits: RenderedHit[] }> {
  return page.evaluate(() => {
    const results = document.querySelector<HTMLElement>('.search-page-results');
    const hits = [...document.querySelectorAll<HTMLElement>('.search-page-results [data-url]')].map((item) => ({
      url: item.dataset.url ?? '',
      parts: [...(item.querySelector('.search-hit-excerpt')?.childNodes ?? [])].map((node) => ({
        text: node.textContent ?? '',
        marked: node.nodeName === 'MARK',
      })),
    }));
    return { kind: results?.dataset.kind ?? '', hits };
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

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

  async function openSearchPage() {
    const context = await browser.newContext();
    const opened = await context.newPage();
    opened.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await opened.goto(new URL('search/', server.url).href);
    await opened.waitForFunction(() => window.reportSearch !== undefined);
    const counter = countBytes(opened);
    counter.take();
    return { page: opened, bytes: counter, close: () => context.close() };
  }
  const warm = await openSearchPage();

  let truePositives = 0;
  let expectedTotal = 0;
  let returnedTotal = 0;
  let anchorsRight = 0;
  let highlightsExact = 0;
  let failedQueries = 0;
  const latencies: number[] = [];
  const warmBytes: number[] = [];
  const pinyinBytes: { q: string; bytes: number; pinyinIndex: number }[] = [];
  let pinyinForCharacters = 0;
  for (const [index, query] of queries.entries()) {
    const { page, bytes, close } = values.fresh ? await openSearchPage() : { ...warm, close: async () => {} };
    const milliseconds = await page.evaluate((q) => window.reportSearch?.run(q) ?? 0, query.q);
    (index === 0 ? [] : latencies).push(milliseconds);
    warmBytes.push(bytes.take());
    const pinyinTaken = bytes.takePinyin();
    if (pinyinTaken > 0 && !hasLatinLetter(query.q)) pinyinForCharacters++;
    if (query.by === 'pinyin') pinyinBytes.push({ q: query.q, bytes: warmBytes.at(-1) ?? 0, pinyinIndex: pinyinTaken });
    const jump = await renderedJump(page);
    if (query.jump !== undefined) {
      const ok = query.jump === null ? jump.absent : jump.url === query.jump;
      const found = query.jump !== null && ok ? 1 : 0;
      truePositives += found;
      anchorsRight += found;
      highlightsExact += found;
      expectedTotal += query.jump === null ? 0 : 1;
      returnedTotal += jump.url === undefined ? 0 : 1;
      if (!ok) failedQueries++;
      console.log(
        `${ok ? '✓' : '✗'} ${JSON.stringify(query.q)} jump ${query.jump ?? 'absent'} shown ${jump.url ?? (jump.absent ? 'absent' : 'none')}`,
      );
      await close();
      continue;
    }
    const terms = await queryTerms(query.q);
    const asText = query.truth ?? expectedUrls(sections, terms);
    // Pinyin: text first (a real Latin word in the text is text), else the readings decide.
    const byReadings: PinyinTruth[] | undefined =
      query.by === 'pinyin' && asText.length === 0 ? (pinyinTruth?.matches(query.q) ?? []) : undefined;
    const truth = byReadings ? byReadings.map((entry) => entry.url) : asText;
    const highlightTerms = (url: string) => byReadings?.find((entry) => entry.url === url)?.matched ?? terms;
    const { kind, hits } = await renderedHits(page);
    await close();
    const returned = kind === 'exact' ? hits : [];
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
      correct.length === truth.length &&
      returned.length === truth.length &&
      exact.length === correct.length &&
      labelRight;
    if (!ok) failedQueries++;
    // Every query is listed, except in the exhaustive run: there only failures, unless --verbose.
    if (!ok || !values.exhaustive || values.verbose) {
      const mark = ok ? '✓' : '✗';
      console.log(
        `${mark} ${JSON.stringify(query.q)} expected ${truth.length} returned ${returned.length} (${kind}${jump.byPinyin ? ', 按拼音' : ''}) correct ${correct.length} highlight ${exact.length} ${milliseconds.toFixed(1)} ms`,
      );
    }
  }
  const sorted = latencies.toSorted((a, b) => a - b);
  const plainLaterBytes = warmBytes
    .slice(1)
    .filter((_, index) => !hasTraditionalChar(queries[index + 1]?.q ?? ''))
    .toSorted((a, b) => a - b);
  const figures = {
    queries: queries.length,
    failedQueries,
    // A query without Latin letters must not download any of the pinyin index.
    pinyinForCharacters,
    pinyinQueryBytes: pinyinBytes,
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
    },
    // The fields npm run bench reads (bench/lib/search-eval.ts), comparable with stock Pagefind's.
    coldBytes: coldSearchBytes,
    firstQueryBytes: warmBytes[0] ?? 0,
    laterQueryBytes: percentile(plainLaterBytes, 0.5),
    warmLatency: {
      median: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      min: sorted[0] ?? 0,
      max: sorted.at(-1) ?? 0,
      runs: sorted.length,
    },
  };
  console.log(JSON.stringify(figures, null, 2));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  const perfect = [figures.recall, figures.precision, figures.anchorAccuracy, figures.highlightExactness].every(
    (value) => value === 1,
  );
  console.log(
    `recall ${figures.recall.toFixed(2)} precision ${figures.precision.toFixed(2)} anchor ${figures.anchorAccuracy.toFixed(2)} highlight ${figures.highlightExactness.toFixed(2)}`,
  );
  process.exitCode = perfect && failedQueries === 0 && pinyinForCharacters === 0 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
