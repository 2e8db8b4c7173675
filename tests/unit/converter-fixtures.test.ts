import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertReport } from '../../src/converter/convert.ts';
import { ConversionError, formatDiagnostic } from '../../src/converter/diagnostics.ts';
import { compileChapter } from '../support/compile-mdx.ts';
import { expectsFailure, FIXTURES_DIR, fixtureInputs, fixtureNames } from '../support/converter-fixtures.ts';

// UPDATE=1 npx vitest run tests/unit/converter-fixtures.test.ts regenerates the expected files.
const update = process.env.UPDATE === '1';

function expectFile(path: string, actual: string): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} exists (run with UPDATE=1 to create it)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(fixtureNames())('fixture %s', (name) => {
  const root = join(FIXTURES_DIR, name);

  if (expectsFailure(name)) {
    it('fails with a message naming the file and line', () => {
      let error: unknown;
      try {
        convertReport(fixtureInputs(name));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConversionError);
      const message = (error as ConversionError).diagnostics.map(formatDiagnostic).join('\n');
      expectFile(join(root, 'expected-error.txt'), `${message}\n`);
    });
    return;
  }

  const files = convertReport(fixtureInputs(name));
  if (update) rmSync(join(root, 'expected'), { recursive: true, force: true });

  it.each([...files.keys()])('writes %s as expected', (path) => {
    expectFile(join(root, 'expected', path), files.get(path) ?? '');
  });

  it.each([...files.keys()].filter((path) => path.endsWith('.mdx')))('%s compiles as MDX', async (path) => {
    await expect(compileChapter(files.get(path) ?? '')).resolves.toBeDefined();
  });
});
