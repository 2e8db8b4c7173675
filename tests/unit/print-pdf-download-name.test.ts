import { describe, expect, it } from 'vitest';
import { pdfDownloadName } from '../../src/utils/pdf-download-name.ts';

const reportTitle = '提高基层领导干部做群众工作能力问题研究';

describe('pdfDownloadName', () => {
  it('names the whole report after its title', () => {
    expect(pdfDownloadName(reportTitle)).toBe(`${reportTitle}.pdf`);
  });

  it('adds a numbered chapter’s number, not its long heading', () => {
    const chapter = { number: '（二）', title: '（二）从个体层面直接提高基层领导干部做群众工作的能力' };
    expect(pdfDownloadName(reportTitle, chapter)).toBe('提高基层领导干部做群众工作能力问题研究（二）.pdf');
  });

  it('adds an unnumbered chapter’s title after a middle dot', () => {
    expect(pdfDownloadName(reportTitle, { number: '', title: '结语' })).toBe(`${reportTitle}·结语.pdf`);
  });

  it('replaces characters a file name cannot hold', () => {
    expect(pdfDownloadName('A/B: "C"?', { number: '', title: '<x>|*\\' })).toBe('A_B_ _C__·_x____.pdf');
  });
});
