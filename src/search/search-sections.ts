import { buildExcerpt, type Excerpt } from './excerpt.ts';
import { BLOCK_BREAK, foldText } from './fold-text.ts';
import { matchRanges } from './match-ranges.ts';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind-api.ts';
import { queryTerms } from './query-terms.ts';
import type { SectionJump } from './section-number.ts';

/** Pagefind filter with each section's distinct folded characters (written by src/integrations/pagefind.ts). */
export const CHARS_FILTER = 'chars';

/** Pagefind metadata with the offsets of the block breaks in the section text (Pagefind turns them into spaces). */
export const BREAKS_META = 'breaks';

/** Zero-width space: Pagefind puts one between segmented Chinese words in the stored content. */
const wordSeparator = /\u200b/g;

export interface SectionHit {
  url: string;
  chapter: string;
  path: string;
  excerpt: Excerpt;
  /** What the landing page highlights when it is not the query: the characters a pinyin query matched. */
  highlight?: string;
}

/** `exact`: sections holding every term; `approximate`: Pagefind's loose matches (「相近结果」) when none does. */
export interface SectionSearchResult {
  terms: string[];
  kind: 'exact' | 'approximate';
  hits: SectionHit[];
  /** Found by the readings of the text (「按拼音」), not by its characters. */
  byPinyin?: boolean;
  /** The section the query names by number or by its heading's first words, shown first. */
  jump?: SectionJump;
}

export interface SectionRecord {
  url: string;
  chapter: string;
  path: string;
  text: string;
}

/** The section text as built: Pagefind's content without its word separators, block breaks restored. */
export function sectionText(content: string, breaks: string | undefined): string {
  const chars = [...content.replace(wordSeparator, '')];
  for (const offset of breaks ? breaks.split(',').map(Number) : []) {
    if (chars[offset] === ' ') chars[offset] = BLOCK_BREAK;
  }
  return chars.join('');
}

/** A section as the index stores it. */
export function sectionRecord(data: PagefindResultData): SectionRecord {
  return {
    url: data.url,
    chapter: data.meta.chapter ?? '',
    path: data.meta.title ?? '',
    text: sectionText(data.content, data.meta[BREAKS_META]),
  };
}

/** Offsets (in code points) of the block breaks of a section text, for `BREAKS_META`. */
export function blockBreakOffsets(text: string): string {
  return [...text].flatMap((char, index) => (char === BLOCK_BREAK ? [index] : [])).join(',');
}

/** Exact-substring section search over a Pagefind index of one record per section. */
export function createSectionSearch(pagefind: Pagefind) {
  const records = new Map<string, SectionRecord>();

  async function record(result: PagefindResult): Promise<SectionRecord> {
    const cached = records.get(result.id);
    if (cached) return cached;
    const loaded = sectionRecord(await result.data());
    records.set(result.id, loaded);
    return loaded;
  }

  function exactHit(section: SectionRecord, terms: string[]): SectionHit | undefined {
    const folded = foldText(section.text);
    if (!terms.every((term) => folded.folded.includes(term))) return undefined;
    const excerpt = buildExcerpt(section.text, matchRanges(section.text, terms, folded));
    return { url: section.url, chapter: section.chapter, path: section.path, excerpt };
  }

  async function approximateHits(terms: string[]): Promise<SectionHit[]> {
    const { results } = await pagefind.search(terms.join(' '));
    const sections = await Promise.all(results.slice(0, 10).map(record));
    // Pagefind's own excerpt marks whole words; ours marks the characters the query shares with the text.
    const chars = [...new Set(terms.join(''))];
    return sections.map((section) => ({
      url: section.url,
      chapter: section.chapter,
      path: section.path,
      excerpt: buildExcerpt(section.text, matchRanges(section.text, chars)),
    }));
  }

  return async function searchSections(query: string): Promise<SectionSearchResult> {
    const terms = await queryTerms(query);
    if (terms.length === 0) return { terms, kind: 'exact', hits: [] };
    // Sections holding every character of the query: a superset of the exact hits, narrowed below.
    const { results } = await pagefind.search(null, {
      filters: { [CHARS_FILTER]: [...new Set(terms.join(''))] },
      sort: { position: 'asc' },
    });
    const sections = await Promise.all(results.map(record));
    const hits = sections.flatMap((section) => exactHit(section, terms) ?? []);
    if (hits.length > 0) return { terms, kind: 'exact', hits };
    return { terms, kind: 'approximate', hits: await approximateHits(terms) };
  };
}

export type SearchSections = ReturnType<typeof createSectionSearch>;
