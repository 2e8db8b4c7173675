import { basename } from 'node:path';
import { type Chapter, chapterSchema, generatedMark } from '../schemas/chapter.ts';
import { type Report, reportSchema } from '../schemas/report.ts';
import { toBlocks } from './blocks.ts';
import { type BodyNode, buildChapters, type ChapterDraft } from './chapters.ts';
import { cleanBody } from './clean-body.ts';
import { assertCorrectionsUsed, type Correction, correctionNote, correctionsIn } from './corrections.ts';
import { decodeSource } from './decode-source.ts';
import { ConversionError } from './diagnostics.ts';
import { toFrontmatter } from './frontmatter.ts';
import { joinPages, orderPages, reportPageCount } from './join-pages.ts';
import { assertNotHtml, parseGenericPage, parseProfiledPage, type ScrapedPage } from './parse-page.ts';
import { detectProfile, siteProfiles } from './site-profiles.ts';
import { bodyToMdast, mdastToMdx } from './to-mdx.ts';
import { normaliseTypography } from './typography.ts';

export interface SourceFile {
  /** Path as given on the command line; messages name it. */
  file: string;
  bytes: Uint8Array;
}

/** Output files by path relative to the output folder: `report.json`, `chapters/02-s2.mdx`. */
export type ConvertedFiles = Map<string, string>;

/** A meta description: the chapter's first sentence of report text, clipped at a comma when long. */
function metaDescription(body: readonly BodyNode[], title: string): string {
  const first = body.find((node) => node.kind === 'paragraph')?.text ?? body[0]?.text ?? title;
  const sentence = first.match(/^.*?[。！？]/)?.[0] ?? first;
  if (sentence.length <= 100) return sentence;
  const clipAt = sentence.lastIndexOf('，', 100);
  return `${sentence.slice(0, clipAt > 20 ? clipAt : 100)}……`;
}

function readPage({ file, bytes }: SourceFile): ScrapedPage {
  const text = decodeSource(bytes, file);
  assertNotHtml(text, file);
  const profile = detectProfile(text);
  return profile ? parseProfiledPage(text, file, profile) : parseGenericPage(text, file);
}

function validated<T>(parse: () => T, file: string): T {
  try {
    return parse();
  } catch (error) {
    throw new ConversionError([
      { file, line: 0, rule: 'schema', message: `output does not match its schema: ${String(error)}` },
    ]);
  }
}

/** Editorial inputs kept beside the source pages. */
export interface Editorial {
  /** Page URLs recorded at scrape time: file name → URL. */
  sourceUrls?: Readonly<Record<string, string>>;
  corrections?: readonly Correction[];
  /** Where the corrections came from, for messages. */
  correctionsFile?: string;
}

function bodyText(draft: ChapterDraft): string {
  return draft.body.map((node) => node.text).join('\n');
}

function chapterFile(
  draft: ChapterDraft,
  order: number,
  width: number,
  pageOfFile: Map<string, number>,
  /** The corrections whose original occurs in this chapter. */
  found: readonly Correction[],
): { path: string; content: string } {
  const sourcePages = draft.sourceFiles.map((file) => pageOfFile.get(file) ?? 0).sort((a, b) => a - b);
  const path = `chapters/${String(order).padStart(width, '0')}-${draft.slug}.mdx`;
  const frontmatter: Chapter = validated(
    () =>
      chapterSchema.parse({
        slug: draft.slug,
        order,
        number: draft.number,
        heading: draft.heading,
        title: draft.title,
        titleOrigin: draft.titleOrigin,
        description: metaDescription(draft.body, draft.title),
        sourcePages,
        editorialNotes: [...draft.editorialNotes, ...found.map(correctionNote)],
        corrections: found.length > 0 ? found.map(({ original, reading }) => ({ original, reading })) : undefined,
        generated: generatedMark,
      }),
    path,
  );
  return { path, content: `${toFrontmatter(frontmatter)}\n${mdastToMdx(bodyToMdast(draft.body))}` };
}

/**
 * Converts the scraped pages of one report into chapter MDX files and a report record.
 * Pure: bytes in, file contents out; throws ConversionError naming file and line.
 */
export function convertReport(
  sources: readonly SourceFile[],
  { sourceUrls = {}, corrections = [], correctionsFile = 'corrections.json' }: Editorial = {},
): ConvertedFiles {
  const pages = orderPages(sources.map(readPage));
  const pageCount = reportPageCount(pages);
  const pagesPresent = pages.map((page) => page.pageNumber);
  const missingPages = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
    (n) => !pagesPresent.includes(n),
  );
  const profileOf = (page: ScrapedPage) => siteProfiles.find((profile) => profile.id === page.profile);
  const lines = joinPages(
    pages.map((page) =>
      cleanBody(page.body, profileOf(page)).map((line) => ({ ...line, text: normaliseTypography(line.text) })),
    ),
  );
  const chapters = buildChapters(toBlocks(lines), { pagesPresent, missingPages, pageCount });
  const texts = chapters.map(bodyText);
  assertCorrectionsUsed(texts, corrections, correctionsFile);

  const [first] = pages;
  const report: Report = validated(
    () =>
      reportSchema.parse({
        title: first?.title,
        category: first?.category,
        tags: first?.tags,
        datePrinted: first?.datePrinted,
        views: first?.views,
        pageCount,
        pages: pages.map((page) => ({
          number: page.pageNumber,
          file: basename(page.file),
          url: sourceUrls[basename(page.file)],
        })),
        missingPages,
        generated: generatedMark,
      }),
    'report.json',
  );
  const files: ConvertedFiles = new Map([['report.json', `${JSON.stringify(report, null, 2)}\n`]]);
  // File names sort in reading order: at least two digits, more for long reports.
  const width = Math.max(2, String(chapters.length).length);
  const pageOfFile = new Map(pages.map((page) => [page.file, page.pageNumber]));
  for (const [index, draft] of chapters.entries()) {
    const found = correctionsIn(texts[index] ?? '', corrections);
    const { path, content } = chapterFile(draft, index + 1, width, pageOfFile, found);
    files.set(path, content);
  }
  return files;
}
