import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../src/consts.ts';
import { type Chapter, chapterSchema } from '../../src/schemas/chapter.ts';

/** Frontmatter of a converter-written chapter: one `key: <JSON value>` per line. */
export function parseFrontmatter(mdx: string): Chapter {
  const yaml = mdx.split('---\n')[1] ?? '';
  const entries = yaml
    .trim()
    .split('\n')
    .map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), JSON.parse(line.slice(at + 2))];
    });
  return chapterSchema.parse(Object.fromEntries(entries));
}

/** The chapters of a content folder in reading order, with their frontmatter and MDX text. */
export function readChapters(contentDir = CONTENT_DIR): { data: Chapter; mdx: string }[] {
  const folder = join(contentDir, 'chapters');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .map((mdx) => ({ data: parseFrontmatter(mdx), mdx }))
    .sort((a, b) => a.data.order - b.data.order);
}
