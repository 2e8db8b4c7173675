// The pinyin index's files, each fetched once per page. pinyin-fallback.ts asks for the first two as it
// asks for the pinyin module, so their round trip overlaps the module's on a slow network.
import { withBase } from '../utils/url.ts';
import { fetchOk, once } from './load-once.ts';
import { PINYIN_BUNDLE, PINYIN_READINGS_FILE, PINYIN_SHARDS_FILE, type PinyinShards } from './pinyin-files.ts';

/** A JSON file of the pinyin index, by its path inside the index. */
export async function fetchPinyinJson<T>(file: string): Promise<T> {
  return (await fetchOk(withBase(`${PINYIN_BUNDLE}${file}`))).json();
}

/** `{ "行": "hang heng xing", … }`: every reading of each character of the report. */
export const pinyinReadings = once(() => fetchPinyinJson<Record<string, string>>(PINYIN_READINGS_FILE));

export const pinyinShards = once(() => fetchPinyinJson<PinyinShards>(PINYIN_SHARDS_FILE));

/** Starts both loads; a failure shows where the search awaits them (a later query tries again). */
export function prefetchPinyinIndex(): void {
  for (const load of [pinyinReadings, pinyinShards]) load().catch(() => {});
}
