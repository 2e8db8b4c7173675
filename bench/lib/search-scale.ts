import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExactSearchIndex } from '../../src/integrations/exact-search-index.ts';
import { builtSections } from '../../src/search/built-sections.ts';
import { cell, measuredValue } from './measured.ts';
import type { ScaleFigures, SearchFigures } from './results.ts';
import { summarize } from './stats.ts';
import { formatKilobytes, formatMilliseconds, formatRatio, markdownTable } from './table.ts';

/** Bytes and files on disk, and the milliseconds the build step that writes them takes. */
export interface IndexBudget {
  bytes: number;
  files: number;
  buildMilliseconds: number;
}

/** The build's exact-index step alone, on the sections of the built site, into a scratch folder. */
async function exactIndexBuildTime(siteDir: string): Promise<number> {
  const sections = builtSections(siteDir, '/');
  const scratch = await mkdtemp(join(tmpdir(), 'exact-index-'));
  try {
    const start = performance.now();
    await writeExactSearchIndex(scratch, sections);
    return performance.now() - start;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Our exact search's index (`search-index/`): token chunks, metas and text windows. */
export async function exactIndexBudget(siteDir: string): Promise<IndexBudget> {
  const folder = join(siteDir, 'search-index');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(?:pf_meta|pf_index|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const bytes = sizes.reduce((total, size) => total + size, 0);
  return { bytes, files: files.length, buildMilliseconds: await exactIndexBuildTime(siteDir) };
}

const bytesOf = (figures: SearchFigures) => new Map(figures.queryBytes.map(({ q, bytes }) => [q, bytes]));

/** Query by query, `top`'s bytes ÷ `bottom`'s, largest first (queries missing from either left out). */
function queryRatios(top: SearchFigures, bottom: SearchFigures): { q: string; ratio: number }[] {
  const below = bytesOf(bottom);
  return top.queryBytes
    .flatMap(({ q, bytes }) => {
      const base = below.get(q);
      return base ? [{ q, ratio: bytes / base }] : [];
    })
    .sort((a, b) => b.ratio - a.ratio);
}

/** The largest ratio, query by query, of `top`'s bytes to `bottom`'s, with the query it falls on. */
function worstRatio(top: SearchFigures, bottom: SearchFigures): string {
  const [worst] = queryRatios(top, bottom);
  return worst === undefined ? 'n/a' : `${worst.ratio.toFixed(2)}× (${worst.q})`;
}

function queryAlone(figures: SearchFigures): string {
  if (figures.queryBytes.length === 0) return 'n/a';
  const { median, max } = summarize(figures.queryBytes.map(({ bytes }) => bytes));
  return `${formatKilobytes(median)} / ${formatKilobytes(max)}`;
}

/** Our search beside stock Pagefind on the same text at each scale. */
export function searchScaleTable(scales: readonly ScaleFigures[]): string {
  const rows = scales.flatMap((figures) =>
    (
      [
        ['ours', figures.ourSearch],
        ['stock Pagefind', figures.search],
      ] as const
    ).map(([who, search]) => [
      `${figures.scale}×`,
      who,
      cell(search, (v) => formatKilobytes(v.coldBytes)),
      cell(search, queryAlone),
      cell(search, (v) => formatKilobytes(v.laterQueryBytes)),
      cell(search, (v) => `${formatMilliseconds(v.warmLatency.median)} / ${formatMilliseconds(v.warmLatency.p95)}`),
      cell(search, (v) => `${v.recall.toFixed(2)} / ${v.precision.toFixed(2)}`),
    ]),
  );
  return markdownTable(
    [
      'Scale',
      'Search',
      'Cold + first query',
      'Each query alone, median / max',
      'Later query (median)',
      'Warm latency median / p95',
      'Recall / precision',
    ],
    rows,
  );
}

/**
 * Each query alone (gzip bytes on a fresh visit), ours at every scale and stock Pagefind at the largest,
 * worst growth first: the rows the flat-cost targets bound. `setOf` names each query's set.
 */
export function searchQueryTable(scales: readonly ScaleFigures[], setOf: (q: string) => string): string {
  const first = scales[0];
  const last = scales.at(-1);
  const ours = scales.map((figures) => measuredValue(figures.ourSearch));
  const [oursFirst] = ours;
  const oursLast = ours.at(-1);
  const stock = last ? measuredValue(last.search) : null;
  if (!first || !last || !oursFirst || !oursLast) return 'Each query alone: not measured.';
  const stockBytes = stock ? bytesOf(stock) : new Map<string, number>();
  const rows = queryRatios(oursLast, oursFirst).map(({ q, ratio }) => {
    const perScale = ours.map((figures) => {
      const bytes = figures ? bytesOf(figures).get(q) : undefined;
      return bytes === undefined ? 'n/a' : formatKilobytes(bytes);
    });
    const oursBytes = bytesOf(oursLast).get(q) ?? null;
    const stockQuery = stockBytes.get(q) ?? null;
    return [
      q,
      setOf(q),
      ...perScale,
      `${ratio.toFixed(2)}×`,
      stockQuery === null ? 'n/a' : formatKilobytes(stockQuery),
      formatRatio(oursBytes, stockQuery),
    ];
  });
  return markdownTable(
    [
      'Query',
      'Set',
      ...scales.map((figures) => `Ours ${figures.scale}×`),
      `Ours ${last.scale}× ÷ ${first.scale}×`,
      `Stock ${last.scale}×`,
      `Ours ÷ stock ${last.scale}×`,
    ],
    rows,
  );
}

/** Our index's size at each scale and whether our per-query cost stays flat. */
export function searchScaleLines(scales: readonly ScaleFigures[]): string {
  const sizes = scales
    .map(
      (figures) =>
        `${figures.scale}× ${cell(
          figures.exactIndex,
          (v) =>
            `${formatKilobytes(v.bytes)} in ${v.files} files, written in ${formatMilliseconds(v.buildMilliseconds)}`,
        )}`,
    )
    .join(', ');
  const first = scales[0];
  const last = scales.at(-1);
  const lines = [`Exact-search index on disk (token chunks, meta, text windows) and its build step alone: ${sizes}.`];
  const ours = [first, last].map((figures) => (figures ? measuredValue(figures.ourSearch) : null));
  const stock = last ? measuredValue(last.search) : null;
  const [oursFirst, oursLast] = ours;
  if (first && last && first !== last && oursFirst && oursLast && stock) {
    lines.push(
      `Each query, ours at ${last.scale}× ÷ ours at ${first.scale}×: worst ${worstRatio(oursLast, oursFirst)} (target ≤ 2×); ` +
        `ours ÷ stock Pagefind at ${last.scale}×: worst ${worstRatio(oursLast, stock)} (target ≤ 1×); ` +
        `warm latency median, ours ÷ stock at ${last.scale}×: ${formatRatio(oursLast.warmLatency.median, stock.warmLatency.median)} (target ≤ 2×).`,
    );
  }
  return lines.join('\n\n');
}
