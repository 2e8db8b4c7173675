// The section-number set of `search:eval -- --numbers`, built from the chapter files (frontmatter numbers and
// `## ` headings), independently of the search's own section list and parser.
import { readChapters } from '../../tests/support/chapters.ts';

/** A query that names a section, and where it must jump (`undefined`: the report has no such number). */
export interface NumberQuery {
  q: string;
  jump: string | undefined;
}

const digits = '一二三四五六七八九';

/** `一` … `九十九` → 1 … 99. */
const numeralValues = new Map(
  Array.from({ length: 99 }, (_, index) => {
    const value = index + 1;
    const [tens, ones] = [Math.floor(value / 10), value % 10];
    const text = `${tens > 1 ? digits[tens - 1] : ''}${tens > 0 ? '十' : ''}${ones > 0 ? digits[ones - 1] : ''}`;
    return [text, value] as const;
  }),
);
const numberOf = (number: string) => (/^\d+$/.test(number) ? Number(number) : numeralValues.get(number));
/** `（一）`, `一、`, `3、` at the start of a title or heading: the number inside. */
const printedNumber = /^(?:（([^）]+)）|([^、]+)、)/;
const heading = /^## (.*?) \{\/\*#([\w-]+)\*\/\}$/gm;

interface Target {
  heading: string;
  url: string;
}

interface ChapterEntry extends Target {
  numeral: string;
  value: number;
  /** Whether report text comes before its first numbered heading (else its title is no section of its own). */
  hasOpening: boolean;
  items: (Target & { item: number })[];
}

function chapterEntries(contentDir: string, base: string): ChapterEntry[] {
  return readChapters(contentDir).flatMap(({ data, mdx }) => {
    const match = printedNumber.exec(data.number);
    const numeral = match?.[1] ?? match?.[2] ?? '';
    const value = numberOf(numeral);
    if (value === undefined) return [];
    const url = `${base}${data.slug}/`;
    const items = [...mdx.matchAll(heading)].flatMap(([, text = '', id = '']) => {
      const itemMatch = printedNumber.exec(text);
      const item = numberOf(itemMatch?.[1] ?? itemMatch?.[2] ?? '');
      return itemMatch && item !== undefined
        ? [{ item, heading: text.slice(itemMatch[0].length), url: `${url}#${id}` }]
        : [];
    });
    const body = mdx.split('---\n').slice(2).join('---\n');
    const hasOpening = body.split(/^## /m)[0]?.trim() !== '';
    return [{ numeral, value, url, heading: data.heading, hasOpening, items }];
  });
}

/** Every way the issue writes each number, chapters alone, numbers one past the last, and headings' first words. */
export function sectionNumberQueries(contentDir: string, base: string): NumberQuery[] {
  const chapters = chapterEntries(contentDir, base);
  const queries: NumberQuery[] = [];
  for (const chapter of chapters) {
    const { numeral: n, value: c } = chapter;
    queries.push({ q: `（${n}）`, jump: chapter.url }, { q: `s${c}`, jump: chapter.url });
    // A number printed twice in a chapter (mixed numbering levels) names its first section.
    const firstOfEach = chapter.items.filter(
      (entry, index) => chapter.items.findIndex((other) => other.item === entry.item) === index,
    );
    for (const { item: i, url } of firstOfEach) {
      for (const q of [`${n}${i}`, `（${n}）${i}`, `${c}.${i}`, `${n}、${i}`, `s${c}-${i}`])
        queries.push({ q, jump: url });
    }
    const next = Math.max(0, ...chapter.items.map((entry) => entry.item)) + 1;
    queries.push({ q: `${n}${next}`, jump: undefined }, { q: `s${c}-${next}`, jump: undefined });
  }
  const lastChapter = Math.max(0, ...chapters.map((chapter) => chapter.value));
  const nextChapter = [...numeralValues].find(([, value]) => value === lastChapter + 1)?.[0];
  if (nextChapter)
    queries.push({ q: `（${nextChapter}）1`, jump: undefined }, { q: `（${nextChapter}）`, jump: undefined });
  const headings = chapters.flatMap((chapter) => [
    ...(chapter.heading && chapter.hasOpening ? [{ heading: chapter.heading, url: chapter.url }] : []),
    ...chapter.items,
  ]);
  for (const words of new Set(headings.map((entry) => [...entry.heading].slice(0, 5).join('')))) {
    queries.push({ q: words, jump: headings.find((entry) => entry.heading.startsWith(words))?.url });
  }
  return queries;
}
