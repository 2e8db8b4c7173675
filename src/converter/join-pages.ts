import { ConversionError, type Diagnostic, fail } from './diagnostics.ts';
import { detectNumbering } from './numbering.ts';
import type { ScrapedPage } from './parse-page.ts';
import type { SourceLine } from './source-line.ts';

/** A line that ends a sentence or a heading's numbering block: the next page cannot continue it mid-word. */
const endsSentence = /[。！？；：”’）…]$/;

/** Orders pages by number and refuses sets that are not one report: duplicates, mixed reports, gaps. */
export function orderPages(pages: readonly ScrapedPage[]): ScrapedPage[] {
  const ordered = [...pages].sort((a, b) => a.pageNumber - b.pageNumber);
  const [first] = ordered;
  if (!first) throw new ConversionError([{ file: '(none)', line: 0, rule: 'no-input', message: 'no page to convert' }]);
  const problems: Diagnostic[] = [];
  for (const [index, page] of ordered.entries()) {
    if (page.reportId !== first.reportId || page.title !== first.title) {
      problems.push({
        file: page.file,
        line: 0,
        rule: 'mixed-reports',
        message: `belongs to another report (“${page.title}”, ${page.reportId}) than ${first.file} (“${first.title}”, ${first.reportId})`,
      });
    }
    const previous = ordered[index - 1];
    if (previous?.pageNumber === page.pageNumber) {
      problems.push({
        file: page.file,
        line: 0,
        rule: 'duplicate-page',
        message: `is page ${page.pageNumber} again (also ${previous.file})`,
      });
    } else if (previous && page.pageNumber > previous.pageNumber + 1) {
      const gap =
        page.pageNumber === previous.pageNumber + 2
          ? `page ${previous.pageNumber + 1} is`
          : `pages ${previous.pageNumber + 1}–${page.pageNumber - 1} are`;
      problems.push({
        file: page.file,
        line: 0,
        rule: 'missing-middle-page',
        message: `${gap} missing between ${previous.file} and this page`,
      });
    }
  }
  if (problems.length > 0) throw new ConversionError(problems);
  return ordered;
}

/**
 * Joins the pages' clean, typography-normalised lines into one text (normalised first, so `(二)`
 * reads as the heading `（二）`). A page break is a possible mid-word break: when a page ends
 * mid-sentence and the next does not open with numbering, the text runs on.
 */
export function joinPages(pageLines: readonly SourceLine[][]): SourceLine[] {
  const joined: SourceLine[] = [];
  for (const lines of pageLines) {
    const [first, ...rest] = lines;
    if (!first) continue;
    const previous = joined.at(-1);
    if (previous && !endsSentence.test(previous.text) && !detectNumbering(first.text)) {
      previous.text += first.text;
    } else {
      joined.push({ ...first });
    }
    // One push per line: spreading a whole page into one call overflows the stack on long pages.
    for (const line of rest) joined.push({ ...line });
  }
  return joined;
}

/** Total pages the report has: the largest count any page's pagination states. */
export function reportPageCount(pages: readonly ScrapedPage[]): number {
  const count = Math.max(...pages.map((page) => page.pageCount));
  const beyond = pages.find((page) => page.pageNumber > count);
  if (beyond)
    fail(beyond.file, 0, 'page-beyond-count', `is page ${beyond.pageNumber}, but the report has ${count} pages`);
  return count;
}
