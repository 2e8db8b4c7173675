import { describe, expect, it } from 'vitest';
import { chapterTabTitle } from '../../src/utils/chapter-title.ts';
import { chapterLevelNotes, noteQuoting } from '../../src/utils/editorial-notes.ts';
import { phrasePieces } from '../../src/utils/phrase-breaks.ts';

describe('phrasePieces', () => {
  it.each([
    [
      '（二）从个体层面直接提高基层领导干部做群众工作的能力',
      '（二）|从个体|层面|直接|提高|基层|领导|干部|做群众|工作的|能力',
    ],
    // BudouX alone cuts 领导干|部定局; ICU has no boundary there.
    ['3、从方法和节奏角度，引导领导干部定局的抓点', '3、|从方法|和节奏|角度，|引导|领导干部定局的|抓点'],
    // No break inside 第 1–3 页, nor right after an opening bracket.
    ['〔标题见缺失的第 1–3 页〕', '〔标题见|缺失的|第 1–3 页〕'],
    ['结语', '结语'],
    ['的', '的'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(phrasePieces(text).join('|')).toBe(expected);
  });

  it('gives back the text unchanged when joined', () => {
    const text = '5、从交流和沟通的角度，引导领导干部角色转换的切入点';
    expect(phrasePieces(text).join('')).toBe(text);
  });
});

describe('editorial notes', () => {
  const notes = ['（一）的标题在缺失的页中。', '原文作“矛盾潜优”，疑为“矛盾潜伏”之误。'];
  const corrections = [{ original: '矛盾潜优', reading: '矛盾潜伏' }];

  it('finds the note that quotes a typo', () => {
    expect(noteQuoting(notes, '矛盾潜优')).toBe(notes[1]);
    expect(noteQuoting(notes, '时间锻炼')).toBeUndefined();
  });

  it('keeps under the title only the notes on the chapter as a whole', () => {
    expect(chapterLevelNotes(notes, corrections)).toEqual([notes[0]]);
    expect(chapterLevelNotes(notes)).toEqual(notes);
  });
});

describe('chapterTabTitle', () => {
  const base = { sourcePages: [4] };
  it('names a chapter whose heading is lost by its number and first section, never the placeholder', () => {
    const chapter = { ...base, title: '（一）', titleOrigin: 'missing-page' as const };
    expect(chapterTabTitle(chapter, '4、发挥干部考核机制', [1, 2, 3])).toBe('（一）节选 · 4、发挥干部考核机制');
  });
  it('keeps a printed or editorial title as the page shows it', () => {
    expect(chapterTabTitle({ ...base, title: '（二）从个体', titleOrigin: 'source' }, '1、从', [])).toBe(
      '（二）从个体',
    );
    expect(chapterTabTitle({ ...base, title: '结语', titleOrigin: 'editorial' }, undefined, [])).toBe('结语〔编者拟〕');
  });
});
