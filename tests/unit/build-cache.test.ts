import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_ENTRIES_KEPT, cachedFile, cachedFolder } from '../../src/integrations/build-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cachedFile', () => {
  const folder = join(work, 'files');

  it('computes once per set of inputs and reads the stored bytes after that', async () => {
    let computed = 0;
    const compute = async () => {
      computed++;
      return new TextEncoder().encode(`bytes ${computed}`);
    };
    const first = await cachedFile(folder, ['face', new Uint8Array([1, 2]), '群众'], compute);
    const again = await cachedFile(folder, ['face', new Uint8Array([1, 2]), '群众'], compute);
    const other = await cachedFile(folder, ['face', new Uint8Array([1, 2]), '群众工作'], compute);
    expect(computed).toBe(2);
    expect(Buffer.from(again)).toEqual(Buffer.from(first));
    expect(Buffer.from(other).toString()).toBe('bytes 2');
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('keeps nothing when the computation fails', async () => {
    const failing = cachedFile(folder, ['broken'], () => Promise.reject(new Error('subset failed')));
    await expect(failing).rejects.toThrow('subset failed');
    expect(readdirSync(folder)).toHaveLength(2);
  });
});

describe('cachedFolder', () => {
  const folder = join(work, 'folders');
  /** Writes a small index into `output`, counting the writes. */
  let writes = 0;
  const writeIndex = (text: string) => async (output: string) => {
    writes++;
    mkdirSync(join(output, 'index'), { recursive: true });
    writeFileSync(join(output, 'meta.json'), JSON.stringify({ text }));
    writeFileSync(join(output, 'index', 'chunk'), text.repeat(3));
  };
  const read = (output: string) => [
    readFileSync(join(output, 'meta.json'), 'utf8'),
    readFileSync(join(output, 'index', 'chunk'), 'utf8'),
  ];

  it('writes once per set of inputs, then puts the stored folder in place of the output, whole', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(work, name)) as [string, string, string];
    expect(await cachedFolder(folder, ['code', '群众'], a, writeIndex('群众'))).toBe('written');
    mkdirSync(b);
    writeFileSync(join(b, 'stale'), 'from an older build');
    expect(await cachedFolder(folder, ['code', '群众'], b, writeIndex('not called'))).toBe('reused');
    expect(await cachedFolder(folder, ['code', '群众工作'], c, writeIndex('群众工作'))).toBe('written');
    expect(writes).toBe(2);
    expect(read(b)).toEqual(read(a));
    expect(readdirSync(b).sort()).toEqual(['index', 'meta.json']);
    expect(read(c)).toEqual(['{"text":"群众工作"}', '群众工作群众工作群众工作']);
  });

  it('keeps nothing when the writing fails', async () => {
    const before = readdirSync(folder).sort();
    const failing = cachedFolder(folder, ['broken'], join(work, 'd'), () =>
      Promise.reject(new Error('Pagefind failed')),
    );
    await expect(failing).rejects.toThrow('Pagefind failed');
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it(`keeps the ${CACHE_ENTRIES_KEPT} entries used last and removes older ones`, async () => {
    const pruned = join(work, 'pruned');
    for (let entry = 0; entry < CACHE_ENTRIES_KEPT + 2; entry++) {
      await cachedFolder(pruned, [`text ${entry}`], join(work, `out-${entry}`), writeIndex(`text ${entry}`));
    }
    expect(readdirSync(pruned)).toHaveLength(CACHE_ENTRIES_KEPT);
    // The first entry is gone; the newest is still reused.
    expect(await cachedFolder(pruned, ['text 0'], join(work, 'again-0'), writeIndex('text 0'))).toBe('written');
    const newest = `text ${CACHE_ENTRIES_KEPT + 1}`;
    expect(await cachedFolder(pruned, [newest], join(work, 'again-newest'), writeIndex(newest))).toBe('reused');
  });
});
