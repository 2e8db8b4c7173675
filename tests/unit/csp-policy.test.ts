import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePageCsp, pageCsp, parseCsp } from '../../src/utils/csp-policy.ts';

const cspHash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

const otherPageScript = cspHash('otherPage()');
const page = (policy: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>` +
  `<meta http-equiv="content-security-policy" content="${policy}">` +
  `<script>theme()</script><style>:root{--x:1}</style></head>` +
  `<body><main><p>text</p><script>notAllowed()</script></main></body></html>`;

describe('completePageCsp', () => {
  const html = completePageCsp(
    page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${otherPageScript}; style-src 'self'`),
  );
  const policy = parseCsp(pageCsp(html) ?? '');

  it("allows the page's own inline blocks outside <main> and nothing inside it", () => {
    expect(policy.get('script-src')).toContain(cspHash('theme()'));
    expect(policy.get('style-src')).toContain(cspHash(':root{--x:1}'));
    expect(policy.get('script-src')).not.toContain(cspHash('notAllowed()'));
  });

  it('drops the hashes of blocks that only other pages carry, and keeps the other sources', () => {
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", cspHash('theme()')]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('puts the policy right after <meta charset>', () => {
    expect(html).toMatch(/<meta charset="utf-8"><meta http-equiv="content-security-policy"/);
  });
});
