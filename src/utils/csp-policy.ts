import { createHash } from 'node:crypto';

/** A Content Security Policy as directive name → sources, in the order the directives were written. */
export type CspPolicy = Map<string, string[]>;

/** The `<meta http-equiv="content-security-policy">` element Astro writes into each page. */
const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** Reads a policy string (`default-src 'self'; script-src 'self' 'sha256-…'`). */
export function parseCsp(policy: string): CspPolicy {
  const directives: CspPolicy = new Map();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function serializeCsp(policy: CspPolicy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a built page, or undefined when it has no CSP meta element. */
export function pageCsp(html: string): string | undefined {
  return cspMeta.exec(html)?.[1];
}

/** The CSP source expression of an inline script or style body (CSP 3 §8.3: SHA-256 of its UTF-8 text, base64). */
function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

interface InlineBlock {
  kind: 'script' | 'style';
  body: string;
}

/** Character ranges of the page's `<main>` elements: where the report's own text is rendered. */
function mainRanges(html: string): [number, number][] {
  return [...html.matchAll(/<main[\s>][\s\S]*?<\/main>/g)].map((match) => [match.index, match.index + match[0].length]);
}

/**
 * The inline `<script>`s and `<style>`s of a page that the site's own templates write: every one
 * outside `<main>`. Report text lives inside `<main>`; whatever element might ever appear there is
 * never allow-listed, so the policy still blocks it if the converter let markup through.
 */
function templateInlineBlocks(html: string): InlineBlock[] {
  const content = mainRanges(html);
  const inside = (at: number) => content.some(([start, end]) => at >= start && at < end);
  return [...html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)]
    .filter((match) => !/\ssrc=/.test(match[2] ?? '') && match[3] !== '' && !inside(match.index))
    .map((match) => ({ kind: match[1] as InlineBlock['kind'], body: match[3] ?? '' }));
}

const HASH_SOURCE = /^'sha(?:256|384|512)-/;

/**
 * `script-src` / `style-src` allowing exactly the given inline blocks: Astro's hashes (every inline
 * block of the whole site, on every page) give way to the hashes of this page's own blocks.
 */
function allowOnlyInlineBlocks(policy: CspPolicy, blocks: InlineBlock[]): CspPolicy {
  const result: CspPolicy = new Map(
    [...policy].map(([name, sources]) => [
      name,
      /^(script|style)-src$/.test(name) ? sources.filter((source) => !HASH_SOURCE.test(source)) : [...sources],
    ]),
  );
  for (const block of blocks) {
    const directive = `${block.kind}-src`;
    const sources = result.get(directive) ?? ["'self'"];
    const hash = cspHash(block.body);
    if (!sources.includes(hash)) sources.push(hash);
    result.set(directive, sources);
  }
  return result;
}

/**
 * Completes a built page's CSP meta element: hashes for the page's own inline scripts and styles
 * (the templates' `is:inline` ones, which Astro's `security.csp` does not hash, and Astro's, which it
 * hashes for the whole site on every page), and the element moved right after `<meta charset>`,
 * since a meta policy governs only what follows it (CSP 3 §3.3).
 */
export function completePageCsp(html: string): string {
  const policy = pageCsp(html);
  if (policy === undefined) return html;
  const completed = serializeCsp(allowOnlyInlineBlocks(parseCsp(policy), templateInlineBlocks(html)));
  const meta = `<meta http-equiv="content-security-policy" content="${completed}">`;
  const withoutMeta = html.replace(cspMeta, '');
  const charset = /<meta charset="[^"]*">/i.exec(withoutMeta);
  if (!charset) return withoutMeta.replace(/<head>/, `<head>${meta}`);
  const at = charset.index + charset[0].length;
  return withoutMeta.slice(0, at) + meta + withoutMeta.slice(at);
}
