import { withBase } from '../utils/url.ts';
import { EXACT_BUNDLE } from './exact-tokens.ts';
import { withPinyin } from './pinyin-fallback.ts';
import { createSectionSearch, type SearchSections } from './search-sections.ts';
import { type NumberedSection, SECTION_LIST_FILE } from './section-number.ts';
import { withSectionJumps } from './section-number-jump.ts';
import { TEXT_FOLDER } from './text-windows.ts';
import { loadTokenBundle } from './token-bundle.ts';

let pending: Promise<SearchSections> | undefined;
let sectionList: Promise<NumberedSection[]> | undefined;

/** The numbered sections, fetched once and only for a query that names a number. */
function loadSectionList(): Promise<NumberedSection[]> {
  sectionList ??= fetch(withBase(SECTION_LIST_FILE)).then((response) => {
    if (!response.ok) throw new Error(`${SECTION_LIST_FILE}: HTTP ${response.status}`);
    return response.json();
  });
  sectionList.catch(() => {
    sectionList = undefined;
  });
  return sectionList;
}

/** The site's section search, created once per page; its index loads on first use. */
export function sectionSearch(): Promise<SearchSections> {
  pending ??= loadTokenBundle(withBase(EXACT_BUNDLE)).then((bundle) =>
    withSectionJumps(
      withPinyin(createSectionSearch(bundle, withBase(TEXT_FOLDER)), withBase(TEXT_FOLDER)),
      loadSectionList,
    ),
  );
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
