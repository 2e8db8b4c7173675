import { describe, expect, it } from 'vitest';
import { tallyGates, tallyVitest } from '../../scripts/lib/test-tally.ts';

describe('tallyGates', () => {
  it('counts one line per gate', () => {
    expect(tallyGates('lint\tpassed\nbuild\tfailed\ncheck\tpassed\n')).toEqual({ passed: 2, failed: 1, skipped: 0 });
  });
});

describe('tallyVitest', () => {
  it('counts a file that failed to load as a failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{}, {}, {}] },
        { status: 'failed', assertionResults: [] },
      ],
    };
    expect(tallyVitest(report)).toEqual({ passed: 3, failed: 1, skipped: 1 });
  });
});
