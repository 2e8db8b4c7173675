import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  headFile,
  joinWindows,
  type SectionHead,
  TEXT_FOLDER,
  type TextWindow,
} from '../../src/search/text-windows.ts';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** What the search holds of each indexed section: its URL (head) and its text, its windows joined again. */
export function searchRecords(distDir: string): { url: string; content: string }[] {
  const folder = join(distDir, TEXT_FOLDER);
  return readdirSync(folder)
    .sort()
    .map((id) => {
      const windowFiles = readdirSync(join(folder, id))
        .filter((name) => /^\d+\.json$/.test(name))
        .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
      const windows = windowFiles.map((name) => readJson<TextWindow>(join(folder, id, name)));
      return { url: readJson<SectionHead>(join(folder, headFile(id))).url, content: joinWindows(windows).text };
    });
}
