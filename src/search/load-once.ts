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

/** The response for `url`; an HTTP error status rejects, naming the URL. */
export async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
