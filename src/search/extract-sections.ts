import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { BLOCK_BREAK } from './fold-text.ts';
import type { Section } from './section.ts';
import { startsSection } from './section-start.ts';

/** Elements whose whole text is one block of reading text. */
export const blockTags = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'td',
  'th',
  'pre',
]);

/** `（二）` at the start of a chapter title: the path shows the number alone, the group shows the title. */
const chapterNumber = /^（[一二三四五六七八九十百]+）/;

interface OpenSection {
  id: unknown;
  heading: string;
  blocks: string[];
}

/**
 * The HTML of the element marked `data-pagefind-body`, from its start tag to its matching end tag (the
 * same tag name counted in and out); undefined when the page has none. The whole page when the end is
 * not found, so that the parser decides.
 */
function bodyElementHtml(html: string): string | undefined {
  const marker = html.indexOf('data-pagefind-body');
  if (marker === -1) return undefined;
  const start = html.lastIndexOf('<', marker);
  const startTag = /<([a-z][a-z0-9-]*)/iy;
  startTag.lastIndex = start;
  const tagName = startTag.exec(html)?.[1];
  if (tagName === undefined) return html;
  const tags = new RegExp(`<(/?)${tagName}\\b`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag !== null; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', tag.index) + 1);
  }
  return html;
}

function findBody(node: Nodes): Element | undefined {
  if (node.type === 'element' && node.properties.dataPagefindBody !== undefined) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

const isIgnored = (node: Nodes) => node.type === 'element' && node.properties.dataPagefindIgnore !== undefined;

/** The element without its `data-pagefind-ignore` descendants (a 〔注〕 mark inside a paragraph). */
function withoutIgnored(element: Element): Element {
  const children = element.children
    .filter((child) => !isIgnored(child))
    .map((child) => (child.type === 'element' ? withoutIgnored(child) : child));
  return { ...element, children };
}

/** A block's text as the index holds it. */
const blockText = (element: Element) => toText(withoutIgnored(element)).trim();

function collectSections(node: Element, sections: OpenSection[]): void {
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim()) sections.at(-1)?.blocks.push(child.value.trim());
    if (child.type !== 'element' || isIgnored(child)) continue;
    const id = child.properties.id;
    if (startsSection(child.tagName, id)) {
      const heading = blockText(child);
      sections.push({ id, heading, blocks: [heading] });
    } else if (blockTags.has(child.tagName)) {
      const text = blockText(child);
      if (text) sections.at(-1)?.blocks.push(text);
    } else {
      collectSections(child, sections);
    }
  }
}

/**
 * The sections of one built chapter page, from its `data-pagefind-body` element (Pagefind's own
 * convention, so `data-pagefind-ignore` parts stay out). A heading with no text under it before the
 * next heading (the title of a chapter whose text starts with a numbered item) is not a section.
 */
export function extractSections(html: string, pageUrl: string, firstPosition = 0): Section[] {
  // Most of a large build's HTML is /print/, which has no indexed body, and the tables of contents
  // around each body: only the body's element is parsed.
  const bodyHtml = bodyElementHtml(html);
  if (bodyHtml === undefined) return [];
  const body = findBody(fromHtml(bodyHtml, { fragment: true }) as Root);
  if (!body) return [];
  const open: OpenSection[] = [];
  collectSections(body, open);
  const chapter = open[0]?.heading ?? '';
  const parent = chapterNumber.exec(chapter)?.[0] ?? chapter;
  return open
    .filter((section) => section.blocks.length > 1)
    .map((section, index) => ({
      url: typeof section.id === 'string' ? `${pageUrl}#${section.id}` : pageUrl,
      chapter,
      path: section.heading === chapter ? chapter : `${parent} › ${section.heading}`,
      text: section.blocks.join(BLOCK_BREAK),
      position: firstPosition + index,
    }));
}
