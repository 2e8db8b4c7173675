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

  it('counts a file whose setup failed (its tests skipped, none failed) as a failure', () => {
    const report = {
      numPassedTests: 2,
      numFailedTests: 0,
      numPendingTests: 4,
      numTodoTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }] },
        { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] },
      ],
    };
    expect(tallyVitest(report)).toEqual({ passed: 2, failed: 1, skipped: 4 });
  });

  it('does not count a file twice when its own tests failed', () => {
    const report = {
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [{ status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] }],
    };
    expect(tallyVitest(report)).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });
});
