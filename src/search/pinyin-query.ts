import { foldText, foldWidth } from './fold-text.ts';
import { PINYIN_SYLLABLES } from './pinyin-syllables.ts';

/** One character of the text a query unit stands for: itself, by a full reading, or by its reading's initial. */
export type PinyinUnit =
  | { kind: 'char'; char: string }
  | { kind: 'syllable'; syllable: string }
  | { kind: 'initial'; initial: string };

/** One reading of a term: a unit per character, in order. */
export type PinyinPattern = PinyinUnit[];

/** A query term (terms are ANDed) and every way of reading it with the fewest units. */
export interface PinyinTerm {
  source: string;
  patterns: PinyinPattern[];
}

/** Initials of two letters; any other initial is one letter (`z` also stands for `zh`, as in `qzgz`). */
const twoLetterInitials = ['zh', 'ch', 'sh'];
/** One-letter syllables (`a`, `o`, `e`) are initials in a query: an initial matches every reading it starts. */
const syllables = new Set(PINYIN_SYLLABLES.filter((syllable) => syllable.length > 1));
const longestSyllable = Math.max(...[...syllables].map((syllable) => syllable.length));
/** Beyond this a term is too ambiguous to be meant as pinyin (`aaaaaaaa…`). */
const MAX_PATTERNS = 64;
const latinLetter = /^[a-z]$/;
const pieceSeparator = /['’]/;

function unitsAt(letters: string, at: number): PinyinUnit[] {
  const units: PinyinUnit[] = [];
  for (let length = 2; length <= longestSyllable && at + length <= letters.length; length++) {
    const syllable = letters.slice(at, at + length);
    if (syllables.has(syllable)) units.push({ kind: 'syllable', syllable });
  }
  const two = letters.slice(at, at + 2);
  if (twoLetterInitials.includes(two)) units.push({ kind: 'initial', initial: two });
  units.push({ kind: 'initial', initial: letters.charAt(at) });
  return units;
}

const unitLength = (unit: PinyinUnit) =>
  unit.kind === 'syllable' ? unit.syllable.length : unit.kind === 'initial' ? unit.initial.length : 1;

/** Every segmentation of a run of letters into the fewest syllables and initials (`fangan`: fang·an, fan·gan). */
function letterPatterns(letters: string): PinyinPattern[] {
  const fewest: number[] = new Array(letters.length + 1).fill(Number.POSITIVE_INFINITY);
  fewest[letters.length] = 0;
  for (let at = letters.length - 1; at >= 0; at--) {
    for (const unit of unitsAt(letters, at)) {
      fewest[at] = Math.min(fewest[at] ?? 0, 1 + (fewest[at + unitLength(unit)] ?? 0));
    }
  }
  const from = (at: number): PinyinPattern[] => {
    if (at === letters.length) return [[]];
    return unitsAt(letters, at)
      .filter((unit) => fewest[at + unitLength(unit)] === (fewest[at] ?? 0) - 1)
      .flatMap((unit) => from(at + unitLength(unit)).map((rest) => [unit, ...rest]))
      .slice(0, MAX_PATTERNS + 1);
  };
  return from(0);
}

/** Patterns of one piece (no spaces or apostrophes): letters as pinyin, any other character as itself. */
function piecePatterns(piece: string): PinyinPattern[] {
  let patterns: PinyinPattern[] = [[]];
  for (const run of piece.match(/[a-z]+|[^a-z]/gu) ?? []) {
    const runPatterns = latinLetter.test(run.charAt(0))
      ? letterPatterns(run)
      : [[{ kind: 'char', char: run } satisfies PinyinUnit]];
    patterns = patterns.flatMap((pattern) => runPatterns.map((next) => [...pattern, ...next]));
  }
  return patterns;
}

function concatPatterns(pieces: PinyinPattern[][]): PinyinPattern[] {
  return pieces.reduce<PinyinPattern[]>(
    (joined, next) => joined.flatMap((pattern) => next.map((more) => [...pattern, ...more])),
    [[]],
  );
}

const isOneSyllable = (patterns: PinyinPattern[]) =>
  patterns.length === 1 && patterns[0]?.length === 1 && patterns[0][0]?.kind === 'syllable';

const hasPinyin = (pattern: PinyinPattern) => pattern.some((unit) => unit.kind !== 'char');

/** A term pinyin can search: characters, two units at least, or one full syllable (not a lone initial). */
const isSearchable = (pattern: PinyinPattern) =>
  !hasPinyin(pattern) || pattern.length > 1 || pattern[0]?.kind === 'syllable';

/**
 * The pinyin reading of a query, or undefined when it has no Latin letters or cannot be pinyin. Spaces
 * separate terms (ANDed), except between single syllables, which join as an input method joins them
 * (`qun zhong` = `qunzhong`); an apostrophe separates syllables (`xi'an`); `v` stands for `ü`.
 */
export function parsePinyinQuery(query: string): PinyinTerm[] | undefined {
  const folded = [...query.replaceAll('ü', 'v')].map(foldWidth).join('');
  const words = folded.split(/\s+/).filter((word) => word.length > 0);
  const terms: PinyinTerm[] = [];
  let inSyllableRun = false;
  for (const word of words) {
    const pieces = word
      .split(pieceSeparator)
      .map((piece) => foldText(piece).folded)
      .filter((piece) => piece.length > 0);
    if (pieces.length === 0) continue;
    const patterns = concatPatterns(pieces.map(piecePatterns));
    if (patterns.length > MAX_PATTERNS) return undefined;
    const oneSyllable = isOneSyllable(patterns);
    const previous = terms.at(-1);
    if (oneSyllable && inSyllableRun && previous) {
      previous.source += ` ${word}`;
      previous.patterns = concatPatterns([previous.patterns, patterns]);
    } else {
      terms.push({ source: word, patterns });
    }
    inSyllableRun = oneSyllable;
  }
  const patterns = terms.flatMap((term) => term.patterns);
  if (!patterns.some(hasPinyin) || !terms.every((term) => term.patterns.every(isSearchable))) return undefined;
  return terms;
}
