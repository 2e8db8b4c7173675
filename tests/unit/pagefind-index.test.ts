import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TokenRecord, writeTokenBundle } from '../../src/integrations/token-bundle.ts';
import { checkTokenBundle } from '../../src/integrations/token-bundle-check.ts';
import { type CborValue, decodeCbor } from '../../src/search/cbor.ts';
import { decodePagefindFile, readChunk, readMeta } from '../../src/search/pagefind-index.ts';
import { TOKEN_META_FILE, tokenBundle } from '../../src/search/token-bundle.ts';

/** CBOR of the kinds Pagefind writes (RFC 8949: definite lengths, shortest argument). */
function encodeCbor(value: CborValue): number[] {
  const head = (major: number, argument: number): number[] => {
    if (argument < 24) return [(major << 5) | argument];
    const size = argument < 2 ** 8 ? 1 : argument < 2 ** 16 ? 2 : 4;
    const bytes = Array.from({ length: size }, (_, index) => (argument >>> (8 * (size - 1 - index))) & 255);
    return [(major << 5) | (24 + Math.log2(size)), ...bytes];
  };
  if (typeof value === 'number') return value < 0 ? head(1, -1 - value) : head(0, value);
  if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    return [...head(3, bytes.length), ...bytes];
  }
  return [...head(4, value.length), ...value.flatMap(encodeCbor)];
}

const pagefindFile = (value: CborValue) =>
  gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encodeCbor(value))]));

describe('CBOR, as far as Pagefind writes it', () => {
  it('decodes integers of every width, negatives, text and nested arrays', () => {
    const value = [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, -1, -25, -300, '', 'und_1a2b', ['群众', [1, [2]]]];
    expect(decodeCbor(Uint8Array.from(encodeCbor(value)))).toEqual(value);
  });

  it('refuses what Pagefind does not write (a map) and bytes left over', () => {
    expect(() => decodeCbor(Uint8Array.of(0xa1, 0x01, 0x02))).toThrow(/major type 5/);
    expect(() => decodeCbor(Uint8Array.of(0x01, 0x02))).toThrow(/after the item/);
  });
});

/** Three sections fed in an order other than their reading order, with tokens spread over several chunks. */
const records: TokenRecord[] = [
  {
    url: '/c/',
    order: 2,
    tokens: new Map([
      [0, 'ab'],
      [3, 'abc'],
      [5, 'ab'],
      [9, 'zz'],
    ]),
  },
  {
    url: '/a/',
    order: 0,
    tokens: new Map([
      [1, 'ab'],
      [2, 'b1'],
      [7, 'zz'],
      [8, 'zz'],
      [20, 'ab'],
    ]),
  },
  {
    url: '/b/',
    order: 1,
    tokens: new Map([
      [4, 'b1'],
      [6, 'm0'],
      [10, 'abcd'],
    ]),
  },
];

describe('a token bundle written by Pagefind, read by the site’s reader', () => {
  let folder: string;
  let ids: Map<string, string>;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'token-bundle-'));
    ids = await writeTokenBundle(folder, records, { chunkPostings: 3 });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const bundle = async () => {
    const meta = readMeta(await decodePagefindFile(await readFile(join(folder, TOKEN_META_FILE))));
    const fetched: string[] = [];
    const read = tokenBundle(meta, async (hash) => {
      fetched.push(hash);
      return readChunk(await decodePagefindFile(await readFile(join(folder, 'index', `${hash}.pf_index`))));
    });
    return { read, fetched, chunks: meta.chunks.length };
  };
  const idOf = (url: string) => ids.get(url);

  it('keeps only the meta and the index chunks, in several chunks', async () => {
    expect((await readdir(folder)).sort()).toEqual(['index', TOKEN_META_FILE]);
    expect((await bundle()).chunks).toBeGreaterThan(2);
  });

  it('finds a token’s records in reading order, each at its first occurrence, from one chunk', async () => {
    const { read, fetched } = await bundle();
    expect(await read.find('ab')).toEqual([
      { id: idOf('/a/'), positions: [1] },
      { id: idOf('/c/'), positions: [0] },
    ]);
    expect(fetched).toHaveLength(1);
    expect(await read.findEvery('ab')).toEqual([
      { id: idOf('/a/'), positions: [1, 20] },
      { id: idOf('/c/'), positions: [0, 5] },
    ]);
    expect(await read.findEvery('zz')).toEqual([
      { id: idOf('/a/'), positions: [7, 8] },
      { id: idOf('/c/'), positions: [9] },
    ]);
  });

  it('matches whole tokens only: neither a longer nor a shorter indexed token', async () => {
    const { read } = await bundle();
    expect(await read.find('abc')).toEqual([{ id: idOf('/c/'), positions: [3] }]);
    expect(await read.findEvery('a')).toEqual([]);
    expect(await read.findEvery('abcde')).toEqual([]);
    expect(await read.find('00')).toEqual([]);
  });

  it('passes the build check as written', async () => {
    expect(() => checkTokenBundle(folder, records, ids)).not.toThrow();
  });

  it('fails the build check, naming the bundle, when positions are stored as Pagefind 1.4 did (absolute)', async () => {
    const altered = await mkdtemp(join(tmpdir(), 'token-bundle-altered-'));
    try {
      await writeFile(join(altered, TOKEN_META_FILE), await readFile(join(folder, TOKEN_META_FILE)));
      await mkdir(join(altered, 'index'));
      for (const name of await readdir(join(folder, 'index'))) {
        const words = readChunk(await decodePagefindFile(await readFile(join(folder, 'index', name))));
        const absolute: CborValue = [
          [...words].map(([word, postings]) => [
            word,
            postings.map(({ page, positions }, index) => [
              page - (postings[index - 1]?.page ?? 0),
              [-25, ...positions],
              [],
            ]),
            [],
          ]),
        ];
        await writeFile(join(altered, 'index', name), pagefindFile(absolute));
      }
      expect(() => checkTokenBundle(altered, records, ids)).toThrow(
        new RegExp(`^token bundle ${altered}: .*token \\w+ at [\\d,]+ read at [\\d,]+`),
      );
    } finally {
      await rm(altered, { recursive: true, force: true });
    }
  });

  it('fails the build check when a file loses Pagefind’s signature', async () => {
    const [name = ''] = await readdir(join(folder, 'index'));
    const file = join(folder, 'index', name);
    const original = await readFile(file);
    try {
      await writeFile(file, gzipSync(gunzipSync(original).subarray('pagefind_dcd'.length)));
      expect(() => checkTokenBundle(folder, records, ids)).toThrow(
        new RegExp(`^token bundle ${folder}: .*no pagefind_dcd signature`),
      );
    } finally {
      await writeFile(file, original);
    }
  });
});
