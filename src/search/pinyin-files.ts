/** The pinyin index's folder in the built site (src/integrations/pinyin-index.ts writes it). */
export const PINYIN_BUNDLE = 'search-index/pinyin/';
/** `{ "行": "hang heng xing", … }`: every reading of each character of the report. */
export const PINYIN_READINGS_FILE = 'readings.json';
/** Which section each record of the bundle stands for (see `PinyinSections`). */
export const PINYIN_SECTIONS_FILE = 'sections.json';

/**
 * By the id of a record of the pinyin bundle: its section's reading order, the id naming its text windows,
 * and the word positions per window stride of its tokens (src/search/pinyin-tokens.ts).
 */
export type PinyinSections = Record<string, [order: number, textId: string, slots: number]>;
