import { prefetchPinyinIndex } from './pinyin-index-files.ts';
import type { SearchSections } from './search-sections.ts';
import { parseSectionNumber } from './section-number.ts';

/** Latin letters, half- or full-width: the only queries that may be pinyin. */
const latinLetter = /[a-zA-Zａ-ｚＡ-Ｚü]/;

/**
 * Adds search by pinyin to the text search: a query with Latin letters is searched as text and as pinyin
 * at once, and text wins when it is found exactly (`www` in the text is text); the text search's
 * 「相近结果」 come last, only when neither finds it, so a pinyin hit fetches none of them. A query without
 * Latin letters, or a section number (`s2-3`), never loads the pinyin module or its index.
 */
export function withPinyin(search: SearchSections, textUrl: string): SearchSections {
  return async (query) => {
    if (!latinLetter.test(query) || parseSectionNumber(query)) return search(query);
    prefetchPinyinIndex();
    const pinyin = import('./pinyin-search.ts').then((module) => module.searchPinyin(query, textUrl));
    const [asText, byPinyin] = await Promise.all([search(query, { approximate: false }), pinyin]);
    if (asText.total > 0) return asText;
    return byPinyin && byPinyin.total > 0 ? byPinyin : search(query);
  };
}
