// Reads back with poppler the PDFs `npm run pdf` wrote into the build (the ones readers download), and
// compares them with the pages they were printed from.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { destinationPages } from '../../scripts/lib/pdf-destinations.ts';
import { reportPdfMetadata } from '../../scripts/lib/pdf-finish.ts';
import { findPdfLinks } from '../../scripts/lib/pdf-links.ts';
import { PDF_OPTIONS, printPageToPdf } from '../../scripts/lib/print-pdf.ts';
import { UNKNOWN_AUTHOR } from '../../src/utils/citation.ts';
import { SITE_VERSION } from '../../src/utils/edition.ts';
import { loadReport } from '../../src/utils/report.ts';
import { DIST_DIR, useBrowserSite } from '../support/browser-site.ts';
import { distFiles, readDist } from '../support/dist-files.ts';
import {
  pdfFonts,
  pdfInfo,
  pdfLanguage,
  pdfOutlineTitles,
  pdfPageTexts,
  pdfStructureTexts,
  qpdfCheck,
  uncoveredCharacters,
} from '../support/poppler.ts';

const noSpace = (text: string) => text.replace(/\s/g, '');

/** What the printed page holds, read in Chromium from the page the PDF was printed from. */
interface PageFacts {
  title: string;
  description: string;
  reportTitle: string;
  /** The chapters printed on the page: their titles and their text, block by block. */
  chapters: { title: string; blocks: string[] }[];
  /** Text of the site's chrome (header, search, buttons…) that is not also report text. */
  chromeTexts: string[];
  /** Every character the page shows when printed. */
  printedText: string;
  headings: string[];
}

function readPageFacts(): PageFacts {
  const containers = [...document.querySelectorAll<HTMLElement>('article[data-pagefind-body], [data-print-chapter]')];
  const chapters = containers.map((container) => ({
    title: container.querySelector('h1')?.textContent ?? '',
    blocks: [...container.querySelectorAll<HTMLElement>('p, li, h2, h3, h4, h5, h6')]
      .filter((block) => {
        const ignored = block.closest('[data-pagefind-ignore]');
        return !(ignored && container.contains(ignored));
      })
      .map((block) => block.textContent ?? ''),
  }));
  const bodyText = containers.map((container) => container.textContent).join('');
  const chrome = document.querySelectorAll(
    'body > header, nav:not(.print-toc), form[role="search"], button, [data-screen-only], .page-actions',
  );
  const chromeTexts = [...chrome].flatMap((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    // The header's site title is the report title, which the printed edition block rightly carries.
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('.site-title')) texts.push(node.textContent?.trim() ?? '');
    }
    return texts.filter((text) => text !== '' && !bodyText.includes(text));
  });
  return {
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    reportTitle: document.querySelector('.print-edition-report, #report-title')?.textContent ?? '',
    chapters,
    chromeTexts,
    printedText: '',
    headings: [...document.querySelectorAll('main :is(h1, h2, h3, h4)')].map((h) => h.textContent ?? ''),
  };
}

interface Printed {
  file: string;
  facts: PageFacts;
  /** Page texts without whitespace (pdftotext drops or adds spaces between CJK characters). */
  pages: string[];
}

const site = useBrowserSite();
const outDir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
const chapterPaths = distFiles('.html')
  .filter((path) => readDist(path).includes('data-pagefind-body'))
  .map((path) => `${dirname(path)}/`);
const printed = new Map<string, Printed>();

/**
 * Prints as a reader does who leaves "headers and footers" ticked: Chromium's own templates (date, title,
 * URL, page numbers), which Playwright's `page.pdf` would replace with empty ones.
 */
async function printWithBrowserHeader(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.printToPDF', {
    displayHeaderFooter: true,
    preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
  });
  writeFileSync(file, Buffer.from(data, 'base64'));
}

