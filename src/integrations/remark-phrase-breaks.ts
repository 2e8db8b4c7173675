import type { Heading, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { phrasePieces } from '../utils/phrase-breaks.ts';

const phraseBreak = (): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name: 'wbr', attributes: [], children: [] });

/** A `<wbr>` between the phrases of each heading's text (utils/phrase-breaks.ts); the text stays as it was. */
export function remarkPhraseBreaks() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      heading.children = heading.children.flatMap((child): PhrasingContent[] => {
        if (child.type !== 'text') return [child];
        return phrasePieces(child.value).flatMap((piece, index) => [
          ...(index > 0 ? [phraseBreak()] : []),
          { type: 'text', value: piece } as const,
        ]);
      });
    });
  };
}
