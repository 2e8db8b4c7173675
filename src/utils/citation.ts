export interface CitedSection {
  /** The report's title. */
  reportTitle: string;
  /** Chapter title, then section heading when citing a section; empty parts are skipped. */
  parts: readonly string[];
  /** Host the report text was taken from (`www.xuehuiba.com`); empty when unknown. */
  sourceHost: string;
  /** Absolute URL of the section on this site, anchor included. */
  url: string;
  /** Access date, `YYYY-MM-DD`. */
  accessDate: string;
}

/** The report's author is unknown: GB/T 7714 writes 佚名. */
export const UNKNOWN_AUTHOR = '佚名';

/**
 * A GB/T 7714-2015 style reference to an online document ([EB/OL]):
 * 主要责任者. 题名[EB/OL]. 出版者. [引用日期]. 获取和访问路径.
 * The author is unknown (UNKNOWN_AUTHOR); the year is unknown too, so no publication date is given.
 */
export function formatCitation(section: CitedSection): string {
  const title = [section.reportTitle, ...section.parts.filter((part) => part.length > 0)].join('：');
  const publisher = section.sourceHost ? ` ${section.sourceHost}.` : '';
  return `${UNKNOWN_AUTHOR}. ${title}[EB/OL].${publisher} [${section.accessDate}]. ${section.url}.`;
}
