import type { SiteProfile } from './site-profiles.ts';
import type { SourceLine } from './source-line.ts';

/** Removes the watermarks a site injects inside sentences. */
export function stripWatermarks(text: string, watermarks: readonly string[]): string {
  return watermarks.reduce((result, mark) => result.replaceAll(mark, ''), text);
}

/**
 * Rejoins text the site broke across a page break: a line starting with the break prefix
 * continues the previous (non-blank) text line, often mid-word (`群众工` + `作的能力`).
 */
export function joinPageBreaks(lines: readonly SourceLine[], prefix: string): SourceLine[] {
  const joined: SourceLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (line.text.startsWith(prefix)) {
      const continuation = line.text.slice(prefix.length);
      if (previous) previous.text = previous.text.trim() + continuation.trim();
      else joined.push({ ...line, text: continuation });
    } else {
      joined.push({ ...line });
    }
  }
  return joined;
}

/** A page's body as clean text lines: watermarks out, page breaks rejoined, blank lines dropped. */
export function cleanBody(lines: readonly SourceLine[], profile: SiteProfile | undefined): SourceLine[] {
  const unmarked = profile
    ? lines.map((line) => ({ ...line, text: stripWatermarks(line.text, profile.inlineWatermarks) }))
    : lines;
  const nonBlank = unmarked.filter((line) => line.text.trim() !== '');
  const joined = profile ? joinPageBreaks(nonBlank, profile.pageBreakPrefix) : nonBlank;
  return joined.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text !== '');
}
