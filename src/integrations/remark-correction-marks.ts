import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Chapter } from '../schemas/chapter.ts';
import { type Endnote, endnoteIds, noteQuoting } from '../utils/editorial-notes.ts';

type Frontmatter = Partial<Pick<Chapter, 'slug' | 'editorialNotes' | 'corrections'>> & { endnotes?: Endnote[] };

/**
 * `〔注n〕` after a typo the text keeps: a link to its endnote, kept out of the index. The typo's last
 * character and the mark share an unbreakable span, so the mark never starts a line away from its word.
 */
function markedTypo(typo: string, endnote: Endnote, reading: string): PhrasingContent[] {
  const characters = Array.from(typo);
  const last = characters.pop() ?? '';
  const mark: PhrasingContent = {
    type: 'link',
    url: `#${endnote.id}`,
    children: [{ type: 'text', value: `〔注${endnote.number}〕` }],
    data: {
      hProperties: {
        id: endnote.markId,
        className: ['editorial', 'sic-mark'],
        dataEditorialMark: '',
        dataPagefindIgnore: '',
        ariaLabel: `注${endnote.number}：原文如此，疑为“${reading}”`,
      },
    },
  };
  const unbreakable: PhrasingContent = {
    type: 'emphasis',
    children: [{ type: 'text', value: last }, mark],
    data: { hName: 'span', hProperties: { className: ['sic'] } },
  };
  const before = characters.join('');
  return before ? [{ type: 'text', value: before }, unbreakable] : [unbreakable];
}

/** Any of the originals, the longest first where one contains another. */
function originalsPattern(originals: readonly string[]): RegExp {
  const escaped = originals
    .toSorted((a, b) => b.length - a.length)
    .map((original) => original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'g');
}

/**
 * Marks each typo of a chapter's `corrections` list where the text has it with a numbered call, in
 * reading order, and hands the chapter its endnotes (`remarkPluginFrontmatter.endnotes`): the note that
 * quotes the typo (`原文作“…”`), once per mark, so the 校勘记 and the marks are numbered by one rule on
 * the chapter page and in /print/ alike.
 */
export function remarkCorrectionMarks() {
  return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Frontmatter } } }) => {
    const frontmatter = file.data.astro?.frontmatter;
    const { slug, editorialNotes = [], corrections = [] } = frontmatter ?? {};
    if (!frontmatter || !slug || corrections.length === 0) return;
    const readings = new Map(corrections.map(({ original, reading }) => [original, reading]));
    const notes = new Map(
      corrections.map(({ original }) => {
        const note = noteQuoting(editorialNotes, original);
        if (!note) throw new Error(`${file.path}: no editorial note quotes the correction “${original}”`);
        return [original, note];
      }),
    );
    const pattern = originalsPattern([...readings.keys()]);
    const endnotes: Endnote[] = [];
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const replacement: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const typo = match[0];
        const number = endnotes.length + 1;
        const endnote = { number, ...endnoteIds(slug, number), text: notes.get(typo) ?? '' };
        endnotes.push(endnote);
        replacement.push(...markedTypo(node.value.slice(last, match.index) + typo, endnote, readings.get(typo) ?? ''));
        last = match.index + typo.length;
      }
      if (replacement.length === 0) return;
      if (last < node.value.length) replacement.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(replacement as (typeof parent.children)[number][]));
      return [SKIP, index + replacement.length];
    });
    frontmatter.endnotes = endnotes;
  };
}
