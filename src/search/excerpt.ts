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

/**
 * About `length` characters of `text` around its first match, never cutting a match nor crossing
 * a block break, with every match inside the window marked.
 */
export function buildExcerpt(text: string, ranges: readonly TextRange[], length = 64): Excerpt {
  const [firstStart = 0, firstEnd = 0] = ranges[0] ?? [];
  const blockStart = text.lastIndexOf(BLOCK_BREAK, firstStart - 1) + 1;
  const nextBreak = text.indexOf(BLOCK_BREAK, firstEnd);
  const blockEnd = nextBreak === -1 ? text.length : nextBreak;
  let start = Math.max(blockStart, firstStart - Math.floor((length - (firstEnd - firstStart)) / 3));
  let end = Math.min(blockEnd, Math.max(firstEnd, start + length));
  start = Math.max(blockStart, Math.min(start, end - length));
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeStart < end && rangeEnd > end) end = rangeEnd;
  }
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeEnd <= start || rangeStart >= end) continue;
    if (rangeStart > at) parts.push({ text: text.slice(at, rangeStart), marked: false });
    parts.push({ text: text.slice(Math.max(at, rangeStart), rangeEnd), marked: true });
    at = rangeEnd;
  }
  if (end > at) parts.push({ text: text.slice(at, end), marked: false });
  return { parts, cutStart: start > blockStart, cutEnd: end < blockEnd };
}
