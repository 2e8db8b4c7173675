// The words of the pinyin index (Pagefind bundles of one record per section, src/integrations/pinyin-index.ts):
// `x` + two letters per syllable for each sequence of 1–4 syllables, `w` + the initials for each sequence of
// 2–6 characters, so one exact Pagefind search answers which sections hold a sequence. ASCII letters and
// digits only: Pagefind segments the query by the page's language, and these survive every segmenter whole.
//
// An initials token spells each character's first letter, then one digit per z, c or s among them: 1 for
// zh, ch or sh, 0 for the letter alone (`中工作` → `wzgz10`). So `zhgz` asks for one token, and a query's
// bare `z` (z or zh) for tokens that differ only in their last digits, which sort together in one chunk
// of one shard (pinyin-shards.ts hashes the letters alone).
import type { ReadingsOf } from './pinyin-match.ts';
import type { PinyinPattern, PinyinUnit } from './pinyin-query.ts';
import { INTERJECTION_SYLLABLES, PINYIN_SYLLABLES } from './pinyin-syllables.ts';
import { STRIDE } from './text-windows.ts';

export const MAX_SYLLABLES = 4;
export const MIN_INITIALS = 2;
export const MAX_INITIALS = 6;

const alphabet = 'abcdefghijklmnopqrstuvwxyz';
const syllableCodes = new Map(
  PINYIN_SYLLABLES.map((syllable, index) => [
    syllable,
    `${alphabet[Math.floor(index / alphabet.length)]}${alphabet[index % alphabet.length]}`,
  ]),
);

/** Every way of extending each prefix by one of `items` (`[a, b]` × `[c, d]` → `ac`, `ad`, `bc`, `bd`). */
const extend = (prefixes: readonly string[], items: readonly string[]): string[] =>
  prefixes.flatMap((prefix) => items.map((item) => prefix + item));

const syllablesPrefix = 'x';
const initialsPrefix = 'w';

/** Letters whose two-letter initial (zh, ch, sh) an initials token tells apart by a digit. */
const markedLetters = 'zcs';

/** A character's initial as the index spells it: its letter, with `1` (zh, ch, sh) or `0` after z, c or s. */
function initialKey(initialOrReading: string): string {
  const letter = initialOrReading.charAt(0);
  if (!markedLetters.includes(letter)) return letter;
  return `${letter}${initialOrReading.charAt(1) === 'h' ? 1 : 0}`;
}

/** Initials tokens in the making: their letters, and their digits, which go last. */
type InitialsPrefix = readonly [letters: string, digits: string];

const extendInitials = (prefixes: readonly InitialsPrefix[], keys: readonly string[]): InitialsPrefix[] =>
  prefixes.flatMap(([letters, digits]) =>
    keys.map((key): InitialsPrefix => [letters + key.charAt(0), digits + key.slice(1)]),
  );

const initialsToken = ([letters, digits]: InitialsPrefix) => `${initialsPrefix}${letters}${digits}`;

/** Tokens for every reading of a run of characters, given each character's syllable codes or initial keys. */
const syllableTokens = (codes: readonly (readonly string[])[]) => codes.reduce<string[]>(extend, [syllablesPrefix]);
const initialsTokens = (keys: readonly (readonly string[])[]) =>
  keys.reduce<InitialsPrefix[]>(extendInitials, [['', '']]).map(initialsToken);

const initialKeys = (readings: readonly string[]) => [...new Set(readings.map(initialKey))];
const codesOf = (readings: readonly string[]) => readings.flatMap((reading) => syllableCodes.get(reading) ?? []);

/** The text window stride (`STRIDE` folded characters) a word position falls in, given `slots` positions per stride. */
export const strideAt = (position: number, slots: number) => Math.floor(position / slots);

/**
 * A section's distinct tokens, each once, by the text window stride where it first starts: laid out in
 * blocks of word positions per stride (src/integrations/pinyin-index.ts), a token's position names the
 * window to fetch (`strideAt`).
 */
export function sectionTokens(folded: string, readingsOf: ReadingsOf): string[][] {
  const seen = new Set<string>();
  const perStride: string[][] = [];
  const chars = [...folded];
  const codes = chars.map((char) => codesOf(readingsOf(char)));
  const keys = chars.map((char) => initialKeys(readingsOf(char)));
  for (let start = 0; start < chars.length; start++) {
    const stride = perStride[Math.floor(start / STRIDE)] ?? [];
    perStride[Math.floor(start / STRIDE)] = stride;
    const add = (token: string) => {
      if (seen.has(token)) return;
      seen.add(token);
      stride.push(token);
    };
    // Each sequence starting here grows by one character at a time, so each token is built once.
    let syllables = [syllablesPrefix];
    let initials: InitialsPrefix[] = [['', '']];
    for (let end = start; end < chars.length && end - start < MAX_INITIALS; end++) {
      const nextKeys = keys[end] ?? [];
      if (nextKeys.length === 0) break;
      const length = end - start + 1;
      syllables = length <= MAX_SYLLABLES ? extend(syllables, codes[end] ?? []) : [];
      initials = extendInitials(initials, nextKeys);
      for (const token of syllables) add(token);
      if (length >= MIN_INITIALS) for (const prefix of initials) add(initialsToken(prefix));
    }
  }
  return perStride;
}

/** Alternatives (any of them) for the stretch of a pattern at `offset` characters; a section must hold one of every stretch. */
export interface TokenChoice {
  tokens: string[];
  offset: number;
}

