import type { Report } from '../schemas/report.ts';
import { formatPageList, missingPagesBefore } from './page-ranges.ts';

// Site-written prose puts a space between Chinese and digits (sparanoid's Chinese copywriting guidelines).

/** How much of the report the site holds: "原文共 4 页，本站收录第 4 页；第 1–3 页未能获取". */
export function describeCoverage(report: Pick<Report, 'pageCount' | 'pages' | 'missingPages'>): string {
  const held = `原文共 ${report.pageCount} 页，本站收录第 ${formatPageList(report.pages.map((page) => page.number))} 页`;
  if (report.missingPages.length === 0) return `${held}。`;
  return `${held}；第 ${formatPageList(report.missingPages)} 页未能获取。`;
}

/** Editorial stand-in for a chapter title printed on a missing page: "标题见缺失的第 1–3 页". */
export function missingTitleNote(firstSourcePage: number, missingPages: readonly number[]): string {
  const before = missingPagesBefore(firstSourcePage, missingPages);
  return before.length > 0 ? `标题见缺失的第 ${formatPageList(before)} 页` : '标题缺失';
}
