/** Joins a site-relative path to the configured base (`/` or `/report/`), keeping one slash between. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The URL of a chapter page, with its trailing slash. */
export function chapterPath(slug: string): string {
  return withBase(`${slug}/`);
}
