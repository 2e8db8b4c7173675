import type { Chapter } from '../schemas/chapter.ts';

/** Characters Windows forbids in file names; browsers would replace them each in their own way. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|]/g;

/**
 * The name a downloaded PDF saves as (the link's `download` attribute): the report title, then the
 * chapter's number, or for an unnumbered chapter its title after a middle dot as the running heads do:
 * `提高…研究（二）.pdf`, `提高…研究·结语.pdf`, `提高…研究.pdf` for the whole report.
 */
export function pdfDownloadName(reportTitle: string, chapter?: Pick<Chapter, 'number' | 'title'>): string {
  const chapterPart = chapter ? chapter.number || `·${chapter.title}` : '';
  return `${reportTitle}${chapterPart}.pdf`.replace(UNSAFE_IN_FILE_NAMES, '_');
}
