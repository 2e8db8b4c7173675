// Prints the built site into PDFs: every page offering a "下载 PDF" link is printed into that PDF
// (the chapters into dist/pdf/<slug>.pdf, /print/ into dist/pdf/report.pdf), then those links are shown.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../src/utils/list-files.ts';
import { withTrailingSlash } from '../src/utils/url.ts';
import { launchChromium } from './lib/chromium.ts';
import { reportPdfMetadata } from './lib/pdf-finish.ts';
import { findPdfLinks, revealPdfLinks, uniquePdfLinks } from './lib/pdf-links.ts';
import { printPageToPdf } from './lib/print-pdf.ts';
import { serveStatic } from './lib/static-server.ts';

const distDir = process.env.OUT_DIR ?? 'dist';
const basePath = process.env.BASE_PATH ?? '/';

/** The file in the build that a site URL path (base included) names. */
function distPath(urlPath: string): string {
  return join(distDir, decodeURIComponent(urlPath.slice(withTrailingSlash(basePath).length)));
}

/** A missing or unbuilt site is the user's mistake: one line and a failing exit, no stack trace. */
function fail(message: string): never {
  console.error(`npm run pdf: ${message}`);
  process.exit(1);
}

if (!existsSync(distDir)) fail(`${distDir} does not exist: build the site first (npm run build)`);
const htmlFiles = listFiles(distDir, '.html').map((file) => join(distDir, file));
const links = uniquePdfLinks(htmlFiles.flatMap((file) => findPdfLinks(readFileSync(file, 'utf8'))));
if (links.length === 0) fail(`no "下载 PDF" links in ${distDir}: build the site first (npm run build)`);

const server = await serveStatic(distDir, basePath);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const origin = new URL(server.url).origin;
  const metadata = reportPdfMetadata();
  for (const link of links) {
    const path = distPath(link.href);
    mkdirSync(dirname(path), { recursive: true });
    await printPageToPdf(page, origin + link.source, path, metadata);
    console.log(`${path}  ${(statSync(path).size / 1024).toFixed(0)} KiB  ← ${link.source}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const written = new Set(links.map((link) => link.href));
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8');
  const revealed = revealPdfLinks(html, (href) => written.has(href));
  if (revealed !== html) writeFileSync(file, revealed);
}
console.log(`${links.length} PDFs written; their links are shown.`);
