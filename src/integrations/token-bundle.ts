import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

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

/** What the client needs of a bundle; the UI scripts, worker and highlighter would be shipped unused. */
const kept = /^(?:pagefind\.js|pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\..*\.pagefind|index)$/;

function recordContent(tokens: ReadonlyMap<number, string>): string {
  let last = -1;
  for (const position of tokens.keys()) last = Math.max(last, position);
  const words = new Array<string>(last + 1).fill(GAP);
  for (const [position, token] of tokens) words[position] = token;
  return words.join(' ');
}

/** About how many index chunks Pagefind makes of these records at `size` postings a chunk (pagefind/src/index/mod.rs). */
export function chunkCount(records: readonly TokenRecord[], size: number): number {
  const postings = new Map<string, number>();
  for (const record of records) {
    const perToken = new Map<string, number>();
    for (const token of record.tokens.values()) perToken.set(token, (perToken.get(token) ?? 0) + 1);
    // Each page of a word counts its locations plus one.
    for (const [token, count] of perToken) postings.set(token, (postings.get(token) ?? 0) + count + 1);
  }
  let chunks = 0;
  let filled = 0;
  for (const token of [...postings.keys()].sort()) {
    filled += postings.get(token) ?? 0;
    if (filled >= size) {
      chunks++;
      filled = 0;
    }
  }
  return chunks + (filled > 0 ? 1 : 0);
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

/**
 * Writes a Pagefind bundle of ASCII tokens, one record per section, searched with quoted (exact-word)
 * queries only. Returns each record's id by URL: it names what is stored beside the bundle per record.
 */
export async function writeTokenBundle(
  outputPath: string,
  records: readonly TokenRecord[],
): Promise<Map<string, string>> {
  const previous = process.env[CHUNK_SETTING];
  // Read by the Pagefind service when it starts, which the next createIndex() does.
  process.env[CHUNK_SETTING] = String(CHUNK_POSTINGS);
  await pagefind.close();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: TOKEN_LANGUAGE });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const width = String(records.length).length;
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: recordContent(record.tokens),
        language: TOKEN_LANGUAGE,
        sort: { order: String(record.order).padStart(width, '0') },
      });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env[CHUNK_SETTING];
    else process.env[CHUNK_SETTING] = previous;
  }
  const chunks = readdirSync(join(outputPath, 'index')).length;
  if (chunkSettingIgnored(chunks, chunkCount(records, CHUNK_POSTINGS), chunkCount(records, DEFAULT_CHUNK_POSTINGS))) {
    throw new Error(
      `Pagefind wrote ${chunks} index chunks, about as many as without ${CHUNK_SETTING}=${CHUNK_POSTINGS}: the undocumented setting no longer works (src/integrations/token-bundle.ts)`,
    );
  }
  const ids = recordIds(outputPath);
  for (const name of readdirSync(outputPath)) {
    if (!kept.test(name)) rmSync(join(outputPath, name), { recursive: true });
  }
  return ids;
}
