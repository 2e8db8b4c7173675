import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';
import { buildSite, convertInto } from '../support/build-site.ts';
import { inlineCode, recordVisit, type VisitRecord } from '../support/visit-recorder.ts';

/** The converter's fixture: source text full of markup, MDX expressions, ESM and script URLs. */
const hostileSource = 'tests/fixtures/converter/hostile-text-renders-literally/input.txt';
const outDir = 'dist-hostile';
/** What the reader must see, character for character (the converter keeps the text, only spacing around CJK changes). */
const literals = [
  '<script>alert(1)</script>',
  '{process.exit()}',
  "import fs from 'fs'",
  'export const x = 1',
  '[点我](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '`反引号`',
  '&amp;',
];

const contentDir = mkdtempSync(join(tmpdir(), 'hostile-content-'));
beforeAll(() => {
  const converted = convertInto(contentDir, [hostileSource]);
  if (!converted.ok) throw new Error(`convert failed:\n${converted.output}`);
  const built = buildSite({ outDir, contentDir });
  if (!built.ok) throw new Error(`build failed:\n${built.output}`);
});
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

describe('hostile source text converts, builds and shows literally', () => {
  const site = useBrowserSite(outDir);
  let page: Page;
  let record: VisitRecord;

  beforeAll(async () => {
    page = await site.newPage();
    record = await recordVisit(page);
    await page.goto(`${site.url}p1/`);
  });

  it('writes no element from the text into the HTML', () => {
    // Attribute values (the meta description quotes the first sentence) hold text, never markup.
    const html = readFileSync(join(outDir, 'p1', 'index.html'), 'utf8').replace(/="[^"]*"/g, '=""');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    expect(html).not.toMatch(/href="javascript:/);
  });

  it.each(literals)('shows %s as text', async (literal) => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    expect(await page.locator('main').innerText()).toContain(literal);
  });

  it('creates no element, handler or URL from the text', async () => {
    expect(await page.locator('main img, main iframe, main object, main embed').count()).toBe(0);
    // The one script in <main> is the print button's own; none carries the text's code.
    expect(await page.locator('main script').allTextContents()).not.toContainEqual(
      expect.stringMatching(/alert|process/),
    );
    expect(await inlineCode(page)).toEqual([]);
  });

  it('opens no dialog, runs nothing, breaks no policy', () => {
    expect(record.dialogs).toEqual([]);
    expect(record.violations).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it.each(['反引号', 'alert(1)', 'process.exit()'])('finds the page when searching %s', async (query) => {
    const search = await site.newPage();
    const searchRecord = await recordVisit(search);
    await search.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    const hit = search.locator('.search-page-results [data-url]').first();
    await hit.waitFor({ timeout: 10_000 });
    expect(await hit.getAttribute('data-url')).toMatch(/^\/p1\//);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered excerpt is what a reader sees
    expect(await hit.innerText()).toContain(query);
    expect(searchRecord.dialogs).toEqual([]);
    expect(searchRecord.violations).toEqual([]);
  });
});
