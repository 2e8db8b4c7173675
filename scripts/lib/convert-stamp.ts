import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesKey } from './files-under.ts';

/**
 * What the converter's output depends on, and the output itself: the scraped pages and editorial
 * inputs, all of src/ (the converter, the schemas it shares with the site and whatever they import),
 * the lock file (library versions), and content/ as written. A hand edit of content/ changes it too.
 */
const STAMPED = ['content', 'src', 'package-lock.json'];

/** Where the stamp of the last conversion lives: beside Astro's cache, gone with node_modules. */
export const CONVERT_STAMP = 'node_modules/.cache/report-convert.sha256';

/** One SHA-256 over every stamped file's path and bytes. */
export function convertInputsHash(root: string): string {
  return filesKey(STAMPED.map((path) => join(root, path)));
}

/** Whether content/ is what the converter made from the present inputs at the last build. */
export function convertIsCurrent(root: string): boolean {
  const stamp = join(root, CONVERT_STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === convertInputsHash(root);
}

/** Records a conversion that just succeeded. */
export function stampConvert(root: string): void {
  const stamp = join(root, CONVERT_STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, convertInputsHash(root));
}
