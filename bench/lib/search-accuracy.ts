/**
 * Recall and precision of page-level search results against exact-substring ground truth:
 * a page is a correct result for a query when its indexed text, with all whitespace removed,
 * contains the query with all whitespace removed.
 */

export interface QueryOutcome {
  query: string;
  /** Page paths the search returned. */
  returned: string[];
}

export interface Accuracy {
  /** Correct results ÷ all (query, page) pairs that should have been found, over the whole set. */
  recall: number;
  /** Correct results ÷ all results returned, over the whole set. */
  precision: number;
  expected: number;
  returned: number;
  correct: number;
}

export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Pages (paths) whose text contains the query: the ground truth for one query. */
export function expectedPages(query: string, pageTexts: Map<string, string>): string[] {
  const needle = withoutWhitespace(query);
  return [...pageTexts].filter(([, text]) => withoutWhitespace(text).includes(needle)).map(([path]) => path);
}

/** Micro-averaged recall and precision over a query set; 1 when there is nothing to find or nothing returned. */
export function searchAccuracy(outcomes: QueryOutcome[], pageTexts: Map<string, string>): Accuracy {
  let expected = 0;
  let returned = 0;
  let correct = 0;
  for (const outcome of outcomes) {
    const truth = new Set(expectedPages(outcome.query, pageTexts));
    const results = new Set(outcome.returned);
    expected += truth.size;
    returned += results.size;
    correct += [...results].filter((path) => truth.has(path)).length;
  }
  return {
    recall: expected === 0 ? 1 : correct / expected,
    precision: returned === 0 ? 1 : correct / returned,
    expected,
    returned,
    correct,
  };
}
