import { describe, expect, it } from 'vitest';
import { findPdfLinks, revealPdfLinks, uniquePdfLinks } from '../../scripts/lib/pdf-links.ts';

const page = [
  '<p>正文</p>',
  '<a href="/pdf/s2.pdf" data-pdf-link data-pdf-source="/s2/" download hidden data-astro-cid-x>下载 PDF</a>',
  '<a href="/r/pdf/report.pdf" data-pdf-link data-pdf-source="/r/print/" hidden>下载 PDF</a>',
  '<a href="/s2/" hidden>not a PDF link</a>',
  '<a href="/pdf/broken.pdf" data-pdf-link>no source</a>',
].join('');

describe('findPdfLinks', () => {
  it('finds each PDF link with its source page, in document order', () => {
    expect(findPdfLinks(page)).toEqual([
      { href: '/pdf/s2.pdf', source: '/s2/', hidden: true },
      { href: '/r/pdf/report.pdf', source: '/r/print/', hidden: true },
    ]);
    expect(findPdfLinks('<a href="/pdf/s1.pdf" data-pdf-link data-pdf-source="/s1/">')).toEqual([
      { href: '/pdf/s1.pdf', source: '/s1/', hidden: false },
    ]);
  });

  it('does not take data-pdf-link-like attributes for the marker', () => {
    expect(findPdfLinks('<a href="/x.pdf" data-pdf-linked data-pdf-source="/x/">')).toEqual([]);
  });
});

describe('revealPdfLinks', () => {
  it('un-hides only the links whose PDF exists and leaves every other byte', () => {
    const revealed = revealPdfLinks(page, (href) => href === '/pdf/s2.pdf');
    expect(revealed).toBe(page.replace('download hidden data-astro-cid-x', 'download data-astro-cid-x'));
  });

  it('changes nothing when no PDF exists', () => {
    expect(revealPdfLinks(page, () => false)).toBe(page);
  });
});

it('uniquePdfLinks keeps each PDF once, first source first', () => {
  const links = [
    { href: '/pdf/report.pdf', source: '/print/', hidden: false },
    { href: '/pdf/s1.pdf', source: '/s1/', hidden: false },
    { href: '/pdf/report.pdf', source: '/elsewhere/', hidden: true },
  ];
  expect(uniquePdfLinks(links)).toEqual(links.slice(0, 2));
});
