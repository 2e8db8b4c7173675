import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run pdf`'s script on a build folder; it must refuse before it starts a browser. */
function printPdfs(outDir: string) {
  const result = spawnSync(process.execPath, [resolve('scripts/pdf.ts')], {
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: outDir },
    timeout: 20_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe('npm run pdf on a site that is not built', () => {
  it.each([
    ['a missing folder', join(tmpdir(), 'pdf-cli-missing-build'), 'does not exist'],
    ['an empty folder', mkdtempSync(join(tmpdir(), 'pdf-cli-')), 'no "下载 PDF" links'],
  ])(
    '%s: one line naming the folder, exit 1, no stack trace',
    (_, outDir, reason) => {
      const { code, stderr } = printPdfs(outDir);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(reason)]);
      expect(stderr).toContain(outDir);
      expect(stderr).not.toMatch(/^\s+at /m);
    },
    // As long as the child may take (its spawn timeout): a loaded machine took over vitest's default 5 s here.
    25_000,
  );
});
