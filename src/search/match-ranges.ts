import { type FoldedText, foldText } from './fold-text.ts';

/** A half-open range `[start, end)` of UTF-16 indices in the original text. */
export type TextRange = [start: number, end: number];

/** Every occurrence of every term, mapped back to the original text, sorted and merged where they touch. */
export function matchRanges(text: string, terms: readonly string[], folded: FoldedText = foldText(text)): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.folded.indexOf(term); at !== -1; at = folded.folded.indexOf(term, at + 1)) {
      const start = folded.origin[at] ?? 0;
      const last = folded.origin[at + term.length - 1] ?? start;
      ranges.push([start, last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)]);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    const previous = merged.at(-1);
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
