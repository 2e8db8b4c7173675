import { loadDefaultSimplifiedChineseParser } from 'budoux';

const phrases = loadDefaultSimplifiedChineseParser();
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** Break only between Chinese: never inside 第 1–3 页, after an opening bracket or before a closing one. */
const endsBeforeBreak = /[\p{Script=Han}，、；：。！？）〕」』】》]$/u;
const startsAfterBreak = /^[\p{Script=Han}（〔「『【《]/u;

/**
 * A short text (a heading, a table-of-contents line) cut where a line may break: between BudouX's
 * phrases (Simplified Chinese model), kept only where ICU also sees a word boundary — BudouX alone
 * cuts 领导干|部. The pieces join back to the text unchanged; with `word-break: keep-all` and a
 * `<wbr>` between them, lines break only there.
 */
export function phrasePieces(text: string): string[] {
  // Every page's table of contents holds every heading: each text is cut once per build.
  let pieces = piecesByText.get(text);
  if (!pieces) {
    pieces = cutPhrases(text);
    piecesByText.set(text, pieces);
  }
  return [...pieces];
}

const piecesByText = new Map<string, readonly string[]>();

function cutPhrases(text: string): string[] {
  const wordStarts = new Set([...words.segment(text)].map((segment) => segment.index));
  const pieces: string[] = [];
  let start = 0;
  let offset = 0;
  for (const phrase of phrases.parse(text)) {
    offset += phrase.length;
    const breakable =
      wordStarts.has(offset) &&
      endsBeforeBreak.test(text.slice(0, offset)) &&
      startsAfterBreak.test(text.slice(offset));
    if (breakable) {
      pieces.push(text.slice(start, offset));
      start = offset;
    }
  }
  pieces.push(text.slice(start));
  return joinSingleCharacters(pieces.filter((piece) => piece.length > 0));
}

/** Particles that close the phrase before them (思想的 / 关注点); any other lone character opens the next (从个体). */
const closingParticles = new Set(['的', '地', '得', '了', '着', '过', '们']);

/** A line never ends or starts on a lone character such as 从 or 的: it stays with its neighbour. */
function joinSingleCharacters(pieces: string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (piece.length === 1 && closingParticles.has(piece) && joined.length > 0 && !pending) {
      joined[joined.length - 1] += piece;
    } else if (piece.length === 1) {
      pending += piece;
    } else {
      joined.push(pending + piece);
      pending = '';
    }
  }
  if (pending) {
    if (joined.length > 0) joined[joined.length - 1] += pending;
    else joined.push(pending);
  }
  return joined;
}
