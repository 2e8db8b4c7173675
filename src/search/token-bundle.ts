import { fetchOk, onceByKey } from './load-once.ts';
import { chunkFor, decodePagefindFile, type IndexMeta, type Posting, readChunk, readMeta } from './pagefind-index.ts';

/** A record of a token bundle holding a token: its id and the word positions of the token in it. */
export interface TokenMatch {
  id: string;
  positions: number[];
}

export interface TokenBundle {
  /**
   * The records holding `token`, in reading order, each with the position of its first occurrence
   * (what a quoted Pagefind search returns), fetching only the index chunk that holds the token.
   */
  find(token: string): Promise<TokenMatch[]>;
  /** The records holding `token`, in reading order, each with every position of it. */
  findEvery(token: string): Promise<TokenMatch[]>;
}

/** A token bundle's meta, under a name of its own (src/integrations/token-bundle.ts renames Pagefind's). */
export const TOKEN_META_FILE = 'meta.pf_meta';
/** The sort key holding each record's reading order. */
export const ORDER_SORT = 'order';

async function fetchPagefindFile(url: string) {
  return decodePagefindFile(await (await fetchOk(url)).arrayBuffer());
}

/** Queries on a bundle's decoded meta, with `loadChunk` fetching an index chunk by hash. */
export function tokenBundle(
  meta: IndexMeta,
  loadChunk: (hash: string) => Promise<Map<string, Posting[]>>,
): TokenBundle {
  const order = meta.sorts.get(ORDER_SORT) ?? [];
  const rank = new Map(order.map((page, index) => [page, index]));
  const postings = async (token: string): Promise<Posting[]> => {
    const chunk = chunkFor(meta.chunks, token);
    const found = chunk ? ((await loadChunk(chunk.hash)).get(token) ?? []) : [];
    // Pagefind's sorted search keeps only the records the sort lists, in its order.
    return found
      .filter((posting) => rank.has(posting.page))
      .sort((a, b) => (rank.get(a.page) ?? 0) - (rank.get(b.page) ?? 0));
  };
  const matches = async (token: string, positionsOf: (positions: number[]) => number[]) =>
    (await postings(token)).map((posting) => ({
      id: meta.ids[posting.page] ?? '',
      positions: positionsOf(posting.positions),
    }));
  return {
    find: (token) => matches(token, (positions) => positions.slice(0, 1)),
    findEvery: (token) => matches(token, (positions) => positions),
  };
}

/**
 * A token bundle (written by src/integrations/token-bundle.ts): its meta fetched once per page, each index
 * chunk on first use. Rejects in `astro dev`, where no index exists until a build, and on a failed load,
 * which a later call retries.
 */
export const loadTokenBundle = onceByKey(async (bundleUrl): Promise<TokenBundle> => {
  const loadChunk = onceByKey(async (hash) => readChunk(await fetchPagefindFile(`${bundleUrl}index/${hash}.pf_index`)));
  return tokenBundle(readMeta(await fetchPagefindFile(`${bundleUrl}${TOKEN_META_FILE}`)), loadChunk);
});
