import { BLOCK_BREAK, foldText } from './fold-text.ts';
import { SEARCH_INDEX_FOLDER } from './index-folder.ts';
import { loadJsonOnce } from './load-once.ts';
import type { Section } from './section.ts';

/**
 * A section's text is stored beside the exact-search index in overlapping windows, so that a hit on
 * screen costs one small file around its first match, never the whole section. Window `k` covers the
 * folded characters [k·STRIDE, k·STRIDE + SPAN).
 */
export const STRIDE = 64;
export const SPAN = 160;

/** One window file: the original text (punctuation and all) of a stretch of a section. */
export interface TextWindow {
  url: string;
  chapter: string;
  path: string;
  text: string;
  /** Length of `text` up to where the next window's text begins. */
  strideEnd: number;
  /** The window starts (ends) inside a block: an excerpt reaching that edge is cut there. */
  before: boolean;
  after: boolean;
  /** No window follows. */
  last: boolean;
}

/** The file of window `index` of the record `id`, relative to the text folder. */
export function windowFile(id: string, index: number): string {
  return `${id}/${index}.json`;
}

/** A section's place in the report, stored beside its windows: what a hit shows without any of its text. */
export type SectionHead = Pick<TextWindow, 'url' | 'chapter' | 'path'>;

/** The file of the record `id`'s head, relative to the text folder. */
export function headFile(id: string): string {
  return `${id}/head.json`;
}

/** The folded characters of a text and, for each, the UTF-16 offset in the original where it starts. */
export function foldedChars(text: string): { chars: string[]; starts: number[] } {
  const { folded, origin } = foldText(text);
  const chars: string[] = [];
  const starts: number[] = [];
  let unit = 0;
  for (const char of folded) {
    chars.push(char);
    starts.push(origin[unit] ?? 0);
    unit += char.length;
  }
  return { chars, starts };
}

/** Every window of a section, in order. */
export function textWindows(section: Section): TextWindow[] {
  const { chars, starts } = foldedChars(section.text);
  // Each window's text runs from its first folded character to the next window's, punctuation included.
  const cut = (at: number) => (at === 0 ? 0 : at >= chars.length ? section.text.length : (starts[at] ?? 0));
  const windows: TextWindow[] = [];
  for (let start = 0; start === 0 || start < chars.length; start += STRIDE) {
    const end = Math.min(chars.length, start + SPAN);
    windows.push({
      url: section.url,
      chapter: section.chapter,
      path: section.path,
      text: section.text.slice(cut(start), cut(end)),
      strideEnd: cut(Math.min(chars.length, start + STRIDE)) - cut(start),
      before: start > 0 && chars[start - 1] !== BLOCK_BREAK,
      after: end < chars.length && chars[end] !== BLOCK_BREAK,
      last: start + STRIDE >= chars.length,
    });
  }
  return windows;
}

/** Folded characters an excerpt may show before its first match, and after it beyond twice the term. */
const BEFORE_MATCH = 24;
const AFTER_MATCH = 48;

/** The window to fetch first for an excerpt around a match at folded character `start` of length `length`. */
export function firstWindowFor(start: number): number {
  return Math.floor(Math.max(0, start - BEFORE_MATCH) / STRIDE);
}

/** Whether windows up to `last` reach far enough past a match at `start` of length `length`. */
export function windowsReach(last: number, start: number, length: number): boolean {
  return last * STRIDE + SPAN >= start + 2 * length + AFTER_MATCH;
}

/** Consecutive windows joined into one text, with the cut flags of its two ends. */
export function joinWindows(windows: readonly TextWindow[]): { text: string; before: boolean; after: boolean } {
  const last = windows.at(-1);
  const text = windows.map((window) => (window === last ? window.text : window.text.slice(0, window.strideEnd)));
  return { text: text.join(''), before: windows[0]?.before ?? false, after: last?.after ?? false };
}

/** Window `index` of the record `id`, from the text folder at `textUrl`; fetched once per page. */
export function loadTextWindow(textUrl: string, id: string, index: number): Promise<TextWindow> {
  return loadJsonOnce(`${textUrl}${windowFile(id, index)}`);
}

/** The head of the record `id`, from the text folder at `textUrl`; fetched once per page. */
export function loadSectionHead(textUrl: string, id: string): Promise<SectionHead> {
  return loadJsonOnce(`${textUrl}${headFile(id)}`);
}

/** Where the text windows are built, relative to the site's base. */
export const TEXT_FOLDER = `${SEARCH_INDEX_FOLDER}text/`;
