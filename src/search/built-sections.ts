import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedPath } from '../utils/headers-file.ts';
import { listFiles } from '../utils/list-files.ts';
import { extractSections } from './extract-sections.ts';
import type { Section } from './section.ts';

const hrefs = /href="([^"#?]*)"/g;

/** Built page paths (`s2/index.html`) in the order the home page links them; unlinked pages follow by path. */
function pagesInReadingOrder(distDir: string, base: string): string[] {
  const pages = listFiles(distDir, 'index.html');
  const home = readFileSync(join(distDir, 'index.html'), 'utf8');
  const linked = [...home.matchAll(hrefs)]
    .map(([, href = '']) => `${href.slice(base.length)}index.html`.replace(/^\//, ''))
    .filter((page) => existsSync(join(distDir, page)));
  return [...new Set([...linked, ...pages])];
}

/** Every searchable section of a built site, in reading order: what is indexed and what the eval checks against. */
export function builtSections(distDir: string, base: string): Section[] {
  const sections: Section[] = [];
  for (const page of pagesInReadingOrder(distDir, base)) {
    const pageUrl = servedPath(page, base);
    sections.push(...extractSections(readFileSync(join(distDir, page), 'utf8'), pageUrl, sections.length));
  }
  return sections;
}
