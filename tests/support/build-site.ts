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
}

/** Runs the real entry point, `npm run build`, into `outDir`. */
export function buildSite({ outDir, basePath, contentDir, sourceDateEpoch }: BuildOptions): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir };
  if (basePath) env.BASE_PATH = basePath;
  if (contentDir) env.REPORT_CONTENT_DIR = contentDir;
  if (sourceDateEpoch) env.SOURCE_DATE_EPOCH = sourceDateEpoch;
  return run('npm', ['run', '--silent', 'build'], env);
}

/** Runs the converter's CLI: `npm run convert -- --out OUT FILE...`. */
export function convertInto(outDir: string, files: string[]): BuildResult {
  return run('npm', ['run', '--silent', 'convert', '--', '--out', outDir, ...files], process.env);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): BuildResult {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
