import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkCount } from '../../src/integrations/token-bundle.ts';
import {
  SLOTS,
  sectionTokens,
  type TermPiece,
  termPieces,
  termStarts,
  tokenOf,
} from '../../src/search/exact-tokens.ts';
import { buildExcerpt, leadExcerpt } from '../../src/search/excerpt.ts';
import { foldText } from '../../src/search/fold-text.ts';
import { matchRanges } from '../../src/search/match-ranges.ts';
import type { Section } from '../../src/search/section.ts';
import { firstWindowFor, joinWindows, SPAN, STRIDE, textWindows, windowsReach } from '../../src/search/text-windows.ts';

/** A real chapter's text, blocks one a line, as the index would see a section of it. */
const chapterText = readFileSync('content/chapters/02-s2.mdx', 'utf8')
  .split('\n')
  .filter((line) => /\p{Script=Han}/u.test(line) && !line.startsWith('title'))
  .map((line) => line.replace(/[#*{}/]|^\s*\d+\.\s*/g, '').trim())
  .join('\n');
const folded = foldText(chapterText).folded;
const tokens = sectionTokens(folded);
const positionsByToken = new Map<string, number[]>();
for (const [position, token] of [...tokens].sort((a, b) => a[0] - b[0])) {
  positionsByToken.set(token, [...(positionsByToken.get(token) ?? []), position]);
}

/** What the token bundle answers for a piece, from the section's tokens, as Pagefind does. */
function positionsOf(piece: TermPiece): number[] {
  const exact = positionsByToken.get(piece.token) ?? [];
  if (!piece.every) return exact.slice(0, 1);
  // An unquoted search also returns the tokens it starts with: the slots must tell them apart.
  const shorter = [3, 6, 9].flatMap((length) => positionsByToken.get(piece.token.slice(0, length)) ?? []);
  return [...exact, ...shorter].sort((a, b) => a - b);
}

/** Start of every occurrence, in characters (the chapter text is all in the basic plane). */
function occurrences(term: string): number[] {
  const starts: number[] = [];
  for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) starts.push(at);
  return starts;
}

describe('exact-search tokens', () => {
  it('spells every string in ASCII digits and letters, prefix-free, astral characters escaped', () => {
    expect(tokenOf('群众')).toMatch(/^[0-9a-z]{6}$/);
    expect(tokenOf('𠮷')).toBe(`zzz${(0x20bb7).toString(36).padStart(4, '0')}`);
    expect(tokenOf('a')).toBe('02p');
  });

  it('decides every substring of a real chapter exactly: all starts of longer terms, the first of short ones', () => {
    expect(folded.length).toBeGreaterThan(500);
    expect([...folded].length).toBe(folded.length);
    const chars = [...folded];
    const checked = new Set<string>();
    for (let at = 0; at < chars.length; at += 7) {
      for (let length = 1; length <= 12; length++) {
        const term = chars.slice(at, at + length).join('');
        if (term.includes('\n') || checked.has(term)) continue;
        checked.add(term);
        const pieces = termPieces(term);
        const starts = termStarts(pieces, pieces.map(positionsOf));
        const expected = occurrences(term);
        expect(starts, term).toEqual(length <= 4 ? expected.slice(0, 1) : expected);
      }
    }
    expect(checked.size).toBeGreaterThan(1000);
  });

  it('finds nothing for strings that are absent or span a block break', () => {
    for (const term of ['考核群众', '领导工作', '群众心声机制', `${folded.slice(0, 3)}不`]) {
      const pieces = termPieces(term);
      expect(termStarts(pieces, pieces.map(positionsOf)), term).toEqual([]);
    }
    const aroundBreak = folded.slice(folded.indexOf('\n') - 3, folded.indexOf('\n') + 4).replace('\n', '');
    const pieces = termPieces(aroundBreak);
    expect(termStarts(pieces, pieces.map(positionsOf))).toEqual(occurrences(aroundBreak));
  });

  it('gives each string of 1–3 characters one posting per section, at its first occurrence', () => {
    const firstOfA = [...tokens].filter(([, token]) => token === tokenOf(folded[0] ?? ''));
    expect(firstOfA).toEqual([[1, tokenOf(folded[0] ?? '')]]);
    expect(new Set([...tokens.keys()].map((position) => position % SLOTS))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('counts index chunks as Pagefind cuts them: once the postings reach the chunk size', () => {
    const record = (tokensAt: [number, string][]) => ({ url: '/', order: 0, tokens: new Map(tokensAt) });
    // Each word counts its positions plus one per record.
    expect(
      chunkCount(
        [
          record([
            [0, 'a'],
            [1, 'b'],
            [2, 'c'],
          ]),
        ],
        4,
      ),
    ).toBe(2);
    expect(
      chunkCount(
        [
          record([
            [0, 'a'],
            [1, 'a'],
            [2, 'c'],
          ]),
        ],
        3,
      ),
    ).toBe(2);
    expect(
      chunkCount(
        [
          record([
            [0, 'a'],
            [1, 'a'],
            [2, 'c'],
          ]),
        ],
        100,
      ),
    ).toBe(1);
  });
});

describe('text windows', () => {
  const section: Section = { url: '/s2/#s2', chapter: '（二）', path: '（二）', text: chapterText, position: 0 };
  const windows = textWindows(section);

  it('tile the section text: consecutive windows joined give it back', () => {
    expect(windows.length).toBe(Math.ceil(folded.length / STRIDE));
    expect(joinWindows(windows).text).toBe(chapterText);
    expect(windows.at(-1)?.last).toBe(true);
  });

  it('hold every excerpt a match needs within the windows the search fetches', () => {
    for (const start of [0, 100, STRIDE - 1, STRIDE + 30, folded.length - 10]) {
      for (const length of [1, 4, 9, 30]) {
        const first = firstWindowFor(start);
        let last = first;
        while (!windows[last]?.last && !windowsReach(last, start, length)) last++;
        expect(first * STRIDE).toBeLessThanOrEqual(Math.max(0, start - 20));
        expect(windows[last]?.last || last * STRIDE + SPAN >= start + length + 64).toBe(true);
      }
    }
  });

  it('mark an excerpt cut where the window cuts its block', () => {
    const middle = windows[1];
    if (!middle) throw new Error('one window only');
    const { text, before, after } = joinWindows([middle]);
    const excerpt = buildExcerpt(text, [[0, 1]], 64, { before, after });
    expect(excerpt.cutStart).toBe(middle.before);
  });
});

describe('an excerpt for a match in the heading', () => {
  it('shows the first sentence under the heading instead of repeating it', () => {
    const text = '（二）从个体层面\n做群众工作的最终执行者是领导干部。后面还有很多话。';
    const excerpt = leadExcerpt(text, matchRanges(text, ['个体']), { before: false, after: false });
    expect(excerpt.parts.map((part) => part.text).join('')).toBe('做群众工作的最终执行者是领导干部。');
    expect(excerpt.cutEnd).toBe(true);
    const marked = leadExcerpt(text, matchRanges(text, ['领导']), { before: false, after: false });
    expect(marked.parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['领导']);
  });
});
