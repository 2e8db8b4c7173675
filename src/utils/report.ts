import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../consts.ts';
import { type Report, reportSchema } from '../schemas/report.ts';

/** The report-level record the converter wrote, validated by the same schema it was written with. */
export function loadReport(): Report {
  const path = join(CONTENT_DIR, 'report.json');
  return reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
