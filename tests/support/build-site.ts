import { spawnSync } from 'node:child_process';

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, for the failure message. */
  output: string;
}

export interface BuildOptions {
  outDir: string;
  basePath?: string;
  /** An already converted report (the build then skips the convert step); the project's own when omitted. */
  contentDir?: string;
  sourceDateEpoch?: string;
  /** The public address (SITE_URL): with it the build writes canonical links and a sitemap. */
  siteUrl?: string;
  /** A build cache folder of its own (BUILD_CACHE_DIR): a fresh one makes every search index and print font anew. */
  buildCacheDir?: string;
}

/**
 * The environment of a build started from a test, as a shell would give it: without the variables
 * Vitest sets for its own Vite (`BASE_URL=/`, `MODE=test`, `NODE_ENV=test`, `SSR`…), which Vite in the
 * child build would read as its own — `BASE_URL=/` silently replaces the base of server-side
 * `import.meta.env.BASE_URL`.
 */
function shellEnv(): NodeJS.ProcessEnv {
  const vitestOwn = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn.test(name)));
}

/** Runs the real entry point, `npm run build`, into `outDir`. */
export function buildSite({
  outDir,
  basePath,
  contentDir,
  sourceDateEpoch,
  siteUrl,
  buildCacheDir,
}: BuildOptions): BuildResult {
  const env: NodeJS.ProcessEnv = { ...shellEnv(), OUT_DIR: outDir };
  if (basePath) env.BASE_PATH = basePath;
  if (contentDir) env.REPORT_CONTENT_DIR = contentDir;
  if (sourceDateEpoch) env.SOURCE_DATE_EPOCH = sourceDateEpoch;
  if (siteUrl) env.SITE_URL = siteUrl;
  if (buildCacheDir) env.BUILD_CACHE_DIR = buildCacheDir;
  return run('npm', ['run', '--silent', 'build'], env);
}

/** Runs the converter's CLI: `npm run convert -- --out OUT FILE...`. */
export function convertInto(outDir: string, files: string[]): BuildResult {
  return run('npm', ['run', '--silent', 'convert', '--', '--out', outDir, ...files], shellEnv());
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): BuildResult {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
