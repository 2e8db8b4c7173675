// Lists the polyphones (多音字) of a built site and how the pinyin search reads each:
// `npm run search:polyphones -- [--dist DIR] [--base /]`. For every character of the report with more than
// one toneless reading in the shipped readings file, it prints the readings the search accepts and how
// often pinyin-pro reads the character each way in context, over the built section texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { builtSections } from '../src/search/built-sections.ts';
import { PINYIN_BUNDLE, PINYIN_READINGS_FILE } from '../src/search/pinyin-files.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const readingsFile = join(values.dist, PINYIN_BUNDLE, PINYIN_READINGS_FILE);
let shipped: Record<string, string>;
try {
  shipped = JSON.parse(readFileSync(readingsFile, 'utf8'));
} catch (error) {
  console.error(`${readingsFile}: ${(error as Error).message} (run npm run build first)`);
  process.exit(1);
}

const inContext = new Map<string, Map<string, number>>();
for (const { text } of builtSections(values.dist, base)) {
  const chars = [...text];
  pinyin(text, { toneType: 'none', type: 'array', v: true }).forEach((reading, index) => {
    const char = chars[index] ?? '';
    const counts = inContext.get(char) ?? new Map<string, number>();
    counts.set(reading, (counts.get(reading) ?? 0) + 1);
    inContext.set(char, counts);
  });
}

const polyphones = Object.entries(shipped).filter(([, readings]) => readings.includes(' '));
const lines = polyphones.map(([char, readings]) => {
  const counts = [...(inContext.get(char) ?? [])]
    .sort((a, b) => b[1] - a[1])
    .map(([reading, count]) => (count > 1 ? `${reading}×${count}` : reading));
  return `${char} ${readings.replaceAll(' ', '/')} (${counts.join(', ')})`;
});
console.log(`${polyphones.length} polyphones of ${Object.keys(shipped).length} characters (${readingsFile}):`);
console.log(lines.join(' · '));
