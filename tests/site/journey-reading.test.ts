// Reading journeys as a reader makes them (issue 11): a phone with touch (375 × 812) and a desktop, light and
// dark where colour matters, the keyboard alone for the note round trip; on the built site in Chromium.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, useBrowserSite } from '../support/browser-site.ts';
import { readChapters } from '../support/chapters.ts';
import { distFiles, readDist } from '../support/dist-files.ts';

const site = useBrowserSite();
const chapters = readChapters().map(({ data }) => data);
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } as const;
const DESKTOP = { viewport: { width: 1366, height: 900 } } as const;
const themes = ['light', 'dark'] as const;
const devices = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

/** Whether the element lies within the viewport, at least partly, and is painted. */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight;
  });
}

describe('3. chapter navigation at every width', () => {
  it('on a phone, a 目录 control lists every chapter and section, marks this chapter and leads to another', async () => {
    const page = await site.openAt('s2/', PHONE);
    const toggle = page.locator('summary', { hasText: /^目录$/ });
    expect(await toggle.isVisible()).toBe(true);
    await toggle.tap();
    const menu = page.locator('details[open] nav');
    const links = await menu
      .locator('a')
      .evaluateAll((all) =>
        all.filter((a) => a.getBoundingClientRect().height > 0).map((a) => new URL((a as HTMLAnchorElement).href)),
      );
    for (const { slug } of chapters) expect(links.map((url) => url.pathname)).toContain(`/${slug}/`);
    expect(links.filter((url) => url.hash).map((url) => url.hash)).toEqual(
      expect.arrayContaining(['#s1-4', '#s2-1', '#s2-5']),
    );
    expect(await menu.locator('a[aria-current="page"]').getAttribute('href')).toBe('/s2/');
    await menu.locator('a[href="/closing/"]').tap();
    await page.waitForURL(`${site.url}closing/`);
  });

  it('the 目录 control opens without JavaScript', async () => {
    const page = await site.openAt('s1/', { ...PHONE, javaScriptEnabled: false });
    await page.locator('summary', { hasText: /^目录$/ }).tap();
    expect(await page.locator('details[open] nav a[href="/s2/#s2-3"]').isVisible()).toBe(true);
  });

  it('at the end of a long chapter, a link leads back to the top', async () => {
    const page = await site.openAt('s2/', PHONE);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const back = page.getByRole('link', { name: '回到顶部' });
    expect(await back.isVisible()).toBe(true);
    await back.tap();
    await page.waitForFunction(() => window.scrollY === 0);
    expect(await page.locator('summary', { hasText: /^目录$/ }).isVisible()).toBe(true);
  });

  it('on a wide screen, the sidebar marks this chapter and the section being read', async () => {
    const page = await site.openAt('s2/', DESKTOP);
    const sidebar = page.locator('nav.sidebar');
    expect(await sidebar.locator('a[aria-current="page"]').getAttribute('href')).toBe('/s2/');
    for (const id of ['s2-3', 's2-5', 's2-1']) {
      await page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView());
      // Hrefs of this chapter's section links that look unlike all the others.
      await expect
        .poll(() =>
          sidebar.locator('a[href^="/s2/#"]').evaluateAll((links) => {
            const looks = links.map((a) => {
              const style = getComputedStyle(a);
              return [style.color, style.fontWeight, style.backgroundColor, style.borderInlineStartColor].join();
            });
            return links
              .filter((_, index) => looks.filter((look) => look === looks[index]).length === 1)
              .map((a) => a.getAttribute('href'));
          }),
        )
        .toEqual([`/s2/#${id}`]);
    }
  });
});

/** Text and target of each editorial mark in the text of a page part, in reading order. */
function marksIn(page: Page, scope: string) {
  return page
    .locator(`${scope} [data-editorial-mark]`)
    .evaluateAll((marks) =>
      marks.map((mark) => ({ text: mark.textContent, href: mark.getAttribute('href'), id: mark.id })),
    );
}

