import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/browser-site.ts';
import { readChapters } from '../support/chapters.ts';
import { distFiles, readDist } from '../support/dist-files.ts';
import { htmlText } from '../support/html-text.ts';
import { searchRecords } from '../support/search-records.ts';

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

  // Canonical URLs and og:url need SITE_URL: reading-base-path.test.ts checks them on a build that has it.
  it.each(readingPages)('%s has a title, description (noindex for 404) and Open Graph tags', (page) => {
    const html = readDist(page);
    expect(attribute(html, /<title>([^<]+)<\/title>/)).toBeTruthy();
    expect(attribute(html, /<meta name="description" content="([^"]+)"/)).toBeTruthy();
    expect(html.includes('<meta name="robots" content="noindex">')).toBe(page === '404.html');
    for (const property of ['og:title', 'og:description', 'og:type', 'og:locale']) {
      expect(html).toMatch(new RegExp(`<meta property="${property}" content="[^"]+"`));
    }
  });

  // Budget (issue 15): the theme, the switch's state and the imports of the modules that do the rest.
  it.each(readingPages)(
    '%s ships no JavaScript file, one inline script of at most 0.5 kB gzip, no inline handlers',
    (page) => {
      const html = readDist(page);
      expect(html).not.toMatch(/<script[^>]*\bsrc=/);
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
      expect(inline).toHaveLength(1);
      const bytes = gzipSync(inline.join('')).length;
      console.log(`${page}: inline JavaScript ${bytes} bytes gzip`);
      expect(bytes).toBeLessThanOrEqual(500);
      expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    },
  );

  // Styles come from the one cached site stylesheet: no page-by-page <style> to resend and hash, no scoping hashes.
  it.each(readingPages)('%s has no <style> element and no scoped-style hash', (page) => {
    const html = readDist(page);
    expect(html).not.toContain('<style');
    expect(html).not.toMatch(/\bastro-[a-z0-9]{8}\b|data-astro-cid/);
    expect(html.match(/<link rel="stylesheet" href=/g)).toHaveLength(1);
  });

  it.each(readingPages)('%s runs the theme script in <head>, before the body paints', (page) => {
    const html = readDist(page);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('getElementById("theme-toggle")');
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
    const tools = [...html.matchAll(/<(button|div|details)[^>]*(data-share(?:-panel)?=|class="toc-menu[ "])[^>]*>/g)];
    expect(tools.length).toBeGreaterThan(2);
    for (const [tag] of tools) {
      expect(tag).toContain('data-screen-only');
      expect(tag).toContain('data-pagefind-ignore');
    }
  });

  it.each(chapterPages)(
    '%s gives the title and every section one 链接与引用 control and one GB/T 7714 reference',
    (page) => {
      const html = readDist(page);
      const ids = [...html.matchAll(/<h[12] id="([a-z0-9-]+)"/g)].map((match) => match[1]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids)
        expect(html).toMatch(new RegExp(`<button [^>]*popovertarget="share-panel" data-share="${id}"`));
      const slug = page.replace(/\/index\.html$/, '');
      const references = html.match(/佚名\. [^<]+\[EB\/OL\]\. [^<]+\[\d{4}-\d\d-\d\d\]\. \S+#[a-z0-9-]+\./g) ?? [];
      expect(references).toHaveLength(1);
      expect(references[0]).toMatch(new RegExp(`/${slug}/#${slug}\\.$`));
    },
  );

  it('marks an editorial title and a missing-page title as editorial, apart from the report text', () => {
    const editorial = chapterPages.flatMap((page) => {
      const h1 = attribute(readDist(page), /<h1[^>]*>([\s\S]*?)<\/h1>/) ?? '';
      return [...h1.matchAll(/<span class="editorial[^"]*">([\s\S]*?)<\/span>/g)].map(([, inner]) =>
        htmlText(inner ?? ''),
      );
    });
    expect(editorial.some((text) => /^〔标题见缺失的第 [\d–、]+ 页〕$/.test(text))).toBe(true);
    expect(editorial).toContain('〔编者拟〕');
  });

  it('shows notes on the whole chapter as 〔编者注〕 under the title, before the text, kept out of the search index', () => {
    const notes = /<p class="editorial-note editorial-note--compact" role="note" data-pagefind-ignore>/g;
    const withNotes = chapterPages.map((page) => readDist(page)).filter((html) => notes.test(html));
    expect(withNotes.length).toBeGreaterThan(0);
    for (const html of withNotes) {
      const at = html.search(notes);
      expect(at).toBeGreaterThan(html.indexOf('</h1>'));
      expect(at).toBeLessThan(html.indexOf('class="prose'));
    }
  });
});

describe('typos the text keeps', () => {
  const withCorrections = readChapters().filter(({ data }) => (data.corrections ?? []).length > 0);
  const markTag =
    /<a href="#([^"]+)" id="([^"]+)" class="editorial sic-mark" data-editorial-mark data-pagefind-ignore[^>]*>〔注(\d+)〕<\/a>/g;

  it('exist in the report, so the checks below check something', () => {
    expect(withCorrections.length).toBeGreaterThan(0);
  });

  it('carry a numbered 〔注n〕 right after every occurrence, calling a 校勘记 note that quotes them and links back', () => {
    for (const { data } of withCorrections) {
      const html = readDist(`${data.slug}/index.html`);
      const prose = html.slice(html.indexOf('class="prose'), html.indexOf('class="endnotes'));
      const notes = html.slice(html.indexOf('class="endnotes'), html.indexOf('</article>'));
      for (const { original } of data.corrections ?? []) {
        const occurrences = htmlText(prose.replace(markTag, '')).split(original).length - 1;
        const last = Array.from(original).at(-1) ?? '';
        const head = original.slice(0, original.length - last.length);
        const marked = [...prose.matchAll(new RegExp(`${head}<span class="sic">${last}${markTag.source}</span>`, 'g'))];
        expect(occurrences, `${data.slug}: ${original}`).toBeGreaterThan(0);
        expect(marked.length, `${data.slug}: ${original}`).toBe(occurrences);
        for (const [, target, markId, number] of marked) {
          const note = new RegExp(
            `<li id="${target}"><a class="endnotes__back" href="#${markId}"[^>]*>〔注${number}〕</a>([^<]*)</li>`,
          ).exec(notes);
          expect(note?.[1], `#${target}`).toContain(`“${original}”`);
        }
      }
    }
  });

  it('are marked outside the search records: no 〔注〕 in what search shows', () => {
    const records = searchRecords(DIST_DIR).map((record) => record.content);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((record) => record.includes('〔注〕'))).toEqual([]);
    expect(records.some((record) => record.includes('矛盾潜优'))).toBe(true);
  });
});
