import { describe, expect, it } from 'vitest';
import { PRINT_FACES, printableCharacters, printFontsCss } from '../../src/integrations/print-fonts.ts';

describe('printableCharacters', () => {
  const characters = printableCharacters(['<p>群众工作</p>', '@bottom-center{content:"第 " counter(page) " 页 / 共"}']);

  it('holds every character of the pages and stylesheets once, margin-box text included', () => {
    for (const character of '群众工作第页共') expect(characters).toContain(character);
    expect(new Set(characters).size).toBe([...characters].length);
  });

  it('holds every printable ASCII character (page numbers, URLs, dates) even when no page has it', () => {
    for (let code = 0x20; code < 0x7f; code++) expect(characters).toContain(String.fromCharCode(code));
  });

  it('leaves out control characters, which no face draws', () => {
    expect(printableCharacters(['\n\t\r'])).not.toMatch(/[\n\t\r]/);
  });
});

describe('printFontsCss', () => {
  it('declares each print face with its weight, blocking on the download, from a file beside it', () => {
    const css = printFontsCss();
    expect(css.match(/@font-face/g)).toHaveLength(PRINT_FACES.length);
    for (const face of PRINT_FACES) {
      expect(css).toContain(`font-family: "${face.family}";\n  font-style: normal;\n  font-weight: ${face.weight};`);
      expect(css).toContain(`url("./${face.file}-${face.weight}.woff")`);
    }
    expect(css).toContain('font-display: block;');
  });

  it('offers a regular and a bold face of each family: a synthesised bold would print as Type 3', () => {
    const families = new Set(PRINT_FACES.map((face) => face.family));
    for (const family of families) {
      const weights = PRINT_FACES.filter((face) => face.family === family).map((face) => face.weight);
      expect(weights.toSorted()).toEqual([400, 700]);
    }
  });
});
