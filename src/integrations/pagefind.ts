import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSections } from '../search/built-sections.ts';
import { withTrailingSlash } from '../utils/url.ts';
import { writeExactSearchIndex } from './exact-search-index.ts';
import { writePinyinIndex } from './pinyin-index.ts';
import { writeSectionNumberList } from './section-numbers.ts';

/**
 * Builds the search indexes of the built site through Pagefind's Node API (as Starlight does), one
 * record per section so that every result is a section with its own URL and `#id`: the exact search's
 * token index with its text windows, the pinyin index and the section-number list, all from one reading
 * of the built pages; the two bundles are written side by side. (Pagefind's stock text index of the same
 * sections is not built: no page loads it; the bench makes it for its stock-Pagefind columns.)
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'report:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const sitePath = fileURLToPath(dir);
        const sections = builtSections(sitePath, base);
        const started = performance.now();
        const took = () => `${Math.round(performance.now() - started)} ms`;
        // The two Pagefind bundles are written side by side, each by its own Pagefind service
        // (pagefind-bundle.ts); the token lists of one are made while the other is written.
        const textIds = writeExactSearchIndex(sitePath, sections);
        const exact = textIds.then(() => logger.info(`exact-search index: ${took()}`));
        const pinyin = writePinyinIndex(sitePath, sections, textIds).then((characters) =>
          logger.info(`pinyin index: ${characters} characters, ${took()}`),
        );
        await Promise.all([exact, pinyin]);
        logger.info(`${sections.length} sections indexed in ${took()}`);
        logger.info(`section-numbers.json: ${writeSectionNumberList(sitePath, sections)} numbered sections`);
      },
    },
  };
}
