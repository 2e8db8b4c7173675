import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXACT_BUNDLE, sectionTokens } from '../search/exact-tokens.ts';
import { foldText } from '../search/fold-text.ts';
import type { Section } from '../search/section.ts';
import { headFile, type SectionHead, TEXT_FOLDER, textWindows, windowFile } from '../search/text-windows.ts';
import { writeTokenBundle } from './token-bundle.ts';

/**
 * The exact search's index: a token bundle (src/search/exact-tokens.ts) and, beside it, each section's
 * text in windows named by the section's record id, fetched only for hits on screen, and its head (url,
 * chapter, path) for hits shown without text. Returns that id by section URL.
 */
export async function writeExactSearchIndex(
  sitePath: string,
  sections: readonly Section[],
): Promise<Map<string, string>> {
  const records = sections.map((section) => ({
    url: section.url,
    order: section.position,
    tokens: sectionTokens(foldText(section.text).folded),
  }));
  const ids = await writeTokenBundle(join(sitePath, EXACT_BUNDLE), records);
  const textPath = join(sitePath, TEXT_FOLDER);
  rmSync(textPath, { recursive: true, force: true });
  for (const section of sections) {
    const id = ids.get(section.url);
    if (id === undefined) throw new Error(`exact search index: no token record for ${section.url}`);
    writeSectionText(textPath, id, section);
  }
  return ids;
}

/** A section's head and text windows in the text folder at `textPath`, named by its record `id`. */
export function writeSectionText(textPath: string, id: string, section: Section): void {
  mkdirSync(join(textPath, dirname(headFile(id))), { recursive: true });
  const head: SectionHead = { url: section.url, chapter: section.chapter, path: section.path };
  writeFileSync(join(textPath, headFile(id)), JSON.stringify(head));
  for (const [index, window] of textWindows(section).entries()) {
    writeFileSync(join(textPath, windowFile(id, index)), JSON.stringify(window));
  }
}
