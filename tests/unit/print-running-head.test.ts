import { describe, expect, it } from 'vitest';
import { chapterPageName, chapterPageRule, cssString, runningHeadText } from '../../src/utils/print.ts';

describe('runningHeadText', () => {
  it.each([
    ['报告', '（二）标题', '报告 · （二）标题'],
    ['报告', undefined, '报告'],
    ['报告', '', '报告'],
  ])('(%s, %s) → %s', (report, chapter, expected) => {
    expect(runningHeadText(report, chapter)).toBe(expected);
  });
});

describe('cssString', () => {
  it.each([
    ['结语', '"结语"'],
    ['“快”与"慢"', '"“快”与\\22 慢\\22 "'],
    ['a\\b', '"a\\5c b"'],
    ['</style><script>', '"\\3c /style>\\3c script>"'],
    ['一\n二', '"一\\a 二"'],
  ])('%j → %s', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('rules', () => {
  it('puts a chapter on its own named page with its own running head', () => {
    expect(chapterPageName('s2')).toBe('chapter-s2');
    expect(chapterPageRule('s2', '报告 · （二）')).toBe(
      '@page chapter-s2{@top-center{content:"报告 · （二）"!important}}[data-print-chapter="s2"]{page:chapter-s2}',
    );
  });
});
