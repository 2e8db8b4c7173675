import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { writeSectionText } from '../../src/integrations/exact-search-index.ts';
import { sectionTokens } from '../../src/search/exact-tokens.ts';
import { foldText } from '../../src/search/fold-text.ts';
import { createSectionSearch, PAGE_SIZE } from '../../src/search/search-sections.ts';
import type { Section } from '../../src/search/section.ts';
import { withSectionJumps } from '../../src/search/section-number-jump.ts';
import { bundleOf } from '../support/token-bundle-stub.ts';

const chapter = '（一）考核';
const section = (position: number, heading: string, body: string): Section => ({
  url: `/s1/#s1-${position}`,
  chapter,
  path: `${chapter} › ${heading}`,
  text: `${heading}\n${body}`,
  position,
});

// More sections mention the words before the one whose heading starts with them than a page shows.
const sections = [
  ...Array.from({ length: PAGE_SIZE + 2 }, (_, index) =>
    section(index + 1, `${index + 1}、第${index + 1}节`, `本节谈到考核机制在群众工作中的作用，第${index + 1}次。`),
  ),
  // Its match starts where a heading's words may start, but its heading's words start otherwise.
  section(PAGE_SIZE + 3, `${PAGE_SIZE + 3}、从考核机制谈起`, '本节的标题不以这几个字开头。'),
  section(PAGE_SIZE + 4, `${PAGE_SIZE + 4}、考核机制的鞭策作用`, '做好群众工作需要考核机制。'),
];

describe('a heading named by its first words', () => {
  let folder: string;
  let server: StaticServer;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'heading-jump-'));
    for (const entry of sections) writeSectionText(folder, `r${entry.position}`, entry);
    server = await serveStatic(folder, '/');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is found past the first page of hits', async () => {
    const bundle = bundleOf(
      sections.map((entry) => ({ id: `r${entry.position}`, tokens: sectionTokens(foldText(entry.text).folded) })),
    );
    const search = withSectionJumps(createSectionSearch(bundle, server.url), async () => []);
    const fetched = vi.spyOn(globalThis, 'fetch');
    const result = await search('考核机制');
    expect(result.total).toBe(sections.length);
    expect(result.hits.map((hit) => hit.url)).not.toContain(sections.at(-1)?.url);
    expect(result.jump).toEqual({ label: `（一）${PAGE_SIZE + 4}、考核机制的鞭策作用`, url: sections.at(-1)?.url });
    // Past the first page only the candidates' heads are read, never their text.
    const shownIds = new Set(sections.slice(0, PAGE_SIZE).map((entry) => `r${entry.position}`));
    const windowsPastFirstPage = fetched.mock.calls
      .map(([url]) => String(url).slice(server.url.length).split('/'))
      .filter(([id, file]) => id !== undefined && !shownIds.has(id) && file !== 'head.json');
    expect(windowsPastFirstPage).toEqual([]);
    fetched.mockRestore();
  });
});
