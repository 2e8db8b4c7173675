/** The pinyin index's folder in the built site (src/integrations/pinyin-index.ts writes it). */
export const PINYIN_BUNDLE = 'pagefind-pinyin';
/** `{ "行": "hang heng xing", … }`: every reading of each character of the report. */
export const PINYIN_READINGS_FILE = 'readings.json';
/** `{ "<result id>": <section position> }`: which section each record of the bundle stands for. */
export const PINYIN_SECTIONS_FILE = 'sections.json';
