import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/utils/list-files.ts';
import { DIST_DIR } from './browser-site.ts';

/** Every file of the built site with the given extension (`''`: all), as paths relative to the build folder. */
export function distFiles(extension: string, root = DIST_DIR): string[] {
  return listFiles(root, extension);
}

export function readDist(path: string, root = DIST_DIR): string {
  return readFileSync(join(root, path), 'utf8');
}
