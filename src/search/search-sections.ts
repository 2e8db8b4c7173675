import { type TermPiece, termPieces, termStarts } from './exact-tokens.ts';
import { buildExcerpt, type Excerpt, type ExcerptPart, leadExcerpt, markedParts } from './excerpt.ts';
import { BLOCK_BREAK } from './fold-text.ts';
import { matchRanges, type TextRange } from './match-ranges.ts';
import { queryTerms } from './query-terms.ts';
import type { SectionJump } from './section-number.ts';
import {
  firstWindowFor,
  joinWindows,
  loadSectionHead,
  loadTextWindow,
  type SectionHead,
  type TextWindow,
  windowsReach,
} from './text-windows.ts';
import type { TokenBundle } from './token-bundle.ts';

/** Hits rendered at once; more load on demand. */
export const PAGE_SIZE = 10;

export interface SectionHit {
  url: string;
  chapter: string;
  path: string;
  /** The path with the query's occurrences in it marked. */
  pathParts: ExcerptPart[];
  excerpt: Excerpt;
  /** What the landing page highlights when it is not the query: the characters a pinyin query matched. */
  highlight?: string;
}

/** `exact`: sections holding every term; `approximate`: sections holding the query's words (「相近结果」) when none does. */
export interface SectionSearchResult {
  terms: string[];
  kind: 'exact' | 'approximate';
  /** How many sections were found. */
  total: number;
  /** The first `PAGE_SIZE` hits, in reading order. */
  hits: SectionHit[];
  /** The next page of hits after those already given; empty once all are given. */
  more(): Promise<SectionHit[]>;
  /** Found by the readings of the text (「按拼音」), not by its characters. */
  byPinyin?: boolean;
  /** The section the query names by number or by its heading's first words, shown first. */
  jump?: SectionJump;
  /**
   * Text results: the heads (no text) of the hits past the first page whose first match starts within the
   * first `offset` folded characters of its section (its heading's start), in reading order.
   */
  laterHeadsStartingBy?(offset: number): Promise<SectionHead[]>;
}

/** A section found, by its record id, with the first match of any term (folded characters). */
interface FoundSection {
  id: string;
  start: number;
  length: number;
}

const length = (term: string) => [...term].length;

/** Each section where `pieces` line up, in reading order, with the first start at which they do. */
export async function pieceSections(bundle: TokenBundle, pieces: readonly TermPiece[]): Promise<Map<string, number>> {
  const found = await Promise.all(
    pieces.map((piece) => (piece.every ? bundle.findEvery(piece.token) : bundle.find(piece.token))),
  );
  const positions = found.map((matches) => new Map(matches.map((match) => [match.id, match.positions])));
  const starts = new Map<string, number>();
  for (const { id } of found[0] ?? []) {
    const [start] = termStarts(
      pieces,
      positions.map((byId) => byId.get(id) ?? []),
    );
    if (start !== undefined) starts.set(id, start);
  }
  return starts;
}

/** Each section holding `term`, in reading order, with where the term first starts in it. */
const termSections = (bundle: TokenBundle, term: string) => pieceSections(bundle, termPieces(term));

/** The first match in a section among the terms it holds. */
function firstMatch(id: string, terms: readonly string[], perTerm: readonly Map<string, number>[]): FoundSection {
  let first: FoundSection = { id, start: Number.POSITIVE_INFINITY, length: 0 };
  for (const [index, starts] of perTerm.entries()) {
    const start = starts.get(id);
    if (start !== undefined && start < first.start) first = { id, start, length: length(terms[index] ?? '') };
  }
  return first;
}

