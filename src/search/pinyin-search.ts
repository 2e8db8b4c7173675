// Search by pinyin and initials (`qunzhong`, `qun zhong`, `qzgz`, `考核qz`), loaded by pinyin-fallback.ts.
import { withBase } from '../utils/url.ts';
import { buildExcerpt } from './excerpt.ts';
import type { Pagefind } from './pagefind-api.ts';
import { PINYIN_BUNDLE, PINYIN_READINGS_FILE, PINYIN_SECTIONS_FILE } from './pinyin-files.ts';
import { pinyinMatch, type ReadingsOf } from './pinyin-match.ts';
import { type PinyinTerm, parsePinyinQuery } from './pinyin-query.ts';
import { patternTokens } from './pinyin-tokens.ts';
import { type SectionHit, type SectionRecord, type SectionSearchResult, sectionRecord } from './search-sections.ts';

interface PinyinIndex {
  bundle: Pagefind;
  readingsOf: ReadingsOf;
  /** Section position by the id of the bundle's record. */
  positions: Record<string, number>;
}

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(withBase(`${PINYIN_BUNDLE}/${file}`));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

/** Pagefind's second instance on the pinyin bundle, made by the site's Pagefind module (no second copy of it). */
async function loadBundle(main: Pagefind): Promise<Pagefind> {
  type CreateInstance = (options: { basePath: string; noWorker: boolean }) => Pagefind;
  // Options at creation: the instance starts loading at once, and would fetch a worker the bundle does not ship.
  const bundle = (main as Pagefind & { createInstance: CreateInstance }).createInstance({
    basePath: withBase(`${PINYIN_BUNDLE}/`),
    noWorker: true,
  });
  await bundle.init();
  return bundle;
}

let pendingIndex: Promise<PinyinIndex> | undefined;

function pinyinIndex(main: Pagefind): Promise<PinyinIndex> {
  pendingIndex ??= Promise.all([
    loadBundle(main),
    fetchJson<Record<string, string>>(PINYIN_READINGS_FILE),
    fetchJson<Record<string, number>>(PINYIN_SECTIONS_FILE),
  ]).then(([bundle, readings, positions]) => {
    const lists = new Map(Object.entries(readings).map(([char, list]) => [char, list.split(' ')]));
    return { bundle, readingsOf: (char: string) => lists.get(char) ?? [], positions };
  });
  pendingIndex.catch(() => {
    pendingIndex = undefined;
  });
  return pendingIndex;
}

function intersect(sets: readonly Set<number>[]): Set<number> {
  const [first = new Set<number>(), ...others] = sets;
  return new Set([...first].filter((position) => others.every((set) => set.has(position))));
}

/** The sections that may hold a term (a superset: the tokens cut a long term into pieces). */
async function candidates(
  index: PinyinIndex,
  term: PinyinTerm,
  sectionsHolding: (token: string) => Promise<Set<number>>,
) {
  const perPattern = await Promise.all(
    term.patterns.map(async (pattern) => {
      const choices = patternTokens(pattern, index.readingsOf);
      const perChoice = await Promise.all(
        choices.map(
          async (tokens) => new Set((await Promise.all(tokens.map(sectionsHolding))).flatMap((set) => [...set])),
        ),
      );
      return perChoice.length === 0 ? new Set<number>() : intersect(perChoice);
    }),
  );
  return new Set(perPattern.flatMap((set) => [...set]));
}

/**
 * The sections holding every term of a pinyin query, in reading order, with the characters whose readings
 * matched marked; undefined when the query cannot be pinyin. `sectionAt` gives a section's text by position.
 */
export async function searchPinyin(
  query: string,
  main: Pagefind,
  sectionAt: (position: number) => Promise<SectionRecord>,
): Promise<SectionSearchResult | undefined> {
  const terms = parsePinyinQuery(query);
  if (!terms) return undefined;
  const index = await pinyinIndex(main);
  const holding = new Map<string, Promise<Set<number>>>();
  const sectionsHolding = (token: string) => {
    let found = holding.get(token);
    if (!found) {
      // Quoted: an unquoted word is a prefix search, which reads only the first chunk of a long posting list.
      found = index.bundle
        .search(`"${token}"`)
        .then(({ results }) => new Set(results.flatMap((result) => index.positions[result.id] ?? [])));
      holding.set(token, found);
    }
    return found;
  };
  const perTerm = await Promise.all(terms.map((term) => candidates(index, term, sectionsHolding)));
  const positions = [...intersect(perTerm)].sort((a, b) => a - b);
  const hits = (
    await Promise.all(
      positions.map(async (position): Promise<SectionHit | undefined> => {
        const section = await sectionAt(position);
        const match = pinyinMatch(section.text, terms, index.readingsOf);
        if (match.ranges.length === 0) return undefined;
        const excerpt = buildExcerpt(section.text, match.ranges);
        return {
          url: section.url,
          chapter: section.chapter,
          path: section.path,
          excerpt,
          highlight: match.matched.join(' '),
        };
      }),
    )
  ).flatMap((hit) => hit ?? []);
  return { terms: terms.map((term) => term.source), kind: 'exact', hits, byPinyin: true };
}

/** The main index's section at a reading position: its records sorted by position are the sections in order. */
export function sectionsByPosition(pagefind: Pagefind): (position: number) => Promise<SectionRecord> {
  let all: ReturnType<Pagefind['search']> | undefined;
  const loaded = new Map<number, Promise<SectionRecord>>();
  return (position) => {
    all ??= pagefind.search(null, { sort: { position: 'asc' } });
    let section = loaded.get(position);
    if (!section) {
      section = all.then(async ({ results }) => {
        const result = results[position];
        if (!result) throw new Error(`search index: no section ${position}`);
        return sectionRecord(await result.data());
      });
      loaded.set(position, section);
    }
    return section;
  };
}
