import { seededRandom } from '../../bench/lib/synthetic-report.ts';
import { BLOCK_BREAK, foldText } from '../../src/search/fold-text.ts';
import { expectedUrls } from '../../src/search/ground-truth.ts';
import type { Section } from '../../src/search/section.ts';

/**
 * A seeded sample of queries on a built site: substrings of 1–`maxLength` characters (70 %), absent
 * strings whose two halves occur (15 %), and two or three substrings separated by spaces (15 %).
 */
export function sampleQueries(sections: readonly Section[], count: number, seed: number, maxLength = 9): string[] {
  const random = seededRandom(seed);
  const blocks = sections
    .flatMap((section) => foldText(section.text).folded.split(BLOCK_BREAK))
    .map((block) => [...block]);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const substring = (length: number) => {
    const block = pick(blocks);
    const start = Math.floor(random() * Math.max(1, block.length - length + 1));
    return block.slice(start, start + length).join('');
  };
  const length = () => 1 + Math.floor(random() * maxLength);
  const queries = new Set<string>();
  for (let tries = 0; queries.size < count && tries < count * 20; tries++) {
    const kind = random();
    if (kind < 0.7) {
      queries.add(substring(length()));
    } else if (kind < 0.85) {
      const joined = substring(2) + substring(2);
      if (expectedUrls(sections, [joined]).length === 0) queries.add(joined);
    } else {
      queries.add(
        Array.from({ length: 2 + Math.floor(random() * 2) }, () => substring(1 + Math.floor(random() * 4))).join(' '),
      );
    }
  }
  return [...queries].filter((query) => query.trim().length > 0);
}
