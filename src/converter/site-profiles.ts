/**
 * What one scraping source adds around a report: data, not code, so a new site is one more entry.
 * Every pattern is tested on the real page in tests/unit/converter-*.test.ts.
 */
export interface SiteProfile {
  /** Short id, recorded in messages. */
  id: string;
  /** A page belongs to this site when its text contains this. */
  marker: string;
  /** Breadcrumb line at the top; its tail repeats the title. */
  breadcrumb: RegExp;
  /** `[07-23 14:35:00]  来源:…  考察报告  阅读:8140`: date as printed, source, category, views. */
  metaLine: RegExp;
  /** The site's own excerpt of the page: never report text. */
  excerptLine: RegExp;
  /** `<title>,标签:a,b,<url>`: the last header line; the body starts after it. */
  tagsLine: RegExp;
  /** First footer line: pagination. The body ends before it. */
  paginationLine: RegExp;
  /** Footer and stray chrome lines, dropped wherever they appear. */
  chromeLines: RegExp[];
  /** Text the site injects inside sentences. */
  inlineWatermarks: string[];
  /** Prefix of a line where the site broke the text: what follows continues the line before. */
  pageBreakPrefix: string;
  /** Page number from a file name: `a25320_4` → 4; no suffix → page 1. */
  pageFromFileName: RegExp;
  /** Report id from a file name, to tell reports apart: `a25320`. */
  reportIdFromFileName: RegExp;
}

export const xuehuiba: SiteProfile = {
  id: 'xuehuiba',
  marker: 'xuehuiba.com',
  breadcrumb: /^当前位置[:：].*»\s*正文\s*$/,
  metaLine:
    /^\[(?<date>\d{2}-\d{2} \d{2}:\d{2}:\d{2})\]\s*来源[:：](?<source>\S+)\s+(?<category>\S+)\s+阅读[:：](?<views>\d+)\s*$/,
  excerptLine: /^概要[:：]/,
  tagsLine: /^(?<title>.+?)[,，]标签[:：](?<tags>.*)$/,
  paginationLine: /^(?:上一页|下一页|\[1\])/,
  chromeLines: [/^Tag[:：]/, /^Copyright\b/, /^在线学习社区/, /^(?:\d+\s+)+\d+\s*$/],
  inlineWatermarks: ['[本文由网站www.xuehuiba.com收集整理]'],
  pageBreakPrefix: 'www.xuehuiba.com ',
  pageFromFileName: /_(\d+)(?:\.[a-z]+)?$/,
  reportIdFromFileName: /(a\d+)(?:_\d+)?(?:\.[a-z]+)?$/,
};

export const siteProfiles: SiteProfile[] = [xuehuiba];

/** The profile of the site a page was scraped from, or undefined for the generic rules. */
export function detectProfile(text: string): SiteProfile | undefined {
  return siteProfiles.find((profile) => text.includes(profile.marker));
}
