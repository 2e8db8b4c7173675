import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../consts.ts';
import { type Report, reportSchema } from '../schemas/report.ts';

let loaded: { modified: number; report: Report } | undefined;

/**
 * The report-level record the converter wrote, validated by the same schema it was written with. Read
 * again only when the file changed (a convert under `astro dev`): every page's header, titles and
 * citations ask for it.
 */
export function loadReport(): Report {
  const path = join(CONTENT_DIR, 'report.json');
  const modified = statSync(path).mtimeMs;
  if (loaded?.modified !== modified) {
    loaded = { modified, report: reportSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) };
  }
  return loaded.report;
}
