import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './consts.ts';
import { chapterSchema } from './schemas/chapter.ts';

const chapters = defineCollection({
  loader: glob({ pattern: 'chapters/*.mdx', base: CONTENT_DIR }),
  schema: chapterSchema,
});

export const collections = { chapters };
