// Search by pinyin and initials (`qunzhong`, `qun zhong`, `qzgz`, `考核qz`), loaded by pinyin-fallback.ts.
import { withBase } from '../utils/url.ts';
import { EXACT_BUNDLE, provingPieces } from './exact-tokens.ts';
import { foldText } from './fold-text.ts';
import { once } from './load-once.ts';
import type { TextRange } from './match-ranges.ts';
import {
  PINYIN_BUNDLE,
  PINYIN_READINGS_FILE,
  PINYIN_SHARDS_FILE,
  type PinyinShards,
  SHARD_RECORDS_FILE,
  type ShardRecords,
} from './pinyin-files.ts';
import { loadPinyinJson } from './pinyin-index-files.ts';
import { type PinyinMatch, pinyinMatch, type ReadingsOf } from './pinyin-match.ts';
import type { PinyinTerm, PinyinUnit } from './pinyin-query.ts';
import { parsePinyinQuery } from './pinyin-query.ts';
import { shardFolder, shardOf } from './pinyin-shards.ts';
import { spellable, spelledSections, unitChars } from './pinyin-spelled.ts';
import { decidedByTokens, patternTokens, strideAt } from './pinyin-tokens.ts';
import {
  PAGE_SIZE,
  pagedHits,
  pieceSections,
  type SectionHit,
  type SectionSearchResult,
  windowsHit,
} from './search-sections.ts';
import { firstWindowFor, loadTextWindow, STRIDE, type TextWindow, windowsReach } from './text-windows.ts';
import { loadTokenBundle, type TokenBundle } from './token-bundle.ts';

/** A shard of the pinyin index: its bundle, and its records' sections (reading order) and slots. */
interface Shard {
  bundle: TokenBundle;
  sections: Map<string, { section: number; slots: number }>;
}

interface PinyinIndex {
  readingsOf: ReadingsOf;
  /** The report's characters a query unit stands for. */
  charsOf: (unit: PinyinUnit) => string[];
  /** Per section in reading order, the id naming its text windows (its exact-index record id). */
  texts: string[];
  /** The section in reading order of each exact-index record id. */
  sectionOfText: Map<string, number>;
  /** The shard `token` falls in, loaded once. */
  shardHolding(token: string): Promise<Shard>;
}

async function loadShard(shard: number): Promise<Shard> {
  const folder = shardFolder(shard);
  const [bundle, records] = await Promise.all([
    loadTokenBundle(withBase(`${PINYIN_BUNDLE}${folder}`)),
    loadPinyinJson<ShardRecords>(`${folder}${SHARD_RECORDS_FILE}`),
  ]);
  const sections = new Map<string, { section: number; slots: number }>();
  for (const [section, record] of records.entries()) {
    if (record) sections.set(record[0], { section, slots: record[1] });
  }
  return { bundle, sections };
}

const pinyinIndex = once(async (): Promise<PinyinIndex> => {
  const [readings, { shards, texts }] = await Promise.all([
    loadPinyinJson<Record<string, string>>(PINYIN_READINGS_FILE),
    loadPinyinJson<PinyinShards>(PINYIN_SHARDS_FILE),
  ]);
  const lists = new Map(Object.entries(readings).map(([char, list]) => [char, list.split(' ')]));
  const loaded = Array.from({ length: shards }, (_, shard) => once(() => loadShard(shard)));
  return {
    readingsOf: (char: string) => lists.get(char) ?? [],
    charsOf: unitChars(lists),
    texts,
    sectionOfText: new Map(texts.map((textId, section) => [textId, section])),
    shardHolding: (token) => loaded[shardOf(token, shards)]?.() ?? Promise.reject(new Error(`no shard for ${token}`)),
  };
});

/** The exact search's token bundle, whose strings spell out and confirm pinyin matches. */
const loadExactBundle = () => loadTokenBundle(withBase(EXACT_BUNDLE));

/** Sections (by reading order) each with the first text window that may hold a match there. */
type Holding = Map<number, number>;

/** Ids held by every map, each with `combine` of its windows there. */
function intersect(maps: readonly Holding[], combine: (a: number, b: number) => number): Holding {
  const [first = new Map<number, number>(), ...others] = maps;
  const all: Holding = new Map();
  for (const [id, window] of first) {
    if (others.every((map) => map.has(id)))
      all.set(
        id,
        others.reduce((bound, map) => combine(bound, map.get(id) ?? bound), window),
      );
  }
  return all;
}