describe('4. editorial notes as numbered endnotes', () => {
  const typos = chapters.filter((chapter) => (chapter.corrections ?? []).length > 0);

  it('numbers the marks 〔注1〕〔注2〕… in reading order, each linking to a 校勘记 note that quotes its word', async () => {
    expect(typos.length).toBeGreaterThan(0);
    const page = await site.openAt('s2/', PHONE);
    for (const { slug } of typos) {
      await page.goto(`${site.url}${slug}/`);
      const marks = await marksIn(page, 'main');
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.map((mark) => mark.text)).toEqual(marks.map((_, index) => `〔注${index + 1}〕`));
      const heading = page.getByRole('heading', { name: '校勘记' });
      expect(await heading.count()).toBe(1);
      for (const [index, mark] of marks.entries()) {
        const note = page.locator(mark.href ?? '');
        const word = await page
          .locator(`main [data-editorial-mark]`)
          .nth(index)
          .evaluate((element) => {
            const before = document.createRange();
            before.setStart(element.closest('p') ?? element, 0);
            before.setEndBefore(element);
            return before.toString();
          });
        const quoted = /“([^”]+)”/.exec((await note.textContent()) ?? '')?.[1] ?? '∅';
        expect(word.endsWith(quoted), `${slug} mark ${index + 1}`).toBe(true);
        // The note comes after the text and after the heading 校勘记.
        expect(
          await note.evaluate(
            (element, title) => {
              const text = document.querySelector('main .prose');
              const order = (a: Node, b: Node) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
              return Boolean(text && order(text, element) && order(title, element));
            },
            await heading.elementHandle(),
          ),
        ).toBe(true);
      }
    }
  });

  it('opens each chapter with its text: no typo note between the title and the first paragraph', async () => {
    for (const { slug } of chapters) {
      const page = await site.openAt(`${slug}/`, PHONE);
      const before = await page
        .locator('main .prose p')
        .first()
        .evaluate((first) => {
          const range = document.createRange();
          range.setStartAfter(document.querySelector('main h1') as Element);
          range.setEndBefore(first);
          return { text: range.toString(), top: first.getBoundingClientRect().top };
        });
      expect(before.text, slug).not.toContain('原文作');
      expect(before.top, `${slug}: first paragraph on the first screen`).toBeLessThan(812 - 40);
    }
  });

  it('never lets a mark wrap away from the word before it, at any phone width', async () => {
    const page = await site.openAt('s2/', PHONE);
    const separated: string[] = [];
    for (let width = 320; width <= 430; width += 1) {
      await page.setViewportSize({ width, height: 812 });
      const apart = await page.locator('main [data-editorial-mark]').evaluateAll((marks) =>
        marks.flatMap((mark, index) => {
          const before = document.createRange();
          const walker = document.createTreeWalker(mark.closest('p') ?? document.body, NodeFilter.SHOW_TEXT);
          let last: Text | null = null;
          for (let node = walker.nextNode(); node && !mark.contains(node); node = walker.nextNode()) {
            if (node.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) last = node as Text;
          }
          if (!last) return [`mark ${index + 1}: no word before it`];
          before.setStart(last, last.length - 1);
          before.setEnd(last, last.length);
          const word = before.getBoundingClientRect();
          const call = mark.getClientRects()[0];
          return call && call.top < word.bottom && call.bottom > word.top ? [] : [`mark ${index + 1}`];
        }),
      );
      separated.push(...apart.map((what) => `${width}px: ${what}`));
    }
    expect(separated).toEqual([]);
  });

  it.each(themes)(
    'keyboard only, %s: Tab to a mark, Enter to its note (highlighted), back to the mark',
    async (theme) => {
      const page = await site.openAt('s2/', { ...DESKTOP, colorScheme: theme });
      const first = (await marksIn(page, 'main'))[0];
      expect(first?.href).toMatch(/^#/);
      let presses = 0;
      while (
        presses++ < 200 &&
        (await page.evaluate(() => document.activeElement?.hasAttribute('data-editorial-mark'))) !== true
      ) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('〔注1〕');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/s2/${first?.href}`);
      const noteId = (first?.href ?? '').slice(1);
      expect(await inViewport(page, `[id="${noteId}"]`)).toBe(true);
      // Highlighted: the jumped-to note's background differs from its neighbour's and from the page's.
      const backgrounds = await page.evaluate((id) => {
        const note = document.getElementById(id) as Element;
        const other = [...(note.parentElement?.children ?? [])].find((sibling) => sibling !== note) ?? document.body;
        return [note, other, document.body].map((element) => getComputedStyle(element).backgroundColor);
      }, noteId);
      expect(new Set(backgrounds).size, backgrounds.join(' / ')).toBe(3);
      await page.keyboard.press('Tab');
      expect(await page.evaluate((id) => document.activeElement?.closest(`[id="${id}"]`) !== null, noteId)).toBe(true);
      await page.keyboard.press('Enter');
      const markId = await page.locator('main [data-editorial-mark]').first().getAttribute('id');
      expect(markId).toBeTruthy();
      await page.waitForURL(`**/s2/#${markId}`);
      expect(await inViewport(page, `[id="${markId}"]`)).toBe(true);
    },
  );

  it('numbers the marks and notes the same way in /print/', async () => {
    const page = await site.openAt('s2/', DESKTOP);
    const onChapterPage = await marksIn(page, 'main');
    await page.goto(`${site.url}print/`);
    const inPrint = await marksIn(page, '[data-print-chapter="s2"]');
    expect(inPrint.map((mark) => mark.text)).toEqual(onChapterPage.map((mark) => mark.text));
    for (const mark of inPrint) expect(await page.locator(`[data-print-chapter="s2"] ${mark.href}`).count()).toBe(1);
  });
});

