// The pinyin index is cut into shards by a hash of the token, each a Pagefind bundle of its own with its
// own small meta and chunks, so a query loads only the shards its tokens fall in (issue 13: at 100× a
// pinyin query costs at most twice its 1× bytes). The build and the search share these rules.
import { shardKey } from './pinyin-tokens.ts';

/** Tokens per shard: the shard count grows with the index, so a shard's meta and chunks stay the same size. */
export const SHARD_TOKENS = 40_000;

/** How many shards an index of `tokens` tokens is cut into. */
export const shardCount = (tokens: number) => Math.max(1, Math.ceil(tokens / SHARD_TOKENS));

/**
 * The shard a token falls in: FNV-1a over its `shardKey`, so that the tokens one query asks for together
 * (pinyin-tokens.ts) fall in one shard.
 */
export function shardOf(token: string, shards: number): number {
  const key = shardKey(token);
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** A shard's folder, relative to the pinyin index's. */
export const shardFolder = (shard: number) => `${shard}/`;
