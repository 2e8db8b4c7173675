import type { PhrasingContent } from 'mdast';

/**
 * A key term where the text defines it: a quoted term opening a sentence, followed by a defining
 * verb (`“快”主要是指…`, `“缓”就是…`). Only the term is emphasised; quotes stay as written.
 */
const definedTerm = /(?<=^|[。！？；])(“[^”]{1,6}”)(?=主要是指|主要是|就是|是指|指的是)/gu;

/** A paragraph's text as phrasing nodes, with defined terms as `strong`. */
export function emphasiseDefinitions(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(definedTerm)) {
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push({ type: 'strong', children: [{ type: 'text', value: match[1] ?? '' }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}
