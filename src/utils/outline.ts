import { render } from 'astro:content';
import { type ChapterEntry, getChapters } from './chapters.ts';

export interface Section {
  /** The heading's id, the anchor of the section (`s2-3`). */
  id: string;
  /** The heading's text. */
  text: string;
}

export interface ChapterOutline {
  chapter: ChapterEntry;
  /** The chapter's `##` headings, in order. */
  sections: Section[];
}

/** Every chapter with its section headings, for the tables of contents. */
export async function getOutline(): Promise<ChapterOutline[]> {
  const chapters = await getChapters();
  return Promise.all(
    chapters.map(async (chapter) => {
      const { headings } = await render(chapter);
      const sections = headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ id: slug, text }));
      return { chapter, sections };
    }),
  );
}
