import { execFileSync } from 'node:child_process';

/**
 * The page each named destination of a PDF lies on, from `pdfinfo -dests` (poppler-utils), whose rows
 * read `   3 [ XYZ   56  785 null      ] "s2"`. Chromium names a destination after the id of each element
 * a link in the document points to, so `#s2` in the contents gives the page chapter s2 starts on.
 */
export function parseDestinationPages(pdfinfoDests: string): Map<string, number> {
  const rows = pdfinfoDests.matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"(.*)"\s*$/gm);
  return new Map([...rows].map(([, page, name]) => [name ?? '', Number(page)]));
}

export function destinationPages(pdfFile: string): Map<string, number> {
  try {
    return parseDestinationPages(execFileSync('pdfinfo', ['-dests', pdfFile], { encoding: 'utf8' }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error('pdfinfo not found: the contents page numbers need poppler-utils (apt-get install poppler-utils)');
  }
}
