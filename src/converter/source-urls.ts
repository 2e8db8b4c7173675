import { fail } from './diagnostics.ts';
import { parseJson } from './parse-json.ts';

/** Reads `sources.json`: page file name → the page's URL, recorded at scrape time. */
export function parseSourceUrls(json: string, file: string): Record<string, string> {
  const data = parseJson(json, file);
  const valid =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((url) => typeof url === 'string');
  if (!valid) fail(file, 1, 'bad-sources', 'must be a JSON object of { "page file name": "page URL" }');
  return data as Record<string, string>;
}
