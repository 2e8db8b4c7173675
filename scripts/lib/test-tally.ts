/** Counts of one suite's outcomes. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Sums a vitest JSON report; a suite that failed to load counts as one failure. */
export function tallyVitest(report: {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: unknown[] }[];
}): Tally {
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Sums `name\tpassed|failed` lines: one line per gate. */
export function tallyGates(tsv: string): Tally {
  const outcomes = tsv
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[1]);
  return {
    passed: outcomes.filter((outcome) => outcome === 'passed').length,
    failed: outcomes.filter((outcome) => outcome !== 'passed').length,
    skipped: 0,
  };
}
