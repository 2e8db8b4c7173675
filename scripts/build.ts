// `npm run build`: converts the report, then builds the site into a staging folder and swaps it in
// only when the whole build (pages, sitemap, CSP, Pagefind index) succeeded, so a failing build never
// leaves a mixed old/new output folder. Environment: OUT_DIR (default dist), BASE_PATH, SITE_URL,
// REPORT_CONTENT_DIR (an already converted report: the convert step is skipped), SOURCE_DATE_EPOCH,
// BUILD_PHASES (a file for the time each phase took), BUILD_CACHE_DIR (the build cache's folder instead of
// node_modules/.cache/: src/integrations/build-cache.ts).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCacheFolder } from '../src/integrations/build-cache.ts';
import { type AstroTimerStats, buildPhases, type PhaseMarks, phaseMarks } from './lib/build-phases.ts';
import { contentSyncKey, keepContentSync, restoreContentSync } from './lib/content-sync.ts';
import { convertIsCurrent, stampConvert } from './lib/convert-stamp.ts';
import { sourceDateEpoch } from './lib/source-date-epoch.ts';

/** Runs the converter in its own process; resolves with its wall-clock milliseconds, or null when it failed. */
function runConverter(): Promise<number | null> {
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['src/converter/cli.ts'], { stdio: 'inherit' });
    child.on('error', () => done(null));
    child.on('close', (code) => done(code === 0 ? performance.now() - start : null));
  });
}

/** Converts the report unless content/ already is the converter's output of the present inputs. */
async function convert(): Promise<number | null> {
  if (convertIsCurrent('.')) {
    console.log('convert: content/ is current (sources, converter and content unchanged since the last build)');
    return 0;
  }
  const milliseconds = await runConverter();
  if (milliseconds !== null) stampConvert('.');
  return milliseconds;
}

/** Removes staging folders (and their Astro caches) that an interrupted build of the same output folder left behind. */
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
 * Astro's content-layer cache (`cacheDir`, node_modules/.astro by default) outlives a build and is keyed
 * by the config file, not by REPORT_CONTENT_DIR: after a build of another content folder it still lists
 * that folder's chapters. Each build gets a fresh cache of its own beside its staging folder. (Astro's
 * `.astro/` in the project stays shared: two builds of different content must not run at once.)
 */
function cacheDirOf(staging: string): string {
  return `${staging}-astro-cache`;
}

type BuildProblem = Error & { reason?: string; loc?: { file?: string; line?: number; column?: number } };

/** Each problem as `file:line:column: reason` where the error says where; never a stack. */
function problemLines(error: unknown): string[] {
  const problems = ((error as { errors?: BuildProblem[] }).errors ?? [error]) as BuildProblem[];
  return problems.map(({ reason, message, loc }) => {
    const text = reason ?? String(message).trim();
    return loc?.file ? `${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}: ${text}` : text;
  });
}

/**
 * Astro's build, in this process: its modules load while the converter runs, and no second Node starts.
 */
async function astroBuild(cacheDir: string, integrations: AstroIntegration[], sync: boolean): Promise<boolean> {
  const { build } = await astro;
  try {
    // Astro hands build()'s options to its builder, whose `sync: false` (not in the public BuildOptions type)
    // skips the content sync: scripts/lib/content-sync.ts has put back what it would write.
    await build({ cacheDir, integrations }, { sync } as Parameters<typeof build>[1]);
    return true;
  } catch (error) {
    for (const line of problemLines(error)) console.error(line);
    return false;
  }
}

/** BUILD_PHASES=FILE: where the build's time went is written to FILE as JSON (`npm run bench` reads it). */
const PHASES_FILE = process.env.BUILD_PHASES;
const ASTRO_TIMER_FILE = PHASES_FILE && `${PHASES_FILE}.astro-timer.json`;
if (ASTRO_TIMER_FILE) process.env.ASTRO_TIMER_PATH = ASTRO_TIMER_FILE;

// Node keeps the compiled code of Astro, Vite and the converter on disk: compiling them is much of a
// small build's start. The converter's process reads the same cache through NODE_COMPILE_CACHE.
const compileCache = enableCompileCache(resolve('node_modules/.cache/node-compile-cache')).directory;
if (compileCache) process.env.NODE_COMPILE_CACHE = compileCache;

// Started before the converter is awaited: loading Astro is most of a small build's start.
const astro = import('astro');
type AstroIntegration = import('astro').AstroIntegration;

async function main(): Promise<number> {
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  const converted = process.env.REPORT_CONTENT_DIR ? 0 : await convert();
  if (converted === null) return 1;
  removeStaleStaging(outDir);
  const staging = `${outDir}-staging-${process.pid}`;
  if (!process.env.SITE_URL) {
    console.warn('build: SITE_URL not set: no canonical links, og:url, sitemap or Sitemap line in robots.txt');
  }
  // astro.config.mjs reads these when Astro loads it.
  process.env.OUT_DIR = staging;
  const epoch = sourceDateEpoch('build');
  if (epoch) process.env.SOURCE_DATE_EPOCH = epoch;
  const marks: PhaseMarks = {};
  const postBuild: Record<string, number> = {};
  const cacheDir = cacheDirOf(staging);
  const syncs = buildCacheFolder(pathToFileURL(`${process.cwd()}/`), 'content-sync');
  const syncKey = contentSyncKey('.', process.env.REPORT_CONTENT_DIR ?? 'content');
  const synced = restoreContentSync(syncs, syncKey, '.', cacheDir);
  if (synced) console.log('build: content sync reused from the build cache (chapters, code and config unchanged)');
  const built = await astroBuild(cacheDir, PHASES_FILE ? [phaseMarks(marks, postBuild)] : [], !synced);
  if (built && !synced) keepContentSync(syncs, syncKey, '.', cacheDir);
  rmSync(cacheDir, { recursive: true, force: true });
  if (!built) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build: failed; ${basename(outDir)}/ left as it was`);
    return 1;
  }
  swapIn(staging, outDir);
  if (PHASES_FILE && ASTRO_TIMER_FILE) {
    const astroStats = JSON.parse(readFileSync(ASTRO_TIMER_FILE, 'utf8')) as AstroTimerStats;
    rmSync(ASTRO_TIMER_FILE);
    const phases = buildPhases(converted, marks, astroStats, postBuild, performance.now());
    writeFileSync(PHASES_FILE, `${JSON.stringify(phases, null, 2)}\n`);
  }
  return 0;
}

process.exitCode = await main();
