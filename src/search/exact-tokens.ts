import { BLOCK_BREAK } from './fold-text.ts';
import { SEARCH_INDEX_FOLDER } from './index-folder.ts';

/**
 * Layout of the exact-search token bundle. Each character of a section's folded text owns `SLOTS`
 * word positions: slot 0 holds the `WINDOW`-character string starting there, spelled apart (every
 * position, so a term longer than `FIRST_LONGEST` is decided from the positions of its pieces); slot
 * `n` holds the `n`-character string starting there when this is its first occurrence in the section
 * (one posting per section, so a common string costs as little as a rare one, at any scale).
 */
export const WINDOW = 4;
export const FIRST_LONGEST = 2 * WINDOW;
export const SLOTS = FIRST_LONGEST + 1;

/**
 * Ends a window's token, so that a frequent 4-character term's first occurrence is not looked up in the
 * chunk holding all its positions. No string's token ends so: tokens are whole 3- and 7-character units.
 */
const WINDOW_MARK = 'w';

/** The token of the window starting with the string whose token is `token`. */
function windowToken(token: string): string {
  return `${token}${WINDOW_MARK}`;
}

// Three base-36 digits reach U+B63E, past every CJK ideograph of the basic plane; `zzz` escapes the rest.
const ESCAPE = 36 ** 3 - 1;

function charToken(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < ESCAPE ? code.toString(36).padStart(3, '0') : `zzz${code.toString(36).padStart(4, '0')}`;
}

/**
 * Set after the first two characters of a 3-character string's token, which sorts it after the longer
 * strings of that start (`x` follows the first letter of the unit of every character below U+A710, CJK
 * ideographs included): the 3-character strings that share a start lie together, so a pinyin walk from two
 * characters to three (pinyin-spelled.ts) reads one stretch of the index, not every chunk under its start
 * (5 at 100×). Longer strings still sort right before their extensions, which keeps a small report's chunks
 * compressible (every length sorted apart made them 7 % larger).
 */
const THREE_MARK = 'x';

/** The token of a string of `length` characters, from the joined tokens of all but its last character and the last's. */
function extendedToken(before: string, last: string, length: number): string {
  return length === 3 ? `${before}${THREE_MARK}${last}` : `${before}${last}`;
}

/** The token of a folded string: ASCII digits and letters only, which every Pagefind language keeps whole. */
export function tokenOf(text: string): string {
  const units = [...text].map(charToken);
  return extendedToken(units.slice(0, -1).join(''), units.at(-1) ?? '', units.length);
}

/** Word position → token for one section's folded text (code points; block breaks end every string). */
export function sectionTokens(folded: string): Map<number, string> {
  const chars = [...folded];
  const charTokens = chars.map(charToken);
  const tokens = new Map<number, string>();
  const seen = new Set<string>();
  let blockEnd = -1;
  for (let at = 0; at < chars.length; at++) {
    if (chars[at] === BLOCK_BREAK) continue;
    if (at > blockEnd) {
      const next = chars.indexOf(BLOCK_BREAK, at);
      blockEnd = next === -1 ? chars.length : next;
    }
    let joined = '';
    for (let length = 1; length <= FIRST_LONGEST && at + length <= blockEnd; length++) {
      const unit = charTokens[at + length - 1] ?? '';
      const token = extendedToken(joined, unit, length);
      joined += unit;
      if (length === WINDOW) tokens.set(at * SLOTS, windowToken(token));
      if (!seen.has(token)) {
        seen.add(token);
        tokens.set(at * SLOTS + length, token);
      }
    }
  }
  return tokens;
}

/**
 * One token to look up for a term, at `offset` characters into it, found at word `slot` of its
 * position; `every`: all its positions are needed (a piece of a longer term), not only the first.
 */
export interface TermPiece {
  token: string;
  offset: number;
  slot: number;
  every: boolean;
}

/** Where pieces `width` characters long cover a longer term: every `width` characters, plus the one ending it. */
function pieceOffsets(length: number, width: number): number[] {
  const offsets = new Set<number>();
  for (let offset = 0; offset + width < length; offset += width) offsets.add(offset);
  offsets.add(length - width);
  return [...offsets];
}

/**
 * The tokens that decide a term: a term of up to `FIRST_LONGEST` characters is its own token (its first
 * occurrence); a longer one is covered by windows every `WINDOW` characters plus one ending with it.
 */
export function termPieces(term: string): TermPiece[] {
  const chars = [...term];
  if (chars.length <= FIRST_LONGEST) {
    return [{ token: tokenOf(term), offset: 0, slot: chars.length, every: false }];
  }
  return pieceOffsets(chars.length, WINDOW).map((offset) => ({
    token: windowToken(tokenOf(chars.slice(offset, offset + WINDOW).join(''))),
    offset,
    slot: 0,
    every: true,
  }));
}

/**
 * Pieces that prove a section holds a term without its windows: the first occurrences of its strings of
 * `FIRST_LONGEST` characters every `FIRST_LONGEST` characters plus the one ending it (one posting per section
 * each, where a window holds every position). Where they line up the term starts there; where they do not,
 * the section may still hold it elsewhere. A term of up to `FIRST_LONGEST` characters is decided as ever.
 */
export function provingPieces(term: string): TermPiece[] {
  const chars = [...term];
  if (chars.length <= FIRST_LONGEST) return termPieces(term);
  return pieceOffsets(chars.length, FIRST_LONGEST).map((offset) => ({
    token: tokenOf(chars.slice(offset, offset + FIRST_LONGEST).join('')),
    offset,
    slot: FIRST_LONGEST,
    every: false,
  }));
}

/**
 * Where a term starts in one section, from the word positions at which each of its pieces was found
 * there: every start at which all pieces line up, in text order (a short term: its first occurrence).
 */
export function termStarts(pieces: readonly TermPiece[], positions: readonly (readonly number[])[]): number[] {
  const [first, ...rest] = pieces;
  if (!first) return [];
  const found = rest.map((_, index) => new Set(positions[index + 1]));
  const starts: number[] = [];
  for (const position of positions[0] ?? []) {
    if (position % SLOTS !== first.slot) continue;
    const start = (position - first.slot) / SLOTS - first.offset;
    if (rest.every((piece, index) => found[index]?.has((start + piece.offset) * SLOTS + piece.slot))) {
      starts.push(start);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** Where the exact-search token bundle is built, relative to the site's base. */
export const EXACT_BUNDLE = `${SEARCH_INDEX_FOLDER}exact/`;
