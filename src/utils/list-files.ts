import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `root` (a built site, a fixture) whose name ends with `suffix`, relative to `root`, sorted. */
export function listFiles(root: string, suffix = ''): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
