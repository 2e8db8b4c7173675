import { loadPagefind, type Pagefind } from './pagefind-api.ts';

/** A record of a token bundle holding a token: its id and the word positions of the token in it. */
export interface TokenMatch {
  id: string;
  positions: number[];
}

export interface TokenBundle {
  /**
   * The records holding `token`, in reading order, each with the position of its first occurrence:
   * one quoted (exact-word) search, fetching only the index chunk that holds the token.
   */
  find(token: string): Promise<TokenMatch[]>;
  /**
   * Every position of `token` in each record holding it: an unquoted search, which also returns the
   * positions of indexed tokens that `token` starts with or that start with it. Use it only where
   * positions tell those apart (the exact search gives each token length its own word slot).
   */
  findEvery(token: string): Promise<TokenMatch[]>;
}

function tokenBundle(pagefind: Pagefind): TokenBundle {
  const search = async (query: string) => {
    const { results } = await pagefind.search(query, { sort: { order: 'asc' } });
    return results.map((result) => ({ id: result.id, positions: result.words }));
  };
  return {
    find: (token) => search(`"${token}"`),
    findEvery: (token) => search(token),
  };
}

/**
 * A Pagefind bundle of ASCII tokens (written by src/integrations/token-bundle.ts). An unquoted search
 * is a prefix search that lets an absent token match a shorter indexed one; a quoted search returns
 * only the first occurrence in each record (Pagefind 1.6).
 */
export async function loadTokenBundle(bundleUrl: string): Promise<TokenBundle> {
  return tokenBundle(await loadPagefind(bundleUrl));
}