/** Ids held by any map, each with its earliest window. */
function union(maps: readonly Holding[]): Holding {
  const any: Holding = new Map();
  for (const map of maps) {
    for (const [id, window] of map) any.set(id, Math.min(window, any.get(id) ?? window));
  }
  return any;
}

/**
 * The sections that may hold a term (a superset when the tokens cut it into pieces), each with the first
 * window a match may start in: a match holds every stretch of its pattern, each no earlier than its token's
 * first occurrence.
 */
async function candidates(
  index: PinyinIndex,
  term: PinyinTerm,
  holding: (token: string) => Promise<Holding>,
): Promise<Holding> {
  const fromWindow = (stride: number, offset: number) => Math.max(0, Math.floor((stride * STRIDE - offset) / STRIDE));
  const perPattern = await Promise.all(
    term.patterns.map(async (pattern) => {
      const perChoice = await Promise.all(
        patternTokens(pattern, index.readingsOf).map(async ({ tokens, offset }) => {
          const found = await Promise.all(tokens.map(holding));
          return union(
            found.map(
              (strides) => new Map([...strides].map(([section, stride]) => [section, fromWindow(stride, offset)])),
            ),
          );
        }),
      );
      return intersect(perChoice, Math.max);
    }),
  );
  return union(perPattern);
}

/** The sections holding a term spelled out on the exact index, each with the window of its first match. */
async function spelledCandidates(index: PinyinIndex, term: PinyinTerm): Promise<Holding> {
  const exact = await loadExactBundle();
  const starts = await spelledSections(exact, term.patterns, index.charsOf);
  const held: Holding = new Map();
  for (const [textId, start] of starts) {
    const section = index.sectionOfText.get(textId);
    if (section !== undefined) held.set(section, firstWindowFor(start));
  }
  return held;
}

/** Beyond this many distinct stretches matched by one term, the candidates left are read rather than looked up. */
const MAX_STRETCHES_LOOKED_UP = 4;

/**
 * The sections (exact-index record ids) holding, for every term, one of the stretches of text it was seen to
 * match: each holds the query, proved on the exact index without reading its text (`provingPieces`: a section
 * it cannot prove is read). Undefined when a term was seen to match none, or more stretches than are worth
 * looking up.
 */
async function sectionsHoldingStretches(stretches: readonly ReadonlySet<string>[]): Promise<Set<string> | undefined> {
  if (stretches.some((seen) => seen.size === 0 || seen.size > MAX_STRETCHES_LOOKED_UP)) return undefined;
  const exact = await loadExactBundle();
  const perTerm = await Promise.all(
    stretches.map(async (seen) => {
      const held = await Promise.all([...seen].map((stretch) => pieceSections(exact, provingPieces(stretch))));
      return new Set(held.flatMap((starts) => [...starts.keys()]));
    }),
  );
  const [first = new Set<string>(), ...others] = perTerm;
  return new Set([...first].filter((id) => others.every((ids) => ids.has(id))));
}

/** A candidate section's text windows, and the first that may hold a match (none starts before it). */
interface Candidate {
  textId: string;
  fromWindow: number;
}

/**
 * A section's hit around its first match, from the first window (and the next, when the excerpt's tail
 * reaches past it) holding one: windows overlap by more than any match is long, so that window holds the match whole.
 * Undefined unless each of the first `termsToVerify` terms occurs somewhere in the section.
 */
async function firstMatchHit(
  textUrl: string,
  { textId, fromWindow }: Candidate,
  match: (text: string) => PinyinMatch,
  termsToVerify: number,
): Promise<SectionHit | undefined> {
  let first: { window: TextWindow; index: number; range: TextRange } | undefined;
  let missing = Array.from({ length: termsToVerify }, (_, term) => term);
  for (let index = fromWindow; ; index++) {
    const window = await loadTextWindow(textUrl, textId, index);
    const found = match(window.text);
    const [range] = found.ranges;
    if (!first && range) first = { window, index, range };
    missing = missing.filter((term) => !found.found[term]);
    if ((first && missing.length === 0) || window.last) break;
  }
  if (!first || missing.length > 0) return undefined;
  const { window, index, range } = first;
  const loaded = [window];
  const foldedLength = (text: string) => [...foldText(text).folded].length;
  const start = index * STRIDE + foldedLength(window.text.slice(0, range[0]));
  if (!window.last && !windowsReach(index, start, foldedLength(window.text.slice(...range)))) {
    loaded.push(await loadTextWindow(textUrl, textId, index + 1));
  }
  return windowsHit(loaded, index, (text) => match(text).ranges);
}

