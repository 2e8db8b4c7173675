import { readFile } from 'node:fs/promises';
import type { SearchFigures } from './results.ts';
import { runCommand } from './run-command.ts';

function numberAt(json: Record<string, unknown>, path: string): number {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], json);
  if (typeof value !== 'number') throw new Error(`search:eval JSON lacks a number at ${path}`);
  return value;
}

function queryBytesAt(json: Record<string, unknown>): { q: string; bytes: number }[] {
  const entries = json.perQueryBytes;
  const valid = (entry: unknown): entry is { q: string; bytes: number } =>
    typeof (entry as { q?: unknown }).q === 'string' && typeof (entry as { bytes?: unknown }).bytes === 'number';
  if (!Array.isArray(entries) || !entries.every(valid)) throw new Error('search:eval JSON lacks perQueryBytes');
  return entries;
}

/**
 * Our search figures from `npm run search:eval -- --queries FILE --json OUT`, which runs the
 * queries through our real search UI on the built dist/. The JSON contract the bench reads:
 * { coldBytes, firstQueryBytes, laterQueryBytes, perQueryBytes: [{ q, bytes }], warmLatency: { median, p95, min, max, runs },
 * recall, precision }.
 */
export function parseSearchEval(json: Record<string, unknown>): SearchFigures {
  return {
    coldBytes: numberAt(json, 'coldBytes'),
    firstQueryBytes: numberAt(json, 'firstQueryBytes'),
    laterQueryBytes: numberAt(json, 'laterQueryBytes'),
    warmLatency: {
      median: numberAt(json, 'warmLatency.median'),
      p95: numberAt(json, 'warmLatency.p95'),
      min: numberAt(json, 'warmLatency.min'),
      max: numberAt(json, 'warmLatency.max'),
      runs: numberAt(json, 'warmLatency.runs'),
    },
    queryBytes: queryBytesAt(json),
    recall: numberAt(json, 'recall'),
    precision: numberAt(json, 'precision'),
  };
}

/**
 * Runs our search evaluator (`npm run search:eval`) on the built site in `distDir`; `alone`: how many queries
 * are also measured each alone on a fresh visit (all when omitted).
 */
export async function runSearchEval(
  root: string,
  distDir: string,
  queriesFile: string,
  outFile: string,
  alone?: number,
): Promise<SearchFigures> {
  const args = ['run', '--silent', 'search:eval', '--', '--dist', distDir, '--queries', queriesFile, '--json', outFile];
  if (alone !== undefined) args.push('--alone', String(alone));
  await runCommand('npm', args, { cwd: root });
  return parseSearchEval(JSON.parse(await readFile(outFile, 'utf8')));
}
