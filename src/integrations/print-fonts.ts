import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../utils/list-files.ts';
import { buildCacheFolder, cachedFile } from './build-cache.ts';

/** Folder of the build that holds the print faces and their `@font-face` rules (PrintStylesheet.astro links it). */
export const PRINT_FONTS_DIR = 'print-fonts';
export const PRINT_FONTS_CSS = `${PRINT_FONTS_DIR}/fonts.css`;

/**
 * The faces paper is printed in, from pinned npm packages. Each is fontsource's single
 * "chinese-simplified" file: TrueType outlines, which Chromium embeds as subset CID TrueType fonts
 * (CFF outlines, as in Debian's Noto CJK, and variable fonts come out as Type 3), and one file per
 * face, whose punctuation spacing and line breaks match the system Noto CJK (the unicode-range split
 * files do not). Every weight print.css uses needs its own file: a synthesised bold is Type 3 too.
 */
export const PRINT_FACES = [
  { family: 'Noto Serif SC Print', weight: 400, pkg: '@fontsource/noto-serif-sc', file: 'noto-serif-sc' },
  { family: 'Noto Serif SC Print', weight: 700, pkg: '@fontsource/noto-serif-sc', file: 'noto-serif-sc' },
  { family: 'Noto Sans SC Print', weight: 400, pkg: '@fontsource/noto-sans-sc', file: 'noto-sans-sc' },
  { family: 'Noto Sans SC Print', weight: 700, pkg: '@fontsource/noto-sans-sc', file: 'noto-sans-sc' },
] as const;

type PrintFace = (typeof PRINT_FACES)[number];

/** Printable ASCII: URLs, dates, versions and page numbers (a margin box's counter) print from it. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');

/**
 * Every character a printed page of the site can show: all the characters of its pages and
 * stylesheets (the margin boxes' 第/页/共 and running heads are written there), plus printable ASCII.
 * A character left out would print in a system fallback font, embedded as Type 3.
 */
export function printableCharacters(texts: readonly string[]): string {
  const characters = new Set(ASCII);
  for (const text of texts) for (const character of text) if (character >= ' ') characters.add(character);
  return [...characters].sort().join('');
}

function faceFileName(face: PrintFace): string {
  return `${face.file}-${face.weight}.woff`;
}

/** The `@font-face` rules of the print faces, each face's file at `url(face)` (by default beside the stylesheet). */
export function printFontsCss(url: (face: PrintFace) => string = (face) => `./${faceFileName(face)}`): string {
  return PRINT_FACES.map((face) =>
    [
      '@font-face {',
      `  font-family: "${face.family}";`,
      '  font-style: normal;',
      `  font-weight: ${face.weight};`,
      // Paper waits for the face rather than printing a fallback that would be embedded as Type 3.
      '  font-display: block;',
      `  src: url("${url(face)}");`,
      '}\n',
    ].join('\n'),
  ).join('');
}

/** The subsetter and its version: a new version may write other bytes for the same face and characters. */
const SUBSETTER = `subset-font@${(createRequire(import.meta.url)('subset-font/package.json') as { version: string }).version} woff`;

function sourceFile(face: PrintFace): string {
  const packageDir = dirname(createRequire(import.meta.url).resolve(`${face.pkg}/LICENSE`));
  return join(packageDir, 'files', `${face.file}-chinese-simplified-${face.weight}-normal.woff2`);
}

/**
 * After the build: subsets the print faces to the characters the built pages can print and writes
 * them with their `@font-face` rules into `print-fonts/`. Only the print stylesheet names these
 * families, so reading pages never download them.
 */
export function printFonts(): AstroIntegration {
  // Subsetting costs seconds per build; its inputs (face, characters, subsetter) rarely change.
  let cacheFolder = '';
  return {
    name: 'report:print-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFolder = buildCacheFolder(config.root, 'print-fonts');
      },
      // `astro dev` has no build output: its print stylesheet points at the packages' whole files (Vite's /@fs/).
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!request.url?.split('?')[0]?.endsWith(`/${PRINT_FONTS_CSS}`)) return next();
          response.setHeader('Content-Type', 'text/css');
          response.end(printFontsCss((face) => `../@fs${sourceFile(face)}`));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const texts = [...listFiles(root, '.html'), ...listFiles(root, '.css')].map((file) =>
          readFileSync(join(root, file), 'utf8'),
        );
        const characters = printableCharacters(texts);
        const outDir = join(root, PRINT_FONTS_DIR);
        mkdirSync(outDir, { recursive: true });
        for (const face of PRINT_FACES) {
          // WOFF (zlib) rather than WOFF2: Brotli at its top setting costs seconds per face on every build.
          const source = readFileSync(sourceFile(face));
          const subset = await cachedFile(cacheFolder, [SUBSETTER, source, characters], async () => {
            // Loaded on a cache miss only: HarfBuzz takes a while to load, and a rebuild of unchanged text needs none.
            const { default: subsetFont } = await import('subset-font');
            return subsetFont(source, characters, { targetFormat: 'woff' });
          });
          writeFileSync(join(outDir, faceFileName(face)), subset);
        }
        writeFileSync(join(root, PRINT_FONTS_CSS), printFontsCss());
        logger.info(`${PRINT_FACES.length} print faces subset to ${[...characters].length} characters`);
      },
    },
  };
}
