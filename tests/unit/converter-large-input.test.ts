import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { convertReport } from '../../src/converter/convert.ts';

// The unit files share one heap (vitest.config.ts): the bound is on what this conversion adds, from a
// heap collected just before it (V8's gc, exposed at run time).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A large report from an unknown site: the real body's paragraphs repeated under numbered sections. */
function largeReport(targetBytes: number): string {
  const paragraphs = readFileSync('content/source/xuehuiba-a25320_4.txt', 'utf8')
    .split('\n')
    .slice(8, 19)
    .filter((line) => line.length > 100 && !line.includes('www.'));
  const lines = ['大型测试报告', ''];
  let bytes = 0;
  for (let section = 1; bytes < targetBytes; section++) {
    lines.push(`${section}、第${section}项`);
    const paragraph = paragraphs[section % paragraphs.length] ?? '';
    lines.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 20;
  }
  return lines.join('\n');
}

// 5 MB: a quadratic step would take minutes at this size; the bench times 20 MB (converter throughput).
describe('a 5 MB input', () => {
  it('converts completely, every paragraph kept (throughput is measured by npm run bench)', {
    timeout: 120_000,
  }, () => {
    const text = largeReport(5_000_000);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const files = convertReport([{ file: 'large.txt', bytes: Buffer.from(text) }]);
    const mdx = [...files.values()].join('\n');
    const han = (value: string) => value.replace(/[^\p{Script=Han}]/gu, '').length;
    // Every Han character of the body is in the chapters; titles and notes may add, never drop.
    expect(han(mdx)).toBeGreaterThanOrEqual(han(text) - han('大型测试报告'));
    expect(files.size).toBeGreaterThan(250);
    // Memory stays bounded: the heap holds a few copies of the input, not a quadratic blow-up.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * text.length);
  });
});

describe('a page of many short lines', () => {
  // 200,000 numbered one-word items: spreading a page's lines or headings into one call overflows the stack.
  it('converts without overflowing the call stack', { timeout: 120_000 }, () => {
    const items = Array.from({ length: 200_000 }, (_, index) => `${(index % 9) + 1}、甲`);
    const text = ['短行测试报告', '', ...items].join('\n');
    const files = convertReport([{ file: 'short-lines.txt', bytes: Buffer.from(text) }]);
    expect(files.size).toBeGreaterThan(1);
  });
});
