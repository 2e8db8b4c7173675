/** Joins what the running head of a printed page shows: the report, then the chapter when there is one. */
export function runningHeadText(reportTitle: string, chapterTitle?: string): string {
  return chapterTitle ? `${reportTitle} · ${chapterTitle}` : reportTitle;
}

/**
 * A CSS string literal holding `text`. Quotes, backslashes and line breaks are escaped, and `<` too so
 * the text can never close the `<style>` element it is written into (CSS Syntax 3, §4.3.5 / §4.3.7).
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<\n\r\f]/g, (char) => `\\${char.codePointAt(0)?.toString(16)} `);
  return `"${escaped}"`;
}

/** Name of the CSS named page a chapter prints on in the whole-report view. */
export function chapterPageName(slug: string): string {
  return `chapter-${slug}`;
}

/**
 * Gives one chapter of the whole-report view its own running head. Custom properties do not reach
 * `@page` from an element, and Chromium has no `string-set`, so each chapter gets a named page.
 * `!important`: Chromium lets a later plain `@page` margin-box rule win over the named page's, so the
 * head must not depend on where print.css stands in the page.
 */
export function chapterPageRule(slug: string, text: string): string {
  const name = chapterPageName(slug);
  return `@page ${name}{@top-center{content:${cssString(text)}!important}}[data-print-chapter="${slug}"]{page:${name}}`;
}
