import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { crawlLinks, pageAnchors, pageLinks } from '../support/crawl-links.ts';

describe('pageLinks and pageAnchors', () => {
  it('finds what a browser follows or loads, skipping hidden links', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><script src="/b.js"></script><a href="/c/?q=1&amp;r=2#x">c</a>' +
      '<a href="/pdf/x.pdf" download hidden>pdf</a><form action="/search/"></form><img src="/d.png" alt="">';
    expect(pageLinks(html)).toEqual(['/a.css', '/b.js', '/c/?q=1&r=2#x', '/search/', '/d.png']);
  });

  it('takes ids and anchor names as fragment targets', () => {
    expect(pageAnchors('<h2 id="s2-1">x</h2><a name="top"></a><p data-id="no">')).toEqual(new Set(['s2-1', 'top']));
  });
});

describe('crawlLinks on a small served site', () => {
  const root = mkdtempSync(join(tmpdir(), 'crawl-links-'));
  let server: StaticServer;

  beforeAll(async () => {
    const write = (path: string, html: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), html);
    };
    write(
      'index.html',
      '<a href="/ok/#here">ok</a><a href="/missing/">gone</a><a href="ok/#nowhere">bad anchor</a>' +
        '<a href="https://example.org/">out</a><a href="javascript:alert(1)">js</a>',
    );
    write('ok/index.html', '<h2 id="here">here</h2><a href="../#">top</a>');
    server = await serveStatic(root, '/');
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports missing pages, missing anchors and javascript: links, and lists external links', async () => {
    const result = await crawlLinks([server.url]);
    expect(result.problems.map(({ link, problem }) => [new URL(link).pathname + new URL(link).hash, problem])).toEqual([
      ['/missing/', 'HTTP 404'],
      ['/ok/#nowhere', 'no element with id "nowhere"'],
      ['alert(1)', 'javascript: URL'],
    ]);
    expect(result.external).toEqual(['https://example.org/']);
    expect(result.fetched).toHaveLength(3);
  });
});
