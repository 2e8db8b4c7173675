/**
 * Turns our chapter MDX into Starlight docs: the same body, frontmatter reduced to the fields
 * Starlight's schema knows (title, description) plus the sidebar order. Our heading-id comments
 * `{/*#id*\/}` are dropped: Starlight gives headings ids of its own, and its table of contents
 * would show the comment as text.
 */

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;
const HEADING_ID_COMMENT = /[ \t]*\{\/\*#[\w-]+\*\/\}[ \t]*$/gm;

export interface StarlightDoc {
  /** File name under src/content/docs, which is also Starlight's slug: `s2.mdx` → /s2/. */
  fileName: string;
  title: string;
  mdx: string;
}

/** The single-line YAML value of a top-level key, as written (quotes kept), or undefined. */
function yamlLine(frontmatter: string, key: string): string | undefined {
  return frontmatter.split('\n').find((line) => line.startsWith(`${key}:`));
}

/** Unquoted scalar value of a single-line YAML entry (`title: '（一）'` → `（一）`). */
function yamlValue(line: string): string {
  const raw = line.slice(line.indexOf(':') + 1).trim();
  const quoted = raw.match(/^(['"])(.*)\1$/);
  return quoted ? (quoted[2] as string) : raw;
}

/** One chapter file of content/chapters as a Starlight doc; throws when a field is missing. */
export function toStarlightDoc(chapterMdx: string): StarlightDoc {
  const match = chapterMdx.match(FRONTMATTER);
  if (!match) throw new Error('chapter MDX has no frontmatter');
  const frontmatter = match[1] as string;
  const lines = ['slug', 'order', 'title', 'description'].map((key) => {
    const line = yamlLine(frontmatter, key);
    if (line === undefined) throw new Error(`chapter frontmatter has no ${key}`);
    return line;
  });
  const [slug, order, title, description] = lines as [string, string, string, string];
  const body = chapterMdx.slice(match[0].length).replace(HEADING_ID_COMMENT, '');
  return {
    fileName: `${yamlValue(slug)}.mdx`,
    title: yamlValue(title),
    mdx: `---\n${title}\n${description}\nsidebar:\n  order: ${yamlValue(order)}\n---\n${body}`,
  };
}

/** Starlight's home page, first in the sidebar: the report title and links to the chapters, as our home page has. */
export function starlightHome(reportTitle: string, docs: StarlightDoc[]): string {
  const links = docs.map((doc) => `1. [${doc.title}](/${doc.fileName.replace(/\.mdx$/, '')}/)`);
  return `---\ntitle: ${JSON.stringify(reportTitle)}\nsidebar:\n  order: 0\n---\n\n${links.join('\n')}\n`;
}
