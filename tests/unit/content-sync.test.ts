import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSyncKey, keepContentSync, restoreContentSync } from '../../scripts/lib/content-sync.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const key = () => contentSyncKey(root, join(root, 'content'));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-sync-'));
  write('content/chapters/01-s1.mdx', '---\ntitle: 一\n---\n正文。\n');
  write('src/content.config.ts', 'export const collections = {};\n');
  write('astro.config.mjs', 'export default {};\n');
  write('package-lock.json', '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the name of a content sync', () => {
  it('stays while nothing it depends on changes', () => {
    expect(key()).toBe(key());
  });

  it.each([
    ['a chapter', 'content/chapters/01-s1.mdx', '---\ntitle: 一\n---\n改过的正文。\n'],
    ['a new chapter', 'content/chapters/02-s2.mdx', '---\ntitle: 二\n---\n'],
    ['the site code', 'src/content.config.ts', 'export const collections = { chapters: {} };\n'],
    ['the config', 'astro.config.mjs', 'export default { base: "/r/" };\n'],
    ['a library version', 'package-lock.json', '{ "astro": "7.3.6" }\n'],
  ])('changes with %s', (_, path, text) => {
    const before = key();
    write(path, text);
    expect(key()).not.toBe(before);
  });

  it('changes with the base path the config reads', () => {
    const before = key();
    const saved = process.env.BASE_PATH;
    process.env.BASE_PATH = '/report/';
    try {
      expect(key()).not.toBe(before);
    } finally {
      if (saved === undefined) delete process.env.BASE_PATH;
      else process.env.BASE_PATH = saved;
    }
  });
});

describe('a kept content sync', () => {
  it('puts back the files the sync wrote, and only under its own name', () => {
    const kept = join(root, 'kept');
    const firstCache = join(root, 'cache-1');
    write('cache-1/data-store.json', '{"store":1}');
    write('.astro/content-modules.mjs', 'export default new Map([["a", 1]]);');
    write('.astro/content-assets.mjs', 'export default new Map();');
    keepContentSync(kept, 'k1', root, firstCache);
    rmSync(join(root, '.astro'), { recursive: true });
    const nextCache = join(root, 'cache-2');
    expect(restoreContentSync(kept, 'other', root, nextCache)).toBe(false);
    expect(restoreContentSync(kept, 'k1', root, nextCache)).toBe(true);
    expect(readFileSync(join(nextCache, 'data-store.json'), 'utf8')).toBe('{"store":1}');
    expect(readFileSync(join(root, '.astro', 'content-modules.mjs'), 'utf8')).toBe(
      'export default new Map([["a", 1]]);',
    );
  });

  it('is not kept when the build left any of its files missing', () => {
    const kept = join(root, 'kept');
    write('cache-1/data-store.json', '{}');
    keepContentSync(kept, 'k1', root, join(root, 'cache-1'));
    expect(restoreContentSync(kept, 'k1', root, join(root, 'cache-2'))).toBe(false);
  });
});
