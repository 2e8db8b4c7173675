// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Starlight with its defaults; only the title and the content language are set, so that its
// Pagefind index gets Chinese segmentation like ours (Starlight docs: i18n, root locale).
export default defineConfig({
  site: 'http://localhost:4321',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [
    starlight({
      title: '提高基层领导干部做群众工作能力问题研究',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
