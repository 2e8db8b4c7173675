import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtSections } from '../search/built-sections.ts';
import { foldText } from '../search/fold-text.ts';
import { PINYIN_BUNDLE, PINYIN_READINGS_FILE, PINYIN_SECTIONS_FILE } from '../search/pinyin-files.ts';
import { readingsDictionary } from '../search/pinyin-readings.ts';
import { sectionTokens } from '../search/pinyin-tokens.ts';

/** What the search loads from the bundle; the rest (Pagefind's UIs, its worker, a second pagefind.js) is dropped. */
const kept = /^(index|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/;

/** Pagefind's fragment files start with this before their JSON (pagefind's `pagefind_dcd` signature). */
const fragmentSignature = 'pagefind_dcd';

/** Section position of each record, by the id Pagefind gives its results (the fragment's file name). */
function positionsById(bundlePath: string): Record<string, number> {
  const fragments = join(bundlePath, 'fragment');
  const positions: Record<string, number> = {};
  for (const file of readdirSync(fragments).sort()) {
    const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
    if (!text.startsWith(fragmentSignature)) throw new Error(`Pagefind: ${file} is not a fragment this build reads`);
    const { meta } = JSON.parse(text.slice(fragmentSignature.length)) as { meta: { position: string } };
    positions[file.replace(/\.pf_fragment$/, '')] = Number(meta.position);
  }
  return positions;
}

/**
 * Builds the pinyin index beside the site's own: a Pagefind bundle whose words are pinyin tokens
 * (src/search/pinyin-tokens.ts), the readings of the report's characters, and the section each record
 * stands for. The search loads them only for a query with Latin letters; the text comes from the main index,
 * so the bundle's fragments (nothing but tokens) are not shipped, nor a second pagefind.js.
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
        const sitePath = fileURLToPath(dir);
        const bundlePath = join(sitePath, PINYIN_BUNDLE);
        try {
          const sections = builtSections(sitePath, base);
          const readings = readingsDictionary(sections.map((section) => section.text));
          const readingsOf = (char: string) => readings.get(char) ?? [];
          // `und`: no stemmer and no word segmentation of a million tokens; the page's `zh-cn` finds it as the
          // only language of the bundle, and segments a query of ASCII letters as one word.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          for (const section of sections) {
            const added = await index.addCustomRecord({
              url: section.url,
              content: sectionTokens(foldText(section.text).folded, readingsOf).join(' '),
              language: 'und',
              meta: { position: String(section.position) },
            });
            if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: bundlePath });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          const positions = positionsById(bundlePath);
          for (const file of readdirSync(bundlePath).filter((name) => !kept.test(name))) {
            rmSync(join(bundlePath, file), { recursive: true });
          }
          writeFileSync(join(bundlePath, PINYIN_SECTIONS_FILE), JSON.stringify(positions));
          writeFileSync(
            join(bundlePath, PINYIN_READINGS_FILE),
            JSON.stringify(Object.fromEntries([...readings].map(([char, list]) => [char, list.join(' ')]))),
          );
          logger.info(`pinyin index: ${sections.length} sections, ${readings.size} characters`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
