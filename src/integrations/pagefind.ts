import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSections } from '../search/built-sections.ts';
import type { Section } from '../search/section.ts';
import { withTrailingSlash } from '../utils/url.ts';
import { writeExactSearchIndex } from './exact-search-index.ts';
import { writePagefindBundle } from './pagefind-bundle.ts';
import { writePinyinIndex } from './pinyin-index.ts';
import { writeSectionNumberList } from './section-numbers.ts';

/** Pagefind's own index of the section texts, one custom record per section (the stock search's view of the site). */
function writeTextIndex(sitePath: string, sections: readonly Section[]): Promise<void> {
  return writePagefindBundle({
    language: 'zh-cn',
    records: sections.map((section) => ({
      url: section.url,
      content: section.text,
      meta: { title: section.path, chapter: section.chapter },
    })),
    outputPath: `${sitePath}pagefind`,
  });
}

/**
 * Builds the search indexes of the built site through Pagefind's Node API (as Starlight does), one
 * record per section so that every result is a section with its own URL and `#id`: Pagefind's text
 * index, the exact search's token index with its text windows, the pinyin index and the section-number
 * list, all from one reading of the built pages; the bundles are written side by side.
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
        // The three Pagefind bundles are written side by side, each by its own Pagefind service
        // (pagefind-bundle.ts); the token lists of one are made while the others are written.
        const text = writeTextIndex(sitePath, sections).then(() => logger.info(`Pagefind text index: ${took()}`));
        const textIds = writeExactSearchIndex(sitePath, sections);
        const exact = textIds.then(() => logger.info(`exact-search index: ${took()}`));
        const pinyin = writePinyinIndex(sitePath, sections, textIds).then((characters) =>
          logger.info(`pinyin index: ${characters} characters, ${took()}`),
        );
        await Promise.all([text, exact, pinyin]);
        logger.info(`${sections.length} sections indexed in ${took()}`);
        logger.info(`section-numbers.json: ${writeSectionNumberList(sitePath, sections)} numbered sections`);
      },
    },
  };
}
