/** README text with the part between the `bench:NAME` markers (default: the full run's results) replaced. */
export function replaceResultsSection(readme: string, markdown: string, name = 'results'): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README lacks the ${start} … ${end} markers`);
  return `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`;
}
