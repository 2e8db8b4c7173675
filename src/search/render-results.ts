import type { Excerpt } from './excerpt.ts';
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

function renderExcerpt(excerpt: Excerpt): HTMLElement {
  const node = element('span', 'search-hit-excerpt');
  // Ellipses come from CSS so that the excerpt's text is report text only.
  node.toggleAttribute('data-cut-start', excerpt.cutStart);
  node.toggleAttribute('data-cut-end', excerpt.cutEnd);
  for (const part of excerpt.parts) node.append(part.marked ? element('mark', '', part.text) : part.text);
  return node;
}

function renderHit(hit: SectionHit, query: string, exact: boolean): HTMLLIElement {
  const item = element('li', 'search-hit');
  item.dataset.url = hit.url;
  const link = element('a', 'search-hit-link');
  link.href = exact ? hitHref(hit.url, hit.highlight ?? query) : hit.url;
  link.append(element('span', 'search-hit-path', hit.path), renderExcerpt(hit.excerpt));
  item.append(link);
  return item;
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

/** Results grouped by chapter, in reading order; `limit` cuts the list (the header box) and links the full page. */
export function renderResults(
  container: HTMLElement,
  query: string,
  result: SectionSearchResult,
  options: { limit?: number; fullResultsHref?: string } = {},
): void {
  const exact = result.kind === 'exact';
  const shown = result.hits.slice(0, options.limit ?? result.hits.length);
  const status = element('p', 'search-status');
  if (result.terms.length === 0) status.textContent = '输入字词即可搜索全文，多个词用空格分开。';
  else if (exact) status.textContent = `“${query.trim()}”出现在 ${result.hits.length} 节中`;
  else if (result.hits.length > 0) status.textContent = `无结果：没有一节包含“${query.trim()}”。以下为相近结果：`;
  else status.textContent = `无结果：没有一节包含“${query.trim()}”。可检查错别字，或换用更短的词、用空格分开几个词。`;
  const groups = new Map<string, HTMLOListElement>();
  const nodes: HTMLElement[] = [status];
  for (const hit of shown) {
    let list = groups.get(hit.chapter);
    if (!list) {
      const group = element('section', 'search-group');
      group.append(element('h2', 'search-group-title', hit.chapter));
      list = element('ol', 'search-hits');
      group.append(list);
      groups.set(hit.chapter, list);
      nodes.push(group);
    }
    list.append(renderHit(hit, query, exact));
  }
  container.dataset.kind = result.terms.length === 0 ? 'idle' : exact ? 'exact' : 'approximate';
  if (!exact && result.hits.length > 0) nodes.splice(1, 0, element('p', 'search-approximate-label', '相近结果'));
  if (result.byPinyin) nodes.splice(1, 0, element('p', 'search-pinyin-label', '按拼音'));
  if (result.jump) nodes.unshift(renderJump(result.jump, query));
  if (options.fullResultsHref && shown.length < result.hits.length) {
    const more = element('a', 'search-more', `查看全部 ${result.hits.length} 条结果`);
    more.href = options.fullResultsHref;
    nodes.push(more);
  }
  container.replaceChildren(...nodes);
}
