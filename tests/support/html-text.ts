import { decodeEntities } from '../../src/utils/plain-text.ts';

/** The text a reader gets from a piece of built HTML: scripts and styles dropped, tags removed, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[\s>][\s\S]*?<\/\1>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

/** The inner HTML of the first element `<tag …>` of a page (no nesting of the same tag expected). */
export function elementHtml(html: string, tag: string): string {
  return new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? '';
}

/** The HTML with every element whose opening tag carries `attribute` removed, nested same-name tags included. */
export function withoutElementsMarked(html: string, attribute: string): string {
  const opening = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\s${attribute}(?=[\\s=>])[^>]*>`, 'i');
  let rest = html;
  for (let match = opening.exec(rest); match; match = opening.exec(rest)) {
    const tag = match[1] ?? '';
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = rest.length;
    for (let next = tags.exec(rest); next; next = tags.exec(rest)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    rest = rest.slice(0, match.index) + rest.slice(end);
  }
  return rest;
}
