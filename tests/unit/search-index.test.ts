import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkCount, chunkSettingIgnored } from '../../src/integrations/token-bundle.ts';
import {
  FIRST_LONGEST,
  provingPieces,
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
/** Positions of the tokens longer than a window's, by the window-long token they start with. */
const longerByWindow = new Map<string, number[]>();
const WINDOW_TOKEN = tokenOf('群众工作').length + 1;
for (const [position, token] of [...tokens].sort((a, b) => a[0] - b[0])) {
  positionsByToken.set(token, [...(positionsByToken.get(token) ?? []), position]);
  const window = token.slice(0, WINDOW_TOKEN);
  if (token.length > WINDOW_TOKEN) longerByWindow.set(window, [...(longerByWindow.get(window) ?? []), position]);
}

/** What the token bundle answers for a piece, from the section's tokens, as Pagefind does. */
function positionsOf(piece: TermPiece): number[] {
  const exact = positionsByToken.get(piece.token) ?? [];
  if (!piece.every) return exact.slice(0, 1);
  // An unquoted search also returns the tokens it starts with and those starting with it: the slots must tell them apart.
  const shorter = [3, 6, 9, 12].flatMap((length) => positionsByToken.get(piece.token.slice(0, length)) ?? []);
  const longer = longerByWindow.get(piece.token) ?? [];
  return [...exact, ...shorter, ...longer].sort((a, b) => a - b);
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
        expect(starts, term).toEqual(length <= FIRST_LONGEST ? expected.slice(0, 1) : expected);
      }
    }
    expect(checked.size).toBeGreaterThan(1000);
  });

  it('decides a term of up to 8 characters by one first-occurrence lookup, whatever the scale', () => {
    for (const term of ['群', '群众', '领导干部', '做群众工作的能力']) {
      expect(termPieces(term), term).toEqual([expect.objectContaining({ token: tokenOf(term), every: false })]);
    }
    expect(termPieces('做群众工作的能力问题').every((piece) => piece.every)).toBe(true);
  });

  it('proves a longer term where the first occurrences of its 8-character pieces line up, by one posting each', () => {
    const chars = [...folded];
    let proved = 0;
    for (let at = 0; at < chars.length; at += 5) {
      for (const length of [9, 12, 16, 20]) {
        const term = chars.slice(at, at + length).join('');
        if (term.length < length || term.includes('\n')) continue;
        const pieces = provingPieces(term);
        expect(
          pieces.every((piece) => !piece.every && piece.slot === FIRST_LONGEST),
          term,
        ).toBe(true);
        expect(pieces).toHaveLength(Math.ceil(length / FIRST_LONGEST));
        const starts = termStarts(pieces, pieces.map(positionsOf));
        // Only a start of the term is ever proved, and only where its first piece first occurs.
        expect(
          starts.every((start) => occurrences(term).includes(start)),
          term,
        ).toBe(true);
        expect(starts.length, term).toBeLessThanOrEqual(1);
        proved += starts.length;
      }
    }
    expect(proved).toBeGreaterThan(100);
    // The term's first 8 characters first occur where its last 8 do not follow: nothing proved, though it is there.
    const text = '领导干部要深入基层领导干部要深入基层群众';
    const byToken = new Map<string, number>();
    for (const [position, token] of sectionTokens(text)) if (!byToken.has(token)) byToken.set(token, position);
    const firstAt = (piece: TermPiece) => [byToken.get(piece.token) ?? -1];
    const later = provingPieces('领导干部要深入基层群众');
    expect(termStarts(later, later.map(firstAt))).toEqual([]);
    const first = provingPieces('领导干部要深入基层');
    expect(termStarts(first, first.map(firstAt))).toEqual([0]);
  });

  it('sorts the 3-character strings that share their first two characters together, with no longer string between', () => {
    // A pinyin walk from 考核 to 考核j… looks them all up: together they fall in one stretch of chunks, at any scale.
    const sorted = [...new Set(tokens.values())].sort();
    const rank = new Map(sorted.map((token, index) => [token, index]));
    const chars = [...folded];
    const ranksByStart = new Map<string, number[]>();
    for (const [position, token] of tokens) {
      if (position % SLOTS !== 3) continue;
      const start = Math.floor(position / SLOTS);
      const key = chars.slice(start, start + 2).join('');
      ranksByStart.set(key, [...(ranksByStart.get(key) ?? []), rank.get(token) ?? -1]);
    }
    const shared = [...ranksByStart].filter(([, ranks]) => ranks.length > 2);
    expect(shared.length).toBeGreaterThan(20);
    for (const [start, ranks] of shared) {
      expect(Math.max(...ranks) - Math.min(...ranks), start).toBe(ranks.length - 1);
    }
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

  it('gives each string of 1–8 characters one posting per section, at its first occurrence, apart from the windows', () => {
    const block = folded.search(/[^\n]{8}/);
    expect(occurrences('领导干部').length).toBeGreaterThan(1);
    expect([...tokens].filter(([, token]) => token === tokenOf('领导干部'))).toHaveLength(1);
    for (const length of [1, 3, 4, 5, 8]) {
      const start = tokenOf(folded.slice(block, block + length));
      expect([...tokens].filter(([, token]) => token === start)).toHaveLength(1);
    }
    expect(new Set([...tokens.keys()].map((position) => position % SLOTS))).toEqual(new Set([...Array(SLOTS).keys()]));
  });

  it('counts index chunks as Pagefind cuts them: once the postings reach the chunk size', () => {
    // Words as letters, one per position; each word counts its positions plus one per record.
    const chunks = (words: string, size: number) =>
      chunkCount([{ url: '/', order: 0, tokens: new Map([...words].map((word, position) => [position, word])) }], size);
    expect(chunks('abc', 4)).toBe(2);
    expect(chunks('aac', 3)).toBe(2);
    expect(chunks('aac', 100)).toBe(1);
  });

  it('tells that the chunk setting was ignored from the chunks Pagefind wrote (counts seen on the real report)', () => {
    expect(chunkSettingIgnored(3, 15, 2)).toBe(true);
    expect(chunkSettingIgnored(22, 15, 2)).toBe(false);
    expect(chunkSettingIgnored(1, 2, 1)).toBe(false);
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
        expect(windows[last]?.last || last * STRIDE + SPAN >= start + 2 * length + 44).toBe(true);
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
