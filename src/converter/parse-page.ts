import { basename } from 'node:path';
import { stripWatermarks } from './clean-body.ts';
import { fail } from './diagnostics.ts';
import type { SiteProfile } from './site-profiles.ts';
import type { SourceLine } from './source-line.ts';

/** One scraped page, split into the site's metadata and the report body lines. */
export interface ScrapedPage {
  file: string;
  /** Profile id, or `generic` for a text from an unknown site. */
  profile: string;
  /** Tells reports apart: the site's report id, else the title. */
  reportId: string;
  title: string;
  pageNumber: number;
  /** Pages the report has, as the pagination says (1 when there is none). */
  pageCount: number;
  category: string;
  tags: string[];
  datePrinted: string;
  views?: number;
  /** Body lines in order, chrome removed, watermarks and page breaks still in place. */
  body: SourceLine[];
}

const htmlStart = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;

/** Refuses a saved HTML page: the converter takes the page's text, and guessing at markup would lose or invent text. */
export function assertNotHtml(text: string, file: string): void {
  const index = text.split('\n', 20).findIndex((line) => htmlStart.test(line));
  if (index !== -1) {
    fail(
      file,
      index + 1,
      'html-input',
      'is an HTML page, not scraped text: save the page as text (or copy its text) first',
    );
  }
}

function toSourceLines(lines: string[], file: string, firstIndex: number): SourceLine[] {
  return lines.map((text, offset) => ({ file, line: firstIndex + offset + 1, text }));
}

function fileStem(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '');
}

/** A text from an unknown site: its first short line is the title, the rest is body. */
export function parseGenericPage(text: string, file: string): ScrapedPage {
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const candidate = lines[titleIndex]?.trim() ?? '';
  const isTitle = candidate.length <= 60 && !/[。，,.!?！？；;]/.test(candidate);
  const title = isTitle ? candidate : fileStem(file);
  const bodyStart = isTitle ? titleIndex + 1 : titleIndex;
  const body = toSourceLines(lines.slice(bodyStart), file, bodyStart);
  if (body.every((line) => line.text.trim() === ''))
    fail(file, titleIndex + 1, 'no-report-body', 'has a title but no report text');
  return {
    file,
    profile: 'generic',
    reportId: title,
    title,
    pageNumber: 1,
    pageCount: 1,
    category: '',
    tags: [],
    datePrinted: '',
    body,
  };
}

interface Pagination {
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

function parsePagination(line: string | undefined): Pagination | undefined {
  if (line === undefined) return undefined;
  const numbers = [...line.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  return { pageCount: Math.max(1, ...numbers), hasPrevious: line.includes('上一页'), hasNext: line.includes('下一页') };
}

function pageNumberOf(file: string, profile: SiteProfile, pagination: Pagination | undefined, line: number): number {
  const fromName = profile.pageFromFileName.exec(basename(file))?.[1];
  if (fromName !== undefined) {
    const number = Number(fromName);
    if (pagination && !pagination.hasNext && number !== pagination.pageCount) {
      fail(
        file,
        line,
        'page-number-mismatch',
        `file name says page ${number}, the pagination says it is the last page (${pagination.pageCount})`,
      );
    }
    return number;
  }
  if (!pagination?.hasPrevious) return 1;
  if (!pagination.hasNext) return pagination.pageCount;
  return fail(
    file,
    line,
    'unknown-page-number',
    'a middle page whose number is not in its file name (expected …_N.txt)',
  );
}

/** Splits a page of a known site into its metadata and body, by the site's profile. */
export function parseProfiledPage(text: string, file: string, profile: SiteProfile): ScrapedPage {
  const lines = text.split('\n');
  const tagsIndex = lines.findIndex((line) => profile.tagsLine.test(line));
  if (tagsIndex === -1) {
    fail(
      file,
      1,
      'no-body-start',
      `is a ${profile.id} page without its "…,标签:" line: cannot tell where the report body starts`,
    );
  }
  const header = lines.slice(0, tagsIndex);
  const breadcrumbIndex = header.findIndex((line) => profile.breadcrumb.test(line));
  const titleLine = header
    .slice(breadcrumbIndex + 1)
    .find((line) => line.trim() !== '' && !profile.metaLine.test(line) && !profile.excerptLine.test(line));
  const tagsMatch = profile.tagsLine.exec(lines[tagsIndex] ?? '');
  const title = (titleLine ?? tagsMatch?.groups?.title ?? '').trim();
  const meta = header.map((line) => profile.metaLine.exec(line)).find(Boolean)?.groups;
  const tags = (tagsMatch?.groups?.tags ?? '')
    .split(/[,，]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !tag.includes(profile.marker));

  const footerOffset = lines.slice(tagsIndex + 1).findIndex((line) => profile.paginationLine.test(line.trim()));
  const footerIndex = footerOffset === -1 ? lines.length : tagsIndex + 1 + footerOffset;
  const pagination = parsePagination(footerOffset === -1 ? undefined : lines[footerIndex]);
  const pageNumber = pageNumberOf(file, profile, pagination, footerIndex + 1);

  const body = toSourceLines(lines.slice(tagsIndex + 1, footerIndex), file, tagsIndex + 1).filter(
    (line) => !profile.chromeLines.some((pattern) => pattern.test(line.text.trim())),
  );
  const bodyText = body.map((line) => line.text).join('');
  const withoutNoise = stripWatermarks(bodyText, profile.inlineWatermarks).replaceAll(
    profile.pageBreakPrefix.trim(),
    '',
  );
  if (withoutNoise.trim() === '')
    fail(file, tagsIndex + 2, 'no-report-body', "has the site's header and footer but no report text between them");

  return {
    file,
    profile: profile.id,
    reportId: profile.reportIdFromFileName.exec(basename(file))?.[1] ?? title,
    title,
    pageNumber,
    pageCount: Math.max(pagination?.pageCount ?? 1, pageNumber),
    category: meta?.category ?? '',
    tags,
    datePrinted: meta?.date ?? '',
    views: meta?.views === undefined ? undefined : Number(meta.views),
    body,
  };
}
