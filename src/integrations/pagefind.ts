import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtSections } from '../search/built-sections.ts';
import type { Section } from '../search/section.ts';
import { withTrailingSlash } from '../utils/url.ts';
import { writeExactSearchIndex } from './exact-search-index.ts';
import { writePinyinIndex } from './pinyin-index.ts';
import { writeSectionNumberList } from './section-numbers.ts';

/** Pagefind's own index of the section texts, one custom record per section (the stock search's view of the site). */
async function writeTextIndex(sitePath: string, sections: readonly Section[]): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const section of sections) {
      const added = await index.addCustomRecord({
        url: section.url,
        content: section.text,
        language: 'zh-cn',
        meta: { title: section.path, chapter: section.chapter },
      });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: `${sitePath}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the search indexes of the built site through Pagefind's Node API (as Starlight does), one
 * record per section so that every result is a section with its own URL and `#id`: Pagefind's text
 * index, the exact search's token index with its text windows, the pinyin index and the section-number
 * list, all from one reading of the built pages.
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
        await writeTextIndex(sitePath, sections);
        const started = performance.now();
        const textIds = await writeExactSearchIndex(sitePath, sections);
        logger.info(
          `Pagefind indexed ${sections.length} sections; exact-search index in ${Math.round(performance.now() - started)} ms`,
        );
        const pinyinStarted = performance.now();
        const characters = await writePinyinIndex(sitePath, sections, textIds);
        logger.info(
          `pinyin index: ${sections.length} sections, ${characters} characters, ${Math.round(performance.now() - pinyinStarted)} ms`,
        );
        logger.info(`section-numbers.json: ${writeSectionNumberList(sitePath, sections)} numbered sections`);
      },
    },
  };
}
