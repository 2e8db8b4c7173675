import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST_DIR } from './browser-site.ts';

/** Every file of the built site with the given extension (`''`: all), as paths relative to the build folder. */
export function distFiles(extension: string, root = DIST_DIR): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(extension) && statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)))
    .sort();
}

export function readDist(path: string, root = DIST_DIR): string {
  return readFileSync(join(root, path), 'utf8');
}
