// The pinyin index's files, each fetched once per page. pinyin-fallback.ts asks for the first two as it
// asks for the pinyin module, so their round trip overlaps the module's on a slow network.
import { withBase } from '../utils/url.ts';
import { loadJsonOnce } from './load-once.ts';
import { PINYIN_BUNDLE, PINYIN_READINGS_FILE, PINYIN_SHARDS_FILE } from './pinyin-files.ts';

/** A JSON file of the pinyin index, by its path inside the index; fetched once per page. */
export const loadPinyinJson = <T>(file: string) => loadJsonOnce<T>(withBase(`${PINYIN_BUNDLE}${file}`));

/** Starts loading the shard list and the readings; a failure shows where the search awaits them. */
export function prefetchPinyinIndex(): void {
  for (const file of [PINYIN_READINGS_FILE, PINYIN_SHARDS_FILE]) loadPinyinJson(file).catch(() => {});
}
