// The full results page `/search/?q=…`: every matching section, shareable, follows back/forward.
import { watchQuery } from './composition.ts';
import { renderResults } from './render-results.ts';
import { renderNotice, searchUnavailable } from './search-notice.ts';
import { followJump } from './section-number-jump.ts';
import { sectionSearch } from './section-search-client.ts';

/** What the eval (scripts/search-eval.ts) drives: the same search and rendering as the reader's typing. */
export interface SearchPageHandle {
  /** Runs `query` as if typed, resolving with the milliseconds from query to rendered results. */
  run(query: string): Promise<number>;
}

declare global {
  interface Window {
    reportSearch?: SearchPageHandle;
  }
}

const form = document.querySelector<HTMLFormElement>('form.search-page-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const results = document.querySelector<HTMLElement>('.search-page-results');
let latest = 0;

/** Shows `query`'s results once the index answers; the page's loading notice stays until then. */
async function show(query: string): Promise<number> {
  if (!results) return 0;
  const run = ++latest;
  const started = performance.now();
  try {
    const result = await (await sectionSearch())(query);
    if (run === latest) renderResults(results, query, result);
  } catch (error) {
    if (run === latest) renderNotice(results, searchUnavailable(error));
  }
  return performance.now() - started;
}

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get('q') ?? '';
}

function urlFor(query: string): string {
  return query.trim() ? `?q=${encodeURIComponent(query.trim())}` : location.pathname;
}

if (form && input) {
  // On a slow network the reader may type before this script runs: their words win over the URL's.
  if (input.value) history.replaceState(null, '', urlFor(input.value));
  else input.value = queryFromUrl();
  void show(input.value);
  // Typing starts one new history entry and keeps it current, so Back returns to the previous query.
  let entryIsCommitted = true;
  watchQuery(input, (query) => {
    if (entryIsCommitted) history.pushState(null, '', urlFor(query));
    else history.replaceState(null, '', urlFor(query));
    entryIsCommitted = false;
    void show(query);
  });
  form.addEventListener('submit', (event) => {
    if (results && followJump(event, results, input.value)) return;
    event.preventDefault();
    history.replaceState(null, '', urlFor(input.value));
    entryIsCommitted = true;
    void show(input.value);
  });
  window.addEventListener('popstate', () => {
    input.value = queryFromUrl();
    entryIsCommitted = true;
    void show(input.value);
  });
  window.reportSearch = {
    run(query) {
      input.value = query;
      return show(query);
    },
  };
}
