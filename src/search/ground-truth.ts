import { BLOCK_BREAK, foldText } from './fold-text.ts';
import type { Section } from './section.ts';

/** Each section's folded text, folded once: an evaluation asks for the truth of thousands of queries. */
const foldedTexts = new WeakMap<Section, string>();

function foldedText(section: Section): string {
  let folded = foldedTexts.get(section);
  if (folded === undefined) {
    folded = foldText(section.text).folded;
    foldedTexts.set(section, folded);
  }
  return folded;
}

/** The URLs of the sections whose folded text holds every term: what an exact search must return. */
export function expectedUrls(sections: readonly Section[], terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  return sections
    .filter((section) => terms.every((term) => foldedText(section).includes(term)))
    .map((section) => section.url);
}

/** Every distinct substring of 1 to `maxLength` characters of the folded section texts, within one block. */
export function substringQueries(sections: readonly Section[], maxLength = 4): string[] {
  const queries = new Set<string>();
  for (const section of sections) {
    for (const block of foldText(section.text).folded.split(BLOCK_BREAK)) {
      const chars = [...block];
      for (let start = 0; start < chars.length; start++) {
        for (let length = 1; length <= maxLength && start + length <= chars.length; length++) {
          queries.add(chars.slice(start, start + length).join(''));
        }
      }
    }
  }
  return [...queries];
}

/** Whether the marked characters of an excerpt are exactly the occurrences of the terms in it (punctuation aside). */
export function isExactHighlight(
  parts: readonly { text: string; marked: boolean }[],
  terms: readonly string[],
): boolean {
  const text = parts.map((part) => part.text).join('');
  const markedAt: boolean[] = [];
  for (const part of parts) for (let unit = 0; unit < part.text.length; unit++) markedAt.push(part.marked);
  const { folded, origin } = foldText(text);
  const expected = new Array<boolean>(folded.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      expected.fill(true, at, at + term.length);
    }
  }
  return expected.some(Boolean) && expected.every((want, index) => markedAt[origin[index] ?? -1] === want);
}
