import { describe, expect, it } from 'vitest';
import type { FirstView } from '../../bench/lib/first-view.ts';
import { cell, hasFailure, type Measured } from '../../bench/lib/measured.ts';
import { medianPhases } from '../../bench/lib/phase-medians.ts';
import { replaceResultsSection } from '../../bench/lib/readme-section.ts';
import type { BenchResults, ScaleFigures, SearchFigures } from '../../bench/lib/results.ts';
import {
  buildRatioLine,
  comparisonTable,
  growthLine,
  pageWeightTable,
  phaseTable,
  resultsMarkdown,
  scaleTable,
} from '../../bench/lib/results-table.ts';
import { searchQueryTable, searchScaleLines, searchScaleTable } from '../../bench/lib/search-scale.ts';
import { summarize } from '../../bench/lib/stats.ts';
import { formatKilobytes, formatMilliseconds, formatRatio, markdownTable } from '../../bench/lib/table.ts';
import type { BuildPhases } from '../../scripts/lib/build-phases.ts';

const view = (total: number): FirstView => ({
  html: total,
  css: 0,
  js: 0,
  fonts: 0,
  images: 0,
  other: 0,
  total,
  printOnly: 0,
  jsBeforeInteraction: 0,
  inlineScript: 400,
  requests: 1,
});
const phases = (total: number, pagefind: number): BuildPhases => ({
  convert: 0,
  startup: 1000,
  contentSync: 800,
  bundle: 900,
  render: 100,
  postBuild: { 'report:pagefind': pagefind },
  total,
});
const search = (
  coldBytes: number,
  firstQueryBytes: number,
  laterQueryBytes = 0,
  queryBytes = [{ q: '群众', bytes: firstQueryBytes }],
): SearchFigures => ({
  coldBytes,
  firstQueryBytes,
  laterQueryBytes,
  warmLatency: summarize([1, 2, 3]),
  queryBytes,
  recall: 1,
  precision: 0.5,
});
const scaleFigures = (scale: number, buildMs: number, indexBytes: number, later: number): ScaleFigures => ({
  scale,
  pages: scale,
  hanCount: 2124 * scale,
  sourceBytes: 9000 * scale,
  convert: { value: summarize([10 * scale]) },
  build: { value: summarize([buildMs]) },
  coldBuild: { value: summarize([buildMs * 3]) },
  starlightBuild: { value: summarize([buildMs * 2]) },
  phases: { value: phases(buildMs, 300) },
  coldPhases: { value: phases(buildMs * 3, 300) },
  indexBytes: { value: indexBytes },
  exactIndex: { value: { bytes: indexBytes * 2, files: 10 * scale, buildMilliseconds: 5 * scale } },
  search: { value: search(90_000, later) },
  ourSearch: {
    value: search(80_000, later, 0, [
      { q: '群众', bytes: later },
      { q: '考核群众', bytes: 1000 },
    ]),
  },
});

function results(): BenchResults {
  const site = (buildMs: number, bytes: number) => ({
    build: { value: summarize([buildMs, buildMs + 100, buildMs - 100]) },
    chapterFirstView: { value: view(bytes) },
    search: { value: search(95_000, 2000) } as Measured<SearchFigures>,
    lighthouseHome: { value: { performance: 100, accessibility: 100, 'best-practices': 96, seo: 100 } },
    lighthouseChapter: { skipped: 'smoke run' } as const,
  });
  return {
    date: '2026-11-28T00:00:00.000Z',
    mode: 'full',
    machine: { cpus: 2, memoryGiB: 24, node: 'v22.23.3', chromium: 'Chromium 156' },
    runsPerTiming: 5,
    warmups: 1,
    queryCount: 34,
    ours: {
      ...site(2000, 3000),
      coldBuild: { value: summarize([3000]) },
      search: { skipped: 'search:eval missing' },
      phases: { value: phases(2000, 200) },
      pageWeights: { value: [{ type: 'chapter', path: '/s2/', view: view(9500) }] },
    },
    oursIndexThroughStockApi: { value: search(97_000, 0) },
    starlight: site(8000, 60_000),
    scale: [scaleFigures(1, 5000, 100_000, 1000), scaleFigures(100, 40_000, 2_000_000, 1800)],
    throughput: { failed: 'convert exited with 1' },
    testLoop: { skipped: 'no npm test run recorded' },
  };
}

describe('formatting', () => {
  it('formats bytes, times and ratios', () => {
    expect(formatKilobytes(93_412)).toBe('93.4 kB');
    expect(formatMilliseconds(0.4234)).toBe('0.42 ms');
    expect(formatMilliseconds(1234.4)).toBe('1234 ms');
    expect(formatRatio(1, 4)).toBe('0.25×');
    expect(formatRatio(null, 4)).toBe('n/a');
    expect(formatRatio(1, 0)).toBe('n/a');
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => markdownTable(['a', 'b'], [['1']])).toThrow();
    expect(markdownTable(['a|b'], [['1']])).toBe('| a\\|b |\n| --- |\n| 1 |');
  });

  it('says why a figure is missing', () => {
    expect(cell({ skipped: 'smoke run' }, String)).toBe('not measured: smoke run');
    expect(cell({ failed: 'exit 1' }, String)).toBe('not measured: failed (exit 1)');
    expect(cell({ value: 3 }, (n) => `${n} ms`)).toBe('3 ms');
  });

  it('finds a failure anywhere in the results, but not a skip', () => {
    expect(hasFailure(results())).toBe(true);
    expect(hasFailure({ ...results(), throughput: { skipped: 'smoke run' } })).toBe(false);
  });
});

