import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf, type PdfMetadata } from '../../scripts/lib/pdf-finish.ts';

const metadata: PdfMetadata = {
  title: '（二）标题｜报告',
  author: '佚名',
  subject: '摘要',
  keywords: ['考察学习报告', '公务员考察报告'],
  creator: 'project 1.2.3',
  date: new Date('2026-01-02T03:04:05Z'),
};

/** A one-page PDF with a structure tree root, as Chromium's tagged PDFs have. */
async function taggedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.addPage();
  document.setProducer('Skia/PDF m156');
  document.catalog.set(PDFName.of('StructTreeRoot'), document.context.obj({ Type: 'StructTreeRoot' }));
  return document.save();
}

describe('finishPdf', () => {
  it('writes the metadata and the fixed date', async () => {
    const finished = await PDFDocument.load(await finishPdf(await taggedPdf(), metadata), { updateMetadata: false });
    expect(finished.getTitle()).toBe(metadata.title);
    expect(finished.getAuthor()).toBe('佚名');
    expect(finished.getSubject()).toBe('摘要');
    expect(finished.getKeywords()).toBe('考察学习报告 公务员考察报告');
    expect(finished.getCreator()).toBe('project 1.2.3');
    expect(finished.getCreationDate()).toEqual(metadata.date);
    expect(finished.getModificationDate()).toEqual(metadata.date);
  });

  it('keeps the Producer that printed the file and stamps no date of its own: same input, same bytes', async () => {
    const input = await taggedPdf();
    const first = await finishPdf(input, metadata);
    expect((await PDFDocument.load(first, { updateMetadata: false })).getProducer()).toBe('Skia/PDF m156');
    expect(Buffer.from(await finishPdf(input, metadata)).equals(Buffer.from(first))).toBe(true);
  });

  it('maps the PDF 2.0 structure types Chromium writes to PDF 1.7 ones', async () => {
    const finished = await PDFDocument.load(await finishPdf(await taggedPdf(), metadata), { updateMetadata: false });
    const root = finished.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const roleMap = root.lookup(PDFName.of('RoleMap'), PDFDict);
    expect(roleMap.get(PDFName.of('Strong'))).toBe(PDFName.of('Span'));
    expect(roleMap.get(PDFName.of('Em'))).toBe(PDFName.of('Span'));
  });
});
