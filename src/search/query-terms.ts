import { foldTerms } from './fold-text.ts';
import { toSimplified } from './to-simplified.ts';

/** The folded, simplified terms of a reader's query, ANDed when matching a section. */
export async function queryTerms(query: string): Promise<string[]> {
  return foldTerms(await toSimplified(query));
}
