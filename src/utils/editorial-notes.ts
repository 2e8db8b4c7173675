import type { Chapter } from '../schemas/chapter.ts';

type Correction = NonNullable<Chapter['corrections']>[number];

/** The editorial note that quotes a typo (`原文作“…”`), or undefined. */
export function noteQuoting(notes: readonly string[], original: string): string | undefined {
  return notes.find((note) => note.includes(`“${original}”`));
}

/** Notes about the chapter as a whole (no typo of it quoted): they stay under the title, the others become endnotes. */
export function chapterLevelNotes(notes: readonly string[], corrections: readonly Correction[] = []): string[] {
  return notes.filter((note) => !corrections.some(({ original }) => note.includes(`“${original}”`)));
}

/** One endnote of a chapter's 校勘记: the n-th mark in reading order and the note it calls. */
export interface Endnote {
  /** 1-based, in reading order. */
  number: number;
  /** Id of the note in the 校勘记 list. */
  id: string;
  /** Id of the mark in the text, where the note links back to. */
  markId: string;
  text: string;
}

/** Ids are prefixed with the chapter's slug: unique on /print/, where all chapters meet. */
export function endnoteIds(slug: string, number: number): Pick<Endnote, 'id' | 'markId'> {
  return { id: `${slug}-note-${number}`, markId: `${slug}-mark-${number}` };
}
