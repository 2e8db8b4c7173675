// The site's search box: search-as-you-type in a panel under the input (a sheet under the header on
// phones). Loaded through reader-actions.ts on first focus, after ReaderScript's inline script opened the
// panel on its loading notice, so reading pages carry no script until the reader opens search.
import { isInputMethodKey, watchQuery } from './composition.ts';
import { renderResults } from './render-results.ts';
import { renderNotice, searchUnavailable } from './search-notice.ts';
// As a file of its own: the results' styles are not part of a reading page's first view.
import resultsStylesheetUrl from './search-results.css?url';
import { followJump } from './section-number-jump.ts';
import { sectionSearch } from './section-search-client.ts';

const PANEL_LIMIT = 8;

/** Links the results' stylesheet; settles once it has loaded (or failed: the results still show). */
function loadResultsStylesheet(): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsStylesheetUrl });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

const resultsStylesheet = loadResultsStylesheet();

function resultLinks(panel: HTMLElement): HTMLAnchorElement[] {
  return [...panel.querySelectorAll<HTMLAnchorElement>('a')];
}

function moveFocus(panel: HTMLElement, input: HTMLInputElement, step: 1 | -1): void {
  const links = resultLinks(panel);
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = current + step;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

function attach(form: HTMLFormElement, input: HTMLInputElement, panel: HTMLElement): void {
  let latest = 0;

  // Runs once the index answers; a query typed meanwhile replaces the pending one.
  async function show(query: string): Promise<void> {
    const run = ++latest;
    try {
      const result = await (await sectionSearch())(query);
      await resultsStylesheet;
      if (run !== latest) return;
      const fullResultsHref = `${form.action}?q=${encodeURIComponent(query.trim())}`;
      renderResults(panel, query, result, { limit: PANEL_LIMIT, fullResultsHref });
    } catch (error) {
      if (run === latest) renderNotice(panel, searchUnavailable(error));
    }
  }

  watchQuery(input, (query) => {
    panel.hidden = false;
    void show(query);
  });
  form.addEventListener('submit', (event) => followJump(event, panel, input.value));
  form.addEventListener('keydown', (event) => {
    if (isInputMethodKey(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(panel, input, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      panel.hidden = true;
      input.focus();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  input.addEventListener('focus', () => {
    panel.hidden = false;
  });
  // The reader may have left the box, or typed, while this module loaded.
  panel.hidden = !form.contains(document.activeElement);
  void show(input.value);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.search-box')) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = form.querySelector<HTMLElement>('.search-box-panel');
  if (input && panel) attach(form, input, panel);
}
