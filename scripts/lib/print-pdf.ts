import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { destinationPages } from './pdf-destinations.ts';
import { finishPdf, type PdfMetadata } from './pdf-finish.ts';

/** How every PDF of the site is printed: A4 and margins come from print.css (`preferCSSPageSize`). */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  /** Bookmarks from the headings. */
  outline: true,
  /** A tagged PDF carries the document language (`<html lang>`) and structure for screen readers. */
  tagged: true,
} as const;

/** Writing in the numbers could move a chapter to another page; a few passes always settle it. */
const MAX_CONTENTS_PASSES = 3;

/**
 * Prints the page at `url` into the PDF file `path`, in its print fonts, then gives the file the page's
 * title and description and the report's `metadata`. A contents list with `data-toc-page="<id>"` slots
 * gets the page each target starts on: Chromium cannot print `target-counter()`, so the page is printed,
 * the numbers are read off the PDF and written in, and it is printed again until the numbers it shows
 * are the pages the PDF has.
 */
export async function printPageToPdf(
  page: Page,
  url: string,
  path: string,
  metadata: Omit<PdfMetadata, 'title' | 'subject'>,
): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  // The print faces load only under print media: the layout for print starts their downloads.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(async () => {
    document.body.getBoundingClientRect();
    await document.fonts.ready;
  });
  await page.pdf({ ...PDF_OPTIONS, path });
  await writeContentsPageNumbers(page, path);
  const title = await page.title();
  const subject = await page.$eval('meta[name="description"]', (meta) => meta.getAttribute('content') ?? '');
  writeFileSync(path, await finishPdf(readFileSync(path), { ...metadata, title, subject }));
}

async function writeContentsPageNumbers(page: Page, path: string): Promise<void> {
  const targets = await page.$$eval('[data-toc-page]', (slots) =>
    slots.map((slot) => slot.getAttribute('data-toc-page')),
  );
  for (let pass = 1; targets.length > 0; pass++) {
    const pages = destinationPages(path);
    const numbers = targets.map((target) => {
      const number = pages.get(target ?? '');
      if (number === undefined) throw new Error(`${path}: the contents link to #${target}, not in the PDF`);
      return String(number);
    });
    const shown = await page.$$eval('[data-toc-page]', (slots) => slots.map((slot) => slot.textContent));
    if (shown.every((text, index) => text === numbers[index])) return;
    if (pass > MAX_CONTENTS_PASSES) throw new Error(`${path}: contents page numbers did not settle`);
    await page.$$eval(
      '[data-toc-page]',
      (slots, values) => {
        for (const [index, slot] of slots.entries()) slot.textContent = values[index] ?? '';
      },
      numbers,
    );
    await page.pdf({ ...PDF_OPTIONS, path });
  }
}
