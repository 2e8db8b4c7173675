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
