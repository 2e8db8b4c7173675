import { FIRST_LONGEST, SLOTS, tokenOf } from './exact-tokens.ts';
import type { ReadingsOf } from './pinyin-match.ts';
import type { PinyinPattern, PinyinUnit } from './pinyin-query.ts';
import type { TokenBundle } from './token-bundle.ts';

/**
 * Whether a pattern is spelled out on the exact index: short enough that each string it may stand for is
 * a token there (its first occurrence), and starting with a character, which stands for itself alone. A
 * syllable stands for several characters and an initial for dozens, each string then looked up in a chunk
 * of its own: their pinyin tokens and the texts cost less (`tigaojicenglingdaoganbu`: 28.0 kB spelled,
 * 17.6 kB not).
 */
export const spellable = (pattern: PinyinPattern) =>
  pattern.length <= FIRST_LONGEST && pattern[0] !== undefined && pattern[0].kind === 'char';

/** The characters of the report a unit stands for (a syllable: those it is a reading of). */
export function unitChars(readings: ReadonlyMap<string, readonly string[]>): (unit: PinyinUnit) => string[] {
  const chars = [...readings.keys()];
  const readingsOf: ReadingsOf = (char) => readings.get(char) ?? [];
  return (unit) => {
    if (unit.kind === 'char') return [unit.char];
    if (unit.kind === 'syllable') return chars.filter((char) => readingsOf(char).includes(unit.syllable));
    return chars.filter((char) => readingsOf(char).some((reading) => reading.startsWith(unit.initial)));
  };
}

/**
 * Each section (by its exact-index record id) holding one of the patterns, with the folded character
 * where its first match starts: the report's strings each pattern stands for, grown a character at a time
 * and kept only while the exact index holds them (each step's strings lie together there: the 3-character
 * ones sharing a start, exact-tokens.ts, and longer ones under the string they extend), so the sections
 * are decided without reading any text.
 */
export async function spelledSections(
  exact: TokenBundle,
  patterns: readonly PinyinPattern[],
  charsOf: (unit: PinyinUnit) => string[],
): Promise<Map<string, number>> {
  const starts = new Map<string, number>();
  await Promise.all(
    patterns.map(async (pattern) => {
      let held = [{ text: '', sections: [] as { id: string; positions: number[] }[] }];
      for (const [index, unit] of pattern.entries()) {
        const grown = held.flatMap(({ text }) => charsOf(unit).map((char) => text + char));
        // A character stands for itself alone: a run of them is looked up once, at its end.
        if (unit.kind === 'char' && pattern[index + 1]?.kind === 'char') {
          held = grown.map((text) => ({ text, sections: [] }));
          continue;
        }
        const found = await Promise.all(grown.map((text) => exact.find(tokenOf(text))));
        held = grown
          .map((text, index) => ({ text, sections: found[index] ?? [] }))
          .filter(({ sections }) => sections.length > 0);
        if (held.length === 0) return;
      }
      for (const { sections } of held) {
        for (const { id, positions } of sections) {
          // A string of n characters first starting at character `at` sits at word position at·SLOTS + n.
          const start = ((positions[0] ?? 0) - pattern.length) / SLOTS;
          starts.set(id, Math.min(start, starts.get(id) ?? start));
        }
      }
    }),
  );
  return starts;
}
