import type { BuildPhases } from '../../scripts/lib/build-phases.ts';
import type { FirstView } from './first-view.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseScores } from './lighthouse.ts';
import { cell, type Measured, measuredValue } from './measured.ts';
import type { BenchResults, PageWeight, ScaleFigures, SearchFigures, TestLoopTiming } from './results.ts';
import { searchScaleLines, searchScaleTable } from './search-scale.ts';
import type { Summary } from './stats.ts';
import { formatKilobytes, formatMilliseconds, formatRatio, formatTiming, markdownTable } from './table.ts';

type Pick<T> = (value: T) => number;

/** A comparison row: the figure for both sites and ours ÷ Starlight. */
function comparisonRow<T>(
  label: string,
  ours: Measured<T>,
  starlight: Measured<T>,
  pick: Pick<T>,
  format: (n: number) => string,
  target: string,
): string[] {
  const oursValue = measuredValue(ours);
  const starlightValue = measuredValue(starlight);
  return [
    label,
    cell(ours, (value) => format(pick(value))),
    cell(starlight, (value) => format(pick(value))),
    formatRatio(oursValue === null ? null : pick(oursValue), starlightValue === null ? null : pick(starlightValue)),
    target,
  ];
}

const kilobytes = formatKilobytes;
const twoDecimals = (n: number) => n.toFixed(2);
const scores = (value: LighthouseScores) => LIGHTHOUSE_CATEGORIES.map((id) => value[id]).join(' / ');
const FIRST_VIEW_KINDS: (keyof FirstView)[] = ['html', 'css', 'js', 'fonts', 'images', 'other'];

/** Ours vs Starlight (and stock Pagefind), one row per figure. */
export function comparisonTable(results: BenchResults): string {
  const { ours, starlight } = results;
  const search = (label: string, pick: Pick<SearchFigures>, format: (n: number) => string, target: string) =>
    comparisonRow(label, ours.search, starlight.search, pick, format, target);
  const rows = [
    [
      'Build time, median (min–max)',
      cell(ours.build, formatTiming),
      cell(starlight.build, formatTiming),
      formatRatio(measuredValue(ours.build)?.median ?? null, measuredValue(starlight.build)?.median ?? null),
      '≤ 0.80×',
    ],
    [
      '… ours with an empty build cache',
      cell(ours.coldBuild, formatTiming),
      '',
      formatRatio(measuredValue(ours.coldBuild)?.median ?? null, measuredValue(starlight.build)?.median ?? null),
      '',
    ],
    comparisonRow(
      'Chapter page first view, gzip total',
      ours.chapterFirstView,
      starlight.chapterFirstView,
      (v) => v.total,
      kilobytes,
      '≤ 0.25×',
    ),
    ...FIRST_VIEW_KINDS.map((kind) =>
      comparisonRow(`… ${kind}`, ours.chapterFirstView, starlight.chapterFirstView, (v) => v[kind], kilobytes, ''),
    ),
    comparisonRow(
      'JS run before any input, gzip',
      ours.chapterFirstView,
      starlight.chapterFirstView,
      (v) => v.jsBeforeInteraction,
      kilobytes,
      '0 kB',
    ),
    search('Search: cold visit + first query, gzip', (v) => v.coldBytes, kilobytes, '≤ 1.00×'),
    search('… of which the first query itself', (v) => v.firstQueryBytes, kilobytes, ''),
    search('Search: later query, gzip (median)', (v) => v.laterQueryBytes, kilobytes, ''),
    search('Search: warm latency median', (v) => v.warmLatency.median, formatMilliseconds, '≤ 2.00×'),
    search('Search: warm latency p95', (v) => v.warmLatency.p95, formatMilliseconds, ''),
    search('Search: recall', (v) => v.recall, twoDecimals, '1.00'),
    search('Search: precision', (v) => v.precision, twoDecimals, '1.00'),
    [
      'Lighthouse home (perf / a11y / BP / SEO)',
      cell(ours.lighthouseHome, scores),
      cell(starlight.lighthouseHome, scores),
      '',
      '100 each',
    ],
    [
      'Lighthouse chapter (perf / a11y / BP / SEO)',
      cell(ours.lighthouseChapter, scores),
      cell(starlight.lighthouseChapter, scores),
      '',
      '100 each',
    ],
  ];
  return markdownTable(['Figure', 'Ours', 'Starlight (stock Pagefind)', 'Ours ÷ Starlight', 'Target'], rows);
}

