import { z } from 'astro/zod';

/** Value of the `generated` field: the converter's files say how to change them. */
export const generatedMark = 'npm run convert — do not edit by hand';

/** Where a chapter's title comes from: readers must be able to tell report text from ours. */
export const titleOrigins = ['source', 'missing-page', 'editorial'] as const;

/** Frontmatter of one generated chapter in `content/chapters/`. */
export const chapterSchema = z.strictObject({
  /** URL segment and stable ASCII id of the chapter, derived from its numbering (`s2`). */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Position of the chapter in the report, 1-based. */
  order: z.number().int().positive(),
  /** Numbering label as printed, in full-width form (`（二）`); empty for an unnumbered chapter. */
  number: z.string().default(''),
  /** The chapter heading's text without its number; empty when the heading is on a missing page. */
  heading: z.string().default(''),
  /** Title the site shows: the heading, or what stands in for it (see `titleOrigin`). */
  title: z.string().min(1),
  /** `source`: printed in the report; `missing-page`: its heading is on a page we do not have; `editorial`: named by this site. */
  titleOrigin: z.enum(titleOrigins).default('source'),
  /** The chapter's first sentence of report text, for `<meta name="description">`. */
  description: z.string().min(1),
  /** Page numbers of the source that this chapter's text comes from. */
  sourcePages: z.array(z.number().int().positive()).min(1),
  /** Editorial notes added by this site (never report text), shown visibly marked. */
  editorialNotes: z.array(z.string()).default([]),
  /**
   * Evident typos of the original in this chapter (its text keeps them): the site marks each occurrence
   * with a link to the editorial note that quotes it.
   */
  corrections: z.array(z.strictObject({ original: z.string().min(1), reading: z.string() })).optional(),
  /** Marks the file as converter output: edit the source or the converter, not the file. */
  generated: z.literal(generatedMark),
});

export type Chapter = z.infer<typeof chapterSchema>;