/** The PDF `npm run pdf` printed from the page at `path`: the one its "下载 PDF" link offers. */
function shippedPdf(path: string): string {
  const link = findPdfLinks(readDist(`${path}index.html`)).find((candidate) => candidate.source === `/${path}`);
  if (!link) throw new Error(`/${path} offers no PDF of itself`);
  const file = join(DIST_DIR, decodeURIComponent(link.href));
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run pdf after npm run build`);
  return file;
}

/** The shipped PDF of `path`, or with `browserHeader` a new print with Chromium's own header and footer. */
async function printPage(path: string, browserHeader = false): Promise<Printed> {
  const page = await site.newPage();
  await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  const file = browserHeader ? join(outDir, `${path.replace(/\W+/g, '-')}with-header.pdf`) : shippedPdf(path);
  if (browserHeader) await printWithBrowserHeader(page, file);
  const facts = await page.evaluate(readPageFacts);
  await page.emulateMedia({ media: 'print' });
  // The rendered text under print media, plus what the margin boxes print (print.css).
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the point here: only what print.css leaves visible
  const visible = await page.evaluate(() => document.body.innerText);
  facts.printedText = `${visible} 第 0123456789 页 / 共 · ${facts.reportTitle}`;
  await page.context().close();
  return { file, facts, pages: pdfPageTexts(file).map(noSpace) };
}

/** The PDF's text without its margin boxes (running heads, page numbers), so sentences run across pages. */
function bodyText(result: Printed): string {
  const reportTitle = noSpace(result.facts.reportTitle);
  const heads = [reportTitle, ...result.facts.chapters.map((chapter) => `${reportTitle}·${noSpace(chapter.title)}`)];
  return result.pages
    .map((text) => text.replace(/第\d+页\/共\d+页/g, ''))
    .map((text) => heads.toSorted((a, b) => b.length - a.length).reduce((rest, head) => rest.replace(head, ''), text))
    .join('');
}

/** The body sentences of the printed chapters, titles included, in reading order and without spaces. */
function bodySentences(facts: PageFacts): string[] {
  return facts.chapters
    .flatMap((chapter) => [chapter.title, ...chapter.blocks])
    .flatMap((block) => noSpace(block).split(/(?<=[。！？])/))
    .filter(Boolean);
}

function expectInOrder(text: string, sentences: string[]): void {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    expect(at, `sentence missing or out of order: ${sentence}`).toBeGreaterThanOrEqual(0);
    from = at + sentence.length;
  }
}

/** Kangxi Radicals and CJK Radicals Supplement: look-alikes a broken ToUnicode map gives for 高, 长… */
const RADICALS = /[\u2E80-\u2EFF\u2F00-\u2FDF]/u;

/** Each PDF printed again as `npm run pdf` prints it, to compare byte for byte. */
const reprinted = new Map<string, string>();

async function printAgain(path: string): Promise<string> {
  const page = await site.browser.newPage();
  const again = join(outDir, `${path.replace(/\W+/g, '-')}again.pdf`);
  await printPageToPdf(page, new URL(path, site.url).href, again, reportPdfMetadata());
  await page.close();
  return again;
}

// The pages print side by side: one after another, the file mostly waited for Chromium.
beforeAll(async () => {
  const prints = [...chapterPaths, 'print/'].map(async (path) => {
    printed.set(path, await printPage(path));
    reprinted.set(path, await printAgain(path));
  });
  await Promise.all(prints);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe.each([...chapterPaths, 'print/'])('PDF of /%s', (path) => {
  const result = () => printed.get(path) as Printed;

  it('is A4 with a sensible number of pages, each numbered "第 N 页 / 共 M 页" but the report\'s cover', () => {
    const { pages, facts } = result();
    expect(pdfInfo(result().file)['Page size']).toContain('(A4)');
    const characters = facts.chapters.flatMap((chapter) => chapter.blocks).join('').length;
    // An A4 page at 11 pt holds about 1,400 characters; a chapter starting a new page adds at most one.
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(characters / 700) + facts.chapters.length + 2);
    pages.forEach((text, index) => {
      if (path === 'print/' && index === 0) {
        expect(text).not.toMatch(/第\d+页\/共/);
        return;
      }
      expect(text).toContain(`第${index + 1}页/共${pages.length}页`);
    });
  });

  it('carries the running head "报告标题 · 章标题" on every page but the first', () => {
    const { pages, facts } = result();
    const reportTitle = noSpace(facts.reportTitle);
    const heads = facts.chapters.map((chapter) => `${reportTitle}·${noSpace(chapter.title)}`);
    expect(reportTitle).not.toBe('');
    for (const text of pages.slice(1)) expect(text).toContain(reportTitle);
    if (path === 'print/') {
      // Each chapter starts a page of its own, so each chapter's head shows at least once.
      for (const head of heads)
        expect(
          pages.some((text) => text.includes(head)),
          head,
        ).toBe(true);
    } else {
      const [head = '-'] = heads;
      expect(pages[0]).not.toContain(head);
      for (const text of pages.slice(1)) expect(text).toContain(head);
    }
  });

  it('has the PDF title of the page, language zh-CN, an outline of its headings, and a tagged structure', () => {
    const { file, facts } = result();
    const info = pdfInfo(file);
    expect(info.Title).toBe(facts.title);
    expect(info.Tagged).toBe('yes');
    expect(pdfLanguage(file)).toBe('zh-CN');
    // Chromium 156 repeats the first text run of a heading that opens a page (not the first):
    // "（二）…（二）…", or "（一）（一）〔…〕" when the heading holds a span. Accept a title that ends the entry.
    const outline = pdfOutlineTitles(file).map(noSpace);
    for (const chapter of facts.chapters) {
      const title = noSpace(chapter.title);
      expect(
        outline.some((entry) => entry === title || entry.endsWith(title)),
        title,
      ).toBe(true);
    }
    expect(outline.length).toBeGreaterThanOrEqual(facts.chapters.length);
  });

  it('holds every body sentence, in order, and no ** or source watermark', () => {
    const text = bodyText(result());
    const sentences = bodySentences(result().facts);
    expect(sentences.length).toBeGreaterThan(result().facts.chapters.length);
    expectInOrder(text, sentences);
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/本文由网站|收集整理/);
  });

  it('shows none of the site chrome', () => {
    const { pages, facts } = result();
    const text = pages.join('');
    expect(facts.chromeTexts.length).toBeGreaterThan(0);
    for (const chrome of [...facts.chromeTexts, '搜索全文', '打印本章', '打印全文', '下载PDF']) {
      expect(text).not.toContain(noSpace(chrome));
    }
  });

  it('gives screen readers every body sentence, in order, in its structure tree', () => {
    expectInOrder(noSpace(pdfStructureTexts(result().file).join('')), bodySentences(result().facts));
  });

  it('has text without radical look-alikes (Kangxi Radicals, CJK Radicals Supplement)', () => {
    const { file, pages } = result();
    for (const text of [...pages, ...pdfStructureTexts(file)]) expect(text).not.toMatch(RADICALS);
  });

  it('embeds only subset TrueType (CID) fonts with Unicode maps: no Type 3 font', () => {
    const fonts = pdfFonts(result().file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.type === 'Type 3').map((font) => font.name)).toEqual([]);
    expect(fonts.filter((font) => !font.embedded || !font.subset || !font.unicode)).toEqual([]);
    expect(uncoveredCharacters(result().facts.printedText)).toEqual([]);
  });

  it('carries the report metadata: author, subject, keywords, creator, a reproducible date', () => {
    const { file, facts } = result();
    const info = pdfInfo(file);
    expect(info.Author).toBe(UNKNOWN_AUTHOR);
    expect(info.Subject).toBe(facts.description);
    expect(info.Keywords).toBe(loadReport().tags.join(' '));
    expect(info.Creator).toBe(`${packageJson.name} ${SITE_VERSION}`);
    const date = reportPdfMetadata()
      .date.toISOString()
      .replace(/\.\d+Z$/, 'Z');
    expect(info.CreationDate).toBe(date);
    expect(info.ModDate).toBe(date);
  });

  it('passes qpdf --check and keeps its named destinations', () => {
    const { file } = result();
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    expect(destinationPages(file).size).toBeGreaterThan(0);
  });

  it('comes out byte for byte the same when printed again', () => {
    expect(readFileSync(reprinted.get(path) as string).equals(readFileSync(result().file))).toBe(true);
  });
});

describe.each(chapterPaths)('first printed page of /%s', (path) => {
  it('shows the report title, chapter title, source URL and edition', () => {
    const { pages, facts } = printed.get(path) as Printed;
    const first = pages[0] ?? '';
    expect(first).toContain(noSpace(facts.reportTitle));
    expect(first).toContain(noSpace(facts.chapters[0]?.title ?? '-'));
    expect(first).toMatch(/https?:\/\/[\w./-]+\.html/);
    expect(first).toContain(SITE_VERSION);
    expect(first).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('contents page of the whole-report PDF', () => {
  it('gives each chapter the page it starts on', () => {
    const { file, pages, facts } = printed.get('print/') as Printed;
    // The title page comes first; the contents page is the next one headed 目录.
    const contentsIndex = pages.findIndex((text, index) => index > 0 && text.includes('目录'));
    const contents = noSpace(pdfPageTexts(file, { layout: true })[contentsIndex] ?? '');
    for (const chapter of facts.chapters) {
      const title = noSpace(chapter.title);
      const at = contents.indexOf(title);
      const listed = at < 0 ? null : /^(\d+)/.exec(contents.slice(at + title.length));
      expect(listed, `${title} with a page number in: ${contents}`).not.toBeNull();
      const opening = noSpace(chapter.blocks[0] ?? '-').slice(0, 12);
      const startPage = pages.findIndex((text, index) => index > contentsIndex && text.includes(opening)) + 1;
      expect(Number(listed?.[1]), title).toBe(startPage);
    }
  });
});

describe("Chromium's own header and footer", () => {
  it('never print, even with "headers and footers" ticked', async () => {
    const path = chapterPaths[0] ?? '';
    const withBrowserHeader = await printPage(path, true);
    const text = withBrowserHeader.pages.join('');
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}/);
  });

  it('do print on a page without margin boxes (the check above can fail)', async () => {
    const page = await site.newPage();
    await page.goto(new URL(chapterPaths[0] ?? '', site.url).href);
    // Without any stylesheet (print.css among them), no margin boxes.
    await page.evaluate(() => {
      for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) sheet.remove();
    });
    const file = join(outDir, 'control.pdf');
    await printWithBrowserHeader(page, file);
    await page.context().close();
    const text = pdfPageTexts(file).join('');
    expect(text).toContain('127.0.0.1');
    expect(text).toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}/);
  });
});

/** Font names without the subset tag (`AAAAAA+`), which differs from file to file. */
const faceNames = (file: string) => new Set(pdfFonts(file).map((font) => font.name.replace(/^[A-Z]{6}\+/, '')));

describe('print faces', () => {
  it('are what a reader printing from the browser gets too', async () => {
    const path = chapterPaths[0] ?? '';
    const fromBrowser = await printPage(path, true);
    expect(pdfFonts(fromBrowser.file).filter((font) => font.type === 'Type 3')).toEqual([]);
    expect(faceNames(fromBrowser.file)).toEqual(faceNames(shippedPdf(path)));
  });

  it.each(['', ...chapterPaths, 'print/', 'search/'])(
    'are never downloaded for reading /%s on screen',
    async (path) => {
      const page = await site.newPage();
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'font') fonts.push(request.url());
      });
      await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
      await page.context().close();
      expect(fonts).toEqual([]);
    },
  );
});

describe('download links', () => {
  it('save each PDF under its own readable name: the report title, then the chapter', () => {
    const reportTitle = loadReport().title;
    const names = new Map<string, string>();
    for (const file of distFiles('.html')) {
      for (const tag of readDist(file).match(/<a\b[^>]*\sdata-pdf-link[\s>][^>]*>/g) ?? []) {
        const href = /\shref="([^"]*)"/.exec(tag)?.[1] ?? '';
        const name = /\sdownload="([^"]*)"/.exec(tag)?.[1] ?? '';
        expect(name.startsWith(reportTitle) && name.endsWith('.pdf') && !/\s/.test(name), `${tag}`).toBe(true);
        expect(names.get(href) ?? name, href).toBe(name);
        names.set(href, name);
      }
    }
    expect(new Set(names.values()).size).toBe(names.size);
    expect(names.size).toBe(chapterPaths.length + 1);
  });
});
