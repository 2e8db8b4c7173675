import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  countHan,
  paginationLine,
  readCorpus,
  seededRandom,
  splitSentences,
  syntheticBodyLines,
  syntheticPages,
} from '../../bench/lib/synthetic-report.ts';

const sourcePage = readFileSync('content/source/xuehuiba-a25320_4.txt', 'utf8');
const corpus = readCorpus(sourcePage);

describe('readCorpus', () => {
  it('keeps the header and footer of the scraped page out of the body', () => {
    expect(corpus.header).toContain('标签:');
    expect(corpus.footer.startsWith('上一页')).toBe(true);
    expect(corpus.sentences.some((sentence) => sentence.includes('All Right Reserved'))).toBe(false);
  });

  it('reads the numbered headings without their numbers', () => {
    expect(corpus.headings).toContain('发挥干部考核机制在群众工作中的鞭策作用');
    expect(corpus.headings).toContain('从个体层面直接提高基层领导干部做群众工作的能力');
    expect(corpus.headings.every((heading) => !/^[\d(（]/.test(heading))).toBe(true);
  });

  it('joins the sentence a page break split, without the watermark', () => {
    expect(corpus.sentences.some((sentence) => sentence.endsWith('提高基层领导干部做群众工作的能力。'))).toBe(true);
    expect(corpus.sentences.some((sentence) => sentence.startsWith('www.xuehuiba.com'))).toBe(false);
  });

  it('takes only whole sentences, each one from the source', () => {
    const flatSource = sourcePage.replace(/\n\s*\nwww\.xuehuiba\.com /g, '');
    for (const sentence of corpus.sentences) {
      expect(sentence).toMatch(/[。！？]$/);
      expect(flatSource).toContain(sentence);
    }
  });
});

describe('helpers', () => {
  it('splits sentences and drops an unfinished tail', () => {
    expect(splitSentences('甲。乙！丙')).toEqual(['甲。', '乙！']);
  });

  it('counts Han characters only', () => {
    expect(countHan('群众, work 1、')).toBe(2);
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [43, '四十三'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [2300, '二千三百'],
  ])('writes %i as %s', (n, numeral) => {
    expect(chineseNumeral(n)).toBe(numeral);
  });

  it('rejects numbers it cannot write', () => {
    expect(() => chineseNumeral(0)).toThrow();
    expect(() => chineseNumeral(10_000)).toThrow();
  });

  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom(8);
    const b = seededRandom(8);
    const c = seededRandom(9);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });
});

describe('syntheticPages', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    expect(syntheticPages(corpus, { scale: 2, seed: 8 })).toEqual(syntheticPages(corpus, { scale: 2, seed: 8 }));
    expect(syntheticPages(corpus, { scale: 2, seed: 9 })).not.toEqual(syntheticPages(corpus, { scale: 2, seed: 8 }));
  });

  it.each([1, 10])('makes about %i× the real body in Han characters', (scale) => {
    const lines = syntheticBodyLines(corpus, { scale, seed: 8 });
    const han = lines.reduce((total, line) => total + countHan(line), 0);
    expect(han).toBeGreaterThanOrEqual(scale * corpus.hanCount);
    expect(han).toBeLessThan(scale * corpus.hanCount + 2000);
  });

  it('numbers parts 一、, chapters (一) and items 1、 in order', () => {
    const headings = syntheticBodyLines(corpus, { scale: 10, seed: 8 }).filter((line) =>
      corpus.headings.some((h) => line.endsWith(h)),
    );
    expect(headings[0]).toMatch(/^一、/);
    expect(headings[1]).toMatch(/^\(一\)/);
    expect(headings[2]).toMatch(/^1、/);
    expect(headings.some((line) => line.startsWith('二、'))).toBe(true);
    expect(headings.some((line) => line.startsWith('5、'))).toBe(true);
  });

  it('builds every body paragraph from real sentences only', () => {
    const sentences = new Set(corpus.sentences);
    const paragraphs = syntheticBodyLines(corpus, { scale: 3, seed: 8 }).filter(
      (line) => !corpus.headings.some((h) => line.endsWith(h)),
    );
    for (const paragraph of paragraphs) {
      for (const sentence of splitSentences(paragraph)) expect(sentences.has(sentence)).toBe(true);
    }
  });

  it('frames each page like the real one, one page per 1× of text', () => {
    const pages = syntheticPages(corpus, { scale: 10, seed: 8 });
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.length).toBeLessThanOrEqual(11);
    for (const [index, page] of pages.entries()) {
      expect(page.startsWith(corpus.header)).toBe(true);
      // The real footer, its pagination line made true for this page.
      expect(page).toContain(`\n${paginationLine(index + 1, pages.length)}\n`);
      expect(page.endsWith(corpus.footer.split('\n').at(-1) ?? '')).toBe(true);
    }
  });
});

describe('paginationLine', () => {
  it.each([
    [1, 1, '[1]'],
    [1, 3, '[1] [2] [3] 下一页'],
    [2, 3, '上一页 [1] [2] [3] 下一页'],
    [3, 3, '上一页 [1] [2] [3]'],
  ])('page %i of %i: %s', (page, count, expected) => {
    expect(paginationLine(page, count)).toBe(expected);
  });
});
