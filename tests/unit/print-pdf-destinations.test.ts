import { describe, expect, it } from 'vitest';
import { parseDestinationPages } from '../../scripts/lib/pdf-destinations.ts';

// As poppler's `pdfinfo -dests` prints them.
const output = [
  'Page  Destination                 Name',
  '   3 [ XYZ   56  785 null      ] "s1"',
  '  12 [ XYZ   56  800 null      ] "closing"',
  '   5 [ XYZ   56  785 null      ] "题 "名""',
  '',
].join('\n');

describe('parseDestinationPages', () => {
  it('maps each destination name to its page, whatever characters the name holds', () => {
    expect(parseDestinationPages(output)).toEqual(
      new Map([
        ['s1', 3],
        ['closing', 12],
        ['题 "名"', 5],
      ]),
    );
  });

  it('finds nothing in a PDF without destinations', () => {
    expect(parseDestinationPages('Page  Destination                 Name\n').size).toBe(0);
  });
});
