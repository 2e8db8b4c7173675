import type { APIRoute } from 'astro';
import { withBase } from '../utils/url.ts';

/** robots.txt with the sitemap's absolute URL, which depends on SITE_URL and BASE_PATH (so not a file in public/). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
