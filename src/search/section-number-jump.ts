import { foldText } from './fold-text.ts';
import type { SearchSections, SectionSearchResult } from './search-sections.ts';
import {
  headingWords,
  type NumberedSection,
  parseSectionNumber,
  resolveSectionNumber,
  type SectionJump,
  sectionLabel,
} from './section-number.ts';
import type { SectionHead } from './text-windows.ts';

/** Shortest query that may name a heading by its first words: one character is any text. */
const MIN_HEADING_WORDS = 2;
/** Folded characters a heading's number takes at most (`（二十三）`, `二十三、` → `二十三`). */
const MAX_NUMBER_CHARS = 3;

/**
 * The first section (in reading order) whose heading starts with the query's only term: among the hits
 * shown, else among the later ones whose first match lies where a heading's words start, read from their
 * small heads rather than their text.
 */
async function headingJump(result: SectionSearchResult): Promise<SectionJump | undefined> {
  const [term, ...others] = result.terms;
  if (result.kind !== 'exact' || !term || others.length > 0 || [...term].length < MIN_HEADING_WORDS) return undefined;
  const startsHeading = (hit: SectionHead) => foldText(headingWords(hit.path)).folded.startsWith(term);
  const later = result.total > result.hits.length ? result.laterHeadsStartingBy : undefined;
  const hit = result.hits.find(startsHeading) ?? (await later?.(MAX_NUMBER_CHARS))?.find(startsHeading);
  if (!hit) return undefined;
  // A chapter's own opening section: its page, as the chapter's number (`（二）`) jumps to.
  const url = hit.path === hit.chapter ? (hit.url.split('#')[0] ?? hit.url) : hit.url;
  return { label: sectionLabel(hit), url };
}

/**
 * Adds the section a query names to its results: a number (`二3`, `2.3`, `s2-3`) through the small
 * section list, fetched only for such a query; a heading's first words from the hits themselves.
 */
export function withSectionJumps(
  search: SearchSections,
  loadList: () => Promise<readonly NumberedSection[]>,
): SearchSections {
  return async (query) => {
    const number = parseSectionNumber(query);
    const [result, list] = await Promise.all([search(query), number ? loadList() : undefined]);
    const jump = number && list ? resolveSectionNumber(number, list) : await headingJump(result);
    return jump ? { ...result, jump } : result;
  };
}

/** Enter in a search form whose results start with a jump goes to that section instead of the results page. */
export function followJump(event: Event, container: HTMLElement, query: string): boolean {
  const link = container.querySelector<HTMLAnchorElement>('a.search-jump-link');
  if (!link || container.hidden || link.dataset.query !== query.trim()) return false;
  event.preventDefault();
  location.assign(link.href);
  return true;
}
