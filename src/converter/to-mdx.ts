import type { Root, RootContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type {} from 'mdast-util-mdx-expression';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cjkFriendlyToMarkdown } from 'mdast-util-to-markdown-cjk-friendly';
import type { BodyNode } from './chapters.ts';
import { emphasiseDefinitions } from './emphasis.ts';

/** The chapter body as an mdast tree; heading ids travel as `{/*#id*\/}` (see remark-heading-ids). */
export function bodyToMdast(body: readonly BodyNode[]): Root {
  const children = body.map((node): RootContent => {
    if (node.kind === 'paragraph') return { type: 'paragraph', children: emphasiseDefinitions(node.text) };
    return {
      type: 'heading',
      depth: Math.min(node.depth, 6) as 1 | 2 | 3 | 4 | 5 | 6,
      children: [
        { type: 'text', value: `${node.text} ` },
        { type: 'mdxTextExpression', value: `/*#${node.id}*/` },
      ],
    };
  });
  return { type: 'root', children };
}

/**
 * Lines MDX would read as code: `import`/`export` at a line start is ESM. Writing the first
 * letter as a character reference keeps the text and stops that reading.
 */
const esmAtLineStart = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const serializerOptions = { extensions: [mdxToMarkdown(), cjkFriendlyToMarkdown(), { unsafe: esmAtLineStart }] };

/** Serialises a body tree to MDX; the serializer escapes `{ } < >`, backticks and Markdown syntax. */
export function mdastToMdx(tree: Root): string {
  return toMarkdown(tree, serializerOptions);
}
