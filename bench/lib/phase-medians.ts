import type { BuildPhases } from '../../scripts/lib/build-phases.ts';
import { summarize } from './stats.ts';

const median = (values: number[]) => summarize(values).median;

/** Each phase's median over several builds' BUILD_PHASES records (a pass missing from a run counts as 0). */
export function medianPhases(runs: BuildPhases[]): BuildPhases {
  if (runs.length === 0) throw new Error('no build phases recorded');
  const passes = [...new Set(runs.flatMap((run) => Object.keys(run.postBuild)))];
  return {
    convert: median(runs.map((run) => run.convert)),
    startup: median(runs.map((run) => run.startup)),
    contentSync: median(runs.map((run) => run.contentSync)),
    bundle: median(runs.map((run) => run.bundle)),
    render: median(runs.map((run) => run.render)),
    postBuild: Object.fromEntries(passes.map((pass) => [pass, median(runs.map((run) => run.postBuild[pass] ?? 0))])),
    total: median(runs.map((run) => run.total)),
  };
}
