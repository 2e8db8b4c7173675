import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, requireBaseBuild } from '../support/base-path-build.ts';
import { DIST_DIR } from '../support/browser-site.ts';
import { buildSite, convertInto } from '../support/build-site.ts';
import { distFiles } from '../support/dist-files.ts';

/** Paths of the files that differ between two folders, or exist in one only. */
function differingFiles(a: string, b: string): string[] {
  const filesA = distFiles('', a);
  const filesB = distFiles('', b);
  const onlyOne = [
    ...filesA.filter((file) => !filesB.includes(file)),
    ...filesB.filter((file) => !filesA.includes(file)),
  ];
  const changed = filesA.filter(
    (file) => filesB.includes(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
  );
  return [...onlyOne, ...changed].sort();
}

describe('determinism: two clean builds are byte-identical', () => {
  // Different folder names on purpose: no output may depend on where it was built.
  const work = mkdtempSync(join(tmpdir(), 'determinism-'));
  const [second, otherDate] = ['second', 'other-date'].map((name) => join(work, name));
  // The first build is the base-path variant scripts/test.sh has built (with a public address, so the
  // sitemap and the canonical links are built too); this file builds it again twice, not three times.
  const first = BASE_DIST;
  const variant = { basePath: BASE_PATH, siteUrl: BASE_SITE_URL };
  let secondLog = '';
  let datedLog = '';
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    requireBaseBuild();
    // The second build lands on an old output folder (the shared dist/, PDFs and all, plus a stray file):
    // it must replace it whole (failure safety) and still match the first byte for byte.
    cpSync(DIST_DIR, second as string, { recursive: true });
    writeFileSync(join(second as string, 'left-from-an-old-build.html'), '<p>old</p>');
    // The second build finds the base build's search indexes in the project's build cache and reuses them;
    // the dated one has an empty cache of its own and writes them again, so both ways are compared.
    const build = buildSite({ outDir: second as string, ...variant });
    if (!build.ok) throw new Error(`build failed:\n${build.output}`);
    secondLog = build.output;
    const dated = buildSite({
      outDir: otherDate as string,
      sourceDateEpoch: '86400',
      buildCacheDir: join(work, 'empty-cache'),
      ...variant,
    });
    if (!dated.ok) throw new Error(`build failed:\n${dated.output}`);
    datedLog = dated.output;
  });

  it('converts twice to the same files', () => {
    const sources = distFiles('.txt', 'content/source').map((file) => join('content/source', file));
    const [a, b] = ['convert-a', 'convert-b'].map((name) => join(work, name));
    expect(convertInto(a as string, sources).ok).toBe(true);
    expect(convertInto(b as string, sources).ok).toBe(true);
    expect(differingFiles(a as string, b as string)).toEqual([]);
  });

  it('builds pages, sitemap, _headers and the search indexes twice to the same bytes, the old output replaced whole', () => {
    const files = distFiles('', first);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'sitemap-0.xml', '_headers', 'search-index/exact/meta.pf_meta']),
    );
    expect(files.filter((file) => file.startsWith('search-index/exact/index/')).length).toBeGreaterThan(0);
    expect(files.filter((file) => /^search-index\/pinyin\/\d+\/index\//.test(file)).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.startsWith('search-index/text/')).length).toBeGreaterThan(0);
    expect(differingFiles(first as string, second as string)).toEqual([]);
  });

  it('reuses the search indexes and the content sync from the build cache when text and code are unchanged, and makes them anew from an empty one', () => {
    expect(secondLog).toMatch(/\d+ sections reused from the build cache/);
    expect(secondLog).toContain('content sync reused from the build cache');
    expect(datedLog).not.toContain('content sync reused');
    expect(datedLog).toMatch(/exact-search index: \d+ ms/);
    expect(datedLog).toMatch(/\d+ sections indexed in/);
  });

  it('is pinned by SOURCE_DATE_EPOCH alone: another date changes exactly the pages that print it', () => {
    const changed = differingFiles(first as string, otherDate as string);
    expect(changed.length).toBeGreaterThan(0);
    for (const file of changed) expect(readFileSync(join(otherDate as string, file), 'utf8')).toContain('1970-01-02');
  });

  // Two builds on one day agree even when a page prints the wall clock; only this catches it before
  // a pair of builds straddles midnight.
  it('takes no date from the wall clock: a build pinned to 1970 prints neither today nor yesterday', () => {
    const day = 24 * 60 * 60 * 1000;
    const recentDates = [0, 1].map((daysAgo) => new Date(Date.now() - daysAgo * day).toISOString().slice(0, 10));
    const printingRecentDates = distFiles('', otherDate as string).filter((file) => {
      const text = readFileSync(join(otherDate as string, file), 'utf8');
      return recentDates.some((date) => text.includes(date));
    });
    expect(printingRecentDates).toEqual([]);
  });
});
