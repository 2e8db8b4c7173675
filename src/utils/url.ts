/** A base path as Astro's `config.base` may hold it (`/report` or `/report/`), ending in exactly one slash. */
export function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins a site-relative path to the configured base (`/` or `/report/`), keeping one slash between. */
export function withBase(path: string): string {
  return `${withTrailingSlash(import.meta.env.BASE_URL)}${path.replace(/^\//, '')}`;
}

/** The URL of a chapter page, with its trailing slash. */
export function chapterPath(slug: string): string {
  return withBase(`${slug}/`);
}
