import type { APIRoute } from 'astro';

/** robots.txt with the sitemap's absolute URL, which depends on SITE_URL and BASE_PATH (so not a file in public/). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
