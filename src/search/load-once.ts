/**
 * `load` run once per key, its promise shared by every caller; forgotten when it fails, so that a
 * later call (a later query) tries again instead of failing for the page's life.
 */
export function onceByKey<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (key) => {
    let pending = loaded.get(key);
    if (!pending) {
      pending = load(key);
      pending.catch(() => loaded.delete(key));
      loaded.set(key, pending);
    }
    return pending;
  };
}

/** `load` run once, as `onceByKey` does for one key. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  const loaded = onceByKey(load);
  return () => loaded('');
}

// Kept for the page's life, as Pagefind keeps its chunks: a warm query, exact or by pinyin, costs no request.
const loadedJson = onceByKey(async (url): Promise<unknown> => (await fetchOk(url)).json());

/** The JSON file at `url`, fetched once per page (again after a failure). */
export const loadJsonOnce = <T>(url: string) => loadedJson(url) as Promise<T>;

/** The response for `url`; an HTTP error status rejects, naming the URL. */
export async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
