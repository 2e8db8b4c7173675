// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { cspConfig, cspHeaders } from './src/integrations/csp.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { printFonts } from './src/integrations/print-fonts.ts';
import { remarkCorrectionMarks } from './src/integrations/remark-correction-marks.ts';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.ts';
import { remarkPhraseBreaks } from './src/integrations/remark-phrase-breaks.ts';
import { searchClient } from './src/integrations/search-client.ts';

// Astro 7's default processor (Sätteri) ignores remark plugins; `mdx()` inherits this one.
// No SmartyPants: the converter sets the report's punctuation, and the site shows the text as written
// (it would turn a quoted `'fs'` into ‘fs’: tests/site/integrity-hostile). No GFM either: its autolink
// literals would turn an address in the report text into a link the author never made.
const processor = unified({
  remarkPlugins: [remarkCjkFriendly, remarkHeadingIds, remarkPhraseBreaks, remarkCorrectionMarks],
  smartypants: false,
  gfm: false,
});

// Without SITE_URL the site has no public address: no canonical links, og:url or sitemap (SeoTags.astro,
// robots.txt.ts), rather than ones naming a localhost no crawler or link preview can reach.
const site = process.env.SITE_URL || undefined;

/**
 * Astro's own content-assets module starts with the directive `"use astro:head-inject"`, and Rolldown
 * warns once per chapter that bundling may drop it (withastro/astro#18087, open): exactly that warning
 * is dropped, every other passes on.
 * @type {import('vite').Rolldown.WarningHandlerWithDefault}
 */
function dropHeadInjectDirectiveWarning(warning, warn) {
  const headInject = warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
  if (!headInject) warn(warning);
}

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // The report has no code: no Shiki, whose inline styles a strict CSP would block.
  markdown: { processor, syntaxHighlight: false },
  integrations: [mdx(), ...(site ? [sitemap()] : []), cspHeaders(), pagefindIndex(), searchClient(), printFonts()],
  devToolbar: { enabled: false },
  // Components style themselves by their own class names (`<style is:global>`): no scoping hash in the markup.
  // All of it is one stylesheet, a file every page shares from the cache, never inlined page by page.
  build: { inlineStylesheets: 'never' },
  vite: {
    // One stylesheet for the whole site, not one per page type that splits and reorders the cascade.
    build: { cssCodeSplit: false, rolldownOptions: { onwarn: dropHeadInjectDirectiveWarning } },
    // ReportToc marks the section being read with :target-current (CSS Overflow 5), which Lightning CSS
    // parses only behind this draft flag; without it the minifier warns on every build (its issue #1181).
    css: { lightningcss: { drafts: { scrollNavigationControls: true } } },
  },
  security: { csp: cspConfig },
});