/** Cuts `length` positions into stretches of `max`, the last one shorter. */
function stretches(length: number, max: number): [start: number, end: number][] {
  const cut: [number, number][] = [];
  for (let start = 0; start < length; start += max) cut.push([start, Math.min(length, start + max)]);
  return cut;
}

/**
 * A run of `length` initials as the stretches its tokens hold: the whole run, or when longer than
 * `MAX_INITIALS` its first and last `MAX_INITIALS`, each a shard of its own (a stretch between them is left to
 * the texts: a third token would cost a third shard); none when shorter than `MIN_INITIALS`.
 */
function initialsStretches(length: number): [start: number, end: number][] {
  if (length < MIN_INITIALS) return [];
  if (length <= MAX_INITIALS) return [[0, length]];
  return [
    [0, MAX_INITIALS],
    [length - MAX_INITIALS, length],
  ];
}

/** The maximal runs of kept items, each with the index of its first item. */
function runs<T>(items: readonly T[], keep: (item: T) => boolean): { start: number; items: T[] }[] {
  const found: { start: number; items: T[] }[] = [];
  items.forEach((item, index) => {
    if (!keep(item)) return;
    const last = found.at(-1);
    if (last && last.start + last.items.length === index) last.items.push(item);
    else found.push({ start: index, items: [item] });
  });
  return found;
}

/** The initial keys a unit stands for: a bare z, c or s in a query stands for zh, ch or sh as well. */
function unitKeys(unit: PinyinUnit, readingsOf: ReadingsOf): string[] {
  if (unit.kind === 'syllable') return [initialKey(unit.syllable)];
  if (unit.kind === 'char') return initialKeys(readingsOf(unit.char));
  const key = initialKey(unit.initial);
  return unit.initial.length === 1 && key.length > 1 ? [`${unit.initial}0`, `${unit.initial}1`] : [key];
}

/** The syllables an initial starts, or none when a reading it starts has no syllable code (an interjection). */
function syllablesStartedBy(initial: string): string[] | undefined {
  if (INTERJECTION_SYLLABLES.some((syllable) => syllable.startsWith(initial))) return undefined;
  return PINYIN_SYLLABLES.filter((syllable) => syllable.startsWith(initial));
}

/**
 * The syllable codes that decide a pattern of up to 4 syllables and initials, each initial standing for
 * every syllable it starts, when it opens with two full syllables (or is all syllables): its tokens then
 * share their first two syllables, hence a shard (`shardKey`) and a stretch of one chunk.
 */
function spelledSyllables(pattern: PinyinPattern): string[][] | undefined {
  const opensWithTwo = pattern[0]?.kind === 'syllable' && pattern[1]?.kind === 'syllable';
  if (pattern.length > MAX_SYLLABLES || !(opensWithTwo || pattern.every((unit) => unit.kind === 'syllable'))) {
    return undefined;
  }
  const codes: string[][] = [];
  for (const unit of pattern) {
    if (unit.kind === 'char') return undefined;
    const syllables = unit.kind === 'syllable' ? [unit.syllable] : syllablesStartedBy(unit.initial);
    if (!syllables) return undefined;
    codes.push(codesOf(syllables));
  }
  return codes;
}

/** Whether a pattern's tokens decide it exactly: up to 4 syllables and initials (`spelledSyllables`), or 2–6 initials. */
export const decidedByTokens = (pattern: PinyinPattern) =>
  spelledSyllables(pattern) !== undefined ||
  (pattern.every((unit) => unit.kind === 'initial') &&
    pattern.length >= MIN_INITIALS &&
    pattern.length <= MAX_INITIALS);

/** Syllable tokens' letters that choose their shard: the first two syllables, so longer sequences go with them. */
const SHARD_PREFIX = syllablesPrefix.length + 2 * 2;

/** What chooses a token's shard (pinyin-shards.ts): a syllable token's first two syllables, an initials token's letters. */
export function shardKey(token: string): string {
  if (token.startsWith(syllablesPrefix)) return token.slice(0, SHARD_PREFIX);
  const digits = token.search(/\d/);
  return digits === -1 ? token : token.slice(0, digits);
}

/**
 * What a section holding the pattern must hold: the tokens that decide it (`decidedByTokens`), or else its
 * full syllables 4 at a time and the initials of its characters (`initialsStretches`). Sections holding them all are
 * a superset of those holding the pattern; the matcher decides.
 */
export function patternTokens(pattern: PinyinPattern, readingsOf: ReadingsOf): TokenChoice[] {
  const spelled = spelledSyllables(pattern);
  if (spelled) return [{ tokens: syllableTokens(spelled), offset: 0 }];
  const choices: TokenChoice[] = [];
  const syllableRuns = runs(pattern, (unit) => unit.kind === 'syllable');
  for (const run of syllableRuns) {
    const codes = run.items.map((unit) => (unit.kind === 'syllable' ? codesOf([unit.syllable]) : []));
    for (const [start, end] of stretches(codes.length, MAX_SYLLABLES)) {
      choices.push({ tokens: syllableTokens(codes.slice(start, end)), offset: run.start + start });
    }
  }
  // Full syllables alone are decided by their own tokens: the initials would load a second chunk for nothing.
  if (pattern.every((unit) => unit.kind === 'syllable')) return choices;
  const letterRuns = runs(
    pattern.map((unit) => unitKeys(unit, readingsOf)),
    (keys) => keys.length > 0,
  );
  for (const run of letterRuns) {
    for (const [start, end] of initialsStretches(run.items.length)) {
      choices.push({ tokens: initialsTokens(run.items.slice(start, end)), offset: run.start + start });
    }
  }
  return choices;
}
