import { withBase } from '../utils/url.ts';
import { EXACT_BUNDLE } from './exact-tokens.ts';
import { createSectionSearch, type SearchSections } from './search-sections.ts';
import { TEXT_FOLDER } from './text-windows.ts';
import { loadTokenBundle } from './token-bundle.ts';

let pending: Promise<SearchSections> | undefined;

/** The site's section search, created once per page; its index loads on first use. */
export function sectionSearch(): Promise<SearchSections> {
  pending ??= loadTokenBundle(withBase(EXACT_BUNDLE)).then((bundle) =>
    createSectionSearch(bundle, withBase(TEXT_FOLDER)),
  );
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