/** Sections holding every term, in reading order. */
async function exactSections(bundle: TokenBundle, terms: readonly string[]): Promise<FoundSection[]> {
  const perTerm = await Promise.all(terms.map((term) => termSections(bundle, term)));
  const [first = new Map<string, number>(), ...rest] = perTerm;
  return [...first.keys()]
    .filter((id) => rest.every((starts) => starts.has(id)))
    .map((id) => firstMatch(id, terms, perTerm));
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of the terms, as a Chinese word segmenter (the browser's) splits them. */
function wordsOf(terms: readonly string[]): string[] {
  const words = terms.flatMap((term) =>
    [...wordSegmenter.segment(term)].filter((segment) => segment.isWordLike).map((segment) => segment.segment),
  );
  return [...new Set(words)];
}

/**
 * Sections holding the most of the query's words, as Pagefind's own loose search would find them:
 * those holding all words first, then fewer; each list keeps reading order.
 */
async function approximateSections(bundle: TokenBundle, terms: readonly string[]): Promise<FoundSection[]> {
  const words = wordsOf(terms);
  const perWord = await Promise.all(words.map((word) => termSections(bundle, word)));
  const held = new Map<string, number>();
  for (const starts of perWord) for (const id of starts.keys()) held.set(id, (held.get(id) ?? 0) + 1);
  return [...held].sort((a, b) => b[1] - a[1]).map(([id]) => firstMatch(id, words, perWord));
}

/**
 * Successive pages of hits, each hit loaded when its page is asked for (undefined: no hit after all). A page
 * counts as given only once it has loaded: after a failed load, the next call asks for the same page.
 */
export function pagedHits(loaders: readonly (() => Promise<SectionHit | undefined>)[]): () => Promise<SectionHit[]> {
  let given = 0;
  return async () => {
    const next = loaders.slice(given, given + PAGE_SIZE);
    const hits = (await Promise.all(next.map((load) => load()))).flatMap((hit) => hit ?? []);
    given += next.length;
    return hits;
  };
}

/**
 * A hit from consecutive text windows starting at window `first`, with `rangesOf` marking the matches in
 * the windows' text and in the path (the exact search's substrings, or pinyin's readings).
 */
export function windowsHit(
  loaded: readonly TextWindow[],
  first: number,
  rangesOf: (text: string) => TextRange[],
): SectionHit {
  const { url, chapter, path } = loaded[0] as TextWindow;
  const { text, before, after } = joinWindows(loaded);
  const ranges = rangesOf(text);
  const inHeading = first === 0 && (ranges[0]?.[0] ?? 0) < text.indexOf(BLOCK_BREAK);
  const excerpt = inHeading
    ? leadExcerpt(text, ranges, { before, after })
    : buildExcerpt(text, ranges, undefined, { before, after });
  return { url, chapter, path, pathParts: markedParts(path, rangesOf(path)), excerpt };
}

const NO_EXCERPT: Excerpt = { parts: [], cutStart: false, cutEnd: false };

/**
 * Exact-substring section search over the token bundle, with text windows fetched for the exact hits
 * shown; 「相近结果」 show only where they are (the section's head), so an absent query downloads no text.
 */
export function createSectionSearch(bundle: TokenBundle, textUrl: string) {
  const textWindow = (id: string, index: number) => loadTextWindow(textUrl, id, index);

  async function approximateHit(found: FoundSection, words: readonly string[]): Promise<SectionHit> {
    const { url, chapter, path } = await loadSectionHead(textUrl, found.id);
    return { url, chapter, path, pathParts: markedParts(path, matchRanges(path, words)), excerpt: NO_EXCERPT };
  }

  async function exactHit(found: FoundSection, terms: readonly string[]): Promise<SectionHit> {
    const first = firstWindowFor(found.start);
    const loaded = [await textWindow(found.id, first)];
    for (
      let last = loaded[0] as TextWindow;
      !last.last && !windowsReach(first + loaded.length - 1, found.start, found.length);
    ) {
      last = await textWindow(found.id, first + loaded.length);
      loaded.push(last);
    }
    return windowsHit(loaded, first, (text) => matchRanges(text, terms));
  }

  function paged(
    terms: string[],
    kind: SectionSearchResult['kind'],
    found: FoundSection[],
    shownTerms: readonly string[],
  ) {
    const hit = kind === 'exact' ? exactHit : approximateHit;
    const page = pagedHits(found.map((section) => () => hit(section, shownTerms)));
    const laterHeadsStartingBy = (offset: number) =>
      Promise.all(
        found
          .slice(PAGE_SIZE)
          .filter((section) => section.start <= offset)
          .map((section) => loadSectionHead(textUrl, section.id)),
      );
    return page().then(
      (hits): SectionSearchResult => ({ terms, kind, total: found.length, hits, more: page, laterHeadsStartingBy }),
    );
  }

  /** `approximate: false`: no 「相近结果」 when the query is not found exactly (nothing of them is fetched). */
  return async function searchSections(query: string, { approximate = true } = {}): Promise<SectionSearchResult> {
    const terms = await queryTerms(query);
    const none: SectionSearchResult = { terms, kind: 'exact', total: 0, hits: [], more: async () => [] };
    if (terms.length === 0) return none;
    const exact = await exactSections(bundle, terms);
    if (exact.length > 0) return paged(terms, 'exact', exact, terms);
    if (!approximate) return none;
    return paged(terms, 'approximate', await approximateSections(bundle, terms), wordsOf(terms));
  };
}

export type SearchSections = ReturnType<typeof createSectionSearch>;
