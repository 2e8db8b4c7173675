import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cell, type Measured } from './measured.ts';
import type { Summary } from './stats.ts';
import { formatKilobytes, formatTiming } from './table.ts';

/** `npm run pdf` on our built site: how long it takes, and the PDFs it writes. */
export interface PdfFigures {
  run: Summary;
  files: { name: string; bytes: number }[];
}

/** The PDFs in a built site's `pdf/` folder with their sizes, by name. */
export async function pdfFiles(siteDir: string): Promise<PdfFigures['files']> {
  const folder = join(siteDir, 'pdf');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.pdf')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: (await stat(join(folder, name))).size })));
}

/** One line of the bench report; the targets are issue 14's. */
export function pdfLine(figures: Measured<PdfFigures>): string {
  const text = cell(
    figures,
    ({ run, files }) =>
      `${formatTiming(run)}; ${files.map((file) => `${file.name} ${formatKilobytes(file.bytes)}`).join(', ')}`,
  );
  return `PDFs (\`npm run pdf\`): ${text} (targets: report.pdf ≤ 200 kB, each chapter ≤ 100 kB).`;
}
