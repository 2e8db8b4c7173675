import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { runCommand } from './run-command.ts';
import { summarize } from './stats.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;

/** Lighthouse's four category scores (0–100) for one URL, audited in Debian's Chromium. */
export async function lighthouseScores(
  lighthouseCli: string,
  url: string,
  reportFile: string,
): Promise<LighthouseScores> {
  await runCommand(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${reportFile}`,
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    { env: { CHROME_PATH: CHROMIUM_PATH } },
  );
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
  };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, score(id)])) as LighthouseScores;
}

/** The Lighthouse CLI inside bench/lighthouse (installed there with npm ci by the bench). */
export function lighthouseCliPath(benchDir: string): string {
  return join(benchDir, 'lighthouse', 'node_modules', 'lighthouse', 'cli', 'index.js');
}

/** Median of each category over several audits: one performance score moves with the machine's load. */
export function medianScores(audits: LighthouseScores[]): LighthouseScores {
  return Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => [id, summarize(audits.map((audit) => audit[id])).median]),
  ) as LighthouseScores;
}
