import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Tally, tallyGates, tallyVitest } from './lib/test-tally.ts';

/** Prints the closing "N passed, N failed" line over every suite of the test command. */
function main(dir: string): number {
  const tallies: Tally[] = [];
  const gates = join(dir, 'gates.tsv');
  if (existsSync(gates)) tallies.push(tallyGates(readFileSync(gates, 'utf8')));
  const expectedSuites = ['vitest-unit.json', 'vitest-site.json'];
  for (const name of expectedSuites) {
    const path = join(dir, name);
    if (existsSync(path)) tallies.push(tallyVitest(JSON.parse(readFileSync(path, 'utf8'))));
    else tallies.push({ passed: 0, failed: 1, skipped: 0 }); // a suite that never reported is a failure
  }
  const total = tallies.reduce((sum, t) => ({
    passed: sum.passed + t.passed,
    failed: sum.failed + t.failed,
    skipped: sum.skipped + t.skipped,
  }));
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

process.exit(main(process.argv[2] ?? 'test-results'));
