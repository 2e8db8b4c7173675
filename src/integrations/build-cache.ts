import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  const file = join(folder, hash.digest('hex'));
  if (existsSync(file)) return readFileSync(file);
  const bytes = await compute();
  mkdirSync(folder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}
