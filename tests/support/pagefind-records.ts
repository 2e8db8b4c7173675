import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The text of one of Pagefind's files (`.pf_fragment`, `.pf_index`…): gzip of `pagefind_dcd` and its data. */
export function pagefindRecordText(file: string): string {
  return gunzipSync(readFileSync(file)).toString('utf8');
}
