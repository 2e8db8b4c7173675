import type { Page } from 'playwright-core';

/** How every PDF of the site is printed: A4 and margins come from print.css (`preferCSSPageSize`). */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  /** Bookmarks from the headings. */
  outline: true,
  /** A tagged PDF carries the document language (`<html lang>`) and structure for screen readers. */
  tagged: true,
} as const;

/** Prints the page at `url` into the PDF file `path`, once its fonts are ready. */
export async function printPageToPdf(page: Page, url: string, path: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({ ...PDF_OPTIONS, path });
}
