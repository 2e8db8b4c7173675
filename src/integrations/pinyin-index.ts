import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../search/fold-text.ts';
import {
  PINYIN_BUNDLE,
  PINYIN_READINGS_FILE,
  PINYIN_SECTIONS_FILE,
  type PinyinSections,
} from '../search/pinyin-files.ts';
import { readingsDictionary } from '../search/pinyin-readings.ts';
import { sectionTokens } from '../search/pinyin-tokens.ts';
import type { Section } from '../search/section.ts';
import { balancedChunkPostings, writeTokenBundle } from './token-bundle.ts';

/**
 * Writes the pinyin index beside the exact search's: a token bundle (src/search/pinyin-tokens.ts) with
 * the readings of the report's characters and the section each record stands for. The search loads it
 * only for a query with Latin letters, and takes the texts from the
 * exact search's windows, named by `textIds` (section URL → the id its windows are written under;
 * awaited only once the bundle is written, so the two indexes are built side by side). Returns the
 * number of characters read.
 */
export async function writePinyinIndex(
  sitePath: string,
  sections: readonly Section[],
  textIds: Promise<ReadonlyMap<string, string>>,
): Promise<number> {
  const bundlePath = join(sitePath, PINYIN_BUNDLE);
  const readings = readingsDictionary(sections.map((section) => section.text));
  const readingsOf = (char: string) => readings.get(char) ?? [];
  const perSection = sections.map((section) => sectionTokens(foldText(section.text).folded, readingsOf));
  const records = sections.map((section, index) => ({
    url: section.url,
    order: section.position,
    tokens: perSection[index]?.tokens ?? new Map(),
  }));
  const ids = await writeTokenBundle(bundlePath, records, { chunkPostings: balancedChunkPostings(records) });
  const textIdsByUrl = await textIds;
  const bySection: PinyinSections = {};
  for (const [index, section] of sections.entries()) {
    const id = ids.get(section.url);
    const textId = textIdsByUrl.get(section.url);
    if (id === undefined || textId === undefined) throw new Error(`pinyin index: no record for ${section.url}`);
    bySection[id] = [section.position, textId, perSection[index]?.slots ?? 1];
  }
  writeFileSync(join(bundlePath, PINYIN_SECTIONS_FILE), JSON.stringify(bySection));
  const readingsJson = Object.fromEntries([...readings].map(([char, list]) => [char, list.join(' ')]));
  writeFileSync(join(bundlePath, PINYIN_READINGS_FILE), JSON.stringify(readingsJson));
  return readings.size;
}
