import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtSections } from '../search/built-sections.ts';
import { BLOCK_BREAK, foldText } from '../search/fold-text.ts';
import { BREAKS_META, blockBreakOffsets, CHARS_FILTER } from '../search/search-sections.ts';
import { withTrailingSlash } from '../utils/url.ts';

/**
 * Builds the Pagefind index of the built site through Pagefind's Node API (as Starlight does), one
 * custom record per section so that every result is a section with its own URL and `#id`.
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
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const sections = builtSections(sitePath, base);
          for (const section of sections) {
            const chars = [...new Set(foldText(section.text).folded.replaceAll(BLOCK_BREAK, ''))];
            const added = await index.addCustomRecord({
              url: section.url,
              content: section.text,
              language: 'zh-cn',
              meta: { title: section.path, chapter: section.chapter, [BREAKS_META]: blockBreakOffsets(section.text) },
              filters: { [CHARS_FILTER]: chars },
              sort: { position: String(section.position).padStart(4, '0') },
            });
            if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${sitePath}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${sections.length} sections`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
