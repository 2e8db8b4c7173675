/** A "下载 PDF" link of a built page: the PDF it offers and the page printed into it (PrintPdfLink.astro). */
export interface PdfLink {
  /** URL path of the PDF, base included: `/pdf/s2.pdf`. */
  href: string;
  /** URL path of the page to print: `/s2/`. */
  source: string;
  /** Whether the link is hidden: the site hides it until `npm run pdf` has written its PDF. */
  hidden: boolean;
}

const pdfLinkTag = /<a\b[^>]*\sdata-pdf-link(?=[\s>=])[^>]*>/g;
const hiddenAttribute = /\shidden(?:="")?(?=[\s>])/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The PDF links in one page's HTML, in document order. */
export function findPdfLinks(html: string): PdfLink[] {
  return [...html.matchAll(pdfLinkTag)].flatMap(([tag]) => {
    const href = attribute(tag, 'href');
    const source = attribute(tag, 'data-pdf-source');
    return href && source ? [{ href, source, hidden: hiddenAttribute.test(tag) }] : [];
  });
}

/** Removes `hidden` from the PDF links whose PDF `exists`; every other byte of the page stays as built. */
export function revealPdfLinks(html: string, exists: (href: string) => boolean): string {
  return html.replace(pdfLinkTag, (tag) => {
    const href = attribute(tag, 'href');
    return href && exists(href) ? tag.replace(hiddenAttribute, '') : tag;
  });
}

/** Each PDF once, with the page it is printed from, in the order first linked. */
export function uniquePdfLinks(links: PdfLink[]): PdfLink[] {
  const byHref = new Map<string, PdfLink>();
  for (const link of links) if (!byHref.has(link.href)) byHref.set(link.href, link);
  return [...byHref.values()];
}
