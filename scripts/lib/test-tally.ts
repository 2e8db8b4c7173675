/** Counts of one suite's outcomes. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Sums a vitest JSON report; a file that failed with no failed test of its own (it failed to load, or
 * a `beforeAll` threw and its tests were skipped) counts as one failure.
 */
export function tallyVitest(report: {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: { status?: string }[] }[];
}): Tally {
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Sums `name\tpassed|failed[\tseconds]` lines: one line per gate. */
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
