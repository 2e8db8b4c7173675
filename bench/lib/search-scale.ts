import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cell, measuredValue } from './measured.ts';
import type { ScaleFigures, SearchFigures } from './results.ts';
import { summarize } from './stats.ts';
import { formatKilobytes, formatMilliseconds, formatRatio, markdownTable } from './table.ts';

/** Bytes and files on disk. */
export interface IndexSize {
  bytes: number;
  files: number;
}

/** Our exact search's index (`search-index/`): token chunks, meta and text windows; Pagefind's code and WASM left out. */
export async function exactIndexSize(siteDir: string): Promise<IndexSize> {
  const folder = join(siteDir, 'search-index');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(?:pf_meta|pf_index|json)$/.test(entry.name))
    .filter((entry) => entry.name !== 'pagefind-entry.json')
    .map((entry) => join(entry.parentPath, entry.name));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return { bytes: sizes.reduce((total, size) => total + size, 0), files: files.length };
}

const bytesOf = (figures: SearchFigures) => new Map(figures.queryBytes.map(({ q, bytes }) => [q, bytes]));

/** The largest ratio, query by query, of `top`'s bytes to `bottom`'s, with the query it falls on. */
function worstRatio(top: SearchFigures, bottom: SearchFigures): string {
  const below = bytesOf(bottom);
  let worst: { q: string; ratio: number } | null = null;
  for (const { q, bytes } of top.queryBytes) {
    const base = below.get(q);
    if (!base) continue;
    if (worst === null || bytes / base > worst.ratio) worst = { q, ratio: bytes / base };
  }
  return worst === null ? 'n/a' : `${worst.ratio.toFixed(2)}× (${worst.q})`;
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

/** Our index's size at each scale and whether our per-query cost stays flat. */
export function searchScaleLines(scales: readonly ScaleFigures[]): string {
  const sizes = scales
    .map(
      (figures) =>
        `${figures.scale}× ${cell(figures.exactIndex, (v) => `${formatKilobytes(v.bytes)} in ${v.files} files`)}`,
    )
    .join(', ');
  const first = scales[0];
  const last = scales.at(-1);
  const lines = [`Exact-search index on disk (token chunks, meta, text windows): ${sizes}.`];
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
