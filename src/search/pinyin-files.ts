import { SEARCH_INDEX_FOLDER } from './index-folder.ts';
/** The pinyin index's folder in the built site (src/integrations/pinyin-index.ts writes it). */
export const PINYIN_BUNDLE = `${SEARCH_INDEX_FOLDER}pinyin/`;
/** `{ "行": "hang heng xing", … }`: every reading of each character of the report. */
export const PINYIN_READINGS_FILE = 'readings.json';
/** The index's shards and sections (see `PinyinShards`). */
export const PINYIN_SHARDS_FILE = 'shards.json';
/** Beside each shard's bundle: which section each of its records stands for (see `ShardRecords`). */
export const SHARD_RECORDS_FILE = 'records.json';

/**
 * How many shards the index has (src/search/pinyin-shards.ts), and per section in reading order the id
 * naming its text windows (the exact search's record id).
 */
export interface PinyinShards {
  shards: number;
  texts: string[];
}

/**
 * Per section in reading order, its record in a shard: the record's id and the word positions per text
 * window stride of its tokens (src/search/pinyin-tokens.ts); null for a section with no token there.
 */
export type ShardRecords = ([id: string, slots: number] | null)[];
