// The header search box: search-as-you-type in a panel under the input. Loaded by the box's inline
// bootstrap on first focus, so reading pages carry no script until the reader opens search.
import { renderResults } from './render-results.ts';
import { followJump } from './section-number-jump.ts';
import { NEEDS_BUILD_MESSAGE, sectionSearch } from './section-search-client.ts';

const PANEL_LIMIT = 8;

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

function attach(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = document.createElement('div');
  panel.className = 'search-box-panel';
  panel.id = `${input.id}-results`;
  panel.hidden = true;
  panel.setAttribute('aria-live', 'polite');
  input.setAttribute('aria-controls', panel.id);
  form.append(panel);
  let latest = 0;

  async function update(): Promise<void> {
    const query = input.value;
    const run = ++latest;
    if (!query.trim()) {
      panel.hidden = true;
      return;
    }
    try {
      const result = await (await sectionSearch())(query);
      if (run !== latest) return;
      const fullResultsHref = `${form.action}?q=${encodeURIComponent(query.trim())}`;
      renderResults(panel, query, result, { limit: PANEL_LIMIT, fullResultsHref });
    } catch {
      panel.textContent = NEEDS_BUILD_MESSAGE;
    }
    panel.hidden = false;
  }

  input.addEventListener('input', update);
  form.addEventListener('submit', (event) => followJump(event, panel, input.value));
  form.addEventListener('keydown', (event) => {
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
    if (input.value.trim()) panel.hidden = false;
  });
  if (input.value.trim()) void update();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.search-box')) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (input) attach(form, input);
}
