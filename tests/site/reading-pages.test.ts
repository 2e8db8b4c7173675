import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/browser-site.ts';
import { readChapters } from '../support/chapters.ts';
import { distFiles, readDist } from '../support/dist-files.ts';
import { htmlText } from '../support/html-text.ts';
import { pagefindFragments } from '../support/pagefind-records.ts';

const pages = distFiles('.html');
const readingPages = pages.filter((page) => !page.startsWith('search/') && !page.startsWith('print/'));
const chapterPages = pages.filter((page) => /^[a-z0-9-]+\/index\.html$/.test(page) && !/^(search|print)\//.test(page));

function attribute(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

describe('every reading page', () => {
  it('exists for home, 404 and each chapter', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(chapterPages.length).toBeGreaterThanOrEqual(1);
  });

  it.each(readingPages)('%s has a title, description, canonical URL (noindex for 404) and Open Graph tags', (page) => {
    const html = readDist(page);
    expect(attribute(html, /<title>([^<]+)<\/title>/)).toBeTruthy();
    expect(attribute(html, /<meta name="description" content="([^"]+)"/)).toBeTruthy();
    const canonical = attribute(html, /<link rel="canonical" href="([^"]+)"/);
    if (page === '404.html') {
      expect(canonical).toBeUndefined();
      expect(html).toContain('<meta name="robots" content="noindex">');
    } else {
      expect(new URL(canonical ?? '').pathname).toMatch(new RegExp(`/${page.replace(/index\.html$/, '')}$`));
      expect(html).toContain(`<meta property="og:url" content="${canonical}">`);
    }
    for (const property of ['og:title', 'og:description', 'og:type', 'og:locale']) {
      expect(html).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
    }
  });

  // Budget: the reader script (theme, copy link, print, citation date) and the search box's bootstrap.
  it.each(readingPages)('%s ships no JavaScript file, under 2 kB of inline script, no inline handlers', (page) => {
    const html = readDist(page);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(inline.length).toBeLessThanOrEqual(2);
    const bytes = Buffer.byteLength(inline.join(''), 'utf8');
    console.log(`${page}: inline JavaScript ${bytes} bytes`);
    expect(bytes).toBeLessThan(2000);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
  });

  it.each(readingPages)('%s runs the theme script in <head>, before the body paints', (page) => {
    const html = readDist(page);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('data-theme-toggle');
    expect(head).toContain('localStorage');
  });

  it.each(readingPages)('%s has a skip link, one <main id="main">, a banner and labelled navigation', (page) => {
    const html = readDist(page);
    expect(html).toMatch(/<a[^>]* href="#main"/);
    expect(html.match(/<main[^>]* id="main"/g)).toHaveLength(1);
    expect(html).toMatch(/<header[^>]*class="site-header/);
    for (const nav of html.match(/<nav[^>]*>/g) ?? []) expect(nav).toMatch(/aria-label(ledby)?=/);
  });
});

describe('chapter pages', () => {
  it.each(chapterPages)('%s marks screen-only UI and keeps it out of the search index', (page) => {
    const html = readDist(page);
    expect(html).toMatch(/<div class="page-actions[^"]*"[^>]* data-screen-only/);
    for (const tools of html.match(/<div class="section-tools[^>]*>/g) ?? []) {
      expect(tools).toContain('data-screen-only');
      expect(tools).toContain('data-pagefind-ignore');
    }
  });

  it.each(chapterPages)('%s gives every section heading 复制链接 and 引用本节 with a GB/T 7714 reference', (page) => {
    const html = readDist(page);
    const ids = [...html.matchAll(/<h[12] id="([a-z0-9-]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(html).toContain(`href="#${id}" data-copy-link`);
      expect(html).toMatch(
        new RegExp(`佚名\\. [^<]+\\[EB/OL\\]\\. [^<]+\\[\\d{4}-\\d\\d-\\d\\d\\]\\. https?://[^<]+#${id}\\.`),
      );
    }
  });

  it('marks an editorial title and a missing-page title as editorial, apart from the report text', () => {
    const headings = chapterPages.map((page) => attribute(readDist(page), /<h1[^>]*>([\s\S]*?)<\/h1>/) ?? '');
    expect(headings.some((h1) => /<span class="editorial[^"]*">〔标题见缺失的第 [\d–、]+ 页〕<\/span>/.test(h1))).toBe(
      true,
    );
    expect(headings.some((h1) => /<span class="editorial[^"]*">〔编者拟〕<\/span>/.test(h1))).toBe(true);
  });

  it('shows editorial notes as 〔编者注〕 under the title, before the text, kept out of the search index', () => {
    const withNotes = chapterPages.map((page) => readDist(page)).filter((html) => html.includes('〔编者注〕'));
    expect(withNotes.length).toBeGreaterThan(0);
    for (const html of withNotes) {
      const notes = html.indexOf('<div class="chapter-notes" data-pagefind-ignore');
      expect(notes).toBeGreaterThan(html.indexOf('</h1>'));
      expect(notes).toBeLessThan(html.indexOf('class="prose'));
      const outsideNotes = html.slice(0, notes) + html.slice(html.indexOf('</div>', notes));
      expect(outsideNotes.match(/〔编者注〕/g) ?? []).toEqual([]);
    }
  });
});

describe('typos the text keeps', () => {
  const withCorrections = readChapters().filter(({ data }) => (data.corrections ?? []).length > 0);
  const markTag =
    /<a href="#([^"]+)" class="editorial sic-mark" data-editorial-mark data-pagefind-ignore[^>]*>〔注〕<\/a>/g;

  it('exist in the report, so the checks below check something', () => {
    expect(withCorrections.length).toBeGreaterThan(0);
  });

  it('carry a 〔注〕 right after every occurrence, linking to the note on the same page that quotes them', () => {
    for (const { data } of withCorrections) {
      const html = readDist(`${data.slug}/index.html`);
      const prose = html.slice(html.indexOf('class="prose'), html.indexOf('</article>'));
      for (const { original } of data.corrections ?? []) {
        const occurrences = htmlText(prose.replace(markTag, '')).split(original).length - 1;
        const marked = [...prose.matchAll(new RegExp(`${original}${markTag.source}`, 'g'))];
        expect(occurrences, `${data.slug}: ${original}`).toBeGreaterThan(0);
        expect(marked.length, `${data.slug}: ${original}`).toBe(occurrences);
        for (const [, target] of marked) {
          const note = new RegExp(`<p class="editorial-note" role="note" id="${target}"[^>]*>([\\s\\S]*?)</p>`).exec(
            html,
          );
          expect(note?.[1], `#${target}`).toContain(`“${original}”`);
        }
      }
    }
  });

  it('are marked outside the search records: no 〔注〕 in what search shows', () => {
    // Pagefind stores Chinese words split by zero-width spaces.
    const records = pagefindFragments(DIST_DIR).map((record) => record.content.replaceAll('\u200b', ''));
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((record) => record.includes('〔注〕'))).toEqual([]);
    expect(records.some((record) => record.includes('矛盾潜优'))).toBe(true);
  });
});

describe('crawlers', () => {
  it('robots.txt points at the sitemap', () => {
    expect(readDist('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('the sitemap lists home and every chapter, not the 404 page', () => {
    const sitemap = distFiles('.xml')
      .filter((file) => file.startsWith('sitemap-'))
      .map((file) => readDist(file))
      .join('\n');
    expect(sitemap).not.toContain('404');
    for (const page of chapterPages) expect(sitemap).toContain(`/${page.replace(/index\.html$/, '')}</loc>`);
  });
});
