// Pagefind's index files, read as Pagefind 1.6 writes them (pagefind/src/output/mod.rs: gzip of
// `pagefind_dcd` + CBOR; pagefind_web/src/metadata.rs and index.rs: how its WebAssembly decodes them).
// The layout is Pagefind's internal one: src/integrations/token-bundle-check.ts fails the build when it changes.
import { type CborValue, decodeCbor } from './cbor.ts';

const SIGNATURE = 'pagefind_dcd';

/** A range of words and the index chunk holding them (`from`/`to`: prefixes of its first and last word). */
export interface ChunkRange {
  from: string;
  to: string;
  hash: string;
}

/** What a query needs of a bundle's `pf_meta`: each record's id by page number, the index chunks, the sorts. */
export interface IndexMeta {
  ids: string[];
  chunks: ChunkRange[];
  /** Sort key → page numbers in ascending order of that key. */
  sorts: Map<string, number[]>;
}

/** One record holding a word: its page number and the word's positions there, ascending. */
export interface Posting {
  page: number;
  positions: number[];
}

const array = (value: CborValue | undefined, what: string): CborValue[] => {
  if (!Array.isArray(value)) throw new Error(`Pagefind index: ${what} is not an array`);
  return value;
};
const string = (value: CborValue | undefined, what: string): string => {
  if (typeof value !== 'string') throw new Error(`Pagefind index: ${what} is not a string`);
  return value;
};
const integer = (value: CborValue | undefined, what: string): number => {
  if (typeof value !== 'number') throw new Error(`Pagefind index: ${what} is not an integer`);
  return value;
};

/** The CBOR value of a Pagefind file once gunzipped: the signature, then the CBOR. */
export function readPagefindFile(bytes: Uint8Array): CborValue {
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) {
    throw new Error(`Pagefind index: no ${SIGNATURE} signature`);
  }
  return decodeCbor(bytes.subarray(SIGNATURE.length));
}

/** The CBOR value of a Pagefind file as served (gzip), gunzipped by the browser's own DecompressionStream. */
export async function decodePagefindFile(gzipped: BufferSource): Promise<CborValue> {
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return readPagefindFile(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** `[version, pages [[hash, word count, …]], chunks [[from, to, hash]], filters, sorts [[key, [page…]]], …]` */
export function readMeta(value: CborValue): IndexMeta {
  const [, pages, chunks, , sorts] = array(value, 'meta');
  return {
    ids: array(pages, 'pages').map((page) => string(array(page, 'page')[0], 'page hash')),
    chunks: array(chunks, 'chunks').map((chunk) => {
      const [from, to, hash] = array(chunk, 'chunk');
      return { from: string(from, 'chunk start'), to: string(to, 'chunk end'), hash: string(hash, 'chunk hash') };
    }),
    sorts: new Map(
      array(sorts, 'sorts').map((sort) => {
        const [key, order] = array(sort, 'sort');
        return [string(key, 'sort key'), array(order, 'sort order').map((page) => integer(page, 'sorted page'))];
      }),
    ),
  };
}

/**
 * Positions as Pagefind stores them: each the difference from the one before; a negative number sets the
 * weight of the positions after it (unused here), and the next position is then absolute again.
 */
function positionsOf(stored: CborValue[]): number[] {
  const positions: number[] = [];
  let last = 0;
  for (const entry of stored) {
    const delta = integer(entry, 'position');
    if (delta < 0) {
      last = 0;
    } else {
      last += delta;
      positions.push(last);
    }
  }
  return positions;
}

/**
 * `[[[word, [[page delta, [position delta…], …]…], variants]…]]`: word → its postings, pages ascending.
 * A word's variants (other diacritic forms) are left out: tokens of ASCII letters and digits have none.
 */
export function readChunk(value: CborValue): Map<string, Posting[]> {
  const words = new Map<string, Posting[]>();
  for (const entry of array(array(value, 'chunk')[0], 'words')) {
    const [word, pages] = array(entry, 'word');
    let page = 0;
    const postings = array(pages, 'postings').map((posting) => {
      const [delta, stored] = array(posting, 'posting');
      page += integer(delta, 'page');
      return { page, positions: positionsOf(array(stored, 'positions')) };
    });
    words.set(string(word, 'word'), postings);
  }
  return words;
}

/**
 * The chunk that would hold `word`: the last whose range starts at or before it, if the word can lie
 * there (Pagefind cuts `to` to a prefix of the chunk's last word, so a held word is at most `to` or starts with it).
 */
export function chunkFor(chunks: readonly ChunkRange[], word: string): ChunkRange | undefined {
  const chunk = chunks.findLast((range) => range.from <= word);
  return chunk && (word <= chunk.to || word.startsWith(chunk.to)) ? chunk : undefined;
}
