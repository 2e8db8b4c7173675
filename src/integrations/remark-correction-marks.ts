import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Chapter } from '../schemas/chapter.ts';

/** The id of a chapter's n-th editorial note (1-based), unique on /print/, where all chapters meet. */
export function noteId(slug: string, index: number): string {
  return `${slug}-note-${index}`;
}

type Frontmatter = Partial<Pick<Chapter, 'slug' | 'editorialNotes' | 'corrections'>>;

/** `〔注〕` after a typo the text keeps: a link to the editorial note that quotes it, kept out of the index. */
function mark(href: string, reading: string): PhrasingContent {
  return {
    type: 'link',
    url: href,
    children: [{ type: 'text', value: '〔注〕' }],
    data: {
      hProperties: {
        className: ['editorial', 'sic-mark'],
        dataEditorialMark: '',
        dataPagefindIgnore: '',
        ariaLabel: `编者注：原文如此，疑为“${reading}”`,
      },
    },
  };
}

/** Any of the originals, the longest first where one contains another. */
function originalsPattern(originals: readonly string[]): RegExp {
  const escaped = originals
    .toSorted((a, b) => b.length - a.length)
    .map((original) => original.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'g');
}

/** Splits a text node at each occurrence of `pattern` (a key of `marks`), putting its mark after each. */
function markText(text: string, pattern: RegExp, marks: ReadonlyMap<string, PhrasingContent>): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    nodes.push({ type: 'text', value: text.slice(last, end) });
    nodes.push(structuredClone(marks.get(match[0]) as PhrasingContent));
    last = end;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

/**
 * Marks each typo a chapter's `corrections` list where the text has it, linking to the note that
 * quotes it (`原文作“…”`), so a reader sees the editors' doubt at the word, not only under the title.
 */
export function remarkCorrectionMarks() {
  return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: Frontmatter } } }) => {
    const { slug, editorialNotes = [], corrections = [] } = file.data.astro?.frontmatter ?? {};
    if (!slug || corrections.length === 0) return;
    const marks = new Map(
      corrections.map(({ original, reading }) => {
        const note = editorialNotes.findIndex((text) => text.includes(`“${original}”`));
        if (note < 0) throw new Error(`${file.path}: no editorial note quotes the correction “${original}”`);
        return [original, mark(`#${noteId(slug, note + 1)}`, reading)];
      }),
    );
    const pattern = originalsPattern([...marks.keys()]);
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const replacement = markText(node.value, pattern, marks);
      if (replacement.length === 1) return;
      parent.children.splice(index, 1, ...(replacement as (typeof parent.children)[number][]));
      return [SKIP, index + replacement.length];
    });
  };
}
