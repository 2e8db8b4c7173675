import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind writes each record as gzip of `pagefind_dcd` + JSON; returns the JSON texts of a build's records. */
export function pagefindFragments(distDir: string): { url: string; content: string }[] {
  const folder = join(distDir, 'pagefind', 'fragment');
  return readdirSync(folder)
    .sort()
    .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
    .map((text) => JSON.parse(text.slice(text.indexOf('{'))));
}
