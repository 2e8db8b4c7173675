import type { Chapter } from '../schemas/chapter.ts';
import { missingTitleNote } from './coverage.ts';

export interface ChapterTitleParts {
  /** Title text as the report prints it (or its numbering alone when the heading is lost). */
  text: string;
  /** What this site adds, in 〔〕 (clreq's brackets for editorial insertions); empty for a printed title. */
  editorial: string;
}

/** Splits a chapter's displayed title into report text and the editorial mark that must look different. */
export function chapterTitleParts(
  chapter: Pick<Chapter, 'title' | 'titleOrigin' | 'sourcePages'>,
  missingPages: readonly number[],
): ChapterTitleParts {
  switch (chapter.titleOrigin) {
    case 'missing-page':
      return {
        text: chapter.title,
        editorial: `〔${missingTitleNote(Math.min(...chapter.sourcePages), missingPages)}〕`,
      };
    case 'editorial':
      return { text: chapter.title, editorial: '〔编者拟〕' };
    default:
      return { text: chapter.title, editorial: '' };
  }
}

/** The whole title as one string, for `<title>`, citations and accessible names. */
export function chapterTitleText(
  chapter: Pick<Chapter, 'title' | 'titleOrigin' | 'sourcePages'>,
  missingPages: readonly number[],
): string {
  const { text, editorial } = chapterTitleParts(chapter, missingPages);
  return text + editorial;
}

/**
 * The browser tab's name for a chapter page: its title, or, when the heading is on a missing page, its
 * number and the first heading it holds (`（一）节选 · 4、发挥…`), never the placeholder in 〔〕.
 */
export function chapterTabTitle(
  chapter: Pick<Chapter, 'title' | 'titleOrigin' | 'sourcePages'>,
  firstSection: string | undefined,
  missingPages: readonly number[],
): string {
  if (chapter.titleOrigin !== 'missing-page' || !firstSection) return chapterTitleText(chapter, missingPages);
  return `${chapter.title}节选 · ${firstSection}`;
}
