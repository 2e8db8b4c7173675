import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePageCsp, pageCsp } from '../utils/csp-policy.ts';
import { headersFile, type PagePolicy, servedPath } from '../utils/headers-file.ts';
import { listFiles } from '../utils/list-files.ts';
import { withTrailingSlash } from '../utils/url.ts';

/**
 * The site's policy beyond `script-src` / `style-src`, which Astro fills with the hashes of what it
 * bundles. Everything is same-origin, and no page compiles WebAssembly (the search reads Pagefind's files itself).
 */
export const cspConfig = {
  directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptDirective: { resources: ["'self'"] },
} satisfies { directives: `${string}-${string}`[]; scriptDirective: { resources: string[] } };

/**
 * After the build: completes every page's CSP meta element (see `completePageCsp`) and writes
 * `_headers` with the same policies for hosts that send headers from it.
 */
export function cspHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'report:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: PagePolicy[] = [];
        const files = listFiles(root, '.html');
        for (const file of files) {
          const html = completePageCsp(readFileSync(join(root, file), 'utf8'));
          writeFileSync(join(root, file), html);
          const policy = pageCsp(html);
          if (policy === undefined) throw new Error(`${file}: no content-security-policy meta element`);
          // The 404 page answers any unknown path, so only its meta element can carry its policy.
          if (file !== '404.html') pages.push({ path: servedPath(file, base), policy });
        }
        writeFileSync(join(root, '_headers'), headersFile(pages));
        logger.info(`CSP completed in ${files.length} pages; _headers written`);
      },
    },
  };
}
