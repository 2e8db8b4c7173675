import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../utils/list-files.ts';

/** Where the build keeps what it may reuse: `node_modules/.cache/` unless `BUILD_CACHE_DIR` names another folder (a fresh one: a cold build). */
export function buildCacheFolder(root: URL, name: string): string {
  const folder = process.env.BUILD_CACHE_DIR ?? fileURLToPath(new URL('node_modules/.cache/', root));
  return join(folder, name);
}

/** The name of what `inputs` alone determine: the SHA-256 of the inputs, each ended by a NUL. */
export function keyOf(inputs: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
}

/**
 * A file computed from `inputs` alone, kept in `folder` under the SHA-256 of those inputs: the second
 * build with the same inputs reads it instead of computing it again. Written whole (temporary file,
 * then rename), so an interrupted build never leaves half a file to be read later.
 */
export async function cachedFile(
  folder: string,
  inputs: readonly (string | Uint8Array)[],
  compute: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const file = join(folder, keyOf(inputs));
  if (existsSync(file)) return readFileSync(file);
  const bytes = await compute();
  mkdirSync(folder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}

/**
 * Folder entries a cache keeps, the ones used last: enough for the site variants `npm test` builds (the
 * report at two base paths, test reports), few enough for a large report's indexes (tens of MB each).
 */
export const CACHE_ENTRIES_KEPT = 8;

/** Removes all but the `CACHE_ENTRIES_KEPT` entries of `folder` used last (their modification time). */
export function pruneCache(folder: string): void {
  const entries = readdirSync(folder)
    .filter((name) => !name.endsWith('.partial'))
    .map((name) => ({ name, used: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const { name } of entries.slice(CACHE_ENTRIES_KEPT))
    rmSync(join(folder, name), { recursive: true, force: true });
}

/**
 * Puts the files of `from` at the same paths below `to`: hard links where the file system allows (no
 * bytes copied: thousands of index files at 100× the report), copies elsewhere. Nothing writes into a
 * built site's files after they are made, so a link never changes the stored copy.
 */
function linkOrCopyFolder(from: string, to: string): void {
  for (const file of listFiles(from)) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    try {
      linkSync(join(from, file), join(to, file));
    } catch {
      copyFileSync(join(from, file), join(to, file));
    }
  }
}

/**
 * The folder `output` as `write` makes it from `inputs` alone, kept in `folder` under the SHA-256 of
 * those inputs: with the same inputs again, the stored copy replaces `output` whole and `write` is
 * not called. Stored whole (linked under a temporary name, then renamed), so an interrupted or failed
 * build never leaves a part to be reused.
 */
export async function cachedFolder(
  folder: string,
  inputs: readonly (string | Uint8Array)[],
  output: string,
  write: (output: string) => Promise<void>,
): Promise<'reused' | 'written'> {
  const stored = join(folder, keyOf(inputs));
  rmSync(output, { recursive: true, force: true });
  if (existsSync(stored)) {
    linkOrCopyFolder(stored, output);
    const now = new Date();
    utimesSync(stored, now, now);
    return 'reused';
  }
  await write(output);
  mkdirSync(folder, { recursive: true });
  const partial = `${stored}.${process.pid}.partial`;
  linkOrCopyFolder(output, partial);
  try {
    renameSync(partial, stored);
  } catch (error) {
    // Another build stored the same inputs first: its copy is as good.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(stored)) throw error;
  }
  pruneCache(folder);
  return 'written';
}
