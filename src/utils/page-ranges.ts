/**
 * Page numbers as Chinese prose writes them: runs joined by an en dash, runs separated by 、
 * ([1, 2, 3] → "1–3", [1, 3] → "1、3"). Input need not be sorted.
 */
export function formatPageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const page of sorted) {
    const run = runs.at(-1);
    if (run && page === run[1] + 1) run[1] = page;
    else runs.push([page, page]);
  }
  return runs.map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`)).join('、');
}

/** The run of missing pages that ends right before `page`: where a heading cut off at the top of `page` was printed. */
export function missingPagesBefore(page: number, missingPages: readonly number[]): number[] {
  const missing = new Set(missingPages);
  const run: number[] = [];
  for (let candidate = page - 1; missing.has(candidate); candidate--) run.unshift(candidate);
  return run;
}
