/** A folded text plus, for each of its UTF-16 units, the index of the original unit it came from. */
export interface FoldedText {
  folded: string;
  origin: number[];
}

/** Block boundary kept by folding: no query term contains it, so matches never span two blocks. */
export const BLOCK_BREAK = '\n';

// Punctuation, symbols and spaces are ignored on both sides (issue 5: "punctuation ignored").
const ignorable = /^[\p{P}\p{S}\p{Z}\t\r\f\v]$/u;

/** Full-width ASCII and the ideographic space to their half-width forms, lower-cased (Unicode FF01–FF5E). */
export function foldWidth(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase();
  if (code === 0x3000) return ' ';
  return char.toLowerCase();
}

/** Folds a section text for matching: widths folded, punctuation and spaces dropped, line breaks kept. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const kept = char === BLOCK_BREAK ? char : foldWidth(char);
    if (kept === BLOCK_BREAK || !ignorable.test(kept)) {
      folded += kept;
      for (let unit = 0; unit < kept.length; unit++) origin.push(index);
    }
    index += char.length;
  }
  return { folded, origin };
}

/** Splits a query into folded terms: whitespace separates terms (ANDed), everything else folds like text. */
export function foldTerms(query: string): string[] {
  const terms = [...query]
    .map(foldWidth)
    .join('')
    .split(/\s+/)
    .map((term) => foldText(term).folded.replaceAll(BLOCK_BREAK, ''))
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}
