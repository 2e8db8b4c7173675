import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../search/fold-text.ts';
import {
  PINYIN_BUNDLE,
  PINYIN_READINGS_FILE,
  PINYIN_SHARDS_FILE,
  type PinyinShards,
  SHARD_RECORDS_FILE,
  type ShardRecords,
} from '../search/pinyin-files.ts';
import { readingsDictionary } from '../search/pinyin-readings.ts';
import { shardCount, shardFolder, shardOf } from '../search/pinyin-shards.ts';
import { sectionTokens } from '../search/pinyin-tokens.ts';
import type { Section } from '../search/section.ts';
import { balancedChunkPostings, type TokenRecord, writeTokenBundles } from './token-bundle.ts';

/** A section's tokens in one shard, by word position: `slots` positions per text window stride. */
function shardTokens(perStride: readonly (readonly string[])[]): { tokens: Map<number, string>; slots: number } {
  const slots = Math.max(1, ...perStride.map((tokens) => tokens.length));
  const tokens = new Map<number, string>();
  for (const [stride, strideTokens] of perStride.entries()) {
    for (const [slot, token] of strideTokens.entries()) tokens.set(stride * slots + slot, token);
  }
  return { tokens, slots };
}

/** Each shard's records (one per section with a token there) and each section's slots in it. */
function shardRecords(sections: readonly Section[], perSection: readonly string[][][], shards: number) {
  const records: TokenRecord[][] = Array.from({ length: shards }, () => []);
  const slots: (number | undefined)[][] = Array.from({ length: shards }, () => []);
  for (const [index, section] of sections.entries()) {
    const perShard = Array.from({ length: shards }, () => [] as string[][]);
    for (const [stride, tokens] of (perSection[index] ?? []).entries()) {
      for (const shard of perShard) shard[stride] = [];
      for (const token of tokens) perShard[shardOf(token, shards)]?.[stride]?.push(token);
    }
    for (const [shard, perStride] of perShard.entries()) {
      if (perStride.every((tokens) => tokens.length === 0)) continue;
      const laid = shardTokens(perStride);
      records[shard]?.push({ url: section.url, order: section.position, tokens: laid.tokens });
      (slots[shard] ?? [])[index] = laid.slots;
    }
  }
  return { records, slots };
}

/**
 * Writes the pinyin index beside the exact search's: token bundles (src/search/pinyin-tokens.ts), one per
 * shard (src/search/pinyin-shards.ts), with the readings of the report's characters and the section each
 * record stands for. The search loads only the shards of a query's tokens, and takes the texts from the
 * exact search's windows, named by `textIds` (section URL → the id its windows are written under;
 * awaited only once the bundles are written, so the two indexes are built side by side). Returns the
 * number of characters read.
 */
export async function writePinyinIndex(
  sitePath: string,
  sections: readonly Section[],
  textIds: Promise<ReadonlyMap<string, string>>,
): Promise<number> {
  const bundlePath = join(sitePath, PINYIN_BUNDLE);
  rmSync(bundlePath, { recursive: true, force: true });
  const inOrder = [...sections].sort((a, b) => a.position - b.position);
  const readings = readingsDictionary(inOrder.map((section) => section.text));
  const readingsOf = (char: string) => readings.get(char) ?? [];
  const perSection = inOrder.map((section) => sectionTokens(foldText(section.text).folded, readingsOf));
  const tokenTotal = perSection.flat(2).length;
  const shards = shardCount(tokenTotal);
  const { records, slots } = shardRecords(inOrder, perSection, shards);
  const bundles = records.map((shardRecords, shard) => ({
    outputPath: join(bundlePath, shardFolder(shard)),
    records: shardRecords,
  }));
  // Shards are about equal (a hash cuts them), so the first one's best chunk size serves them all.
  const ids = await writeTokenBundles(bundles, { chunkPostings: balancedChunkPostings(records[0] ?? []) });
  for (const [shard, shardIds] of ids.entries()) {
    const bySection: ShardRecords = inOrder.map((section, index) => {
      const id = shardIds.get(section.url);
      const sectionSlots = slots[shard]?.[index];
      return id === undefined || sectionSlots === undefined ? null : [id, sectionSlots];
    });
    writeFileSync(join(bundlePath, shardFolder(shard), SHARD_RECORDS_FILE), JSON.stringify(bySection));
  }
  const textIdsByUrl = await textIds;
  const texts = inOrder.map((section) => {
    const textId = textIdsByUrl.get(section.url);
    if (textId === undefined) throw new Error(`pinyin index: no text windows for ${section.url}`);
    return textId;
  });
  const manifest: PinyinShards = { shards, texts };
  writeFileSync(join(bundlePath, PINYIN_SHARDS_FILE), JSON.stringify(manifest));
  const readingsJson = Object.fromEntries([...readings].map(([char, list]) => [char, list.join(' ')]));
  writeFileSync(join(bundlePath, PINYIN_READINGS_FILE), JSON.stringify(readingsJson));
  return readings.size;
}
