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

// `（二）3`, `(2)3`, `二3`, `二、3`, `二.3`, `二（三）`, `2.3`, `2-3`, `s2-3`, `s2`, `（二）`, `二、`: the chapter with
// parentheses, `s`, a Chinese numeral or digits and a separator; the item in digits, or a numeral in
// parentheses. A bare `二` or `23` stays a text query.
const chapterPart = '([一二三四五六七八九十]+|\\d{1,2})';
const itemPart = '(\\d{1,2}|\\([一二三四五六七八九十]+\\)|\\(\\d{1,2}\\))';
const numberForms = [
  new RegExp(`^\\(${chapterPart}\\)(?:[、.\\-\\s]?${itemPart}[、.]?)?$`),
  /^s(\d{1,2})(?:[.-](\d{1,2}))?$/,
  new RegExp(`^([一二三四五六七八九十]+)(?:[、.\\-\\s]?${itemPart}[、.]?|、)$`),
  /^(\d{1,2})[.-](\d{1,2})$/,
];

function numberValue(text: string): number | undefined {
  const bare = text.replace(/^\((.*)\)$/, '$1');
  const value = chineseNumeral.test(bare) ? parseChineseNumeral(bare) : Number(bare);
  return value === undefined || Number.isNaN(value) || value === 0 ? undefined : value;
}

/** The section number a query names, or undefined when it is not one (then it is an ordinary query). */
export function parseSectionNumber(query: string): SectionNumber | undefined {
  const folded = [...query.trim()]
    .map(foldWidth)
    .join('')
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-');
  for (const pattern of numberForms) {
    const match = pattern.exec(folded);
    if (!match?.[1]) continue;
    const chapter = numberValue(match[1]);
    if (chapter === undefined) return undefined;
    if (match[2] === undefined) return { chapter };
    const item = numberValue(match[2]);
    return item === undefined ? undefined : { chapter, item };
  }
  return undefined;
}

/** The number a chapter title or heading starts with, as printed: `（二）`, `二、`, `3、`, `3.`. */
const leadingNumber = /^(?:（([一二三四五六七八九十]+|\d{1,2})）|([一二三四五六七八九十]+|\d{1,2})[、.．])/;
const pathSeparator = ' › ';

function numberAtStart(text: string): { value: number; printed: string } | undefined {
  const match = leadingNumber.exec(text);
  if (!match) return undefined;
  const value = numberValue(match[1] ?? match[2] ?? '');
  return value === undefined ? undefined : { value, printed: match[0] };
}

/** The heading a section's path ends with (`（二） › 3、从方法…` → `3、从方法…`). */
const lastHeading = (path: string) => path.split(pathSeparator).at(-1) ?? '';

/** `（二）3、从方法…`: a section's chapter number and heading as the report prints them. */
export function sectionLabel(section: Pick<Section, 'chapter' | 'path'>): string {
  if (section.path === section.chapter) return section.chapter;
  return `${numberAtStart(section.chapter)?.printed ?? ''}${lastHeading(section.path)}`;
}

/** The number and printed label of a built section (`（二） › 3、…` → chapter 2, item 3), if it has a number. */
export function numberOfSection(section: Pick<Section, 'chapter' | 'path' | 'url'>): NumberedSection | undefined {
  const chapter = numberAtStart(section.chapter)?.value;
  if (chapter === undefined) return undefined;
  const label = sectionLabel(section);
  if (section.path === section.chapter) return { chapter, label, url: section.url };
  const item = numberAtStart(lastHeading(section.path))?.value;
  return item === undefined ? undefined : { chapter, item, label, url: section.url };
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

/** A section's heading without its number (`3、从方法…` → `从方法…`), or its chapter's title without one. */
export function headingWords(path: string): string {
  const heading = lastHeading(path);
  return heading.slice(numberAtStart(heading)?.printed.length ?? 0);
}

/** `（二）3、从方法和节奏角度……`: a label cut after its first clause, as the jump line shows it. */
export function shortLabel(label: string): string {
  const clauseEnd = label.search(/[，；。：]/);
  return clauseEnd === -1 ? label : `${label.slice(0, clauseEnd)}……`;
}
