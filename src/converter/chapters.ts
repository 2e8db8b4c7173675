import { formatPageList, missingPagesBefore } from '../utils/page-ranges.ts';
import type { Block } from './blocks.ts';
import { formatHanNumber, levelRank, type NumberingLevel } from './numbering.ts';

/** A heading or paragraph of a chapter body, ready for the MDX tree. */
export type BodyNode =
  | { kind: 'heading'; depth: number; id: string; text: string; file: string; line: number }
  | { kind: 'paragraph'; text: string; file: string; line: number };

export interface ChapterDraft {
  slug: string;
  number: string;
  heading: string;
  title: string;
  titleOrigin: 'source' | 'missing-page' | 'editorial';
  editorialNotes: string[];
  body: BodyNode[];
  /** Files the chapter's text comes from, its heading's included. */
  sourceFiles: string[];
}

function filesOf(blocks: readonly Block[]): string[] {
  return [...new Set(blocks.map((block) => block.source.file))];
}

/** Which pages of the report we have: decides what a chapter may say about missing text. */
export interface PageContext {
  pagesPresent: number[];
  missingPages: number[];
  pageCount: number;
}

const topPrefix: Record<NumberingLevel, string> = { part: 'p', section: 's', item: 'i', subitem: 'i' };
const nestedPrefix: Record<NumberingLevel, string> = { part: 'p', section: 's', item: '', subitem: '' };

function labelFor(level: NumberingLevel, value: number): string {
  if (level === 'part') return `${formatHanNumber(value)}、`;
  if (level === 'section') return `（${formatHanNumber(value)}）`;
  return `${value}、`;
}

/** Claims an id: the first use gets `base`, repeats get `basex2`, `basex3` (numbering ids never contain `x`). */
function claimId(base: string, used: Map<string, number>): string {
  const count = (used.get(base) ?? 0) + 1;
  used.set(base, count);
  return count === 1 ? base : `${base}x${count}`;
}

/** Gives body headings ids from their numbering path (`s2-3`) and depths that never skip a level. */
function toBody(slug: string, blocks: readonly Block[], usedIds: Map<string, number>): BodyNode[] {
  const stack: { rank: number; part: string }[] = [];
  return blocks.map((block): BodyNode => {
    const { file, line } = block.source;
    if (block.kind === 'paragraph') return { kind: 'paragraph', text: block.text, file, line };
    const { level, value } = block.numbering;
    const rank = levelRank(level);
    while (stack.length > 0 && (stack.at(-1)?.rank ?? -1) >= rank) stack.pop();
    stack.push({ rank, part: `${nestedPrefix[level]}${value}` });
    const id = claimId([slug, ...stack.map((entry) => entry.part)].join('-'), usedIds);
    return { kind: 'heading', depth: stack.length + 1, id, text: block.text, file, line };
  });
}

/** A chapter whose title this site supplies (the text has none), with the note that says so. */
function editorialChapter(
  slug: string,
  title: string,
  why: string,
  blocks: readonly Block[],
  usedIds: Map<string, number>,
): ChapterDraft {
  return {
    slug,
    number: '',
    heading: '',
    title,
    titleOrigin: 'editorial',
    editorialNotes: [`“${title}”为本站所加标题：${why}`],
    body: toBody(slug, blocks, usedIds),
    sourceFiles: filesOf(blocks),
  };
}

/**
 * The report's closing paragraphs: on its last page, unnumbered paragraphs after the last item
 * of a chapter whose every other item is exactly one paragraph long belong to no item.
 */
export function splitClosing(blocks: readonly Block[]): { body: Block[]; closing: Block[] } {
  const runs: number[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') runs.push(0);
    else if (runs.length > 0) runs[runs.length - 1] = (runs.at(-1) ?? 0) + 1;
  }
  const last = runs.at(-1) ?? 0;
  const regular = runs.slice(0, -1);
  if (regular.length < 2 || !regular.every((run) => run === 1) || last < 2) return { body: [...blocks], closing: [] };
  const cut = blocks.length - (last - 1);
  return { body: blocks.slice(0, cut), closing: blocks.slice(cut) };
}

/** Splits the report's blocks into chapters, one per top-level section present. */
export function buildChapters(blocks: readonly Block[], context: PageContext): ChapterDraft[] {
  const headings = blocks.filter((block) => block.kind === 'heading');
  const usedIds = new Map<string, number>();
  if (headings.length === 0) {
    return [editorialChapter('text', '正文', '原文此处没有标题。', blocks, usedIds)];
  }
  // A fold, not Math.min(...): a report can have more headings than a call has room for arguments.
  const topRank = headings.reduce((rank, block) => Math.min(rank, levelRank(block.numbering.level)), Infinity);
  const groups: Block[][] = [[]];
  for (const block of blocks) {
    if (block.kind === 'heading' && levelRank(block.numbering.level) === topRank) groups.push([block]);
    else groups.at(-1)?.push(block);
  }
  const [leading = [], ...sections] = groups;
  const chapters: ChapterDraft[] = [];

  if (leading.length > 0) chapters.push(leadingChapter(leading, sections[0]?.[0], context, usedIds));
  const onLastPage = context.pagesPresent.includes(context.pageCount);
  for (const [index, section] of sections.entries()) {
    const [head, ...rest] = section;
    if (head?.kind !== 'heading') continue;
    const isLast = index === sections.length - 1;
    const { body, closing } = isLast && onLastPage ? splitClosing(rest) : { body: rest, closing: [] };
    const slug = claimId(`${topPrefix[head.numbering.level]}${head.numbering.value}`, usedIds);
    chapters.push({
      slug,
      number: head.numbering.label,
      heading: head.numbering.rest,
      title: head.text,
      titleOrigin: 'source',
      editorialNotes: [],
      body: toBody(slug, body, usedIds),
      sourceFiles: filesOf([head, ...body]),
    });
    if (closing.length > 0) {
      chapters.push(editorialChapter('closing', '结语', '原文这段结束语没有标题。', closing, usedIds));
    }
  }
  return chapters;
}

/** Text before the first top-level heading: the tail of a section whose heading is on a missing page, or the opening. */
function leadingChapter(
  leading: Block[],
  firstTop: Block | undefined,
  context: PageContext,
  usedIds: Map<string, number>,
): ChapterDraft {
  const missing = missingPagesBefore(Math.min(...context.pagesPresent), context.missingPages);
  if (missing.length === 0) return editorialChapter('intro', '引言', '原文这部分没有标题。', leading, usedIds);
  const top = firstTop?.kind === 'heading' ? firstTop.numbering : undefined;
  const inferred = top && top.value > 1 ? top.value - 1 : undefined;
  const slug = claimId(top && inferred ? `${topPrefix[top.level]}${inferred}` : 'continued', usedIds);
  const number = top && inferred ? labelFor(top.level, inferred) : '';
  const pages = `第 ${formatPageList(missing)} 页`;
  const firstItem = leading.find((block) => block.kind === 'heading');
  const earlierItems =
    firstItem?.kind === 'heading' && firstItem.numbering.value > 1
      ? `及其第 ${formatPageList(Array.from({ length: firstItem.numbering.value - 1 }, (_, index) => index + 1))} 项`
      : '';
  const what = number ? `${number}的标题${earlierItems}` : `本章开头${earlierItems}`;
  return {
    slug,
    number,
    heading: '',
    title: number || '（开头缺失）',
    titleOrigin: 'missing-page',
    editorialNotes: [`${what}在未能获取的${pages}中；本站收录的文本从此处开始。`],
    body: toBody(slug, leading, usedIds),
    sourceFiles: filesOf(leading),
  };
}
