import { describe, expect, it } from 'vitest';
import { extractSections } from '../../src/search/extract-sections.ts';
import {
  formatChapterNumber,
  parseChineseNumeral,
  parseSectionNumber,
  resolveSectionNumber,
  sectionNumberList,
  shortLabel,
} from '../../src/search/section-number.ts';

describe('section number queries', () => {
  it.each([
    ['二3', { chapter: 2, item: 3 }],
    ['（二）3', { chapter: 2, item: 3 }],
    ['(二)3、', { chapter: 2, item: 3 }],
    ['2.3', { chapter: 2, item: 3 }],
    ['２．３', { chapter: 2, item: 3 }],
    ['二、3', { chapter: 2, item: 3 }],
    ['二.3', { chapter: 2, item: 3 }],
    ['s2-3', { chapter: 2, item: 3 }],
    ['S2-3', { chapter: 2, item: 3 }],
    [' 十二 4 ', { chapter: 12, item: 4 }],
    ['（二）', { chapter: 2 }],
    ['二、', { chapter: 2 }],
    ['二（三）', { chapter: 2, item: 3 }],
    ['二、（三）', { chapter: 2, item: 3 }],
    ['三十八（一）', { chapter: 38, item: 1 }],
    ['s1', { chapter: 1 }],
  ])('%j names %j', (query, number) => {
    expect(parseSectionNumber(query)).toEqual(number);
  });

  it.each(['二', '23', '3', '群众', '二三', 'qz', '2.3.4', '（零）3', ''])('%j is an ordinary query', (query) => {
    expect(parseSectionNumber(query)).toBeUndefined();
  });

  it('reads and writes the chapter numerals the report prints', () => {
    expect([1, 2, 10, 11, 20, 23].map(formatChapterNumber)).toEqual([
      '（一）',
      '（二）',
      '（十）',
      '（十一）',
      '（二十）',
      '（二十三）',
    ]);
    expect(['一', '十', '十二', '二十', '九十九', '百', '一一'].map(parseChineseNumeral)).toEqual([
      1,
      10,
      12,
      20,
      99,
      undefined,
      undefined,
    ]);
  });
});

const page = (body: string) => `<html><body><main data-pagefind-body>${body}</main></body></html>`;
const sections = [
  ...extractSections(page('<h1>（一）</h1><h2 id="s1-4">4、发挥干部考核机制</h2><p>甲</p>'), '/s1/'),
  ...extractSections(
    page('<h1>（二）从个体层面</h1><p>乙</p><h2 id="s2-3">3、从方法和节奏角度，引导领导干部定局的抓点</h2><p>丙</p>'),
    '/s2/',
    2,
  ),
  ...extractSections(page('<h1>结语</h1><p>丁</p>'), '/closing/', 4),
  ...extractSections(page('<h1>三十八、从交流</h1><h2 id="p38-s1">（一）从言行，引导</h2><p>戊</p>'), '/p38/', 5),
];

describe('section list', () => {
  const list = sectionNumberList(sections);

  it('lists every numbered chapter and item with its printed label', () => {
    expect(list).toEqual([
      { chapter: 1, label: '（一）', url: '/s1/' },
      { chapter: 1, item: 4, label: '（一）4、发挥干部考核机制', url: '/s1/#s1-4' },
      { chapter: 2, label: '（二）从个体层面', url: '/s2/' },
      { chapter: 2, item: 3, label: '（二）3、从方法和节奏角度，引导领导干部定局的抓点', url: '/s2/#s2-3' },
      { chapter: 38, label: '三十八、从交流', url: '/p38/' },
      { chapter: 38, item: 1, label: '三十八、（一）从言行，引导', url: '/p38/#p38-s1' },
    ]);
  });

  it('resolves a number to its section, or names the number the report lacks', () => {
    expect(resolveSectionNumber({ chapter: 2, item: 3 }, list)).toEqual({
      label: '（二）3、从方法和节奏角度，引导领导干部定局的抓点',
      url: '/s2/#s2-3',
    });
    expect(resolveSectionNumber({ chapter: 1 }, list).url).toBe('/s1/');
    expect(resolveSectionNumber({ chapter: 2, item: 9 }, list)).toEqual({ label: '（二）9' });
    expect(resolveSectionNumber({ chapter: 5 }, list)).toEqual({ label: '（五）' });
  });

  it('cuts the label after its first clause', () => {
    expect(shortLabel('（二）3、从方法和节奏角度，引导领导干部定局的抓点')).toBe('（二）3、从方法和节奏角度……');
    expect(shortLabel('（一）4、发挥干部考核机制')).toBe('（一）4、发挥干部考核机制');
  });
});
