// Marks every occurrence of `?highlight=` in the section the URL's #id names, and scrolls to the first.
// Loaded through reader-actions.ts only when the URL asks for it.
import { blockTags } from './extract-sections.ts';
import { BLOCK_BREAK, foldText } from './fold-text.ts';
import { matchRanges } from './match-ranges.ts';
import { queryTerms } from './query-terms.ts';
import { startsSection } from './section-start.ts';

interface TextPiece {
  node: Text;
  start: number;
}

function isSectionHeading(node: Node): boolean {
  return node instanceof HTMLElement && startsSection(node.localName, node.id);
}

function blockOf(node: Node, body: Element): Element {
  let element = node.parentElement;
  while (element && element !== body && !blockTags.has(element.localName)) element = element.parentElement;
  return element ?? body;
}

/** The text nodes of the section starting at `heading` (up to the next section heading), as one text. */
function sectionPieces(body: Element, heading: Element | null): { text: string; pieces: TextPiece[] } {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const pieces: TextPiece[] = [];
  let text = '';
  let inside = heading === null;
  let block: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isSectionHeading(node)) {
      if (inside && heading !== null) break;
      inside = inside || node === heading;
    }
    if (!inside || !(node instanceof Text) || node.parentElement?.closest('[data-pagefind-ignore]')) continue;
    const nodeBlock = blockOf(node, body);
    if (block && nodeBlock !== block) text += BLOCK_BREAK;
    block = nodeBlock;
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  return { text, pieces };
}

function markRange(pieces: TextPiece[], start: number, end: number): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, start: pieceStart } of pieces) {
    const from = Math.max(start, pieceStart) - pieceStart;
    const to = Math.min(end, pieceStart + node.data.length) - pieceStart;
    if (from >= to) continue;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

async function highlight(): Promise<void> {
  const query = new URLSearchParams(location.search).get('highlight');
  const body = document.querySelector('[data-pagefind-body]');
  if (!query || !body) return;
  const terms = await queryTerms(query);
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = (id && document.getElementById(id)) || body.querySelector('h1');
  const { text, pieces } = sectionPieces(body, heading);
  const ranges = matchRanges(text, terms, foldText(text));
  // Last range first: wrapping splits text nodes, which would shift the offsets of later ranges.
  const marks = ranges.toReversed().flatMap(([start, end]) => markRange(pieces, start, end));
  marks.at(-1)?.scrollIntoView({ block: 'center' });
}

void highlight();
