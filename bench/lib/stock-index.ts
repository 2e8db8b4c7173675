import { join } from 'node:path';
import { writePagefindBundle } from '../../src/integrations/pagefind-bundle.ts';
import { builtSections } from '../../src/search/built-sections.ts';

/** Where a site's stock Pagefind index is written, as Starlight has it: the stock search's view of the site. */
export const STOCK_INDEX_FOLDER = 'pagefind';

/**
 * Pagefind's own index of a built site's section texts, one custom record per section (its URL and `#id`),
 * in `pagefind/`: what stock Pagefind would search on our text. No page of ours loads it, so the build does not
 * make it; the bench makes it after timing our build, for its stock-Pagefind columns.
 */
export function writeStockIndex(siteDir: string, base = '/'): Promise<void> {
  return writePagefindBundle({
    language: 'zh-cn',
    records: builtSections(siteDir, base).map((section) => ({
      url: section.url,
      content: section.text,
      meta: { title: section.path, chapter: section.chapter },
    })),
    outputPath: join(siteDir, STOCK_INDEX_FOLDER),
  });
}
