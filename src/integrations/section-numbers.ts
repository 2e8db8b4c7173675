import { writeFileSync } from 'node:fs';
import type { Section } from '../search/section.ts';
import { SECTION_LIST_FILE, sectionNumberList } from '../search/section-number.ts';

/** Writes the numbered sections of the built site, which the search fetches for a query like `二3`; returns their count. */
export function writeSectionNumberList(sitePath: string, sections: readonly Section[]): number {
  const list = sectionNumberList(sections);
  writeFileSync(`${sitePath}${SECTION_LIST_FILE}`, JSON.stringify(list));
  return list.length;
}
