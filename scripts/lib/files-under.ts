import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keyOf } from '../../src/integrations/build-cache.ts';
import { listFiles } from '../../src/utils/list-files.ts';

/** Every file at or below `path` (a file, a folder, or nothing), as paths under it, sorted. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  return statSync(path).isFile() ? [path] : listFiles(path).map((file) => join(path, file));
}

/** The name of what `settings` and the files at or below `paths` (each by its path and bytes) determine. */
export function filesKey(paths: readonly string[], settings: readonly string[] = []): string {
  const files = paths.flatMap(filesUnder);
  return keyOf([...settings, ...files.flatMap((file) => [file, readFileSync(file)])]);
}
