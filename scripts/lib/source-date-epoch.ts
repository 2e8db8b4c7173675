import { spawnSync } from 'node:child_process';

/**
 * The date builds and PDFs carry (reproducible-builds.org's SOURCE_DATE_EPOCH): the variable when set,
 * else the last commit's time, so two runs on one commit give the same bytes whenever they run.
 * Undefined, with a warning naming `tool`, when there is neither.
 */
export function sourceDateEpoch(tool: string): string | undefined {
  if (process.env.SOURCE_DATE_EPOCH) return process.env.SOURCE_DATE_EPOCH;
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' });
  const epoch = git.status === 0 ? git.stdout.trim() : '';
  if (epoch) return epoch;
  console.warn(`${tool}: no git history and no SOURCE_DATE_EPOCH: the output carries today and differs by day`);
  return undefined;
}
