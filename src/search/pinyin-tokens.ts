// The words of the pinyin index (Pagefind bundles of one record per section, src/integrations/pinyin-index.ts):
// `x` + two letters per syllable for each sequence of 1–4 syllables, `w` + the initials for each sequence of
// 2–6 characters, so one exact Pagefind search answers which sections hold a sequence. ASCII letters only:
// Pagefind segments the query by the page's language, and letters survive every segmenter whole.
import type { ReadingsOf } from './pinyin-match.ts';
import type { PinyinPattern, PinyinUnit } from './pinyin-query.ts';
import { PINYIN_SYLLABLES } from './pinyin-syllables.ts';
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

/** Tokens for every reading of a run of characters, given each character's syllable codes or initials. */
const syllableTokens = (codes: readonly (readonly string[])[]) => codes.reduce<string[]>(extend, [syllablesPrefix]);
const initialsTokens = (letters: readonly (readonly string[])[]) => letters.reduce<string[]>(extend, [initialsPrefix]);

const firstLetters = (readings: readonly string[]) => [...new Set(readings.map((reading) => reading.charAt(0)))];
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
  const letters = chars.map((char) => firstLetters(readingsOf(char)));
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
    let initials = [initialsPrefix];
    for (let end = start; end < chars.length && end - start < MAX_INITIALS; end++) {
      const nextLetters = letters[end] ?? [];
      if (nextLetters.length === 0) break;
      const length = end - start + 1;
      syllables = length <= MAX_SYLLABLES ? extend(syllables, codes[end] ?? []) : [];
      initials = extend(initials, nextLetters);
      for (const token of syllables) add(token);
      if (length >= MIN_INITIALS) for (const token of initials) add(token);
    }
  }
  return perStride;
}

/** Alternatives (any of them) for the stretch of a pattern at `offset` characters; a section must hold one of every stretch. */
export interface TokenChoice {
  tokens: string[];
  offset: number;
}

/** Cuts `length` positions into stretches of at most `max` and at least `min` (the last one reaches back). */
function stretches(length: number, min: number, max: number): [start: number, end: number][] {
  const cut: [number, number][] = [];
  for (let start = 0; start < length; start += max) cut.push([start, Math.min(length, start + max)]);
  const last = cut.at(-1);
  if (last && last[1] - last[0] < min) last[0] = Math.max(0, last[1] - min);
  return cut.filter(([start, end]) => end - start >= min);
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

function unitLetters(unit: PinyinUnit, readingsOf: ReadingsOf): string[] {
  if (unit.kind === 'syllable') return [unit.syllable.charAt(0)];
  if (unit.kind === 'initial') return [unit.initial.charAt(0)];
  return firstLetters(readingsOf(unit.char));
}

/**
 * What a section holding the pattern must hold: its full syllables 4 at a time, and (unless it is all full
 * syllables) the initials of its characters 6 at a time. Sections holding them all are a superset of those
 * holding the pattern; the matcher decides.
 */
export function patternTokens(pattern: PinyinPattern, readingsOf: ReadingsOf): TokenChoice[] {
  const choices: TokenChoice[] = [];
  const syllableRuns = runs(pattern, (unit) => unit.kind === 'syllable');
  for (const run of syllableRuns) {
    const codes = run.items.map((unit) => (unit.kind === 'syllable' ? codesOf([unit.syllable]) : []));
    for (const [start, end] of stretches(codes.length, 1, MAX_SYLLABLES)) {
      choices.push({ tokens: syllableTokens(codes.slice(start, end)), offset: run.start + start });
    }
  }
  // Full syllables alone are decided by their own tokens: the initials would load a second chunk for nothing.
  if (pattern.every((unit) => unit.kind === 'syllable')) return choices;
  const letterRuns = runs(
    pattern.map((unit) => unitLetters(unit, readingsOf)),
    (letters) => letters.length > 0,
  );
  for (const run of letterRuns) {
    for (const [start, end] of stretches(run.items.length, MIN_INITIALS, MAX_INITIALS)) {
      choices.push({ tokens: initialsTokens(run.items.slice(start, end)), offset: run.start + start });
    }
  }
  return choices;
}
