import { compile } from '@mdx-js/mdx';

/**
 * Compiles a chapter as @astrojs/mdx does: the YAML frontmatter is cut off first (left as blank lines,
 * so positions in errors stay right) and only the body is MDX. Compiling the whole file would read
 * `{` in a frontmatter value as an MDX expression.
 */
export function compileChapter(mdx: string): ReturnType<typeof compile> {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(mdx)?.[0] ?? '';
  return compile('\n'.repeat(frontmatter.split('\n').length - 1) + mdx.slice(frontmatter.length));
}
