import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A `_headers` file as path → headers (name, value), in file order. */
export function readHeadersFile(distDir: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] = [];
  for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const at = line.indexOf(':');
    current.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a host reading `_headers` sends for a path: those of `/*` and of the exact path; a header
 * named twice is joined with `, ` (how Netlify and Cloudflare Pages combine rules, and what a browser
 * reads as two policies for CSP).
 */
export function headersFor(rules: Map<string, [string, string][]>, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of [...(rules.get('/*') ?? []), ...(rules.get(path) ?? [])]) {
    const key = name.toLowerCase();
    headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
  }
  return headers;
}
