import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtSections } from '../search/built-sections.ts';
import { foldText } from '../search/fold-text.ts';
import {
  PINYIN_BUNDLE,
  PINYIN_READINGS_FILE,
  PINYIN_SECTIONS_FILE,
  type PinyinSections,
} from '../search/pinyin-files.ts';
import { readingsDictionary } from '../search/pinyin-readings.ts';
import { sectionTokens } from '../search/pinyin-tokens.ts';
import { TEXT_FOLDER, type TextWindow, windowFile } from '../search/text-windows.ts';
import { writeTokenBundle } from './token-bundle.ts';

/** The id naming each section's text windows (written by the exact search's index), by section URL. */
function textIdsByUrl(textPath: string): Map<string, string> {
  return new Map(
    readdirSync(textPath).map((id) => {
      const window = JSON.parse(readFileSync(join(textPath, windowFile(id, 0)), 'utf8')) as TextWindow;
      return [window.url, id];
    }),
  );
}

/**
 * Builds the pinyin index beside the exact search's: a token bundle (src/search/pinyin-tokens.ts) with
 * the readings of the report's characters and the section each record stands for. The search loads it
 * only for a query with Latin letters, and takes the texts from the exact search's windows.
 */
export function pinyinIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'report:pinyin-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const sitePath = fileURLToPath(dir);
        const bundlePath = join(sitePath, PINYIN_BUNDLE);
        const sections = builtSections(sitePath, base);
        const readings = readingsDictionary(sections.map((section) => section.text));
        const readingsOf = (char: string) => readings.get(char) ?? [];
        const records = sections.map((section) => ({
          url: section.url,
          order: section.position,
          tokens: new Map(sectionTokens(foldText(section.text).folded, readingsOf).entries()),
        }));
        const ids = await writeTokenBundle(bundlePath, records);
        const textIds = textIdsByUrl(join(sitePath, TEXT_FOLDER));
        const bySection: PinyinSections = {};
        for (const section of sections) {
          const id = ids.get(section.url);
          const textId = textIds.get(section.url);
          if (id === undefined || textId === undefined) throw new Error(`pinyin index: no record for ${section.url}`);
          bySection[id] = [section.position, textId];
        }
        writeFileSync(join(bundlePath, PINYIN_SECTIONS_FILE), JSON.stringify(bySection));
        const readingsJson = Object.fromEntries([...readings].map(([char, list]) => [char, list.join(' ')]));
        writeFileSync(join(bundlePath, PINYIN_READINGS_FILE), JSON.stringify(readingsJson));
        logger.info(
          `pinyin index: ${sections.length} sections, ${readings.size} characters, ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
