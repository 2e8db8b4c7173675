import { z } from 'astro/zod';
import { generatedMark } from './chapter.ts';

/** The report-level record the converter writes to `content/report.json`. */
export const reportSchema = z.strictObject({
  /** The report's title as the source prints it. */
  title: z.string().min(1),
  /** Category the source site files it under (`考察报告`). */
  category: z.string().default(''),
  /** Tags from the source's `标签:` line, in order. */
  tags: z.array(z.string()).default([]),
  /** Publication date exactly as printed (`07-23 14:35:00`); the year is unknown and never guessed. */
  datePrinted: z.string().default(''),
  /** View count the source page showed when scraped. */
  views: z.number().int().nonnegative().optional(),
  /** Total pages the source says the report has. */
  pageCount: z.number().int().positive(),
  /** Pages we have, ascending, with their file name and original URL. */
  pages: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        file: z.string(),
        url: z.string().url().optional(),
      }),
    )
    .min(1),
  /** Pages of the report we do not have, ascending. */
  missingPages: z.array(z.number().int().positive()).default([]),
  /** Marks the file as converter output. */
  generated: z.literal(generatedMark),
});

export type Report = z.infer<typeof reportSchema>;
