import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { EXACT_BUNDLE } from '../../src/search/exact-tokens.ts';
import { TOKEN_META_FILE } from '../../src/search/token-bundle.ts';
import { DIST_DIR } from '../support/browser-site.ts';
import { type CrawlResult, crawlLinks } from '../support/crawl-links.ts';
import { distFiles } from '../support/dist-files.ts';
import { searchRecords } from '../support/search-records.ts';

/**
 * The URL paths a build announces: every HTML file, the sitemap's pages (built with SITE_URL), every search record's
 * URL (a result's `data-url`), and the Pagefind bundle the search box loads by script (no element links it).
 */
function announcedPaths(root: string, base: string): string[] {
  const files = distFiles('.html', root).map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);
  const sitemapFile = join(root, 'sitemap-0.xml');
  const sitemap = existsSync(sitemapFile) ? readFileSync(sitemapFile, 'utf8') : '';
  const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
  const searchResults = searchRecords(root).map((record) => record.url);
  return [...files, ...sitemapPaths, ...searchResults, `${base}${EXACT_BUNDLE}${TOKEN_META_FILE}`];
}

/** Serves a build, crawls it from everything it announces, and stops the server. */
async function crawlBuild(root: string, base: string): Promise<CrawlResult & { announced: string[] }> {
  const server: StaticServer = await serveStatic(root, base);
  try {
    const origin = new URL(server.url).origin;
    const announced = announcedPaths(root, base);
    return { ...(await crawlLinks(announced.map((path) => origin + path))), announced };
  } finally {
    await server.close();
  }
}

describe('links: every internal link and #anchor of the build resolves', () => {
  let result: CrawlResult & { announced: string[] };
  beforeAll(async () => {
    result = await crawlBuild(DIST_DIR, '/');
  });

  it('crawls every page, asset and search result', () => {
    expect(result.announced.filter((path) => path.includes('#')).length).toBeGreaterThan(5);
    expect(result.fetched.some((url) => /\/_astro\/.+\.css$/.test(url))).toBe(true);
    expect(result.fetched.some((url) => url.endsWith('/search/'))).toBe(true);
  });

  it('finds no broken link or anchor', () => {
    expect(result.problems).toEqual([]);
  });

  // Allowed: the source pages the report records, which the site cites on purpose (built without SITE_URL,
  // the site names no absolute address of its own).
  it('links to no other site but the recorded source pages', () => {
    const report = JSON.parse(readFileSync('content/report.json', 'utf8')) as { pages: { url?: string }[] };
    const sourceUrls = report.pages.flatMap((page) => (page.url ? [page.url] : []));
    const other = result.external.filter((url) => !sourceUrls.includes(url));
    expect(other).toEqual([]);
  });
});

describe('links under a base path (BASE_PATH=/report/)', () => {
  const outDir = 'dist-base';
  let result: CrawlResult & { announced: string[] };
  // scripts/test.sh builds it once (gate build-base); reading-base-path.test.ts clicks through the same build.
  beforeAll(async () => {
    if (!existsSync(outDir))
      throw new Error(`${outDir}/ missing: run BASE_PATH=/report/ OUT_DIR=${outDir} npm run build`);
    result = await crawlBuild(outDir, '/report/');
  });

  it('announces, links and loads only URLs under the base path, the search bundle and sitemap included', () => {
    expect(existsSync(join(outDir, 'sitemap-0.xml')), 'built with SITE_URL').toBe(true);
    expect(result.announced.filter((path) => !path.startsWith('/report/'))).toEqual([]);
    expect(result.fetched.map((url) => new URL(url).pathname).filter((path) => !path.startsWith('/report/'))).toEqual(
      [],
    );
    expect(result.fetched).toContainEqual(expect.stringMatching(/\/report\/search-index\/exact\/meta\.pf_meta$/));
    expect(result.fetched).toContainEqual(expect.stringMatching(/\/report\/404\.html$/));
  });

  it('finds no broken link or anchor (a link missing the base answers 404)', () => {
    expect(result.problems).toEqual([]);
  });
});
