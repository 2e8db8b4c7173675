// The section-number set of `search:eval -- --numbers`, built from the chapter files (frontmatter numbers and
// `## N、` headings), independently of the search's own section list and parser.
import { readChapters } from '../../tests/support/chapters.ts';

/** A query that names a section, and where it must jump (`undefined`: the report has no such number). */
export interface NumberQuery {
  q: string;
  jump: string | undefined;
}

const numerals = '一二三四五六七八九十';
const itemHeading = /^## (\d+)、(.*?) \{\/\*#([\w-]+)\*\/\}$/gm;

interface ChapterEntry {
  numeral: string;
  value: number;
  url: string;
  heading: string;
  items: { item: number; heading: string; url: string }[];
}

function chapterEntries(contentDir: string, base: string): ChapterEntry[] {
  return readChapters(contentDir).flatMap(({ data, mdx }) => {
    const numeral = /^（(.)）$/.exec(data.number)?.[1];
    if (!numeral) return [];
    const url = `${base}${data.slug}/`;
    const items = [...mdx.matchAll(itemHeading)].map(([, item = '', heading = '', id = '']) => ({
      item: Number(item),
      heading,
      url: `${url}#${id}`,
    }));
    return [{ numeral, value: numerals.indexOf(numeral) + 1, url, heading: data.heading, items }];
  });
}

/** Every way the issue writes each number, chapters alone, numbers one past the last, and headings' first words. */
export function sectionNumberQueries(contentDir: string, base: string): NumberQuery[] {
  const chapters = chapterEntries(contentDir, base);
  const queries: NumberQuery[] = [];
  for (const chapter of chapters) {
    const { numeral: n, value: c } = chapter;
    queries.push({ q: `（${n}）`, jump: chapter.url }, { q: `s${c}`, jump: chapter.url });
    for (const { item: i, url } of chapter.items) {
      for (const q of [`${n}${i}`, `（${n}）${i}`, `${c}.${i}`, `${n}、${i}`, `s${c}-${i}`])
        queries.push({ q, jump: url });
    }
    const next = Math.max(0, ...chapter.items.map((entry) => entry.item)) + 1;
    queries.push({ q: `${n}${next}`, jump: undefined }, { q: `s${c}-${next}`, jump: undefined });
  }
  const nextChapter = numerals[Math.max(0, ...chapters.map((chapter) => chapter.value))];
  if (nextChapter)
    queries.push({ q: `（${nextChapter}）1`, jump: undefined }, { q: `（${nextChapter}）`, jump: undefined });
  const headings = chapters.flatMap((chapter) => [
    ...(chapter.heading ? [{ heading: chapter.heading, url: chapter.url }] : []),
    ...chapter.items,
  ]);
  for (const { heading } of headings) {
    const words = [...heading].slice(0, 5).join('');
    const first = headings.find((entry) => entry.heading.startsWith(words));
    queries.push({ q: words, jump: first?.url });
  }
  return queries;
}
