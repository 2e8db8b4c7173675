import { describe, expect, it } from 'vitest';
import { chapterTitleParts, chapterTitleText } from '../../src/utils/chapter-title.ts';
import { formatCitation } from '../../src/utils/citation.ts';
import { describeCoverage, missingTitleNote } from '../../src/utils/coverage.ts';
import { formatPageList, missingPagesBefore } from '../../src/utils/page-ranges.ts';
import { plainText } from '../../src/utils/plain-text.ts';

describe('formatPageList', () => {
  it.each([
    [[4], '4'],
    [[1, 2, 3], '1–3'],
    [[3, 1, 2], '1–3'],
    [[1, 3], '1、3'],
    [[1, 2, 4, 6, 7], '1–2、4、6–7'],
  ])('%j → %s', (pages, expected) => {
    expect(formatPageList(pages)).toBe(expected);
  });
});

describe('missingPagesBefore', () => {
  it('takes the run of missing pages right before the page', () => {
    expect(missingPagesBefore(4, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(missingPagesBefore(5, [1, 3, 4])).toEqual([3, 4]);
  });
  it('is empty when the page before is held', () => {
    expect(missingPagesBefore(4, [1, 2])).toEqual([]);
  });
});

describe('describeCoverage', () => {
  const page = (number: number) => ({ number, file: `${number}.txt` });
  it('names held and missing pages', () => {
    expect(describeCoverage({ pageCount: 4, pages: [page(4)], missingPages: [1, 2, 3] })).toBe(
      '原文共 4 页，本站收录第 4 页；第 1–3 页未能获取。',
    );
  });
  it('says nothing is missing when nothing is', () => {
    expect(describeCoverage({ pageCount: 2, pages: [page(1), page(2)], missingPages: [] })).toBe(
      '原文共 2 页，本站收录第 1–2 页。',
    );
  });
});

describe('missingTitleNote', () => {
  it('points at the missing pages before the first page of the chapter', () => {
    expect(missingTitleNote(4, [1, 2, 3])).toBe('标题见缺失的第 1–3 页');
    expect(missingTitleNote(3, [2])).toBe('标题见缺失的第 2 页');
  });
  it('falls back when no page before is missing', () => {
    expect(missingTitleNote(1, [])).toBe('标题缺失');
  });
});

describe('formatCitation', () => {
  const section = {
    reportTitle: '报告',
    parts: ['（二）章', '2、节'],
    sourceHost: 'www.example.com',
    url: 'https://site.example/s2/#s2-2',
    accessDate: '2025-06-01',
  };
  it('writes a GB/T 7714 [EB/OL] reference', () => {
    expect(formatCitation(section)).toBe(
      '佚名. 报告：（二）章：2、节[EB/OL]. www.example.com. [2025-06-01]. https://site.example/s2/#s2-2.',
    );
  });
  it('leaves out an unknown source', () => {
    expect(formatCitation({ ...section, sourceHost: '' })).toBe(
      '佚名. 报告：（二）章：2、节[EB/OL]. [2025-06-01]. https://site.example/s2/#s2-2.',
    );
  });
  it('skips empty title parts', () => {
    expect(formatCitation({ ...section, parts: ['', '节'] })).toContain('报告：节[EB/OL]');
  });
});

describe('plainText', () => {
  it('drops tags and decodes entities', () => {
    expect(plainText('<strong>“快”</strong> &amp; &#x4e00;&#20108; &lt;b&gt;')).toBe('“快” & 一二 <b>');
  });
  it('keeps unknown entities as written', () => {
    expect(plainText('a &bogus; b')).toBe('a &bogus; b');
  });
});

describe('chapterTitleParts', () => {
  const chapter = { title: '（一）', sourcePages: [4] };
  it('keeps a printed title as it is', () => {
    expect(chapterTitleParts({ ...chapter, titleOrigin: 'source' }, [1, 2, 3])).toEqual({
      text: '（一）',
      editorial: '',
    });
  });
  it('marks a title lost on missing pages with those pages', () => {
    expect(chapterTitleText({ ...chapter, titleOrigin: 'missing-page' }, [1, 2, 3])).toBe(
      '（一）〔标题见缺失的第 1–3 页〕',
    );
  });
  it('marks a title the site wrote', () => {
    expect(chapterTitleParts({ title: '结语', sourcePages: [4], titleOrigin: 'editorial' }, [])).toEqual({
      text: '结语',
      editorial: '〔编者拟〕',
    });
  });
});
