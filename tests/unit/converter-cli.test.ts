import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const realPage = 'content/source/xuehuiba-a25320_4.txt';

function convert(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/converter/cli.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below a folder with its bytes, to prove a failed run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [path, readFileSync(path, 'utf8')]),
  );
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'convert-cli-'));
}

describe('npm run convert', { timeout: 30_000 }, () => {
  it('writes chapters and the report record to --out, exit 0', () => {
    const out = tempDir();
    const { code, stdout } = convert('--out', out, realPage);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote 4 files');
    expect(readdirSync(join(out, 'chapters'))).toEqual(['01-s1.mdx', '02-s2.mdx', '03-closing.mdx']);
  });

  it('exits 2 on a usage error', () => {
    expect(convert('--frobnicate').code).toBe(2);
    expect(convert('no/such/page.txt').code).toBe(2);
  });

  it('exits 1 on bad input naming file and line, and leaves the good output untouched', () => {
    const out = tempDir();
    expect(convert('--out', out, realPage).code).toBe(0);
    const before = snapshot(out);
    const bad = join(tempDir(), 'page.txt');
    writeFileSync(bad, 'text\n\u0000binary');
    const { code, stderr } = convert('--out', out, bad);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:2: contains NUL bytes`);
    expect(stderr).toContain('nothing written');
    expect(snapshot(out)).toEqual(before);
  });

  it('--check passes on current output and lists what differs, exit 3, writing nothing', () => {
    const out = tempDir();
    expect(convert('--out', out, realPage).code).toBe(0);
    expect(convert('--check', '--out', out, realPage).code).toBe(0);
    const chapter = join(out, 'chapters', '02-s2.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('矛盾潜优', '矛盾潜伏'));
    writeFileSync(join(out, 'chapters', '09-stale.mdx'), 'old');
    const before = snapshot(out);
    const { code, stderr } = convert('--check', '--out', out, realPage);
    expect(code).toBe(3);
    expect(stderr).toContain('changed: chapters/02-s2.mdx');
    expect(stderr).toContain('extra: chapters/09-stale.mdx');
    expect(snapshot(out)).toEqual(before);
  });

  it('replaces old chapters whole: a chapter that no longer exists is gone', () => {
    const out = tempDir();
    cpSync('content', out, { recursive: true });
    writeFileSync(join(out, 'chapters', '09-stale.mdx'), 'old');
    expect(convert('--out', out, realPage).code).toBe(0);
    expect(readdirSync(join(out, 'chapters'))).not.toContain('09-stale.mdx');
    expect(readdirSync(out).filter((name) => name.startsWith('.convert'))).toEqual([]);
  });
});
