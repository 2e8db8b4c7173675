import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';
import { DIST_DIR } from '../support/browser-site.ts';
import { distFiles, readDist } from '../support/dist-files.ts';
import { elementHtml, htmlText, withoutElementsMarked } from '../support/html-text.ts';
import { noiseIn } from '../support/noise.ts';
import { pagefindRecordText } from '../support/pagefind-records.ts';
import { pdfPageTexts } from '../support/poppler.ts';
import { referenceSentences } from '../support/source-reference.ts';

const sourceDir = 'content/source';
const report = reportSchema.parse(JSON.parse(readFileSync('content/report.json', 'utf8')));
const sourceUrls = report.pages.flatMap((page) => (page.url ? [page.url] : []));
/** Every body sentence of every source page, in page order. */
const sentences = report.pages.flatMap((page) => referenceSentences(readFileSync(join(sourceDir, page.file), 'utf8')));
/** Chapter slugs in reading order: the converter names its files `NN-slug.mdx`. */
const slugs = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => name.replace(/^\d+-|\.mdx$/g, ''));

/**
 * The reading text of a page: `<main>` without its navigation (`<nav>`, `<aside>`: tables of contents
 * repeat headings by design), without screen-only tools (复制链接 and 引用本节 name their section) and
 * without the editorial marks set inside the text (〔注〕 after a typo), as text. Markup and the
 * print-only blocks do not split sentences.
 */
const mainText = (page: string) =>
  htmlText(
    withoutElementsMarked(
      withoutElementsMarked(elementHtml(readDist(page), 'main'), 'data-screen-only'),
      'data-editorial-mark',
    ).replace(/<(nav|aside)[\s>][\s\S]*?<\/\1>/g, ''),
  );

function occurrences(text: string, sentence: string): number {
  return text.split(sentence).length - 1;
}

/**
 * Where each sentence is found, walking the texts in order: a sentence is looked for after the
 * previous one in the same text, then in the texts that follow. Null when it is found nowhere after.
 */
function locateInOrder(texts: string[]): ({ text: number; at: number } | null)[] {
  let text = 0;
  let from = 0;
  return sentences.map((sentence) => {
    for (let candidate = text; candidate < texts.length; candidate++) {
      const at = (texts[candidate] ?? '').indexOf(sentence, candidate === text ? from : 0);
      if (at >= 0) {
        text = candidate;
        from = at + sentence.length;
        return { text, at };
      }
    }
    return null;
  });
}

describe('fidelity: every body sentence of the source reaches the built pages', () => {
  const chapterTexts = slugs.map((slug) => mainText(`${slug}/index.html`));

  it('takes enough sentences from the source to mean something', () => {
    expect(sentences.length).toBeGreaterThan(40);
  });

  it('shows every sentence on the chapter pages, in order, exactly once in its chapter', () => {
    const found = locateInOrder(chapterTexts);
    const problems = sentences.flatMap((sentence, index) => {
      const place = found[index];
      if (!place) return [`missing or out of order: «${sentence}»`];
      const count = occurrences(chapterTexts[place.text] ?? '', sentence);
      return count === 1 ? [] : [`${count}× in ${slugs[place.text]}: «${sentence}»`];
    });
    expect(problems).toEqual([]);
  });

  it('shows every sentence in the whole-report print view, in order, exactly once', () => {
    const text = mainText('print/index.html');
    const problems = sentences.flatMap((sentence, index) => {
      if (!locateInOrder([text])[index]) return [`missing or out of order: «${sentence}»`];
      const count = occurrences(text, sentence);
      return count === 1 ? [] : [`${count}×: «${sentence}»`];
    });
    expect(problems).toEqual([]);
  });
});

/** The source as a citation may name it: each recorded page URL, and its host (longest first). */
const sourceNames = [...sourceUrls, ...new Set(sourceUrls.map((url) => new URL(url).host))].sort(
  (a, b) => b.length - a.length,
);

/**
 * The only places the scraped site may be named: elements marked `data-source-citation` (provenance
 * lines, source links, GB/T 7714 references). Inside them only the recorded URLs and their host are
 * cut out before the scan, so marking an element cannot hide any other noise it holds.
 */
function withoutSourceCitations(html: string): string {
  return html.replace(/<(\w+)\s[^>]*\bdata-source-citation\b[^>]*>[\s\S]*?<\/\1>/g, (element) =>
    sourceNames.reduce((rest, name) => rest.replaceAll(name, ''), element),
  );
}

const binary = /\.(pdf|wasm|pagefind|png|ico|woff2?)$/;
const pagefindRecords = /\.pf_(fragment|index|meta|filter)$/;

describe('no scraped-site noise anywhere in the build', () => {
  const files = distFiles('');
  const textFiles = files.filter((file) => !binary.test(file) && !pagefindRecords.test(file));

  it('scans the pages, scripts, styles, robots.txt (and sitemap, with SITE_URL) and search records', () => {
    expect(textFiles).toContain('index.html');
    expect(textFiles).toContain('robots.txt');
    expect(files.filter((file) => pagefindRecords.test(file)).length).toBeGreaterThan(0);
  });

  it.each(textFiles)('%s', (file) => {
    let text = readDist(file);
    if (file.endsWith('.html')) text = withoutSourceCitations(text);
    expect(noiseIn(text)).toEqual([]);
  });

  it.each(files.filter((file) => pagefindRecords.test(file)))('search record %s', (file) => {
    expect(noiseIn(pagefindRecordText(join(DIST_DIR, file)))).toEqual([]);
  });

  it('cites the source URL only in marked citation elements', () => {
    const cited = distFiles('.html').filter((page) => readDist(page).includes('data-source-citation'));
    expect(cited.length).toBeGreaterThan(0);
    for (const page of cited) expect(noiseIn(withoutSourceCitations(readDist(page)))).toEqual([]);
  });

  const pdfs = files.filter((file) => file.endsWith('.pdf'));
  it.runIf(pdfs.length > 0).each(pdfs)('the text of %s, past its edition line', (file) => {
    const text = pdfPageTexts(join(DIST_DIR, file)).join('\f');
    // The edition line prints the source URL; pdftotext may wrap it, so it is matched across line breaks.
    const withoutUrls = sourceUrls.reduce(
      (rest, url) =>
        rest.replace(new RegExp([...url].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*'), 'g'), ''),
      text,
    );
    expect(noiseIn(withoutUrls)).toEqual([]);
  });
});
