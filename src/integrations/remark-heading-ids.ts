import type { Heading, Root } from 'mdast';
// Type-only: they add MDX expression nodes and `hProperties` to the mdast types.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

/** `{/*#s2-3*\/}` at the end of a heading: MDX has no `{#id}` syntax, so the converter writes ids as a comment. */
const idComment = /^\s*\/\*\s*#([a-z0-9-]+)\s*\*\/\s*$/;

/** Moves a heading's trailing id comment into the heading's `id`, so ids stay stable and ASCII. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'mdxTextExpression') return;
      const id = idComment.exec(last.value)?.[1];
      if (!id) return;
      heading.children.pop();
      const text = heading.children.at(-1);
      if (text?.type === 'text') text.value = text.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
