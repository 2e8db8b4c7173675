import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../utils/url.ts';

/**
 * The module reading pages load on the reader's first action (src/components/reader-actions.ts): it does
 * what clicks ask, and loads the search box and the in-page highlighter as its own chunks.
 */
const entries = {
  reader: fileURLToPath(new URL('../components/reader-actions.ts', import.meta.url)),
};

export type SearchClientEntry = keyof typeof entries;

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
  return built ?? `${withTrailingSlash(base)}@fs${entries[entry]}`;
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
