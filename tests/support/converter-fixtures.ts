import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src/converter/convert.ts';
import { listFiles } from '../../src/utils/list-files.ts';

export const FIXTURES_DIR = 'tests/fixtures/converter';

/** Fixture folders: each name says the behaviour; `…-fails`/`…-fail` folders expect an error. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function expectsFailure(name: string): boolean {
  return /-fails?$/.test(name);
}

/** A fixture's input pages (every .txt below it, expected output excluded), named relative to the fixture. */
export function fixtureInputs(name: string): SourceFile[] {
  const root = join(FIXTURES_DIR, name);
  return listFiles(root, '.txt')
    .filter((path) => !path.startsWith('expected'))
    .map((path) => ({ file: path, bytes: readFileSync(join(root, path)) }));
}
