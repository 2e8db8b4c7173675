import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The bench's search query files, in the format of `npm run search:eval` (`[{ "q": "…", "set": "…" }]`);
 * a query's `set` (else its file's `set`) names its set in the tables. Add a set by adding its file here;
 * `stock: false` keeps its queries from stock Pagefind, which cannot answer them (pinyin, section numbers).
 */
export const SEARCH_QUERY_FILES: readonly { file: string; stock: boolean; set?: string }[] = [
  { file: 'bench/queries.json', stock: true },
  { file: 'tests/search/pinyin-queries.json', stock: false, set: 'pinyin' },
  { file: 'tests/search/number-queries.json', stock: false, set: 'section number' },
];

export interface BenchQuery {
  q: string;
  set: string;
  stock: boolean;
}

/** Every query of the sets, relative to the project root, with its set and whether stock Pagefind runs it. */
export async function readQuerySets(root: string): Promise<BenchQuery[]> {
  const sets = await Promise.all(
    SEARCH_QUERY_FILES.map(async ({ file, stock, set }) => {
      const entries = JSON.parse(await readFile(join(root, file), 'utf8')) as { q: string; set?: string }[];
      return entries.map((entry) => ({ ...entry, set: entry.set ?? set ?? file, stock }));
    }),
  );
  return sets.flat();
}

/** Writes every set's queries into one file for `npm run search:eval -- --queries FILE`; returns them. */
export async function writeQueryFile(root: string, file: string): Promise<BenchQuery[]> {
  const queries = await readQuerySets(root);
  await writeFile(file, `${JSON.stringify(queries, null, 2)}\n`);
  return queries;
}