/** Our pipeline at each scale. */
export function scaleTable(scales: ScaleFigures[]): string {
  const rows = scales.map((figures) => [
    `${figures.scale}×`,
    figures.hanCount.toLocaleString('en-US'),
    `${figures.pages} / ${kilobytes(figures.sourceBytes)}`,
    cell(figures.convert, formatTiming),
    cell(figures.build, formatTiming),
    cell(figures.coldBuild, formatTiming),
    cell(figures.starlightBuild, formatTiming),
    formatRatio(measuredValue(figures.build)?.median ?? null, measuredValue(figures.starlightBuild)?.median ?? null),
    formatRatio(
      measuredValue(figures.coldBuild)?.median ?? null,
      measuredValue(figures.starlightBuild)?.median ?? null,
    ),
    cell(figures.indexBytes, kilobytes),
    cell(figures.search, (v) => kilobytes(v.coldBytes)),
    cell(figures.search, (v) => kilobytes(v.firstQueryBytes)),
    cell(figures.search, (v) => kilobytes(v.laterQueryBytes)),
    cell(
      figures.search,
      (v) => `${formatMilliseconds(v.warmLatency.median)} / ${formatMilliseconds(v.warmLatency.p95)}`,
    ),
  ]);
  return markdownTable(
    [
      'Scale',
      'Han chars',
      'Source pages / bytes',
      'Convert',
      'Build (npm run build)',
      'Build, empty build cache',
      'Starlight build',
      'Build ÷ Starlight',
      'Empty cache ÷ Starlight',
      'Pagefind text index',
      'Stock Pagefind: cold + first query',
      'Stock: first query alone',
      'Stock: later query (median)',
      'Stock: warm latency median / p95',
    ],
    rows,
  );
}

/** The targets of the build ratio: ≤ 0.8× Starlight at 1×, ≤ 0.5× at 100× (issue 15). */
function buildRatioTarget(scale: number): string {
  if (scale === 1) return '≤ 0.80×';
  return scale >= 100 ? '≤ 0.50×' : '';
}

/** Our build ÷ Starlight's at each scale, both built in turns in the same run. */
export function buildRatioLine(scales: ScaleFigures[]): string {
  const ratios = scales.map((figures) => {
    const starlight = measuredValue(figures.starlightBuild)?.median ?? null;
    const ratio = formatRatio(measuredValue(figures.build)?.median ?? null, starlight);
    const cold = formatRatio(measuredValue(figures.coldBuild)?.median ?? null, starlight);
    const target = buildRatioTarget(figures.scale);
    return `${figures.scale}× ${ratio}, empty cache ${cold}${target ? ` (target ${target})` : ''}`;
  });
  return `Build time ÷ Starlight's (synthetic report, both via npm run build; "empty cache": ours with an empty build cache, every search index and print font made again): ${ratios.join('; ')}.`;
}

const PHASE_COLUMNS: [label: string, pick: (phases: BuildPhases) => number][] = [
  ['Convert', (p) => p.convert],
  ['Start (Node, Astro, config)', (p) => p.startup],
  ['Content sync + types', (p) => p.contentSync],
  ['Bundle (Vite)', (p) => p.bundle],
  ['Render pages', (p) => p.render],
];

/** Where our build's time goes at 1× (the real report) and at each scale: median milliseconds per phase. */
export function phaseTable(rows: [label: string, phases: Measured<BuildPhases>][]): string {
  const passes = [...new Set(rows.flatMap(([, phases]) => Object.keys(measuredValue(phases)?.postBuild ?? {})))].sort();
  const header = ['Build', ...PHASE_COLUMNS.map(([label]) => label), ...passes.map((pass) => `${pass} pass`), 'Total'];
  const body = rows.map(([label, measured]) => {
    const phases = measuredValue(measured);
    if (phases === null) return [label, ...header.slice(1).map(() => cell(measured, () => ''))];
    return [
      label,
      ...PHASE_COLUMNS.map(([, pick]) => formatMilliseconds(pick(phases))),
      ...passes.map((pass) => formatMilliseconds(phases.postBuild[pass] ?? 0)),
      formatMilliseconds(phases.total),
    ];
  });
  return markdownTable(header, body);
}

/** First view of each page type of ours, with the chapter and inline-script targets. */
export function pageWeightTable(weights: Measured<PageWeight[]>): string {
  const header = [
    'Page type',
    'Path',
    'HTML',
    'CSS',
    'JS files',
    'Total (gzip)',
    'Inline script',
    'Requests',
    'Print-only CSS',
  ];
  const rows = (measuredValue(weights) ?? []).map(({ type, path, view }) => [
    type,
    path,
    kilobytes(view.html),
    kilobytes(view.css),
    kilobytes(view.js),
    kilobytes(view.total),
    kilobytes(view.inlineScript),
    String(view.requests),
    kilobytes(view.printOnly),
  ]);
  const note = measuredValue(weights) === null ? `\n\n${cell(weights, () => '')}` : '';
  return `${markdownTable(header, rows)}${note}\n\nTargets: chapter first view ≤ 10.0 kB; inline script before any input ≤ 0.5 kB on every page. Print-only CSS (\`media="print"\` links, fetched at the lowest priority without holding up the page) is not in the total.`;
}

