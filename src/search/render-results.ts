import type { Excerpt, ExcerptPart } from './excerpt.ts';
import { SEARCH_MORE_FAILED } from './search-notice.ts';
import type { SectionHit, SectionSearchResult } from './search-sections.ts';
import { type SectionJump, shortLabel } from './section-number.ts';

/** The URL of a hit that lands on its section and highlights the query there (read by highlight-page.ts). */
export function hitHref(url: string, query: string): string {
  const [page = url, id] = url.split('#');
  const search = `?highlight=${encodeURIComponent(query.trim())}`;
  return id === undefined ? `${page}${search}` : `${page}${search}#${id}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendParts(node: HTMLElement, parts: readonly ExcerptPart[]): HTMLElement {
  for (const part of parts) node.append(part.marked ? element('mark', '', part.text) : part.text);
  return node;
}

function renderExcerpt(excerpt: Excerpt): HTMLElement {
  const node = element('span', 'search-hit-excerpt');
  // Ellipses come from CSS so that the excerpt's text is report text only.
  node.toggleAttribute('data-cut-start', excerpt.cutStart);
  node.toggleAttribute('data-cut-end', excerpt.cutEnd);
  return appendParts(node, excerpt.parts);
}

function renderHit(hit: SectionHit, query: string, exact: boolean): HTMLLIElement {
  const item = element('li', 'search-hit');
  item.dataset.url = hit.url;
  const link = element('a', 'search-hit-link');
  link.href = exact ? hitHref(hit.url, hit.highlight ?? query) : hit.url;
  link.append(appendParts(element('span', 'search-hit-path'), hit.pathParts), renderExcerpt(hit.excerpt));
  item.append(link);
  return item;
}

function statusText(query: string, result: SectionSearchResult): string {
  const quoted = `“${query.trim()}”`;
  if (result.terms.length === 0) return '输入字词即可搜索全文，多个词用空格分开。';
  if (result.kind === 'exact') return `${quoted}出现在 ${result.total} 节中`;
  if (result.total > 0) return `无结果：没有一节包含${quoted}。以下为相近结果：`;
  return `无结果：没有一节包含${quoted}。可检查错别字，或换用更短的词、用空格分开几个词。`;
}

/** Appends hits to the chapter groups, opening a group when the chapter changes (hits come in reading order). */
function appendHits(nodes: HTMLElement[], hits: readonly SectionHit[], query: string, exact: boolean): void {
  for (const hit of hits) {
    const last = nodes.at(-1);
    let list = last?.dataset.chapter === hit.chapter ? last.querySelector('ol') : null;
    if (!list) {
      const group = element('section', 'search-group');
      group.dataset.chapter = hit.chapter;
      list = element('ol', 'search-hits');
      group.append(element('h2', 'search-group-title', hit.chapter), list);
      nodes.push(group);
    }
    list.append(renderHit(hit, query, exact));
  }
}

/** The section a query names, first; Enter follows it (section-number-jump.ts), or it says the number is absent. */
function renderJump(jump: SectionJump, query: string): HTMLElement {
  const line = element('p', 'search-jump');
  if (jump.url === undefined) {
    line.textContent = `本报告没有编号为“${jump.label}”的一节。`;
    return line;
  }
  const link = element('a', 'search-jump-link', `跳到 ${shortLabel(jump.label)}`);
  link.href = jump.url;
  link.dataset.query = query.trim();
  line.append(link);
  return line;
}

/**
 * Results grouped by chapter, in reading order, with the exact total; a 「显示更多」 button loads the
 * next page. `limit` cuts the list instead (the header box) and links the full results page.
 */
export function renderResults(
  container: HTMLElement,
  query: string,
  result: SectionSearchResult,
  options: { limit?: number; fullResultsHref?: string } = {},
): void {
  const exact = result.kind === 'exact';
  const shown = result.hits.slice(0, options.limit ?? result.hits.length);
  container.dataset.kind = result.terms.length === 0 ? 'idle' : exact ? 'exact' : 'approximate';
  container.dataset.total = String(result.total);
  // A section number found is the answer: loose text matches for `二3` would only be noise.
  if (result.jump?.url !== undefined && !exact) {
    container.replaceChildren(renderJump(result.jump, query));
    return;
  }
  const groups: HTMLElement[] = [];
  appendHits(groups, shown, query, exact);
  const nodes: HTMLElement[] = [element('p', 'search-status', statusText(query, result))];
  if (result.jump) nodes.unshift(renderJump(result.jump, query));
  if (result.byPinyin) nodes.push(element('p', 'search-pinyin-label', '按拼音'));
  if (!exact && result.total > 0) nodes.push(element('p', 'search-approximate-label', '相近结果'));
  nodes.push(...groups);
  if (options.fullResultsHref && shown.length < result.total) {
    const all = element('a', 'search-more', `查看全部 ${result.total} 条结果`);
    all.href = options.fullResultsHref;
    nodes.push(all);
  } else if (options.limit === undefined && shown.length < result.total) {
    nodes.push(moreButton(container, query, result, shown.length));
  }
  container.replaceChildren(...nodes);
}

/** Loads the next page into the groups above it; gone once every hit is shown. */
function moreButton(container: HTMLElement, query: string, result: SectionSearchResult, shown: number): HTMLElement {
  const button = element('button', 'search-more-button');
  button.type = 'button';
  let count = shown;
  const label = () => {
    button.textContent = `显示更多（已显示 ${count} / ${result.total}）`;
  };
  label();
  button.addEventListener('click', async () => {
    button.disabled = true;
    const before = container.querySelectorAll('.search-hit').length;
    let hits: SectionHit[];
    try {
      hits = await result.more();
    } catch (error) {
      // A text window did not load (a dropped connection): the same page is asked for again on the next press.
      console.error(error);
      button.textContent = SEARCH_MORE_FAILED;
      button.disabled = false;
      // Disabling it dropped the focus: it goes back, so that Enter again retries.
      button.focus();
      return;
    }
    const groups = [...container.querySelectorAll<HTMLElement>(':scope > .search-group')];
    const appended = groups.slice(-1);
    appendHits(appended, hits, query, result.kind === 'exact');
    button.before(...appended.slice(1));
    count += hits.length;
    button.disabled = false;
    // The button may go: focus moves to the first hit it brought, where reading goes on.
    container.querySelectorAll<HTMLElement>('.search-hit a')[before]?.focus();
    if (count >= result.total || hits.length === 0) button.remove();
    else label();
  });
  return button;
}
