import { withBase } from '../utils/url.ts';
import { EXACT_BUNDLE } from './exact-tokens.ts';
import { fetchOk, once } from './load-once.ts';
import { withPinyin } from './pinyin-fallback.ts';
import { createSectionSearch, type SearchSections } from './search-sections.ts';
import { type NumberedSection, SECTION_LIST_FILE } from './section-number.ts';
import { withSectionJumps } from './section-number-jump.ts';
import { TEXT_FOLDER } from './text-windows.ts';
import { loadTokenBundle } from './token-bundle.ts';

/** The numbered sections, fetched once and only for a query that names a number. */
const loadSectionList = once(
  async (): Promise<NumberedSection[]> => (await fetchOk(withBase(SECTION_LIST_FILE))).json(),
);

/** The site's section search, created once per page; its index loads on first use. */
export const sectionSearch = once(async (): Promise<SearchSections> => {
  const bundle = await loadTokenBundle(withBase(EXACT_BUNDLE));
  return withSectionJumps(
    withPinyin(createSectionSearch(bundle, withBase(TEXT_FOLDER)), withBase(TEXT_FOLDER)),
    loadSectionList,
  );
});
