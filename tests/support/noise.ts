/** What the scraped site wraps around the report; none of it may reach a reader (README: converter rules). */
const NOISE_TOKENS = ['xuehuiba', '本文由', '上一页', '下一页', 'Copyright', '概要', '阅读:'];

/** The noise tokens a text contains. */
export function noiseIn(text: string): string[] {
  return NOISE_TOKENS.filter((token) => text.includes(token));
}
