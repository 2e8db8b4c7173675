// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { cspConfig, cspHeaders } from './src/integrations/csp.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pinyinIndex } from './src/integrations/pinyin-index.ts';
import { remarkCorrectionMarks } from './src/integrations/remark-correction-marks.ts';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.ts';
import { searchClient } from './src/integrations/search-client.ts';
import { sectionNumbers } from './src/integrations/section-numbers.ts';

// Astro 7's default processor (Sätteri) ignores remark plugins; `mdx()` inherits this one.
// No SmartyPants: the converter sets the report's punctuation, and the site shows the text as written
// (it would turn a quoted `'fs'` into ‘fs’: tests/site/integrity-hostile). No GFM either: its autolink
// literals would turn an address in the report text into a link the author never made.
const processor = unified({
  remarkPlugins: [remarkCjkFriendly, remarkHeadingIds, remarkCorrectionMarks],
  smartypants: false,
  gfm: false,
});

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // The report has no code: no Shiki, whose inline styles a strict CSP would block.
  markdown: { processor, syntaxHighlight: false },
  integrations: [mdx(), sitemap(), cspHeaders(), pagefindIndex(), pinyinIndex(), sectionNumbers(), searchClient()],
  devToolbar: { enabled: false },
  security: { csp: cspConfig },
});
