import type { TokenBundle, TokenMatch } from '../../src/search/token-bundle.ts';

/**
 * The exact search's token bundle in memory, answering as Pagefind answers the built one: a quoted
 * search gives the first position of the token in each record, an unquoted one every position of
 * every indexed token starting with it; records in reading order.
 */
export function bundleOf(records: readonly { id: string; tokens: Map<number, string> }[]): TokenBundle {
  const lookup = (holds: (indexed: string) => boolean, firstOnly: boolean) =>
    records.flatMap(({ id, tokens }): TokenMatch[] => {
      const positions = [...tokens]
        .filter(([, token]) => holds(token))
        .map(([position]) => position)
        .sort((a, b) => a - b);
      if (positions.length === 0) return [];
      return [{ id, positions: firstOnly ? positions.slice(0, 1) : positions }];
    });
  return {
    find: async (token) => lookup((indexed) => indexed === token, true),
    findEvery: async (token) => lookup((indexed) => indexed.startsWith(token), false),
  };
}
