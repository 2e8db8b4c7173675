import type { APIRoute } from 'astro';
import { withBase } from '../utils/url.ts';

/** robots.txt, naming the sitemap's absolute URL when the build has a public address (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`);
};
