// Build time only: the readings of the report's characters, from pinyin-pro (which reads words in context).
import { pinyin, polyphonic } from 'pinyin-pro';

const han = /\p{Script=Han}/u;
const syllable = /^[a-z]+$/;
const options = { toneType: 'none', type: 'array', v: true } as const;

/**
 * Every toneless reading of each Han character of the texts: all the readings pinyin-pro knows for the
 * character (so either reading of a polyphone finds it) plus each reading it gives the character in context.
 */
export function readingsDictionary(texts: readonly string[]): Map<string, string[]> {
  const readings = new Map<string, Set<string>>();
  for (const text of texts) {
    const chars = [...text];
    const inContext = pinyin(text, options);
    if (inContext.length !== chars.length) throw new Error('pinyin-pro: readings do not line up with the text');
    chars.forEach((char, index) => {
      if (!han.test(char)) return;
      let known = readings.get(char);
      if (!known) {
        known = new Set(polyphonic(char, options)[0]?.filter((reading) => syllable.test(reading)));
        readings.set(char, known);
      }
      const reading = inContext[index] ?? '';
      if (syllable.test(reading)) known.add(reading);
    });
  }
  return new Map(
    [...readings]
      .filter(([, known]) => known.size > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([char, known]) => [char, [...known].sort()]),
  );
}
