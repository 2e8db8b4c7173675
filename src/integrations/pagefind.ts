import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSections } from '../search/built-sections.ts';
import { SEARCH_INDEX_FOLDER } from '../search/index-folder.ts';
import type { Section } from '../search/section.ts';
import { listFiles } from '../utils/list-files.ts';
import { withTrailingSlash } from '../utils/url.ts';
import { buildCacheFolder, cachedFolder } from './build-cache.ts';
import { writeSectionNumberList } from './section-numbers.ts';

/**
 * What the search indexes are made from: the sections, and the code and packages that turn them into
 * index files (the search and build code, the lock file that fixes Pagefind's and pinyin-pro's versions).
 */
function searchIndexInputs(root: URL, sections: readonly Section[]): string[] {
  const code = ['src/search/', 'src/integrations/'].flatMap((folder) => {
    const path = fileURLToPath(new URL(folder, root));
    return listFiles(path).map((file) => `${folder}${file}\n${readFileSync(join(path, file), 'utf8')}`);
  });
  return [readFileSync(new URL('package-lock.json', root), 'utf8'), ...code, JSON.stringify(sections)];
}

/** Writes the exact search's index and the pinyin index side by side; returns what the build log says of them. */
async function writeSearchIndexes(sitePath: string, sections: readonly Section[]): Promise<string[]> {
  const started = performance.now();
  const took = () => `${Math.round(performance.now() - started)} ms`;
  const said: string[] = [];
  // Loaded here, on a cache miss only: Pagefind and pinyin-pro take a while to load, and a rebuild of
  // unchanged text needs neither.
  const [{ writeExactSearchIndex }, { writePinyinIndex }] = await Promise.all([
    import('./exact-search-index.ts'),
    import('./pinyin-index.ts'),
  ]);
  // The two Pagefind bundles are written side by side, each by its own Pagefind service
  // (pagefind-bundle.ts); the token lists of one are made while the other is written.
  const textIds = writeExactSearchIndex(sitePath, sections);
  const exact = textIds.then(() => said.push(`exact-search index: ${took()}`));
  const pinyin = writePinyinIndex(sitePath, sections, textIds).then((characters) =>
    said.push(`pinyin index: ${characters} characters, ${took()}`),
  );
  await Promise.all([exact, pinyin]);
  return said;
}

/**
 * Builds the search indexes of the built site through Pagefind's Node API (as Starlight does), one
 * record per section so that every result is a section with its own URL and `#id`: the exact search's
 * token index with its text windows, the pinyin index and the section-number list, all from one reading
 * of the built pages. The indexes are kept in the build cache under their inputs (`searchIndexInputs`),
 * so a build whose text and search code are unchanged (a change of style or layout) reuses them.
 * (Pagefind's stock text index of the same sections is not built: no page loads it; the bench makes it
 * for its stock-Pagefind columns.)
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let root: URL;
  return {
    name: 'report:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const sitePath = fileURLToPath(dir);
        const sections = builtSections(sitePath, base);
        const started = performance.now();
        let said: string[] = [];
        const how = await cachedFolder(
          buildCacheFolder(root, 'search-index'),
          searchIndexInputs(root, sections),
          join(sitePath, SEARCH_INDEX_FOLDER),
          async () => {
            said = await writeSearchIndexes(sitePath, sections);
          },
        );
        for (const line of said) logger.info(line);
        const took = Math.round(performance.now() - started);
        const from = how === 'reused' ? 'reused from the build cache (text and search code unchanged)' : 'indexed';
        logger.info(`${sections.length} sections ${from} in ${took} ms`);
        logger.info(`section-numbers.json: ${writeSectionNumberList(sitePath, sections)} numbered sections`);
      },
    },
  };
}