/** Where each line after the first starts, as offsets into the element's text (Range line boxes). */
function lineStarts(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const starts: number[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let offset = 0;
        let previous: DOMRect | undefined;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let index = 0; index < node.length; index++) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const box = range.getClientRects()[0];
            if (box && box.width > 0 && !/\s/.test(node.data[index] ?? '')) {
              if (previous && box.top >= previous.bottom - 2) starts.push(offset + index);
              previous = box;
            }
          }
          offset += node.length;
        }
        return { text: element.textContent ?? '', starts };
      }),
  );
}

/** Word boundaries of a text (ICU, as Chromium and Node segment Chinese), as offsets. */
function wordBoundaries(text: string): Set<number> {
  const segments = new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text);
  return new Set([...segments].map((segment) => segment.index));
}

describe('5. headings and short lines break only between words', () => {
  const paths = ['', ...chapters.map(({ slug }) => `${slug}/`)];
  const selector = 'main h1, main h2, .report-toc a, .pager__title, .site-title';

  it.each([320, 375, 768, 1366])('at %i px', async (width) => {
    const page = await site.openAt('', { viewport: { width, height: 900 } });
    const broken: string[] = [];
    let lines = 0;
    for (const path of paths) {
      await page.goto(site.url + path);
      for (const { text, starts } of await lineStarts(page, selector)) {
        const boundaries = wordBoundaries(text);
        lines += starts.length;
        for (const start of starts) {
          if (!boundaries.has(start)) broken.push(`/${path}: ${text.slice(0, start)}/${text.slice(start)}`);
        }
      }
    }
    if (width < 400) expect(lines, 'some headings wrap at this width').toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});

describe('6. a full-width opening bracket at a line start sits flush with the lines beside it', () => {
  it.each(devices)('%s: headings, sidebar and tables of contents', async (_, options) => {
    const page = await site.openAt('', options);
    const indented: string[] = [];
    let checked = 0;
    for (const path of ['', 's1/', 's2/']) {
      await page.goto(site.url + path);
      await page.locator('details:has(> summary)').evaluateAll((all) => {
        for (const details of all) (details as HTMLDetailsElement).open = true;
      });
      const found = await page.locator('main h1, main h2, .report-toc a, .pager__title').evaluateAll((elements) =>
        elements.flatMap((element) => {
          const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
          if (!text?.data.startsWith('（') || element.getClientRects().length === 0) return [];
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 1);
          const bracket = range.getBoundingClientRect();
          // clreq: at a line start the bracket is set half width, the blank half before its ink dropped.
          const em = Number.parseFloat(getComputedStyle(element).fontSize);
          return [{ text: element.textContent?.slice(0, 12), blank: Math.round(bracket.width - em / 2) }];
        }),
      );
      checked += found.length;
      indented.push(
        ...found.filter(({ blank }) => blank > 1).map(({ text, blank }) => `/${path} ${text}: ${blank}px too wide`),
      );
    }
    expect(checked).toBeGreaterThan(3);
    expect(indented).toEqual([]);
  });
});

describe('7. one control per section for its link and citation', () => {
  it.each(devices)('%s: one Tab stop between each section heading and its text', async (_, options) => {
    const page = await site.openAt('s2/', options);
    const stops = await page.locator('main .prose h2').evaluateAll((headings) =>
      headings.map((heading) => {
        const text = [...document.querySelectorAll('main .prose p')].find(
          (p) => heading.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        const focusable = [...document.querySelectorAll('a[href], button, summary, input, [tabindex]')].filter(
          (element) =>
            heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
            (!text || element.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) &&
            element.getClientRects().length > 0,
        );
        return `${heading.id}: ${focusable.length}`;
      }),
    );
    expect(stops.length).toBeGreaterThan(1);
    expect(stops).toEqual(stops.map((stop) => stop.replace(/\d+$/, '1')));
  });

  it.each(themes)(
    'phone, %s: the control shows the link and the citation, and copying says so visibly',
    async (theme) => {
      const page = await site.openAt('s2/', { ...PHONE, colorScheme: theme });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.clock.setFixedTime(new Date(2031, 4, 6, 12));
      await page.reload();
      // The first control after the heading of section 3.
      await page.locator('[id="s2-3"]').evaluate((heading) => {
        const controls = [...document.querySelectorAll('main a[href], main button, main summary')];
        const first = controls.find(
          (element) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        first?.setAttribute('data-under-test', '');
      });
      const control = page.locator('[data-under-test]');
      await control.tap();
      const panel = page.locator('[data-share-panel]');
      await panel.waitFor({ state: 'visible' });
      // The page's module loads on this first tap and then fills the panel in.
      await expect.poll(() => panel.textContent()).toContain(`${site.url}s2/#s2-3`);
      const citation = await panel.locator('[data-share-citation]').textContent();
      expect(citation).toContain('3、从方法和节奏角度');
      expect(citation).toContain('[2031-05-06]');
      await panel.getByRole('button', { name: /复制引用/ }).tap();
      const status = page.locator('[aria-live], [role="status"]').filter({ hasText: '已复制' });
      await status.waitFor({ state: 'visible' });
      expect(await status.evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(20);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
      await panel.getByRole('button', { name: /复制链接/ }).tap();
      await page.waitForFunction(async (url) => (await navigator.clipboard.readText()) === url, `${site.url}s2/#s2-3`);
    },
  );
});

describe('8. print at any scale keeps the full text width', () => {
  // A4 less 2 × 20 mm margins is 643 CSS px; printing at a scale s lays the page out s times as wide.
  it.each([
    [100, 643],
    [70, 919],
    [50, 1286],
  ])('at %i %%', async (_, width) => {
    const page = await site.openAt('s2/', { viewport: { width, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => ({
      body: document.body.getBoundingClientRect().width,
      text: (document.querySelector('main .prose') as Element).getBoundingClientRect().width,
    }));
    expect(widths.text).toBeGreaterThan(widths.body * 0.95);
  });
});

describe('9. no unreachable addresses, and tab titles that say what the page holds', () => {
  it('without SITE_URL: no canonical, og:url, sitemap or Sitemap line', () => {
    const html = distFiles('.html').map((file) => readDist(file));
    expect(html.length).toBeGreaterThan(3);
    for (const page of html) {
      expect(page).not.toMatch(/rel="canonical"|og:url|rel="sitemap"|localhost:4321/);
    }
    expect(existsSync(join(DIST_DIR, 'sitemap-index.xml'))).toBe(false);
    expect(readDist('robots.txt')).not.toMatch(/Sitemap:/);
  });

  it('titles each chapter tab with what it holds, never a placeholder', async () => {
    const page = await site.openAt('', DESKTOP);
    for (const { slug } of chapters) {
      await page.goto(`${site.url}${slug}/`);
      const title = await page.title();
      expect(title, slug).not.toMatch(/〔标题见/);
      const firstHeading = (await page.locator('main h2').first().textContent()) ?? '';
      const h1 = (await page.locator('main h1').textContent()) ?? '';
      if (/〔标题见/.test(h1)) expect(title).toContain(firstHeading.trim());
    }
  });
});
