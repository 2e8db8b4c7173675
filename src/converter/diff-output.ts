import type { ConvertedFiles } from './convert.ts';

/** First differing line of two texts, as `line N: - old / + new`. */
function firstDifference(actual: string, expected: string): string {
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const index = expectedLines.findIndex((line, at) => line !== actualLines[at]);
  const at = index === -1 ? expectedLines.length : index;
  return `line ${at + 1}:\n  - ${actualLines[at] ?? '(end of file)'}\n  + ${expectedLines[at] ?? '(end of file)'}`;
}

/** What differs between the files on disk and the converter's output, one message per file. */
export function diffOutput(onDisk: ConvertedFiles, expected: ConvertedFiles): string[] {
  const differences: string[] = [];
  for (const [path, content] of expected) {
    const actual = onDisk.get(path);
    if (actual === undefined) differences.push(`missing: ${path}`);
    else if (actual !== content) differences.push(`changed: ${path} at ${firstDifference(actual, content)}`);
  }
  for (const path of onDisk.keys()) if (!expected.has(path)) differences.push(`extra: ${path}`);
  return differences;
}
