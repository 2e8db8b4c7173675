/**
 * The body of a scraped page as the README describes it, found independently of the converter:
 * between the `标签:` line and the pagination, watermarks and page-break prefixes removed.
 */
export function referenceBody(sourceText: string): string {
  const lines = sourceText.split('\n');
  const start = lines.findIndex((line) => line.includes(',标签:')) + 1;
  const end = lines.findIndex((line) => line.startsWith('上一页'));
  return lines
    .slice(start, end)
    .join('\n')
    .replaceAll('[本文由网站www.xuehuiba.com收集整理]', '')
    .replace(/\n+www\.xuehuiba\.com /g, '');
}

/**
 * The body's sentences after the converter's documented normalisation (full-width `，；（）`, no
 * spaces), without item numbers (they become heading numbers) and final `。` (headings drop it).
 */
export function referenceSentences(sourceText: string): string[] {
  return referenceBody(sourceText)
    .replace(/,/g, '，')
    .replace(/\(二\)/g, '（二）')
    .replace(/;/g, '；')
    .replace(/[ \u00a0]/g, '')
    .split(/(?<=[。！？])|\n/)
    .map((sentence) =>
      sentence
        .trim()
        .replace(/^\d、|^（二）/, '')
        .replace(/。$/, ''),
    )
    .filter(Boolean);
}
