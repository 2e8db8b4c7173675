import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TOKEN_META_FILE } from '../search/token-bundle.ts';
import { writePagefindBundles } from './pagefind-bundle.ts';
import { checkTokenBundle, SAMPLED_TOKENS } from './token-bundle-check.ts';

/** One record of a token bundle: a section's URL, its reading order and its tokens by word position. */
export interface TokenRecord {
  url: string;
  order: number;
  tokens: ReadonlyMap<number, string>;
}

/**
 * Postings per index chunk. Pagefind cuts chunks every 20,000 positions, so a query on a small site
 * would fetch the whole token index; the setting that changes it is undocumented, hence the check below.
 */
export const CHUNK_POSTINGS = 2000;
const CHUNK_SETTING = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const DEFAULT_CHUNK_POSTINGS = 20_000;

/** A language with neither stemmer nor segmentation, so tokens stay whole (the query side follows `<html lang>`). */
export const TOKEN_LANGUAGE = 'und';

/** A word of punctuation only: Pagefind counts its position and indexes nothing, so it fills the gaps. */
const GAP = '.';

/** What the site's reader (src/search/token-bundle.ts) fetches of a bundle; Pagefind's runtime is not shipped. */
const kept = new Set([TOKEN_META_FILE, 'index']);

function recordContent(tokens: ReadonlyMap<number, string>): string {
  let last = -1;
  for (const position of tokens.keys()) last = Math.max(last, position);
  const words = new Array<string>(last + 1).fill(GAP);
  for (const [position, token] of tokens) words[position] = token;
  return words.join(' ');
}

/** Each token's postings (its locations plus one per record holding it), in Pagefind's token order. */
function postingsInTokenOrder(records: readonly TokenRecord[]): number[] {
  const postings = new Map<string, number>();
  for (const record of records) {
    const perToken = new Map<string, number>();
    for (const token of record.tokens.values()) perToken.set(token, (perToken.get(token) ?? 0) + 1);
    for (const [token, count] of perToken) postings.set(token, (postings.get(token) ?? 0) + count + 1);
  }
  return [...postings.keys()].sort().map((token) => postings.get(token) ?? 0);
}

/** How many chunks Pagefind cuts `postings` (in token order) into at `size` postings a chunk (pagefind/src/index/mod.rs). */
function chunksOf(postings: readonly number[], size: number): number {
  let chunks = 0;
  let filled = 0;
  for (const count of postings) {
    filled += count;
    if (filled >= size) {
      chunks++;
      filled = 0;
    }
  }
  return chunks + (filled > 0 ? 1 : 0);
}

/** About how many index chunks Pagefind makes of these records at `size` postings a chunk. */
export function chunkCount(records: readonly TokenRecord[], size: number): number {
  return chunksOf(postingsInTokenOrder(records), size);
}

/** Gzip bytes the meta spends per chunk it lists, and a chunk per posting, as measured on the pinyin bundle. */
const META_BYTES_PER_CHUNK = 13;
const CHUNK_BYTES_PER_POSTING = 1.5;

/**
 * Postings per chunk that make a one-token lookup cheapest: it fetches the meta, which lists every chunk,
 * and one chunk, so both grow with the square root of the index instead of one of them linearly.
 */
export function balancedChunkPostings(records: readonly TokenRecord[]): number {
  const total = postingsInTokenOrder(records).reduce((sum, count) => sum + count, 0);
  return Math.max(1, Math.round(Math.sqrt((total * META_BYTES_PER_CHUNK) / CHUNK_BYTES_PER_POSTING)));
}

/**
 * Whether Pagefind ignored the chunk setting, from the chunks it wrote and the estimates with and without
 * the setting. Pagefind cuts somewhat more chunks than `chunkCount` estimates (22 for 15, 3 for 2), so the
 * count is judged by which estimate it lies nearer; a site too small for the estimates to differ is not judged.
 */
export function chunkSettingIgnored(written: number, expected: number, unchanged: number): boolean {
  return expected > 2 * unchanged && written < (expected + unchanged) / 2;
}

/** Pagefind record id (its fragment's name) → URL, read from the fragments it wrote. */
function recordIds(outputPath: string): Map<string, string> {
  const folder = join(outputPath, 'fragment');
  const ids = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Where a token bundle is written and what it holds. */
export interface TokenBundleJob {
  outputPath: string;
  records: readonly TokenRecord[];
}

/**
 * Writes Pagefind bundles of ASCII tokens, one record per section, through one Pagefind service, each
 * read by the site's own reader (src/search/token-bundle.ts), which the build checks against the records;
 * `chunkPostings`: postings per index chunk (one for all the bundles). Returns, per bundle, each record's
 * id by URL: it names what is stored beside the bundle per record.
 */
export async function writeTokenBundles(
  bundles: readonly TokenBundleJob[],
  { chunkPostings = CHUNK_POSTINGS } = {},
): Promise<Map<string, string>[]> {
  const jobs = bundles.map(({ outputPath, records }) => {
    rmSync(outputPath, { recursive: true, force: true });
    const width = String(records.reduce((last, record) => Math.max(last, record.order), 0)).length;
    return {
      language: TOKEN_LANGUAGE,
      records: records.map((record) => ({
        url: record.url,
        content: recordContent(record.tokens),
        sort: { order: String(record.order).padStart(width, '0') },
      })),
      outputPath,
      // Read by the Pagefind service when it starts.
      env: { [CHUNK_SETTING]: String(chunkPostings) },
    };
  });
  await writePagefindBundles(jobs);
  // The chunk setting is the service's, one for all the bundles: judged on the first (shards are about equal).
  const [first] = bundles;
  if (first) checkChunkSetting(first, chunkPostings);
  return bundles.map(({ outputPath, records }) => {
    const ids = recordIds(outputPath);
    const meta = readdirSync(outputPath).find((name) => name.endsWith('.pf_meta'));
    if (meta === undefined) throw new Error(`Pagefind wrote no meta in ${outputPath}`);
    renameSync(join(outputPath, meta), join(outputPath, TOKEN_META_FILE));
    for (const name of readdirSync(outputPath)) {
      if (!kept.has(name)) rmSync(join(outputPath, name), { recursive: true });
    }
    checkTokenBundle(outputPath, records, ids, Math.ceil(SAMPLED_TOKENS / bundles.length));
    return ids;
  });
}

/** Fails when Pagefind wrote the bundle's index in about as many chunks as without the chunk setting. */
function checkChunkSetting({ outputPath, records }: TokenBundleJob, chunkPostings: number): void {
  const chunks = readdirSync(join(outputPath, 'index')).length;
  // Counted once for both sizes: on a large report this walk costs seconds.
  const postings = postingsInTokenOrder(records);
  if (chunkSettingIgnored(chunks, chunksOf(postings, chunkPostings), chunksOf(postings, DEFAULT_CHUNK_POSTINGS))) {
    throw new Error(
      `Pagefind wrote ${chunks} index chunks, about as many as without ${CHUNK_SETTING}=${chunkPostings}: the undocumented setting no longer works (src/integrations/token-bundle.ts)`,
    );
  }
}

/** Writes one token bundle (see `writeTokenBundles`). */
export async function writeTokenBundle(
  outputPath: string,
  records: readonly TokenRecord[],
  options: { chunkPostings?: number } = {},
): Promise<Map<string, string>> {
  const [ids = new Map<string, string>()] = await writeTokenBundles([{ outputPath, records }], options);
  return ids;
}