describe('tables', () => {
  it('puts ours, Starlight and the ratio side by side', () => {
    const table = comparisonTable(results());
    expect(table).toContain(
      '| Build time, median (min–max) | 2000 ms (1900 ms–2100 ms) | 8000 ms (7900 ms–8100 ms) | 0.25× | ≤ 0.80× |',
    );
    expect(table).toContain('| … ours with an empty build cache | 3000 ms (3000 ms–3000 ms) |  | 0.38× |  |');
    expect(table).toContain('| Chapter page first view, gzip total | 3.0 kB | 60.0 kB | 0.05× | ≤ 0.25× |');
    expect(table).toContain('| Search: recall | not measured: search:eval missing | 1.00 | n/a | 1.00 |');
    expect(table).toContain('| 100 / 100 / 96 / 100 |');
    expect(table).toContain('not measured: smoke run');
  });

  it('shows one row per scale and the growth from the smallest to the largest', () => {
    const figures = results().scale;
    const table = scaleTable(figures);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| 100× | 212,400 | 100 / 900.0 kB |');
    expect(growthLine(figures)).toContain('build 8.00×');
    expect(growthLine(figures)).toContain('index 20.00×');
    expect(growthLine(figures)).toContain("stock Pagefind's bytes of a query 1.80×");
    expect(growthLine(figures)).toContain('cold + first query bytes 1.00×');
    expect(growthLine([figures[0] as ScaleFigures])).toBe('');
  });

  it('sets our search beside stock Pagefind at each scale, query by query', () => {
    const figures = results().scale;
    const table = searchScaleTable(figures);
    expect(table.split('\n')).toHaveLength(6);
    expect(table).toContain('| 100× | ours | 80.0 kB | 1.4 kB / 1.8 kB |');
    expect(table).toContain('| 100× | stock Pagefind | 90.0 kB | 1.8 kB / 1.8 kB |');
    const lines = searchScaleLines(figures);
    expect(lines).toContain(
      '1× 200.0 kB in 10 files, written in 5.00 ms, 100× 4000.0 kB in 1000 files, written in 500 ms',
    );
    expect(lines).toContain('ours at 100× ÷ ours at 1×: worst 1.80× (群众)');
    expect(lines).toContain('ours ÷ stock Pagefind at 100×: worst 1.00× (群众)');
  });

  it('gives the build ratio at each scale against its target', () => {
    expect(buildRatioLine(results().scale)).toBe(
      'Build time ÷ Starlight\'s (synthetic report, both via npm run build; "empty cache": ours with an empty build cache, every search index and print font made again): 1× 0.50×, empty cache 1.50× (target ≤ 0.80×); 100× 0.50×, empty cache 1.50× (target ≤ 0.50×).',
    );
  });

  it('breaks each build down by phase, one column per post-build pass', () => {
    const table = phaseTable([
      ['1×', { value: phases(3000, 200) }],
      ['100×', { failed: 'exit 1' }],
    ]);
    expect(table).toContain('| report:pagefind pass | Total |');
    expect(table).toContain('| 1× | 0.00 ms | 1000 ms | 800 ms | 900 ms | 100 ms | 200 ms | 3000 ms |');
    expect(table).toContain('| 100× | not measured: failed (exit 1) |');
  });

  it('takes the median of each phase over the runs', () => {
    const median = medianPhases([phases(3000, 100), phases(5000, 300), { ...phases(4000, 200), postBuild: {} }]);
    expect(median.total).toBe(4000);
    expect(median.postBuild).toEqual({ 'report:pagefind': 100 });
    expect(() => medianPhases([])).toThrow();
  });

  it('shows the first view and the inline script of each page type', () => {
    const table = pageWeightTable({ value: [{ type: 'chapter', path: '/s2/', view: view(9500) }] });
    expect(table).toContain('| chapter | /s2/ | 9.5 kB | 0.0 kB | 0.0 kB | 9.5 kB | 0.4 kB | 1 |');
    expect(pageWeightTable({ skipped: 'our build failed' })).toContain('not measured: our build failed');
  });

  it('lists each query alone at every scale, worst growth first, with its set', () => {
    const table = searchQueryTable(results().scale, (q) => (q === '考核群众' ? 'absent' : 'common'));
    expect(table.split('\n').slice(2)).toEqual([
      '| 群众 | common | 1.0 kB | 1.8 kB | 1.80× | 1.8 kB | 1.00× |',
      '| 考核群众 | absent | 1.0 kB | 1.0 kB | 1.00× | n/a | n/a |',
    ]);
  });

  it('writes the machine and run settings above the tables', () => {
    const markdown = resultsMarkdown(results());
    expect(markdown).toContain('2 CPUs, 24 GiB, Node v22.23.3, Chromium 156');
    expect(markdown).toContain('median of 5 runs after 1 warm-up; 34 queries');
    expect(markdown).toContain('Converter throughput: not measured: failed (convert exited with 1).');
    expect(markdown).toContain(
      'Test loop (the last whole `npm test`, target ≤ 240 s): not measured: no npm test run recorded.',
    );
  });

  it('replaces only the results section of the README', () => {
    const readme = 'intro\n<!-- bench:results:start -->\nold\n<!-- bench:results:end -->\nafter\n';
    expect(replaceResultsSection(readme, 'new')).toBe(
      'intro\n<!-- bench:results:start -->\nnew\n<!-- bench:results:end -->\nafter\n',
    );
    expect(() => replaceResultsSection('no markers', 'new')).toThrow();
    const both = `${readme}<!-- bench:search:start -->\nold\n<!-- bench:search:end -->\n`;
    expect(replaceResultsSection(both, 'new', 'search')).toBe(
      `${readme}<!-- bench:search:start -->\nnew\n<!-- bench:search:end -->\n`,
    );
  });
});
