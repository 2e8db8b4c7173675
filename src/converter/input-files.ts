import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  type Stats,
  statSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { getSystemErrorMessage } from 'node:util';
import type { SourceFile } from './convert.ts';
import { ConversionError, type Diagnostic } from './diagnostics.ts';

/**
 * The CLI's file-system side: what the command line names, checked and read once each. A
 * problem becomes one diagnostic naming the path (line 0: the path as a whole), never an
 * exception from `node:fs`.
 */

/** A file read from disk, and the identity (device and inode) that tells two names of one file apart. */
interface InputFile extends SourceFile {
  identity: string;
}

const wholeFile = (file: string, rule: string, message: string): Diagnostic => ({ file, line: 0, rule, message });

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'file';
}

function notAFile(file: string, stats: Stats): Diagnostic {
  const kind = kindOf(stats);
  const hint = kind === 'folder' ? `: name the pages in it (${join(file, '*.txt')})` : '';
  return wholeFile(file, 'not-a-file', `is a ${kind}, not a page file${hint}`);
}

function unreadable(file: string, error: NodeJS.ErrnoException): Diagnostic {
  if (error.code === 'ENOENT') {
    return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()
      ? wholeFile(file, 'dangling-symlink', 'is a symbolic link to a file that does not exist')
      : wholeFile(file, 'no-such-file', 'no such file');
  }
  if (error.code === 'EISDIR') return wholeFile(file, 'not-a-file', `is a folder, not a page file`);
  const reason = error.errno === undefined ? error.message : getSystemErrorMessage(error.errno);
  return wholeFile(file, 'unreadable-file', `cannot be read: ${reason} (${error.code})`);
}

/**
 * Opens the file once and reads what it opened: no check-then-read window, so a file deleted
 * after it was listed fails here as missing. Non-blocking, so a FIFO is refused, not waited on.
 */
function readInputFile(file: string): InputFile {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ConversionError([unreadable(file, error as NodeJS.ErrnoException)]);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ConversionError([notAFile(file, stats)]);
    return { file, bytes: readFileSync(fd), identity: `${stats.dev}:${stats.ino}` };
  } catch (error) {
    if (error instanceof ConversionError) throw error;
    throw new ConversionError([unreadable(file, error as NodeJS.ErrnoException)]);
  } finally {
    closeSync(fd);
  }
}

/** Reads every page, collecting one diagnostic per path that cannot be read or names a file already named. */
export function readPageFiles(files: readonly string[]): SourceFile[] {
  const problems: Diagnostic[] = [];
  const read: InputFile[] = [];
  for (const file of files) {
    try {
      const input = readInputFile(file);
      const earlier = read.find((other) => other.identity === input.identity);
      if (earlier)
        problems.push(wholeFile(file, 'same-file-twice', `is the same file as ${earlier.file}, named twice`));
      else read.push(input);
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new ConversionError(problems);
  return read.map(({ file, bytes }) => ({ file, bytes }));
}

/** An optional editorial file's text; `undefined` when nothing has that name (a dangling symlink does). */
export function readOptionalText(file: string): string | undefined {
  if (!lstatSync(file, { throwIfNoEntry: false })) return undefined;
  return new TextDecoder().decode(readInputFile(file).bytes);
}

/** The `.txt` pages of a folder, sorted. */
export function listPages(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const problem = unreadable(dir, error as NodeJS.ErrnoException);
    if (problem.rule === 'no-such-file')
      problem.message = 'no such folder: run from the project folder, or name the pages';
    throw new ConversionError([problem]);
  }
  const pages = names.filter((name) => name.endsWith('.txt')).sort();
  if (pages.length === 0) throw new ConversionError([wholeFile(dir, 'no-input', 'holds no .txt page to convert')]);
  return pages.map((name) => join(dir, name));
}

const isWithin = (path: string, folder: string) => {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !fromFolder.startsWith('/'));
};

/**
 * Problems with the output folder: it must be a folder (or not exist yet, under a folder), not
 * the folder of the pages (generated files among scraped ones), nor hold pages where it replaces files.
 */
export function outputFolderProblems(outDir: string, files: readonly string[]): Diagnostic[] {
  const out = resolve(outDir);
  let existing = out;
  while (!statSync(existing, { throwIfNoEntry: false }) && dirname(existing) !== existing) existing = dirname(existing);
  const stats = statSync(existing, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory()) {
    const where = existing === out ? '' : ` (${existing})`;
    return [wholeFile(outDir, 'out-not-a-folder', `is a ${kindOf(stats)}${where}; --out needs a folder`)];
  }
  if (files.some((file) => dirname(resolve(file)) === out)) {
    return [wholeFile(outDir, 'out-among-inputs', 'holds the input pages; write the output to another folder')];
  }
  const replaced = files.find((file) =>
    [join(out, 'chapters'), join(out, 'report.json')].some((path) => isWithin(resolve(file), path)),
  );
  if (replaced !== undefined) {
    return [
      wholeFile(outDir, 'out-among-inputs', `would replace the input ${replaced}; write the output to another folder`),
    ];
  }
  return [];
}
