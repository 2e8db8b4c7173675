import { foldWidth } from './fold-text.ts';
import type { Section } from './section.ts';

/** A section number as a reader writes it: chapter `（二）` = 2, item `3、` = 3 (no item: the chapter itself). */
export interface SectionNumber {
  chapter: number;
  item?: number;
}

/** One entry of the section list the build writes for number jumps (`section-numbers.json`). */
export interface NumberedSection extends SectionNumber {
  /** `（二）3、从方法和节奏角度，引导领导干部定局的抓点`: the chapter number and the heading, as printed. */
  label: string;
  url: string;
}

/** Where a query asks to jump: found (`url`) or a number the report does not have. */
export interface SectionJump {
  label: string;
  url?: string;
}

export const SECTION_LIST_FILE = 'section-numbers.json';

const numeralDigits = '一二三四五六七八九';
const chineseNumeral = /^[一二三四五六七八九十]+$/;

/** `二` = 2, `十二` = 12, `二十` = 20, `二十三` = 23; undefined past 99 or for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? numeralDigits.indexOf(tens) + 1 : undefined;
  return (tens ? numeralDigits.indexOf(tens) + 1 : 1) * 10 + (ones ? numeralDigits.indexOf(ones) + 1 : 0);
}

/** `2` = `（二）`, the chapter numbering the report prints. */
export function formatChapterNumber(chapter: number): string {
  const tens = Math.floor(chapter / 10);
  const ones = chapter % 10;
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : numeralDigits[tens - 1]}十`;
  return `（${tensText}${ones === 0 ? '' : numeralDigits[ones - 1]}）`;
}

function chapterValue(text: string): number | undefined {
  return chineseNumeral.test(text) ? parseChineseNumeral(text) : Number(text);
}

// `（二）3`, `(2)3`, `二3`, `二、3`, `二.3`, `2.3`, `2-3`, `s2-3`, `s2`, `（二）`: the chapter with
// parentheses, `s` or a Chinese numeral; an item after a separator, or directly after a Chinese numeral
// or a parenthesis. A bare `二` or `23` stays a text query.
const parenthesized = /^\(([一二三四五六七八九十]+|\d{1,2})\)(?:[、.\-\s]?(\d{1,2})[、.]?)?$/;
const prefixed = /^s(\d{1,2})(?:[.-](\d{1,2}))?$/;
const numeralFirst = /^([一二三四五六七八九十]+)[、.\-\s]?(\d{1,2})[、.]?$/;
const digitsFirst = /^(\d{1,2})[.-](\d{1,2})$/;

/** The section number a query names, or undefined when it is not one (then it is an ordinary query). */
export function parseSectionNumber(query: string): SectionNumber | undefined {
  const folded = [...query.trim()]
    .map(foldWidth)
    .join('')
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-');
  for (const pattern of [parenthesized, prefixed, numeralFirst, digitsFirst]) {
    const match = pattern.exec(folded);
    if (!match?.[1]) continue;
    const chapter = chapterValue(match[1]);
    if (chapter === undefined || chapter === 0) return undefined;
    return match[2] === undefined ? { chapter } : { chapter, item: Number(match[2]) };
  }
  return undefined;
}

const chapterPrefix = /^（([一二三四五六七八九十]+)）/;
const itemPrefix = /^(\d+)、/;
const pathSeparator = ' › ';

/** The number and printed label of a built section (`（二） › 3、…` → chapter 2, item 3), if it has a number. */
export function numberOfSection(section: Pick<Section, 'chapter' | 'path' | 'url'>): NumberedSection | undefined {
  const chapterMatch = chapterPrefix.exec(section.chapter);
  const chapter = chapterMatch?.[1] ? parseChineseNumeral(chapterMatch[1]) : undefined;
  if (chapter === undefined || !chapterMatch) return undefined;
  const heading = section.path.split(pathSeparator).at(-1) ?? '';
  const item = itemPrefix.exec(heading)?.[1];
  if (section.path === section.chapter) return { chapter, label: section.chapter, url: section.url };
  return item === undefined
    ? undefined
    : { chapter, item: Number(item), label: `${chapterMatch[0]}${heading}`, url: section.url };
}

/** Every numbered item, plus each numbered chapter (its page) even when its title has no text of its own. */
export function sectionNumberList(sections: readonly Section[]): NumberedSection[] {
  const list: NumberedSection[] = [];
  for (const section of sections) {
    const numbered = numberOfSection(section);
    if (!numbered) continue;
    if (!list.some((entry) => entry.chapter === numbered.chapter && entry.item === undefined)) {
      list.push({ chapter: numbered.chapter, label: section.chapter, url: section.url.split('#')[0] ?? section.url });
    }
    if (numbered.item !== undefined) list.push(numbered);
  }
  return list;
}

/** What a number points at, or a label saying which number the report lacks. */
export function resolveSectionNumber(number: SectionNumber, list: readonly NumberedSection[]): SectionJump {
  const found = list.find((entry) => entry.chapter === number.chapter && entry.item === number.item);
  if (found) return { label: found.label, url: found.url };
  const chapter = formatChapterNumber(number.chapter);
  return { label: number.item === undefined ? chapter : `${chapter}${number.item}` };
}

/** `（二） › 3、…` → `（二）3、…`: a section's number and heading as the report prints them. */
export function labelOfPath(path: string): string {
  return path.replace(pathSeparator, '');
}

/** The heading a section's path ends with, without its item number (`3、从方法…` → `从方法…`). */
export function headingWords(path: string): string {
  return (path.split(pathSeparator).at(-1) ?? '').replace(itemPrefix, '').replace(chapterPrefix, '');
}

/** `（二）3、从方法和节奏角度……`: a label cut after its first clause, as the jump line shows it. */
export function shortLabel(label: string): string {
  const clauseEnd = label.search(/[，；。：]/);
  return clauseEnd === -1 ? label : `${label.slice(0, clauseEnd)}……`;
}
