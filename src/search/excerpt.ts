import { BLOCK_BREAK } from './fold-text.ts';
import type { TextRange } from './match-ranges.ts';

/** A piece of an excerpt, marked when it is an occurrence of the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** An excerpt and whether its block goes on before or after it (shown as an ellipsis, not as text). */
export interface Excerpt {
  parts: ExcerptPart[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** Whether the text given to an excerpt is itself cut from a longer block at its start or end. */
export interface TextEdges {
  before: boolean;
  after: boolean;
}

const EXCERPT_LENGTH = 64;
const sentenceEnd = /[。！？]/;

/** `text[start, end)` in pieces, the parts inside `ranges` marked. */
export function markedParts(text: string, ranges: readonly TextRange[], start = 0, end = text.length): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeEnd <= start || rangeStart >= end) continue;
    if (rangeStart > at) parts.push({ text: text.slice(at, rangeStart), marked: false });
    parts.push({ text: text.slice(Math.max(at, rangeStart), rangeEnd), marked: true });
    at = rangeEnd;
  }
  if (end > at) parts.push({ text: text.slice(at, end), marked: false });
  return parts;
}

/** `end` moved past every range it would cut. */
function pastRanges(end: number, ranges: readonly TextRange[]): number {
  let moved = end;
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeStart < moved && rangeEnd > moved) moved = rangeEnd;
  }
  return moved;
}

/**
 * About `length` characters of `text` around its first match, never cutting a match nor crossing
 * a block break, with every match inside the window marked.
 */
export function buildExcerpt(
  text: string,
  ranges: readonly TextRange[],
  length = EXCERPT_LENGTH,
  edges: TextEdges = { before: false, after: false },
): Excerpt {
  const [firstStart = 0, firstEnd = 0] = ranges[0] ?? [];
  const blockStart = text.lastIndexOf(BLOCK_BREAK, firstStart - 1) + 1;
  const nextBreak = text.indexOf(BLOCK_BREAK, firstEnd);
  const blockEnd = nextBreak === -1 ? text.length : nextBreak;
  let start = Math.max(blockStart, firstStart - Math.floor((length - (firstEnd - firstStart)) / 3));
  const fitted = Math.min(blockEnd, Math.max(firstEnd, start + length));
  start = Math.max(blockStart, Math.min(start, fitted - length));
  const end = pastRanges(fitted, ranges);
  return {
    parts: markedParts(text, ranges, start, end),
    cutStart: start > blockStart || (start === 0 && edges.before),
    cutEnd: end < blockEnd || (end === text.length && edges.after),
  };
}

/**
 * The first sentence after a section's heading (its first block), for a hit whose match is in the
 * heading: the heading already shows as the hit's path and often as its chapter.
 */
export function leadExcerpt(text: string, ranges: readonly TextRange[], edges: TextEdges): Excerpt {
  const start = text.indexOf(BLOCK_BREAK) + 1;
  const nextBreak = text.indexOf(BLOCK_BREAK, start);
  const blockEnd = nextBreak === -1 ? text.length : nextBreak;
  const sentence = sentenceEnd.exec(text.slice(start, blockEnd));
  const sentenceEndAt = sentence ? start + sentence.index + 1 : blockEnd;
  const end = pastRanges(Math.min(sentenceEndAt, start + EXCERPT_LENGTH), ranges);
  return {
    parts: markedParts(text, ranges, start, end),
    cutStart: false,
    cutEnd: end < blockEnd || (end === text.length && edges.after),
  };
}
