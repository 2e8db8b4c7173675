import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import packageJson from '../../package.json' with { type: 'json' };
import { UNKNOWN_AUTHOR } from '../../src/utils/citation.ts';
import { SITE_VERSION } from '../../src/utils/edition.ts';
import { loadReport } from '../../src/utils/report.ts';
import { sourceDateEpoch } from './source-date-epoch.ts';

/** The document information a PDF of the site carries (PDF 32000-1, §14.3.3). */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  /** The application that made the document: this project and its version. */
  creator: string;
  /** Creation and modification date: the build's `SOURCE_DATE_EPOCH`, so a rebuild gives the same bytes. */
  date: Date;
}

/** What every PDF of the report carries beside its own title and subject. */
export function reportPdfMetadata(): Omit<PdfMetadata, 'title' | 'subject'> {
  const epoch = sourceDateEpoch('pdf');
  return {
    author: UNKNOWN_AUTHOR,
    keywords: loadReport().tags,
    creator: `${packageJson.name} ${SITE_VERSION}`,
    date: epoch ? new Date(Number(epoch) * 1000) : new Date(),
  };
}

/**
 * Structure types Chromium writes that PDF 1.7 (the file says 1.4) does not define, with the standard
 * type each stands for. Unmapped, readers that know only PDF 1.7 (poppler among them) drop those
 * elements and the text inside them from the structure tree (PDF 32000-1, §14.7.3 and §14.8.4).
 */
const ROLE_MAP = { Strong: 'Span', Em: 'Span' } as const;

function setMetadata(document: PDFDocument, metadata: PdfMetadata): void {
  // A PDF viewer's title bar then shows the title rather than the file name (PDF/UA-1, 7.1).
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords([...metadata.keywords]);
  document.setCreator(metadata.creator);
  document.setCreationDate(metadata.date);
  document.setModificationDate(metadata.date);
}

function addRoleMap(document: PDFDocument): void {
  const structTreeRoot = document.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!structTreeRoot) return;
  const roleMap = Object.fromEntries(Object.entries(ROLE_MAP).map(([from, to]) => [from, PDFName.of(to)]));
  structTreeRoot.set(PDFName.of('RoleMap'), document.context.obj(roleMap));
}

/**
 * Rewrites a PDF Chromium printed: the site's metadata with a fixed date, the structure types mapped
 * to PDF 1.7's, in object streams. Everything else (tags, outline, named destinations, `/Lang`, fonts)
 * stays as Chromium wrote it; `updateMetadata: false` keeps pdf-lib from stamping its Producer and today.
 */
export async function finishPdf(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  setMetadata(document, metadata);
  addRoleMap(document);
  return document.save({ useObjectStreams: true });
}
