import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The text of one of Pagefind's files (`.pf_fragment`, `.pf_index`…): gzip of `pagefind_dcd` and its data. */
export function pagefindRecordText(file: string): string {
  return gunzipSync(readFileSync(file)).toString('utf8');
}

/** Pagefind writes each record as gzip of `pagefind_dcd` + JSON; returns the JSON texts of a build's records. */
export function pagefindFragments(distDir: string): { url: string; content: string }[] {
  const folder = join(distDir, 'pagefind', 'fragment');
  return readdirSync(folder)
    .sort()
    .map((name) => pagefindRecordText(join(folder, name)))
    .map((text) => JSON.parse(text.slice(text.indexOf('{'))));
}
