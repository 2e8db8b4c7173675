import { pinyin } from 'pinyin-pro';
import { seededRandom } from '../../bench/lib/synthetic-report.ts';
import { BLOCK_BREAK, foldText } from '../../src/search/fold-text.ts';
import type { Section } from '../../src/search/section.ts';

const han = /^\p{Script=Han}+$/u;

/**
 * A seeded sample of pinyin queries on a built site, spelled by pinyin-pro from stretches of 2–6 Han
 * characters of the section texts: full syllables (40 %), initials (30 %), characters then initials
 * (15 %), and one stretch's syllables joined to another's initials, mostly absent (15 %). The eval's
 * ground truth (src/search/pinyin-ground-truth.ts) decides what each must find.
 */
export function pinyinSampleQueries(sections: readonly Section[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const runs = sections
    .flatMap((section) => foldText(section.text).folded.split(BLOCK_BREAK))
    .flatMap((block) => block.split(/[^\p{Script=Han}]+/u))
    .map((run) => [...run])
    .filter((run) => run.length >= 2);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const stretch = () => {
    const run = pick(runs);
    const length = Math.min(run.length, 2 + Math.floor(random() * 5));
    const start = Math.floor(random() * (run.length - length + 1));
    return run.slice(start, start + length).join('');
  };
  const syllables = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true });
  const initials = (text: string) => syllables(text).map((syllable) => syllable.charAt(0));
  const queries = new Set<string>();
  for (let tries = 0; queries.size < count && tries < count * 20; tries++) {
    const text = stretch();
    if (!han.test(text)) continue;
    const kind = random();
    if (kind < 0.4) queries.add(syllables(text).join(''));
    else if (kind < 0.7) queries.add(initials(text).join(''));
    else if (kind < 0.85) queries.add(text.slice(0, 1) + initials(text.slice(1)).join(''));
    else queries.add(syllables(text.slice(0, 2)).join('') + initials(stretch()).join(''));
  }
  return [...queries];
}
