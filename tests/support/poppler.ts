import { execFileSync } from 'node:child_process';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `pdfinfo` fields by name: `Title`, `Pages`, `Page size`, `CreationDate` (ISO 8601)… */
export function pdfInfo(file: string): Record<string, string> {
  const fields = run('pdfinfo', ['-isodates', file])
    .split('\n')
    .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1], match[2]] as const);
  return Object.fromEntries(fields);
}

/**
 * The text of each page, in order (`pdftotext` separates pages with a form feed). `layout` keeps each
 * printed line on one line, as a contents line with its page number flush right; without it, pdftotext
 * reads such a column of numbers after the rest of the page.
 */
export function pdfPageTexts(file: string, { layout = false } = {}): string[] {
  const args = ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-'];
  return run('pdftotext', args).split('\f').slice(0, -1);
}

export interface PdfFont {
  name: string;
  /** `CID TrueType`, `Type 3`… */
  type: string;
  embedded: boolean;
  subset: boolean;
  /** Has a ToUnicode map. */
  unicode: boolean;
}

/** One row of `pdffonts` per font, cut into fields at the columns its dashed header line marks. */
export function pdfFonts(file: string): PdfFont[] {
  const [, dashes = '', ...rows] = run('pdffonts', [file]).split('\n');
  const columns = [...dashes.matchAll(/-+/g)].map((match) => [match.index, match.index + match[0].length]);
  return rows.filter(Boolean).map((row) => {
    const [name = '', type = '', , embedded, subset, unicode] = columns.map(([start, end]) =>
      row.slice(start, end).trim(),
    );
    return { name, type, embedded: embedded === 'yes', subset: subset === 'yes', unicode: unicode === 'yes' };
  });
}

/** The text of the PDF's structure tree (what screen readers read), block by block in tree order. */
export function pdfStructureTexts(file: string): string[] {
  const tree = run('pdfinfo', ['-struct-text', file]);
  return [...tree.matchAll(/^\s*"(.*)"\s*$/gm)].map((match) => match[1] ?? '');
}

/** `qpdf --check`'s report; it throws when qpdf finds an error or a warning (exit status 2 or 3). */
export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file]);
}

/** Titles of the PDF's bookmarks, depth first (`pdftohtml -xml` writes the outline as `<item>`s). */
export function pdfOutlineTitles(file: string): string[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const outline = xml.slice(xml.indexOf('<outline'));
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((match) => match[1] ?? '');
}

/** The document language of the PDF's catalog (`/Lang`), read with its object streams unpacked by qpdf. */
export function pdfLanguage(file: string): string | undefined {
  const unpacked = execFileSync('qpdf', ['--object-streams=disable', file, '-'], {
    encoding: 'latin1',
    maxBuffer: 64 * 1024 * 1024,
  });
  return /\/Lang\s*\(([^)]*)\)/.exec(unpacked)?.[1];
}

/** Whether some installed font has a glyph for a code point: the union of every font's `fc-list` charset. */
function installedCoverage(): (codePoint: number) => boolean {
  const ranges = run('fc-list', ['--format=%{charset}\n'])
    .split(/\s+/)
    .filter(Boolean)
    .map((range) => range.split('-').map((hex) => Number.parseInt(hex, 16)))
    .map(([first = 0, last = first]) => [first, last] as const);
  return (codePoint) => ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The characters of `text` that no installed font has a glyph for (they would print as tofu). One fc-list
 * call: asking it character by character took 40 s for /print/ on a busy machine.
 */
export function uncoveredCharacters(text: string): string[] {
  const covered = installedCoverage();
  return [...new Set(text.replace(/\s/g, ''))].filter((character) => !covered(character.codePointAt(0) ?? 0));
}
