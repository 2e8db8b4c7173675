/**
 * Headers every response gets: no MIME sniffing, no referrer sent anywhere, and no framing —
 * `frame-ancestors` works only in a header, never in a meta policy (CSP 3 §6.4.2).
 */
const SITE_WIDE_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Content-Security-Policy', "frame-ancestors 'none'"],
];

export interface PagePolicy {
  /** Site path of the page, base included: `/report/s2/`. */
  path: string;
  /** The page's own CSP, the one its meta element carries. */
  policy: string;
}

/** The site path a built HTML file is served at: `s2/index.html` → `/report/s2/`. */
export function servedPath(file: string, base: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read): the site-wide headers, then each
 * page's CSP. Hosts send both policies of a page and browsers enforce both, so the site-wide one
 * holds only `frame-ancestors`, which restricts nothing the page policy allows.
 */
export function headersFile(pages: PagePolicy[]): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const pageBlocks = pages.map((page) => block(page.path, [['Content-Security-Policy', page.policy]]));
  return `${[block('/*', SITE_WIDE_HEADERS), ...pageBlocks].join('\n\n')}\n`;
}
