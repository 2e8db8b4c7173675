import { decodeEntities } from '../../src/utils/plain-text.ts';

export interface LinkProblem {
  /** The page the link is on, or `start` for a start URL. */
  from: string;
  link: string;
  problem: string;
}

export interface CrawlResult {
  /** Every same-origin URL fetched (without fragment). */
  fetched: string[];
  /** Links leaving the origin: reported, not followed. */
  external: string[];
  problems: LinkProblem[];
}

/** Elements whose URL attribute the browser follows or loads. */
const linkingTag = /<(a|area|link|script|img|iframe|source|form|video|audio)\b([^>]*)>/gi;
const urlAttribute = /\s(href|src|action|poster)="([^"]*)"/gi;

/**
 * The URLs a page links to or loads. An `<a hidden>` is skipped: the site hides the "下载 PDF" links
 * until `npm run pdf` has written their file, and a hidden link is offered to no reader.
 */
export function pageLinks(html: string): string[] {
  return [...html.matchAll(linkingTag)].flatMap(([, tag = '', attributes = '']) => {
    if (tag.toLowerCase() === 'a' && /\shidden(?=[\s=/>]|$)/i.test(attributes)) return [];
    return [...attributes.matchAll(urlAttribute)].map(([, , url = '']) => decodeEntities(url));
  });
}

/** The fragment targets of a page: every `id`, and `name` on `<a>` (HTML §7.4.6.4, "find a potential indicated element"). */
export function pageAnchors(html: string): Set<string> {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map(([, id = '']) => decodeEntities(id));
  const names = [...html.matchAll(/<a\s[^>]*\bname="([^"]*)"/g)].map(([, name = '']) => decodeEntities(name));
  return new Set([...ids, ...names]);
}

interface Fetched {
  status: number;
  anchors: Set<string> | null;
}

/**
 * Crawls a served site from its start URLs: every same-origin link must answer 200, and every
 * `#fragment` must name an element of the page it points to.
 */
export async function crawlLinks(startUrls: string[]): Promise<CrawlResult> {
  const origin = new URL(startUrls[0] ?? '').origin;
  const pages = new Map<string, Fetched>();
  const external = new Set<string>();
  const problems: LinkProblem[] = [];
  const links: { from: string; url: URL }[] = startUrls.map((url) => ({ from: 'start', url: new URL(url) }));

  for (let next = 0; next < links.length; next++) {
    const { from, url } = links[next] as { from: string; url: URL };
    if (url.protocol === 'javascript:') problems.push({ from, link: url.href, problem: 'javascript: URL' });
    if (url.origin !== origin) {
      if (/^https?:$/.test(url.protocol)) external.add(url.href);
      continue;
    }
    const page = `${url.origin}${url.pathname}${url.search}`;
    if (!pages.has(page)) {
      const response = await fetch(page);
      const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
      // Read every body whole, so a file that breaks off mid-transfer fails here too.
      const body = await response.text();
      const html = isHtml ? body : '';
      pages.set(page, { status: response.status, anchors: isHtml ? pageAnchors(html) : null });
      if (response.status === 200) {
        for (const link of pageLinks(html)) links.push({ from: page, url: new URL(link, page) });
      }
    }
    const target = pages.get(page) as Fetched;
    if (target.status !== 200) problems.push({ from, link: url.href, problem: `HTTP ${target.status}` });
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (target.status === 200 && fragment !== '' && !target.anchors?.has(fragment)) {
      problems.push({ from, link: url.href, problem: `no element with id "${fragment}"` });
    }
  }
  return { fetched: [...pages.keys()], external: [...external], problems };
}
