import { type FoldedText, foldText } from './fold-text.ts';

/** A half-open range `[start, end)` of UTF-16 indices in the original text. */
export type TextRange = [start: number, end: number];

/** Every occurrence of every term, mapped back to the original text, sorted and merged where they touch. */
export function matchRanges(text: string, terms: readonly string[], folded: FoldedText = foldText(text)): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.folded.indexOf(term); at !== -1; at = folded.folded.indexOf(term, at + 1)) {
      ranges.push(originalRange(text, folded, at, at + term.length));
    }
  }
  return mergeRanges(ranges);
}

/** The range of the original text that the folded units `[start, end)` come from. */
export function originalRange(text: string, folded: FoldedText, start: number, end: number): TextRange {
  const from = folded.origin[start] ?? 0;
  const last = folded.origin[end - 1] ?? from;
  return [from, last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)];
}

/** Ranges sorted and merged where they overlap or touch. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const previous = merged.at(-1);
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
