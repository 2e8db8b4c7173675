import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, convertInto } from '../support/build-site.ts';
import { distFiles } from '../support/dist-files.ts';

/** Every file of a folder with its bytes, to compare a folder before and after. */
function snapshot(folder: string): Map<string, string> {
  return new Map(distFiles('', folder).map((file) => [file, readFileSync(join(folder, file), 'base64')]));
}

describe('failure safety: a failing step leaves the previous output whole', () => {
  const work = mkdtempSync(join(tmpdir(), 'failure-safety-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a failing convert leaves content/ as it was', () => {
    const out = join(work, 'content');
    cpSync('content', out, { recursive: true });
    const before = snapshot(out);
    const result = convertInto(out, ['tests/fixtures/converter/empty-file-fails/input.txt']);
    expect(result.ok).toBe(false);
    expect(snapshot(out)).toEqual(before);
  });

  it('a failing build leaves the old dist/ whole, and no staging folder behind', () => {
    const broken = join(work, 'broken-content');
    cpSync('content', broken, { recursive: true });
    // An unclosed MDX expression: the build fails while compiling the pages.
    writeFileSync(
      join(broken, 'chapters', '02-s2.mdx'),
      `${readFileSync('content/chapters/02-s2.mdx', 'utf8')}\n{oops\n`,
    );
    const outDir = join(work, 'dist');
    cpSync('dist', outDir, { recursive: true });
    const before = snapshot(outDir);
    const result = buildSite({ outDir, contentDir: broken });
    expect(result.ok).toBe(false);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(work).filter((name) => name.startsWith('dist-'))).toEqual([]);
  });

  // A successful build replacing an old output whole is checked by integrity-determinism, whose second
  // build lands on a copy of dist/: one build instead of two.
});
