/** The parts of Pagefind's JS API (https://pagefind.app/docs/api/) this site uses. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  /** Word positions of the match in the record. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
}

const loaded = new Map<string, Promise<Pagefind>>();

/** Loads a Pagefind bundle once per page; rejects in `astro dev`, where no index exists until a build. */
export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  let pagefind = loaded.get(bundleUrl);
  if (!pagefind) {
    pagefind = (async () => {
      const module: Pagefind = await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`);
      // The worker would add a 43 kB script and a message round trip per query to an index this small.
      await module.options({ noWorker: true });
      await module.init();
      return module;
    })();
    pagefind.catch(() => loaded.delete(bundleUrl));
    loaded.set(bundleUrl, pagefind);
  }
  return pagefind;
}
