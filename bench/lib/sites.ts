import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../../scripts/lib/files-under.ts';
import { runCommand } from './run-command.ts';
import { starlightHome, toStarlightDoc } from './starlight-content.ts';

/** `npm ci` in a pinned folder, unless its node_modules already matches its lock file. */
export async function installPinned(folder: string): Promise<void> {
  const installed = join(folder, 'node_modules', '.package-lock.json');
  const lock = join(folder, 'package-lock.json');
  if (existsSync(installed) && (await stat(installed)).mtimeMs >= (await stat(lock)).mtimeMs) return;
  console.error(`bench: npm ci in ${folder}`);
  await runCommand('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder });
}

/** Fills the anchor's src/content/docs with our chapters and a home page, replacing what was there. */
export async function writeStarlightDocs(chaptersDir: string, docsDir: string, reportTitle: string): Promise<void> {
  const files = (await readdir(chaptersDir)).filter((file) => file.endsWith('.mdx')).sort();
  const docs = await Promise.all(
    files.map(async (file) => toStarlightDoc(await readFile(join(chaptersDir, file), 'utf8'))),
  );
  await rm(docsDir, { recursive: true, force: true });
  await mkdir(docsDir, { recursive: true });
  await Promise.all(docs.map((doc) => writeFile(join(docsDir, doc.fileName), doc.mdx)));
  await writeFile(join(docsDir, 'index.mdx'), starlightHome(reportTitle, docs));
}

/** URL paths of a built site's pages (`/s2/`), the 404 page left out. */
export async function builtPagePaths(siteDir: string): Promise<string[]> {
  const pages = filesUnder(siteDir).filter((file) => file.endsWith(`${sep}index.html`));
  return pages
    .map((file) => `/${relative(siteDir, file).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
    .sort();
}

/** Bytes on disk of a Pagefind bundle's index files (meta, index chunks, filters, fragments), code and UI left out. */
export async function pagefindIndexBytes(bundle: string): Promise<number> {
  const indexFiles = filesUnder(bundle).filter((file) => /\.pf_(?:meta|index|filter|fragment)$/.test(file));
  const sizes = await Promise.all(indexFiles.map(async (file) => (await stat(file)).size));
  return sizes.reduce((total, size) => total + size, 0);
}

/** The longest chapter's page path (`/s2/`): the chapter first view and search start there on both sites. */
export async function longestChapterPath(chaptersDir: string): Promise<string> {
  const files = (await readdir(chaptersDir)).filter((file) => file.endsWith('.mdx'));
  const sized = await Promise.all(
    files.map(async (file) => ({ file, size: (await stat(join(chaptersDir, file))).size })),
  );
  const longest = sized.sort((a, b) => b.size - a.size)[0];
  if (longest === undefined) throw new Error(`no chapters in ${chaptersDir}`);
  const doc = toStarlightDoc(await readFile(join(chaptersDir, longest.file), 'utf8'));
  return `/${doc.fileName.replace(/\.mdx$/, '')}/`;
}
