// What the reading page does once the reader acts; ReaderScript's inline script imports this module then,
// so a page carries no script file before. `act` handles every click on a button: print ([data-print]),
// the theme switch ([data-theme-toggle]), a heading's 链接与引用 control ([data-share] → the SharePanel:
// that heading's name, the address the reader actually has, today's date in the citation) and the panel's
// copy buttons ([data-copy]). `highlight` loads the `?highlight=` marker.
import { THEME_STORAGE_KEY } from './theme-storage.ts';

/** The switch's aria-pressed, which the inline script set from the saved or system theme, says which is showing. */
function switchTheme(toggle: Element): void {
  const dark = toggle.getAttribute('aria-pressed') !== 'true';
  const theme = dark ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage refused (private mode, quota): the switch still holds for this page.
  }
  for (const each of document.querySelectorAll('[data-theme-toggle]')) each.setAttribute('aria-pressed', String(dark));
}

function part(panel: HTMLElement, name: string): HTMLElement {
  const element = panel.querySelector<HTMLElement>(`[data-${name}]`);
  if (!element) throw new Error(`share panel: no [data-${name}]`);
  return element;
}

/** Fills the panel with the link and citation of the heading whose id is `anchor`. */
function share(panel: HTMLElement, anchor: string): void {
  const citation = part(panel, 'share-citation');
  const link = part(panel, 'share-link');
  const url = `${location.origin}${location.pathname}#${anchor}`;
  const citedTitle = citation.dataset.citeTitle ?? '';
  const headingName = document.getElementById(anchor)?.textContent ?? '';
  // The citation as built (the chapter's, with the build date) is the template for every section's.
  citation.dataset.built ??= citation.textContent ?? '';
  part(panel, 'share-name').textContent = headingName;
  link.setAttribute('href', `#${anchor}`);
  link.textContent = url;
  part(panel, 'copy-status').textContent = '';
  const title = anchor === panel.dataset.sharePanel ? citedTitle : `${citedTitle}：${headingName}`;
  citation.textContent = citation.dataset.built
    .replace(citedTitle, title)
    .replace(/\[.{10}\]/, `[${new Date().toLocaleDateString('sv')}]`)
    .replace(/\S+$/, `${url}.`);
}

async function copy(button: HTMLElement): Promise<void> {
  const panel = button.closest<HTMLElement>('[data-share-panel]');
  if (!panel) return;
  const isLink = button.dataset.copy === 'link';
  const status = part(panel, 'copy-status');
  try {
    await navigator.clipboard.writeText(part(panel, isLink ? 'share-link' : 'share-citation').textContent ?? '');
    status.textContent = isLink ? '已复制链接' : '已复制引用';
  } catch {
    status.textContent = '未能复制，请手动选择';
  }
}

export const highlight = () => import('../search/highlight-page.ts');

export function act(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  if (target.closest('[data-print]')) print();
  const toggle = target.closest('[data-theme-toggle]');
  if (toggle) switchTheme(toggle);
  const shareControl = target.closest<HTMLElement>('[data-share]');
  if (shareControl?.dataset.share) {
    for (const panel of document.querySelectorAll<HTMLElement>('[data-share-panel]')) {
      share(panel, shareControl.dataset.share);
    }
  }
  const copyButton = target.closest<HTMLElement>('[data-copy]');
  if (copyButton) void copy(copyButton);
}
