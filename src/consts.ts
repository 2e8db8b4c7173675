/** Folder holding `chapters/*.mdx` and `report.json`; tests and benchmarks point it elsewhere. */
export const CONTENT_DIR = process.env.REPORT_CONTENT_DIR ?? 'content';

/** Site language: without `zh-CN` Chromium picks Japanese glyphs and Pagefind the wrong segmenter. */
export const SITE_LANG = 'zh-CN';

/** One-line description of the site for the home page and metadata. */
export const SITE_DESCRIPTION =
  '《提高基层领导干部做群众工作能力问题研究》现存文本的整理版：可在线阅读、全文检索与打印。';
