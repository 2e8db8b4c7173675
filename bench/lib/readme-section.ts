const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** README text with the part between the results markers replaced by the latest table. */
export function replaceResultsSection(readme: string, markdown: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${markdown}\n${readme.slice(end)}`;
}
