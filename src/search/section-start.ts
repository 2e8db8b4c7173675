/**
 * Where a searchable section starts: at a chapter's `<h1>`, which stands for its page even without
 * an id, or at an `<h2>` with an id (a numbered item). One rule for the index, which reads hast, and
 * the landing highlighter, which reads the DOM, so a result's anchor and its highlight agree.
 */
export function startsSection(tagName: string, id: unknown): boolean {
  return tagName === 'h1' || (tagName === 'h2' && typeof id === 'string' && id !== '');
}
