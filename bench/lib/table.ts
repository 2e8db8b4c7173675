/** Markdown table with a header row; every row must have as many cells as the header. */
export function markdownTable(header: string[], rows: string[][]): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} cells, header ${header.length}`);
  }
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Bytes as kB (1000 bytes), one decimal: 93 412 → "93.4 kB". */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Milliseconds with a precision that suits the size: 0.42 → "0.42 ms", 1234 → "1234 ms". */
export function formatMilliseconds(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

/** Ours ÷ anchor as "0.23×"; "n/a" when either side is missing or the anchor is zero. */
export function formatRatio(ours: number | null, anchor: number | null): string {
  if (ours === null || anchor === null || anchor === 0) return 'n/a';
  return `${(ours / anchor).toFixed(2)}×`;
}

/** Median with its range: "1234 ms (1200–1300)". */
export function formatTiming(summary: { median: number; min: number; max: number }): string {
  return `${formatMilliseconds(summary.median)} (${formatMilliseconds(summary.min)}–${formatMilliseconds(summary.max)})`;
}
