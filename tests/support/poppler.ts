import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `pdfinfo` fields by name: `Title`, `Pages`, `Page size`… */
export function pdfInfo(file: string): Record<string, string> {
  const fields = run('pdfinfo', [file])
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

/** One row of `pdffonts` per font: its name and whether it is embedded and has a ToUnicode map. */
export function pdfFonts(file: string): { name: string; embedded: boolean; unicode: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // The last five columns are: emb sub uni object-number generation.
      const [embedded, , unicode] = columns.slice(-5);
      return { name: columns[0] ?? '', embedded: embedded === 'yes', unicode: unicode === 'yes' };
    });
}

/** Titles of the PDF's bookmarks, depth first (`pdftohtml -xml` writes the outline as `<item>`s). */
export function pdfOutlineTitles(file: string): string[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const outline = xml.slice(xml.indexOf('<outline'));
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((match) => match[1] ?? '');
}

/** The document language of the PDF's catalog (`/Lang`), which Chromium writes uncompressed. */
export function pdfLanguage(file: string): string | undefined {
  return /\/Lang \(([^)]*)\)/.exec(readFileSync(file, 'latin1'))?.[1];
}

function fontsCovering(characters: string[]): string {
  const hex = characters.map((character) => character.codePointAt(0)?.toString(16)).join(' ');
  return run('fc-list', [`:charset=${hex}`, 'family']).trim();
}

/** The characters of `text` that no installed font has a glyph for (they would print as tofu). */
export function uncoveredCharacters(text: string): string[] {
  const characters = [...new Set(text.replace(/\s/g, ''))];
  if (characters.length === 0 || fontsCovering(characters) !== '') return [];
  return characters.filter((character) => fontsCovering([character]) === '');
}