/**
 * The sections holding every term of a pinyin query, in reading order, with the characters whose readings
 * matched marked; undefined when the query cannot be pinyin. Texts come from the exact search's windows.
 */
export async function searchPinyin(query: string, textUrl: string): Promise<SectionSearchResult | undefined> {
  const terms = parsePinyinQuery(query);
  if (!terms) return undefined;
  const index = await pinyinIndex();
  const found = new Map<string, Promise<Holding>>();
  // Each section holding `token`, with the text window stride of its first occurrence there.
  const holding = (token: string) => {
    let strides = found.get(token);
    if (!strides) {
      strides = index.shardHolding(token).then(async (shard) => {
        const held: Holding = new Map();
        for (const match of await shard.bundle.find(token)) {
          const record = shard.sections.get(match.id);
          if (record) held.set(record.section, strideAt(match.positions[0] ?? 0, record.slots));
        }
        return held;
      });
      found.set(token, strides);
    }
    return strides;
  };
  // A term is decided by its pinyin tokens, or else by its strings on the exact index, or else by the texts.
  const byTokens = (term: PinyinTerm) => term.patterns.every(decidedByTokens);
  const spelled = (term: PinyinTerm) => !byTokens(term) && term.patterns.every(spellable);
  const perTerm = await Promise.all(
    terms.map((term) => (spelled(term) ? spelledCandidates(index, term) : candidates(index, term, holding))),
  );
  const ordered: Candidate[] = [...intersect(perTerm, Math.min)]
    .sort(([a], [b]) => a - b)
    .flatMap(([section, fromWindow]) => {
      const textId = index.texts[section];
      return textId === undefined ? [] : [{ textId, fromWindow }];
    });
  // Per term, every stretch of text it matched in the windows read so far.
  const seen = terms.map(() => new Set<string>());
  const match = (text: string) => {
    const found = pinyinMatch(text, terms, index.readingsOf);
    for (const [term, stretches] of found.stretches.entries())
      for (const stretch of stretches) seen[term]?.add(stretch);
    return found;
  };
  const decided = terms.every((term) => byTokens(term) || spelled(term));
  const withHighlight = (hit: SectionHit | undefined): SectionHit | undefined => {
    if (!hit) return undefined;
    const shown = [...hit.pathParts, ...hit.excerpt.parts].filter((part) => part.marked).map((part) => part.text);
    const matched = pinyinMatch(shown.join('\n'), terms, index.readingsOf).matched;
    return { ...hit, highlight: matched.join(' ') };
  };
  const located = (candidate: Candidate) =>
    firstMatchHit(textUrl, candidate, match, decided ? 0 : terms.length).then(withHighlight);
  const result = (total: number, hits: SectionHit[], more: () => Promise<SectionHit[]>): SectionSearchResult => ({
    terms: terms.map((term) => term.source),
    kind: 'exact',
    total,
    hits,
    more,
    byPinyin: true,
  });
  if (decided) {
    // Every candidate holds the query: only the hits on screen need their text.
    const page = pagedHits(ordered.map((candidate) => () => located(candidate)));
    return result(ordered.length, await page(), page);
  }
  // Longer or mixed queries: the tokens give a superset, which the texts decide. A page of candidates is read
  // first; the candidates left are decided on the exact index by the stretches those texts matched (at scale,
  // mostly the same few), and only those it leaves open are read.
  const firstRead = await Promise.all(ordered.slice(0, PAGE_SIZE).map(located));
  const left = ordered.slice(PAGE_SIZE);
  const held = left.length > 0 ? await sectionsHoldingStretches(seen) : undefined;
  const readNow = new Map(
    await Promise.all(
      left
        .filter((candidate) => !held?.has(candidate.textId))
        .map(async (candidate) => [candidate.textId, await located(candidate)] as const),
    ),
  );
  // Every hit in reading order, loaded when shown: read already, or held on the exact index.
  const readHit = (hit: SectionHit | undefined) => (hit ? [async () => hit] : []);
  const hits = [
    ...firstRead.flatMap(readHit),
    ...left.flatMap((candidate) =>
      held?.has(candidate.textId) ? [() => located(candidate)] : readHit(readNow.get(candidate.textId)),
    ),
  ];
  const page = pagedHits(hits);
  return result(hits.length, await page(), page);
}
