import { describe, expect, it } from 'vitest';
import { firstViewByKind } from '../../bench/lib/first-view.ts';
import { medianScores } from '../../bench/lib/lighthouse.ts';
import { isQueryData } from '../../bench/lib/pagefind-search.ts';
import { expectedPages, searchAccuracy } from '../../bench/lib/search-accuracy.ts';
import { starlightHome, toStarlightDoc } from '../../bench/lib/starlight-content.ts';
import { summarize } from '../../bench/lib/stats.ts';

describe('summarize', () => {
  it('gives median, range and p95 of odd and even sample counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, p95: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(hundred).p95).toBe(95);
    expect(() => summarize([])).toThrow();
  });
});

describe('firstViewByKind', () => {
  it('adds gzip bytes by kind and counts inline scripts as JS run before input', () => {
    const transfer = (type: string, gzipBytes: number) => ({ url: 'x', type, rawBytes: gzipBytes * 3, gzipBytes });
    const view = firstViewByKind(
      [
        transfer('document', 3000),
        transfer('stylesheet', 1000),
        transfer('script', 500),
        transfer('font', 20),
        transfer('fetch', 7),
      ],
      40,
    );
    expect(view).toEqual({
      html: 3000,
      css: 1000,
      js: 500,
      fonts: 20,
      images: 0,
      other: 7,
      total: 4527,
      printOnly: 0,
      jsBeforeInteraction: 540,
      inlineScript: 40,
      requests: 5,
    });
  });
  it('keeps print-only stylesheets out of the total and the requests, and counts them apart', () => {
    const sheet = (url: string, gzipBytes: number) => ({ url, type: 'stylesheet', rawBytes: gzipBytes * 3, gzipBytes });
    const view = firstViewByKind(
      [
        { url: '/s2/', type: 'document', rawBytes: 9000, gzipBytes: 3000 },
        sheet('/site.css', 1000),
        sheet('/print.css', 800),
      ],
      0,
      new Set(['/print.css']),
    );
    expect(view).toMatchObject({ html: 3000, css: 1000, total: 4000, printOnly: 800, requests: 2 });
  });
});

describe('searchAccuracy', () => {
  const pages = new Map([
    ['/s1/', '干部 考核机制'],
    ['/s2/', '干部的考核和机制'],
  ]);

  it('counts a page as expected when its text holds the query, whitespace ignored', () => {
    expect(expectedPages('干部考核机制', pages)).toEqual(['/s1/']);
    expect(expectedPages('考核', pages)).toEqual(['/s1/', '/s2/']);
  });

  it('micro-averages recall and precision over the set', () => {
    const accuracy = searchAccuracy(
      [
        { query: '干部考核机制', returned: ['/s1/', '/s2/'] },
        { query: '考核', returned: ['/s2/'] },
      ],
      pages,
    );
    expect(accuracy).toEqual({ recall: 2 / 3, precision: 2 / 3, expected: 3, returned: 3, correct: 2 });
  });
});

describe('toStarlightDoc', () => {
  const chapter = [
    '---',
    'slug: s2',
    'order: 2',
    'number: （二）',
    "heading: ''",
    'title: （二）从个体层面',
    'description: 做群众工作的最终执行者是领导干部个人。',
    'sourcePages: [4]',
    '---',
    '',
    '## 1、从思维 {/*#s2-1*/}',
    '',
  ].join('\n');

  it('keeps the body without our heading ids, and only the frontmatter Starlight knows, in our order', () => {
    const doc = toStarlightDoc(chapter);
    expect(doc.fileName).toBe('s2.mdx');
    expect(doc.title).toBe('（二）从个体层面');
    expect(doc.mdx).toBe(
      '---\ntitle: （二）从个体层面\ndescription: 做群众工作的最终执行者是领导干部个人。\nsidebar:\n  order: 2\n---\n\n## 1、从思维\n',
    );
  });

  it('refuses a chapter without a title', () => {
    expect(() => toStarlightDoc(chapter.replace(/^title:.*$/m, ''))).toThrow(/title/);
  });

  it('links every chapter from the home page', () => {
    const home = starlightHome('报告', [toStarlightDoc(chapter)]);
    expect(home).toBe('---\ntitle: "报告"\nsidebar:\n  order: 0\n---\n\n1. [（二）从个体层面](/s2/)\n');
  });
});

describe('medianScores', () => {
  it('takes the median of each category on its own', () => {
    const audit = (performance: number, seo: number) => ({
      performance,
      accessibility: 100,
      'best-practices': 96,
      seo,
    });
    expect(medianScores([audit(79, 100), audit(99, 91), audit(97, 100)])).toEqual(audit(97, 100));
  });
});

describe('isQueryData', () => {
  it.each([
    ['http://127.0.0.1:1/pagefind/index/zh-cn_8a3f.pf_index', true],
    ['http://127.0.0.1:1/pagefind/fragment/zh-cn_1b2c.pf_fragment', true],
    ['http://127.0.0.1:1/pagefind/filter/zh-cn_1b2c.pf_filter', true],
    ['http://127.0.0.1:1/pagefind/pagefind.zh-cn_3c4d.pf_meta', false],
    ['http://127.0.0.1:1/pagefind/wasm.zh-cn.pagefind', false],
    ['http://127.0.0.1:1/pagefind/pagefind.js', false],
  ])('%s is per-query data: %s', (url, expected) => {
    expect(isQueryData(url)).toBe(expected);
  });
});
