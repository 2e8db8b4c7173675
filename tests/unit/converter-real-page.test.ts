import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertReport, type SourceFile } from '../../src/converter/convert.ts';
import { parseCorrections } from '../../src/converter/corrections.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { parseFrontmatter } from '../support/chapters.ts';
import { compileChapter } from '../support/compile-mdx.ts';
import { referenceBody, referenceSentences } from '../support/source-reference.ts';

const sourcePath = 'content/source/xuehuiba-a25320_4.txt';
const sourceText = readFileSync(sourcePath, 'utf8');
const editorial = {
  sourceUrls: JSON.parse(readFileSync('content/source/sources.json', 'utf8')),
  corrections: parseCorrections(readFileSync('content/source/corrections.json', 'utf8'), 'corrections.json'),
};
const convert = (sources: SourceFile[]) => convertReport(sources, editorial);
const files = convert([{ file: sourcePath, bytes: readFileSync(sourcePath) }]);
const chapters = [...files].filter(([path]) => path.endsWith('.mdx')).map(([, content]) => content);

/** Han characters and digits only: the report's words, free of punctuation width and markup. */
const words = (text: string) => text.replace(/[^\p{Script=Han}0-9]/gu, '');

/** What a chapter contributes to the report's text: its source heading, then its body. */
function chapterWords(mdx: string): string {
  const data = parseFrontmatter(mdx);
  const body = mdx
    .split('---\n')
    .slice(2)
    .join('---\n')
    .replace(/\{\/\*#[a-z0-9-]+\*\/\}/g, '');
  return words((data.titleOrigin === 'source' ? data.title : '') + body);
}

describe('the real page 4', () => {
  it('keeps every word of the body, in order, and adds none', () => {
    expect(chapters.map(chapterWords).join('')).toBe(words(referenceBody(sourceText)));
  });

  it('keeps every body sentence, in order, after the documented normalisation', () => {
    const text = chapters.join('\n').replace(/\*\*/g, '');
    const sentences = referenceSentences(sourceText);
    let from = 0;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence, from);
      expect(at, `sentence «${sentence}»`).toBeGreaterThanOrEqual(from);
      from = at + sentence.length;
    }
    expect(sentences.length).toBeGreaterThan(40);
  });

  it.each([
    '本文由',
    '收集整理',
    'xuehuiba',
    '上一页',
    '下一页',
    'Copyright',
    '概要',
    '阅读:',
    '标签',
    'Tag:',
    '学会吧',
  ])('leaves no site noise in any chapter: %s', (noise) => {
    for (const chapter of chapters) expect(chapter).not.toContain(noise);
  });

  it('splits into the tail of （一）, all of （二） and the closing paragraph', () => {
    expect(chapters.map((chapter) => [parseFrontmatter(chapter).slug, parseFrontmatter(chapter).titleOrigin])).toEqual([
      ['s1', 'missing-page'],
      ['s2', 'source'],
      ['closing', 'editorial'],
    ]);
  });

  it('gives headings short stable ids from their numbering, unique across the report', () => {
    const ids = chapters.flatMap((chapter) =>
      [...chapter.matchAll(/\{\/\*#([a-z0-9-]+)\*\/\}/g)].map((match) => match[1]),
    );
    expect(ids).toEqual(['s1-4', 's2-1', 's2-2', 's2-3', 's2-4', 's2-5']);
  });

  it('reads items that open with a heading sentence as heading + paragraph, and 4、 alone as a heading', () => {
    expect(chapters[0]).toContain('## 4、发挥干部考核机制在群众工作中的鞭策作用 {/*#s1-4*/}\n');
    expect(chapters[1]).toContain(
      '## 1、从思维和潜意识角度，引导领导干部思想的关注点 {/*#s2-1*/}\n\n思想意识对人的言行',
    );
  });

  it('rejoins words the site split at its page breaks', () => {
    expect(chapters[1]).toContain('做群众工作的能力。');
    expect(chapters[2]).toContain('从而使主客观因素');
  });

  it('emphasises the four defined terms, and nothing else', () => {
    const strong = chapters.flatMap((chapter) => [...chapter.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1]));
    expect(strong).toEqual(['“快”', '“缓”', '“动”', '“静”']);
    expect(chapters[1]).toContain('**“快”**主要是指');
  });

  it('keeps the typos of the original and notes the editorial reading', () => {
    expect(chapters[1]).toContain('导致矛盾潜优');
    expect(chapters[1]).toContain('原文作“矛盾潜优”，疑为“矛盾潜伏”之误');
  });

  it('records the metadata without guessing a year', () => {
    const report = reportSchema.parse(JSON.parse(files.get('report.json') ?? ''));
    expect(report).toMatchObject({
      title: '提高基层领导干部做群众工作能力问题研究',
      category: '考察报告',
      tags: ['考察学习报告', '公务员考察报告'],
      datePrinted: '07-23 14:35:00',
      views: 8140,
      pageCount: 4,
      missingPages: [1, 2, 3],
      pages: [{ number: 4, url: 'http://www.xuehuiba.com/baogao/kaocha8/a25320_4.html' }],
    });
  });

  it.each(chapters.map((chapter, index) => [index + 1, chapter]))('chapter %i compiles as MDX', async (_, chapter) => {
    await expect(compileChapter(chapter)).resolves.toBeDefined();
  });

  it('converts twice to byte-identical output', () => {
    expect(convert([{ file: sourcePath, bytes: readFileSync(sourcePath) }])).toEqual(files);
  });

  it('keeps a half-width (二) that opens a page as its own heading', () => {
    const lines = sourceText.split('\n');
    const header = lines.slice(0, 7);
    const headingIndex = lines.findIndex((line) => line.startsWith('(二)'));
    // Page 3 ends on the heading 4、 (its paragraph left out), so nothing ends the sentence at the break.
    const page3 = [...header, ...lines.slice(7, headingIndex - 1), '', '上一页 [1] [2] [3] [4] 下一页'];
    const page4 = [...header, ...lines.slice(headingIndex)];
    const whole = [...header, ...lines.slice(7, headingIndex - 1), ...lines.slice(headingIndex)];
    const titles = (files: Map<string, string>) =>
      [...files].filter(([path]) => path.endsWith('.mdx')).map(([, mdx]) => parseFrontmatter(mdx).title);
    const split = convert([
      { file: 'split/xuehuiba-a25320_3.txt', bytes: Buffer.from(page3.join('\n')) },
      { file: 'split/xuehuiba-a25320_4.txt', bytes: Buffer.from(page4.join('\n')) },
    ]);
    const unsplit = convert([{ file: 'split/xuehuiba-a25320_4.txt', bytes: Buffer.from(whole.join('\n')) }]);
    expect(titles(split)).toEqual(titles(unsplit));
    expect(titles(split)).toContain('（二）从个体层面直接提高基层领导干部做群众工作的能力');
  });

  it('gives the same text when the page arrives as two pages split mid-word', () => {
    const lines = sourceText.split('\n');
    const breakLine = lines.findIndex((line) => line.endsWith('做群众工'));
    const header = lines.slice(0, 7);
    const footer = (pagination: string) => ['', pagination, '', 'Copyright 学会吧 All Right Reserved.'];
    const page3 = [...header, ...lines.slice(7, breakLine + 1), ...footer('上一页 [1] [2] [3] [4] 下一页')];
    const page4 = [
      ...header,
      lines[breakLine + 2]?.replace('www.xuehuiba.com ', '') ?? '',
      ...lines.slice(breakLine + 3),
    ];
    const split = convert([
      { file: 'split/xuehuiba-a25320_4.txt', bytes: Buffer.from(page4.join('\n')) },
      { file: 'split/xuehuiba-a25320_3.txt', bytes: Buffer.from(page3.join('\n')) },
    ]);
    const splitChapters = [...split].filter(([path]) => path.endsWith('.mdx')).map(([, content]) => content);
    expect(splitChapters.map(chapterWords).join('')).toBe(chapters.map(chapterWords).join(''));
    expect(splitChapters[1]).toContain('做群众工作的能力。');
    expect(JSON.parse(split.get('report.json') ?? '').missingPages).toEqual([1, 2]);
  });
});
