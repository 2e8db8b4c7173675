import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSections } from '../search/built-sections.ts';
import { SECTION_LIST_FILE, sectionNumberList } from '../search/section-number.ts';

/** Writes the numbered sections of the built site, which the search fetches for a query like `二3`. */
export function sectionNumbers(): AstroIntegration {
  let base = '/';
  return {
    name: 'report:section-numbers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const sitePath = fileURLToPath(dir);
        const list = sectionNumberList(builtSections(sitePath, base));
        writeFileSync(`${sitePath}${SECTION_LIST_FILE}`, JSON.stringify(list));
        logger.info(`${SECTION_LIST_FILE}: ${list.length} numbered sections`);
      },
    },
  };
}
