// `npm run build`: converts the report, then builds the site into a staging folder and swaps it in
// only when the whole build (pages, sitemap, CSP, Pagefind index) succeeded, so a failing build never
// leaves a mixed old/new output folder. Environment: OUT_DIR (default dist), BASE_PATH, SITE_URL,
// REPORT_CONTENT_DIR (an already converted report: the convert step is skipped), SOURCE_DATE_EPOCH.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { sourceDateEpoch } from './lib/source-date-epoch.ts';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

/** Removes staging folders that an interrupted build of the same output folder left behind. */
function removeStaleStaging(outDir: string): void {
  const prefix = `${basename(outDir)}-staging-`;
  for (const name of readdirSync(dirname(outDir)).filter((entry) => entry.startsWith(prefix))) {
    rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

/** Puts the finished build in place of the old one: two renames, never a merge of the two. */
function swapIn(staging: string, outDir: string): void {
  const retired = `${outDir}-retired-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });
}

/**
 * Astro's content-layer cache (`cacheDir`, node_modules/.astro) outlives a build and is keyed by the
 * config file, not by REPORT_CONTENT_DIR: after a build of another content folder it still lists that
 * folder's chapters, and the next build fails on (or renders) files it no longer reads. Every build starts clean.
 */
const ASTRO_CACHE_DIR = 'node_modules/.astro';

function main(): number {
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  if (!process.env.REPORT_CONTENT_DIR && !run('node', ['src/converter/cli.ts'])) return 1;
  rmSync(ASTRO_CACHE_DIR, { recursive: true, force: true });
  removeStaleStaging(outDir);
  const staging = `${outDir}-staging-${process.pid}`;
  if (!process.env.SITE_URL) {
    console.warn('build: SITE_URL not set: no canonical links, og:url, sitemap or Sitemap line in robots.txt');
  }
  const env = { ...process.env, OUT_DIR: staging, SOURCE_DATE_EPOCH: sourceDateEpoch('build') };
  if (!run('astro', ['build'], env)) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build: failed; ${basename(outDir)}/ left as it was`);
    return 1;
  }
  swapIn(staging, outDir);
  return 0;
}

process.exitCode = main();
