import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chunkFor, type Posting, readChunk, readMeta, readPagefindFile } from '../search/pagefind-index.ts';
import { ORDER_SORT, TOKEN_META_FILE } from '../search/token-bundle.ts';
import type { TokenRecord } from './token-bundle.ts';

/** Each token's positions in a record, ascending. */
function positionsByToken(tokens: ReadonlyMap<number, string>): Map<string, number[]> {
  const byToken = new Map<string, number[]>();
  for (const [position, token] of [...tokens].sort((a, b) => a[0] - b[0])) {
    const positions = byToken.get(token);
    if (positions) positions.push(position);
    else byToken.set(token, [position]);
  }
  return byToken;
}

/**
 * Positions sampled across the records of the bundles written together: about this many, spread evenly
 * over each record's tokens. Each may cost a chunk read (gunzip and decode); a format change shows in any.
 */
export const SAMPLED_TOKENS = 1000;

const samePositions = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((position, index) => position === b[index]);

/**
 * What differs between the records fed to Pagefind and what the site's reader (src/search/pagefind-index.ts)
 * reads back from the bundle at `outputPath`, undefined when they agree: the reading order; every token of the
 * record with the fewest, with all its positions; about `samples` positions across records, each read
 * among its token's positions, in ascending order; and, in each chunk read, that its words are looked up there. `ids`: each record's Pagefind id by URL.
 * (Reading every chunk would cost seconds at 100× the report; a layout change shows in any of them.)
 */
function tokenBundleMismatch(
  outputPath: string,
  records: readonly TokenRecord[],
  ids: ReadonlyMap<string, string>,
  samples: number,
): string | undefined {
  const readFile = (path: string) => readPagefindFile(gunzipSync(readFileSync(join(outputPath, path))));
  const meta = readMeta(readFile(TOKEN_META_FILE));
  const inOrder = [...records].sort((a, b) => a.order - b.order).map((record) => ids.get(record.url));
  const sorted = (meta.sorts.get(ORDER_SORT) ?? []).map((page) => meta.ids[page]);
  if (sorted.join() !== inOrder.join()) return `records are not in reading order (${ORDER_SORT} sort)`;
  const pageOf = new Map(meta.ids.map((id, page) => [id, page]));
  const chunks = new Map<string, Map<string, Posting[]>>();
  let misplaced: string | undefined;
  const positionsRead = (url: string, token: string): number[] => {
    const hash = chunkFor(meta.chunks, token)?.hash;
    if (hash === undefined) return [];
    let chunk = chunks.get(hash);
    if (!chunk) {
      chunk = readChunk(readFile(join('index', `${hash}.pf_index`)));
      chunks.set(hash, chunk);
      // Words are sorted: the first and last one found here mean every one between is.
      const words = [...chunk.keys()];
      misplaced ??= [words[0] ?? '', words.at(-1) ?? ''].find((word) => chunkFor(meta.chunks, word)?.hash !== hash);
    }
    const page = pageOf.get(ids.get(url) ?? '');
    return chunk.get(token)?.find((posting) => posting.page === page)?.positions ?? [];
  };
  const [fewest] = [...records].sort((a, b) => a.tokens.size - b.tokens.size);
  for (const [token, positions] of positionsByToken(fewest?.tokens ?? new Map())) {
    const read = positionsRead(fewest?.url ?? '', token);
    if (!samePositions(read, positions)) return `${fewest?.url}: token ${token} at ${positions} read at ${read}`;
  }
  const total = records.reduce((sum, record) => sum + record.tokens.size, 0);
  const stride = Math.max(1, Math.floor(total / samples));
  for (const record of records) {
    let index = 0;
    for (const [position, token] of record.tokens) {
      if (index++ % stride !== 0) continue;
      const read = positionsRead(record.url, token);
      if (!read.includes(position) || read.some((at, next) => at >= (read[next + 1] ?? Number.POSITIVE_INFINITY))) {
        return `${record.url}: token ${token} at ${position} read at ${read}`;
      }
    }
  }
  return misplaced && `token ${misplaced} is not looked up in the chunk that holds it`;
}

/**
 * Fails the build, in one line naming the bundle, when the site's reader misreads it (see tokenBundleMismatch);
 * `samples`: the positions sampled, `SAMPLED_TOKENS` for a bundle written alone.
 */
export function checkTokenBundle(
  outputPath: string,
  records: readonly TokenRecord[],
  ids: ReadonlyMap<string, string>,
  samples = SAMPLED_TOKENS,
): void {
  let mismatch: string | undefined;
  try {
    mismatch = tokenBundleMismatch(outputPath, records, ids, samples);
  } catch (error) {
    mismatch = (error as Error).message;
  }
  if (mismatch !== undefined) {
    throw new Error(
      `token bundle ${outputPath}: the site's reader of Pagefind's index disagrees with the records fed (${mismatch}); has Pagefind's index format changed? (src/search/pagefind-index.ts)`,
    );
  }
}