function testLoopLine(testLoop: Measured<TestLoopTiming>): string {
  return `Test loop (the last whole \`npm test\`, target ≤ 240 s): ${cell(
    testLoop,
    (t) =>
      `${Math.round(t.seconds)} s, finished ${t.finished}${t.installedPackages ? ', Debian packages installed first' : ''}`,
  )}.`;
}

/** Largest ÷ smallest scale for the figures whose growth the targets bound. */
export function growthLine(scales: ScaleFigures[]): string {
  const first = scales[0];
  const last = scales.at(-1);
  if (first === undefined || last === undefined || first === last) return '';
  const factor = last.scale / first.scale;
  const grow = <T>(pick: (f: ScaleFigures) => Measured<T>, value: (v: T) => number) => {
    const from = measuredValue(pick(first));
    const to = measuredValue(pick(last));
    return formatRatio(to === null ? null : value(to), from === null ? null : value(from));
  };
  const median = (s: Summary) => s.median;
  return [
    `Growth ${first.scale}× → ${last.scale}× (size ×${factor}):`,
    `build ${grow((f) => f.build, median)} (target ≤ ×${factor}),`,
    `Pagefind text index ${grow(
      (f) => f.indexBytes,
      (n) => n,
    )} (target ≤ ×${factor}),`,
    `stock Pagefind's bytes of a query ${grow(
      (f) => f.search,
      (v) => v.firstQueryBytes,
    )} and`,
    `cold + first query bytes ${grow(
      (f) => f.search,
      (v) => v.coldBytes,
    )} (ours: the search tables).`,
  ].join(' ');
}

/** The phase table's rows: the real report's build, then each scale's, with and without a build cache (when run). */
function measuredPhaseRows(results: BenchResults): [label: string, phases: Measured<BuildPhases>][] {
  const rows: [string, Measured<BuildPhases>][] = [
    ['1× real report', results.ours.phases],
    ...results.scale.flatMap((figures): [string, Measured<BuildPhases>][] => [
      [`${figures.scale}× synthetic`, figures.phases],
      [`${figures.scale}× synthetic, empty cache`, figures.coldPhases],
    ]),
  ];
  return rows.filter(([, phases]) => !('skipped' in phases));
}

/** The whole Markdown report printed by `npm run bench` and pasted into bench/README.md. */
export function resultsMarkdown(results: BenchResults): string {
  const { machine } = results;
  const throughput = cell(
    results.throughput,
    (t) => `${t.megabytesPerSecond.toFixed(2)} MB/s (${kilobytes(t.inputBytes)} in ${formatTiming(t.convert)})`,
  );
  return [
    `Run ${results.date} (${results.mode}), ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}; timings: median of ${results.runsPerTiming} runs after ${results.warmups} warm-up; ${results.queryCount} queries.`,
    '',
    comparisonTable(results),
    '',
    `Our index through stock Pagefind's API (without our search layer): ${cell(results.oursIndexThroughStockApi, (v) => `cold ${kilobytes(v.coldBytes)} (first query alone ${kilobytes(v.firstQueryBytes)}), later ${kilobytes(v.laterQueryBytes)}, warm ${formatMilliseconds(v.warmLatency.median)} / p95 ${formatMilliseconds(v.warmLatency.p95)}, recall ${twoDecimals(v.recall)}, precision ${twoDecimals(v.precision)}`)}.`,
    '',
    scaleTable(results.scale),
    '',
    buildRatioLine(results.scale),
    '',
    ...(results.scale.length > 1 ? [growthLine(results.scale), ''] : []),
    'Where our build\'s time goes (median of the timed runs; "pass" columns are the `astro:build:done` passes):',
    '',
    phaseTable(measuredPhaseRows(results)),
    '',
    'Page weight by page type (ours, first view, gzip):',
    '',
    pageWeightTable(results.ours.pageWeights),
    '',
    testLoopLine(results.testLoop),
    '',
    searchScaleTable(results.scale),
    '',
    searchScaleLines(results.scale),
    '',
    `Converter throughput: ${throughput}.`,
  ].join('\n');
}
