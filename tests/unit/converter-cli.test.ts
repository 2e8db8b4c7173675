import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const realPage = 'content/source/xuehuiba-a25320_4.txt';
const cli = resolve('src/converter/cli.ts');

/** Runs the CLI, optionally through a wrapper command (`setpriv …`, `strace …`) and in another folder. */
function convert(...args: string[]) {
  return convertWith({}, ...args);
}

function convertWith({ wrapper = [], cwd }: { wrapper?: string[]; cwd?: string }, ...args: string[]) {
  const [command = process.execPath, ...rest] = [...wrapper, process.execPath, cli, ...args];
  // A CLI that blocks (reading a FIFO waits for a writer forever) fails the test instead of hanging it.
  const result = spawnSync(command, rest, { encoding: 'utf8', cwd, timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'convert-cli-'));
}

/** Every entry below a folder with its kind, and the bytes of regular files: what a failed run must leave alone. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => {
        const stats = lstatSync(path);
        return [path, stats.isFile() ? readFileSync(path, 'utf8') : `(mode ${stats.mode.toString(8)})`];
      }),
  );
}

/** Runs the CLI as user `nobody` when the tests run as root, for whom no permission bit stops a read. */
const asUnprivileged = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

/** Makes the kernel fail one system call on one path (strace fault injection): a real I/O error, on demand. */
function failingSyscall(syscall: string, errno: string, path: string): string[] {
  const quiet = ['--quiet=all', '-o', '/dev/null'];
  return ['strace', '-f', ...quiet, '-P', path, '-e', `trace=${syscall}`, '-e', `inject=${syscall}:error=${errno}`];
}

/** Arguments converting `inputs` into `dir/out`, the output folder of most cases. */
const intoOut = (dir: string, ...inputs: string[]) => ['--out', join(dir, 'out'), ...inputs];

interface BadInput {
  name: string;
  /** Builds the case inside `dir` (a fresh folder holding `page.txt`, a copy of the real page); returns how to run. */
  arrange: (dir: string) => { args: string[]; wrapper?: string[]; cwd?: string };
  code: number;
  /** The one diagnostic line; `DIR` stands for the case's folder. */
  error: string;
}

