import { type FoldedText, foldText } from './fold-text.ts';
import { mergeRanges, originalRange, type TextRange } from './match-ranges.ts';
import type { PinyinPattern, PinyinTerm, PinyinUnit } from './pinyin-query.ts';

/** The toneless readings of a character (every reading of a polyphone), none for a character that is not Han. */
export type ReadingsOf = (char: string) => readonly string[];

function unitMatches(unit: PinyinUnit, char: string, readingsOf: ReadingsOf): boolean {
  if (unit.kind === 'char') return unit.char === char;
  const readings = readingsOf(char);
  return unit.kind === 'syllable'
    ? readings.includes(unit.syllable)
    : readings.some((reading) => reading.startsWith(unit.initial));
}

interface FoldedChars {
  chars: string[];
  /** UTF-16 offset in the folded text of each character. */
  offsets: number[];
}

function foldedChars(folded: string): FoldedChars {
  const chars = [...folded];
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  return { chars, offsets };
}

function patternMatchesAt(pattern: PinyinPattern, chars: string[], at: number, readingsOf: ReadingsOf): boolean {
  return pattern.every((unit, index) => {
    const char = chars[at + index];
    return char !== undefined && unitMatches(unit, char, readingsOf);
  });
}

/** Where a term occurs in a folded text, as `[start, end)` UTF-16 offsets of the folded text. */
function termOccurrences(term: PinyinTerm, text: FoldedChars, readingsOf: ReadingsOf): TextRange[] {
  const found: TextRange[] = [];
  for (let at = 0; at < text.chars.length; at++) {
    const pattern = term.patterns.find((candidate) => patternMatchesAt(candidate, text.chars, at, readingsOf));
    if (pattern) found.push([text.offsets[at] ?? 0, text.offsets[at + pattern.length] ?? 0]);
  }
  return found;
}

/** The occurrences of a pinyin query's terms in a text; ranges in the original text. */
export interface PinyinMatch {
  ranges: TextRange[];
  /** The distinct stretches of folded text the terms matched (`群众`), for the landing page to highlight. */
  matched: string[];
  /** Per term, the distinct stretches of folded text it matched. */
  stretches: string[][];
  /** Whether each term occurs (a section must hold them all). */
  found: boolean[];
}

export function pinyinMatch(
  text: string,
  terms: readonly PinyinTerm[],
  readingsOf: ReadingsOf,
  folded: FoldedText = foldText(text),
): PinyinMatch {
  const chars = foldedChars(folded.folded);
  const perTerm = terms.map((term) => termOccurrences(term, chars, readingsOf));
  const occurrences = perTerm.flat();
  const stretches = perTerm.map((found) => [...new Set(found.map(([start, end]) => folded.folded.slice(start, end)))]);
  return {
    ranges: mergeRanges(occurrences.map(([start, end]) => originalRange(text, folded, start, end))),
    matched: [...new Set(stretches.flat())],
    stretches,
    found: perTerm.map((found) => found.length > 0),
  };
}
