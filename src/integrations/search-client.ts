import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../utils/url.ts';

/**
 * The modules reading pages load on the reader's first action: `reader` (src/components/reader-actions.ts)
 * does what clicks ask and loads the in-page highlighter as its own chunk; `search` is the search box,
 * imported straight from the page on first focus, not through `reader`, which would cost round trips first.
 */
const sources = {
  reader: fileURLToPath(new URL('../components/reader-actions.ts', import.meta.url)),
  search: fileURLToPath(new URL('../search/search-box.ts', import.meta.url)),
};

/** What the build emits for each: the search box through a virtual entry (below); `astro dev` serves `sources`. */
const SEARCH_ENTRY_ID = '\0report:search-entry';
const entries = { ...sources, search: SEARCH_ENTRY_ID };

/**
 * The search entry names the search box's shared chunks itself, so the browser requests them together with
 * it: Rolldown does not hoist an entry's transitive imports (its `hoistTransitiveImports` is unimplemented),
 * and each level of imports would otherwise cost a round trip before Pagefind starts loading.
 */
const searchEntryCode = [
  // Re-exported, not imported for effect, so that tree-shaking cannot drop the import.
  `export { __vitePreload } from ${JSON.stringify('\0vite/preload-helper.js')};`,
  ...['query-terms.ts', 'section-search-client.ts'].map(
    (file) => `import ${JSON.stringify(fileURLToPath(new URL(`../search/${file}`, import.meta.url)))};`,
  ),
  `import ${JSON.stringify(sources.search)};`,
].join('\n');

export type SearchClientEntry = keyof typeof sources;

/** Where the built client modules are announced to the pages rendered after the client build. */
const builtUrls = Symbol.for('report.search-client-urls');

type GlobalWithUrls = typeof globalThis & { [builtUrls]?: Partial<Record<SearchClientEntry, string>> };

/**
 * The URL a page's inline bootstrap imports: in a build, the hashed chunk the client build emitted;
 * in `astro dev`, the source file, which Vite serves transformed. Astro inlines no script that
 * imports another, so reading pages carry only the bootstrap and load this on demand.
 */
export function searchClientUrl(entry: SearchClientEntry, base: string): string {
  const built = (globalThis as GlobalWithUrls)[builtUrls]?.[entry];
  return built ?? `${withTrailingSlash(base)}@fs${sources[entry]}`;
}

/** Emits the search modules as their own chunks in Astro's client build and records their URLs. */
export function searchClient(): AstroIntegration {
  return {
    name: 'report:search-client',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command }) => {
        if (command !== 'build') return;
        const base = withTrailingSlash(config.base);
        const references = new Map<SearchClientEntry, string>();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'report:search-client-chunks',
                // Not in the dev server Astro starts for its content sync during a build: it cannot emit files.
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                resolveId: (id) => (id === SEARCH_ENTRY_ID ? id : undefined),
                load: (id) => (id === SEARCH_ENTRY_ID ? searchEntryCode : undefined),
                buildStart() {
                  for (const [name, id] of Object.entries(entries) as [SearchClientEntry, string][]) {
                    references.set(name, this.emitFile({ type: 'chunk', id, name }));
                  }
                },
                generateBundle() {
                  const urls: Partial<Record<SearchClientEntry, string>> = {};
                  for (const [name, reference] of references) urls[name] = `${base}${this.getFileName(reference)}`;
                  (globalThis as GlobalWithUrls)[builtUrls] = urls;
                },
              },
            ],
          },
        });
      },
    },
  };
}
