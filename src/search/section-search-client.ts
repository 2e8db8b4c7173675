import { withBase } from '../utils/url.ts';
import { loadPagefind } from './pagefind-api.ts';
import { createSectionSearch, type SearchSections } from './search-sections.ts';

let pending: Promise<SearchSections> | undefined;

/** The site's section search, created once per page; Pagefind loads on first use. */
export function sectionSearch(): Promise<SearchSections> {
  pending ??= loadPagefind(withBase('pagefind/')).then(createSectionSearch);
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/** Shown instead of results when the index is missing, as in `astro dev` (Pagefind indexes the build). */
export const NEEDS_BUILD_MESSAGE = '搜索索引在构建时生成：请先运行 npm run build，再用 npm run preview 打开本站。';
