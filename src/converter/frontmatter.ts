/** YAML frontmatter with every value in JSON form: JSON is valid YAML, so no value can be misread. */
export function toFrontmatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
