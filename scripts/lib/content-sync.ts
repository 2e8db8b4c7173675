// Astro's content sync starts a Vite server of its own to load the content config and read every chapter: a
// third of a small build. What it leaves for the build is three files, which depend only on the chapters, the
// site's code and config, and the library versions. A build whose inputs match a sync kept from an earlier
// build puts those files back and tells Astro not to sync.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pruneCache } from '../../src/integrations/build-cache.ts';
import { filesKey } from './files-under.ts';

/** What the sync's output depends on, besides the chapters' folder. */
const SYNC_INPUTS = ['src', 'astro.config.mjs', 'package-lock.json'];

/** The files a sync leaves for the build, by where they go: Astro's cache folder or the project's `.astro/`. */
const SYNC_OUTPUTS = [
  { name: 'data-store.json', in: 'cacheDir' },
  { name: 'content-modules.mjs', in: '.astro' },
  { name: 'content-assets.mjs', in: '.astro' },
] as const;

/** The name of a sync of `contentDir`: its files and the inputs above, path and bytes, and the variables the config reads. */
export function contentSyncKey(root: string, contentDir: string): string {
  const settings = [resolve(contentDir), process.env.BASE_PATH ?? '', process.env.SITE_URL ?? ''];
  return filesKey([contentDir, ...SYNC_INPUTS.map((path) => join(root, path))], settings);
}

function outputPath(output: (typeof SYNC_OUTPUTS)[number], root: string, cacheDir: string): string {
  return join(output.in === 'cacheDir' ? cacheDir : join(root, '.astro'), output.name);
}

/** Puts back the kept sync named `key`, if there is one; whether it did. */
export function restoreContentSync(folder: string, key: string, root: string, cacheDir: string): boolean {
  const kept = join(folder, key);
  if (!existsSync(kept)) return false;
  for (const output of SYNC_OUTPUTS) {
    const to = outputPath(output, root, cacheDir);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(kept, output.name), to);
  }
  const now = new Date();
  utimesSync(kept, now, now);
  return true;
}

/** Keeps the sync a build just made under `key`, whole (copied under a temporary name, then renamed). */
export function keepContentSync(folder: string, key: string, root: string, cacheDir: string): void {
  const kept = join(folder, key);
  if (existsSync(kept) || SYNC_OUTPUTS.some((output) => !existsSync(outputPath(output, root, cacheDir)))) return;
  const partial = `${kept}.${process.pid}.partial`;
  mkdirSync(partial, { recursive: true });
  for (const output of SYNC_OUTPUTS) copyFileSync(outputPath(output, root, cacheDir), join(partial, output.name));
  try {
    renameSync(partial, kept);
  } catch {
    // Another build kept the same sync first: its copy is as good.
    rmSync(partial, { recursive: true, force: true });
  }
  pruneCache(folder);
}
