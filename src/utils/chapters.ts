import { type CollectionEntry, getCollection } from 'astro:content';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** All chapters in reading order. */
export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.order - b.data.order);
}
