import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file at or below `path` (a file, a folder, or nothing), as paths under it, sorted. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((file) => join(path, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}
