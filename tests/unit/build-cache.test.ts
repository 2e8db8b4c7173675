import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedFile } from '../../src/integrations/build-cache.ts';

describe('cachedFile', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'build-cache-')), 'cache');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

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
