import { describe, expect, it } from 'vitest';
import { sectionTokens, tokenOf } from '../../src/search/exact-tokens.ts';
import { foldText } from '../../src/search/fold-text.ts';
import { parsePinyinQuery } from '../../src/search/pinyin-query.ts';
import { readingsDictionary } from '../../src/search/pinyin-readings.ts';
import { spellable, spelledSections, unitChars } from '../../src/search/pinyin-spelled.ts';
import { bundleOf } from '../support/token-bundle-stub.ts';

const texts = ['做好群众工作需要考核机制。', '考核群众的满意度，群众工作'];
const exact = bundleOf(texts.map((text, index) => ({ id: `r${index}`, tokens: sectionTokens(foldText(text).folded) })));
const charsOf = unitChars(readingsDictionary(texts));

const spelled = (query: string) => {
  const [term] = parsePinyinQuery(query) ?? [];
  return spelledSections(exact, term?.patterns ?? [], charsOf);
};

describe('pinyin terms spelled out on the exact index', () => {
  it('finds the sections holding a mixed term, with where its first match starts', async () => {
    expect(await spelled('考核qz')).toEqual(new Map([['r1', 0]]));
    expect(await spelled('qunzhonggz')).toEqual(
      new Map([
        ['r0', 2],
        ['r1', 8],
      ]),
    );
  });

  it('looks a run of characters up once, at its end: each lookup may cost an index chunk', async () => {
    const asked: string[] = [];
    const counting = {
      ...exact,
      find: (token: string) => {
        asked.push(token);
        return exact.find(token);
      },
    };
    const [term] = parsePinyinQuery('考核qz') ?? [];
    expect(await spelledSections(counting, term?.patterns ?? [], charsOf)).toEqual(new Map([['r1', 0]]));
    expect(asked).toContain(tokenOf('考核'));
    expect(asked).not.toContain(tokenOf('考'));
  });

  it('finds nothing for a term the text lacks', async () => {
    expect(await spelled('qunzhongqz')).toEqual(new Map());
  });

  it('spells only terms that start with a character', () => {
    const spellableOf = (query: string) => parsePinyinQuery(query)?.[0]?.patterns.every(spellable);
    expect(spellableOf('考核qz')).toBe(true);
    expect(spellableOf('qunzhongqz')).toBe(false);
    expect(spellableOf('tigaojiceng')).toBe(false);
    expect(spellableOf('zhgz')).toBe(false);
  });
});