const badInputs: BadInput[] = [
  {
    name: 'a file that does not exist',
    arrange: (dir) => ({ args: intoOut(dir, join(dir, 'nowhere.txt')) }),
    code: 2,
    error: 'DIR/nowhere.txt:0: no such file [no-such-file]',
  },
  {
    name: 'a folder',
    arrange: (dir) => {
      mkdirSync(join(dir, 'pages'));
      copyFileSync(realPage, join(dir, 'pages', 'page.txt'));
      return { args: intoOut(dir, join(dir, 'pages')) };
    },
    code: 2,
    error: 'DIR/pages:0: is a folder, not a page file: name the pages in it (DIR/pages/*.txt) [not-a-file]',
  },
  {
    name: 'a FIFO',
    arrange: (dir) => {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      return { args: intoOut(dir, join(dir, 'pipe.txt')) };
    },
    code: 2,
    error: 'DIR/pipe.txt:0: is a FIFO, not a page file [not-a-file]',
  },
  {
    name: 'a dangling symlink',
    arrange: (dir) => {
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
      return { args: intoOut(dir, join(dir, 'link.txt')) };
    },
    code: 2,
    error: 'DIR/link.txt:0: is a symbolic link to a file that does not exist [dangling-symlink]',
  },
  {
    name: 'a file without read permission',
    arrange: (dir) => {
      chmodSync(join(dir, 'page.txt'), 0o000);
      chmodSync(dir, 0o755);
      return { args: intoOut(dir, join(dir, 'page.txt')), wrapper: asUnprivileged };
    },
    code: 2,
    error: 'DIR/page.txt:0: cannot be read: permission denied (EACCES) [unreadable-file]',
  },
  {
    name: 'a file whose read fails (I/O error)',
    arrange: (dir) => ({
      args: intoOut(dir, join(dir, 'page.txt')),
      wrapper: failingSyscall('read', 'EIO', join(dir, 'page.txt')),
    }),
    code: 2,
    error: 'DIR/page.txt:0: cannot be read: i/o error (EIO) [unreadable-file]',
  },
  {
    name: 'a file that vanishes between listing and reading',
    arrange: (dir) => {
      mkdirSync(join(dir, 'content', 'source'), { recursive: true });
      copyFileSync(realPage, join(dir, 'content', 'source', 'xuehuiba-a25320_4.txt'));
      // The folder listing sees the file; opening it then fails as if it had just been deleted.
      return {
        args: [],
        cwd: dir,
        wrapper: failingSyscall('openat', 'ENOENT', 'content/source/xuehuiba-a25320_4.txt'),
      };
    },
    code: 2,
    error: 'content/source/xuehuiba-a25320_4.txt:0: no such file [no-such-file]',
  },
  {
    name: 'an --out that is a file',
    arrange: (dir) => {
      writeFileSync(join(dir, 'out'), 'keep me');
      return { args: intoOut(dir, join(dir, 'page.txt')) };
    },
    code: 2,
    error: 'DIR/out:0: is a file; --out needs a folder [out-not-a-folder]',
  },
  {
    name: 'an --out that holds the inputs',
    arrange: (dir) => ({ args: ['--out', dir, join(dir, 'page.txt')] }),
    code: 2,
    error: 'DIR:0: holds the input pages; write the output to another folder [out-among-inputs]',
  },
  {
    name: 'an --out whose chapters folder holds the inputs',
    arrange: (dir) => {
      mkdirSync(join(dir, 'chapters'));
      copyFileSync(realPage, join(dir, 'chapters', 'page.txt'));
      return { args: ['--out', dir, join(dir, 'chapters', 'page.txt')] };
    },
    code: 2,
    error:
      'DIR:0: would replace the input DIR/chapters/page.txt; write the output to another folder [out-among-inputs]',
  },
  {
    name: 'the same file named twice',
    arrange: (dir) => {
      symlinkSync(join(dir, 'page.txt'), join(dir, 'alias.txt'));
      return { args: intoOut(dir, join(dir, 'page.txt'), join(dir, 'alias.txt')) };
    },
    code: 2,
    error: 'DIR/alias.txt:0: is the same file as DIR/page.txt, named twice [same-file-twice]',
  },
  {
    name: 'a sources.json that is not JSON',
    arrange: (dir) => {
      writeFileSync(join(dir, 'sources.json'), '{ "page.txt": ');
      return { args: intoOut(dir, join(dir, 'page.txt')) };
    },
    code: 1,
    error: 'DIR/sources.json:1: is not valid JSON: Unexpected end of JSON input [bad-json]',
  },
  {
    name: 'a corrections.json that is not JSON',
    arrange: (dir) => {
      writeFileSync(join(dir, 'corrections.json'), '[\n  { "original": "x" ,, }\n]');
      return { args: intoOut(dir, join(dir, 'page.txt')) };
    },
    code: 1,
    error: 'DIR/corrections.json:2: is not valid JSON: Expected double-quoted property name [bad-json]',
  },
];

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
  });

  it('exits 1 on bad input naming file and line, and leaves the good output untouched', () => {
    const out = tempDir();
    expect(convert('--out', out, realPage).code).toBe(0);
    const before = tree(out);
    const bad = join(tempDir(), 'page.txt');
    writeFileSync(bad, 'text\n\u0000binary');
    const { code, stderr } = convert('--out', out, bad);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:2: contains NUL bytes`);
    expect(stderr).toContain('nothing written');
    expect(tree(out)).toEqual(before);
  });

  it.each(badInputs)('refuses $name: one line naming it, exit $code, nothing written', ({ arrange, code, error }) => {
    const dir = tempDir();
    copyFileSync(realPage, join(dir, 'page.txt'));
    const { args, wrapper, cwd } = arrange(dir);
    const before = tree(dir);
    const result = convertWith({ wrapper, cwd }, ...args);
    expect(result.stderr).toBe(`${error.replaceAll('DIR', dir)}\nconvert: nothing written (1 problem)\n`);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(tree(dir)).toEqual(before);
  });

  it('--check passes on current output and lists what differs, exit 3, writing nothing', () => {
    const out = tempDir();
    expect(convert('--out', out, realPage).code).toBe(0);
    expect(convert('--check', '--out', out, realPage).code).toBe(0);
    const chapter = join(out, 'chapters', '02-s2.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('矛盾潜优', '矛盾潜伏'));
    writeFileSync(join(out, 'chapters', '09-stale.mdx'), 'old');
    const before = tree(out);
    const { code, stderr } = convert('--check', '--out', out, realPage);
    expect(code).toBe(3);
    expect(stderr).toContain('changed: chapters/02-s2.mdx');
    expect(stderr).toContain('extra: chapters/09-stale.mdx');
    expect(tree(out)).toEqual(before);
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
