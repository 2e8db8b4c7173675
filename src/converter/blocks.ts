import { detectNumbering, type Numbering } from './numbering.ts';
import type { SourceLine } from './source-line.ts';

/** A line of report text read as a numbered heading or a paragraph. */
export type Block =
  | { kind: 'heading'; numbering: Numbering; text: string; source: SourceLine }
  | { kind: 'paragraph'; text: string; source: SourceLine };

/** A heading sentence is short: longer numbered sentences are list-like paragraphs, kept whole. */
const maxHeadingSentence = 40;
/** A numbered line without any full stop is a heading when it is no longer than this. */
const maxBareHeading = 80;

/**
 * Reads one normalised line: `（二）标题` alone is a heading; `1、标题句。正文…` is a heading
 * (its sentence, without the full stop) followed by a paragraph; anything else is a paragraph.
 */
export function readBlocks(line: SourceLine): Block[] {
  const numbering = detectNumbering(line.text);
  const paragraph: Block = { kind: 'paragraph', text: line.text, source: line };
  if (!numbering) return [paragraph];
  const end = numbering.rest.search(/[。！？]/);
  if (end === -1) {
    return line.text.length <= maxBareHeading
      ? [{ kind: 'heading', numbering, text: line.text, source: line }]
      : [paragraph];
  }
  if (end > maxHeadingSentence) return [paragraph];
  const heading: Block = {
    kind: 'heading',
    numbering,
    text: numbering.label + numbering.rest.slice(0, end),
    source: line,
  };
  const body = numbering.rest.slice(end + 1);
  return body === '' ? [heading] : [heading, { kind: 'paragraph', text: body, source: line }];
}

export function toBlocks(lines: readonly SourceLine[]): Block[] {
  return lines.flatMap(readBlocks);
}
