import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkCorrectionMarks } from '../../src/integrations/remark-correction-marks.ts';
import type { Endnote } from '../../src/utils/editorial-notes.ts';

const notes = ['原文作“甲乙”，疑为“甲丙”之误。', '原文作“丁戊”，疑为“丁己”之误。'];
const corrections = [
  { original: '甲乙', reading: '甲丙' },
  { original: '丁戊', reading: '丁己' },
];

/** Compiles `body` as a chapter with the frontmatter above; gives the JSX and the endnotes the plugin handed on. */
async function marked(body: string, editorialNotes = notes) {
  const frontmatter: Record<string, unknown> = { slug: 'c', editorialNotes, corrections };
  const file = await compile(
    { path: 'c.mdx', value: body, data: { astro: { frontmatter } } },
    { remarkPlugins: [remarkCorrectionMarks] },
  );
  return { code: String(file), endnotes: frontmatter.endnotes as Endnote[] };
}

describe('remarkCorrectionMarks', () => {
  it('numbers the marks in reading order, not in the order of the notes', async () => {
    const { code, endnotes } = await marked('先有丁戊，后有甲乙，再有丁戊。');
    expect([...code.matchAll(/〔注(\d)〕/g)].map(([, n]) => n)).toEqual(['1', '2', '3']);
    expect(endnotes.map(({ number, id, markId, text }) => [number, id, markId, text])).toEqual([
      [1, 'c-note-1', 'c-mark-1', notes[1]],
      [2, 'c-note-2', 'c-mark-2', notes[0]],
      [3, 'c-note-3', 'c-mark-3', notes[1]],
    ]);
  });

  it('keeps the last character of the typo and its mark in one unbreakable span', async () => {
    const { code } = await marked('有甲乙。');
    expect(code).toMatch(/"有甲"[\s\S]*className: "sic"[\s\S]*"乙"[\s\S]*href: "#c-note-1"[\s\S]*id: "c-mark-1"/);
  });

  it('fails naming the file when no note quotes a typo', async () => {
    await expect(marked('甲乙', [notes[1] ?? ''])).rejects.toThrow(
      'c.mdx: no editorial note quotes the correction “甲乙”',
    );
  });
});
