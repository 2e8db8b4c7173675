// What the search UI tells readers while it has no results to show: plain Chinese, no developer terms.

/** Shown from the first focus (header box) or page load (/search/) until the index answers. */
export const SEARCH_LOADING_NOTICE = '正在加载搜索…';

/** Shown when the search script or its index cannot load. */
export const SEARCH_UNAVAILABLE_NOTICE = '搜索暂时无法使用。请检查网络连接，稍后刷新页面再试。';

/** 「显示更多」 after its page failed to load; pressing it again retries. */
export const SEARCH_MORE_FAILED = '加载失败，点此重试';

/** Replaces `container`'s content with one notice. */
export function renderNotice(container: HTMLElement, text: string): void {
  const notice = document.createElement('p');
  notice.className = 'search-notice';
  notice.textContent = text;
  container.dataset.kind = 'notice';
  container.replaceChildren(notice);
}

/** Gives developers the cause in the console, and returns what readers see instead. */
export function searchUnavailable(error: unknown): string {
  console.error(
    `Search index failed to load (${error}). Pagefind writes it during \`npm run build\`: ` +
      '`astro dev` has none, so use `npm run build && npm run preview`.',
  );
  return SEARCH_UNAVAILABLE_NOTICE;
}
