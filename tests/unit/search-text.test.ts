import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changedChars, openccTraditionalKeys, traditionalCharsModule } from '../../scripts/lib/traditional-chars.ts';
import { buildExcerpt } from '../../src/search/excerpt.ts';
import { extractSections } from '../../src/search/extract-sections.ts';
import { foldTerms, foldText } from '../../src/search/fold-text.ts';
import { expectedUrls, isExactHighlight } from '../../src/search/ground-truth.ts';
import { matchRanges } from '../../src/search/match-ranges.ts';
import { twToCn } from '../../src/search/opencc-tw-to-cn.ts';
import { queryTerms } from '../../src/search/query-terms.ts';
import { hasTraditionalChar } from '../../src/search/to-simplified.ts';

describe('query folding', () => {
  it.each([
    ['干部考核机制', ['干部考核机制']],
    ['  干部　考核  ', ['干部', '考核']],
    ['“快”、缓', ['快缓']],
    ['ＡＢＣ abc', ['abc']],
    ['，。', []],
  ])('%j → %j', (query, terms) => {
    expect(foldTerms(query)).toEqual(terms);
  });

  it('folds traditional characters through OpenCC, and only then needs it', async () => {
    expect(await queryTerms('領導幹部 群眾')).toEqual(['领导干部', '群众']);
    expect(hasTraditionalChar('領導')).toBe(true);
    expect(hasTraditionalChar('领导干部做群众工作')).toBe(false);
  });

  it('keeps the committed traditional-character set in step with OpenCC (npm run search:traditional)', () => {
    const committed = readFileSync('src/search/traditional-chars.ts', 'utf8').replace(/\s+/g, '');
    expect(committed).toBe(traditionalCharsModule(changedChars(openccTraditionalKeys(), twToCn)).replace(/\s+/g, ''));
  });
});

describe('matching', () => {
  const text = '既激发了领导干部为民办实事的工作热情，又让领导干部形成了一种危机感';

  it('matches across punctuation and maps ranges back to the original text', () => {
    const [range] = matchRanges(text, ['热情又']);
    expect(range && text.slice(...range)).toBe('热情，又');
  });

  it('never matches across a block break', () => {
    expect(foldText('鞭策作用\n做好').folded).toBe('鞭策作用\n做好');
    expect(matchRanges('鞭策作用\n做好', ['作用做好'])).toEqual([]);
  });

  it('marks every occurrence in the excerpt and nothing else', () => {
    const excerpt = buildExcerpt(text, matchRanges(text, ['领导干部']));
    expect(excerpt.parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['领导干部', '领导干部']);
    expect(isExactHighlight(excerpt.parts, ['领导干部'])).toBe(true);
    expect(isExactHighlight([{ text: '领导干部', marked: false }], ['领导干部'])).toBe(false);
    expect(
      isExactHighlight(
        [
          { text: '领导', marked: true },
          { text: '干部', marked: false },
        ],
        ['领导干部'],
      ),
    ).toBe(false);
  });
});

describe('sections of a built page', () => {
  const html = `<html><body><header>搜索</header><article data-pagefind-body>
    <h1 id="s2">（二）从个体层面</h1><p>做群众工作的<strong>最终</strong>执行者</p>
    <h2 id="s2-1">1、从思维角度</h2><p>思想意识</p><aside data-pagefind-ignore>〔编者注〕不算</aside><p>第二<a data-pagefind-ignore href="#n">〔注〕</a>段</p>
    </article></body></html>`;
  const sections = extractSections(html, '/s2/');

  it('splits at headings with ids, keeps blocks apart, skips ignored parts, inside a paragraph too', () => {
    expect(sections.map((section) => [section.url, section.path, section.text])).toEqual([
      ['/s2/#s2', '（二）从个体层面', '（二）从个体层面\n做群众工作的最终执行者'],
      ['/s2/#s2-1', '（二） › 1、从思维角度', '1、从思维角度\n思想意识\n第二段'],
    ]);
  });

  it('reads the marked element to its own end tag, an element of the same name inside it included', () => {
    const nested = `<nav><h2 id="toc">目录</h2><p>不算</p></nav><article data-pagefind-body>
      <h1 id="s3">（三）标题</h1><article><p>里面</p></article><p>后面</p></article><footer><p>页脚</p></footer>`;
    expect(extractSections(nested, '/s3/').map((section) => section.text)).toEqual(['（三）标题\n里面\n后面']);
  });

  it('finds the sections holding every term', () => {
    expect(expectedUrls(sections, ['思想', '第二'])).toEqual(['/s2/#s2-1']);
    expect(expectedUrls(sections, ['编者注'])).toEqual([]);
  });
});
