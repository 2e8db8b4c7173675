import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/search/fold-text.ts';
import { pinyinMatch } from '../../src/search/pinyin-match.ts';
import { type PinyinPattern, parsePinyinQuery } from '../../src/search/pinyin-query.ts';
import { readingsDictionary } from '../../src/search/pinyin-readings.ts';
import { SHARD_TOKENS, shardCount, shardOf } from '../../src/search/pinyin-shards.ts';
import { INTERJECTION_SYLLABLES, PINYIN_SYLLABLES } from '../../src/search/pinyin-syllables.ts';
import { patternTokens, sectionTokens } from '../../src/search/pinyin-tokens.ts';

const spelled = (pattern: PinyinPattern) =>
  pattern
    .map((unit) => (unit.kind === 'char' ? unit.char : unit.kind === 'syllable' ? unit.syllable : `${unit.initial}*`))
    .join('·');

const parsed = (query: string) =>
  parsePinyinQuery(query)?.map((term) => [term.source, term.patterns.map(spelled)] as const);

describe('pinyin queries', () => {
  it.each([
    ['qunzhong', [['qunzhong', ['qun·zhong']]]],
    ['qun zhong', [['qun zhong', ['qun·zhong']]]],
    ['qzgz', [['qzgz', ['q*·z*·g*·z*']]]],
    ['lingdaoganbu', [['lingdaoganbu', ['ling·dao·gan·bu']]]],
    [
      'kaohe qz',
      [
        ['kaohe', ['kao·he']],
        ['qz', ['q*·z*']],
      ],
    ],
    ['考核qz', [['考核qz', ['考·核·q*·z*']]]],
    ['xian', [['xian', ['xian']]]],
    ["xi'an", [["xi'an", ['xi·an']]]],
    ['fangan', [['fangan', ['fan·gan', 'fang·an']]]],
    ['zhgz', [['zhgz', ['zh*·g*·z*']]]],
    ['lüe', [['lve', ['lve']]]],
    ['ＱｕｎＺｈｏｎｇ', [['qunzhong', ['qun·zhong']]]],
    [
      'lingdao ganbu',
      [
        ['lingdao', ['ling·dao']],
        ['ganbu', ['gan·bu']],
      ],
    ],
  ])('%j reads as %j', (query, terms) => {
    expect(parsed(query)).toEqual(terms);
  });

  it.each(['群众', 'q', '群 q', '', '  '])('%j is not a pinyin query', (query) => {
    expect(parsePinyinQuery(query)).toBeUndefined();
  });

  it('splits by the syllables pinyin-pro reads, with the interjections left to initials', () => {
    const library = new Set<string>();
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const char = String.fromCodePoint(code);
      for (const reading of pinyin(char, { toneType: 'none', multiple: true, type: 'array', v: true })) {
        if (/^[a-z]+$/.test(reading)) library.add(reading);
      }
    }
    expect([...PINYIN_SYLLABLES, ...INTERJECTION_SYLLABLES].sort()).toEqual([...library].sort());
  });
});

describe('readings and matching', () => {
  const text = '对银行、重庆的群众；重要，群众工作';
  const readings = readingsDictionary([text]);
  const readingsOf = (char: string) => readings.get(char) ?? [];
  const match = (query: string) => {
    const terms = parsePinyinQuery(query);
    if (!terms) throw new Error(query);
    const { ranges, matched } = pinyinMatch(text, terms, readingsOf);
    return { marked: ranges.map(([start, end]) => text.slice(start, end)), matched };
  };

  it('indexes every reading of a polyphone, whatever the context reads', () => {
    expect(readings.get('行')).toEqual(expect.arrayContaining(['hang', 'xing']));
    expect(readings.get('重')).toEqual(expect.arrayContaining(['chong', 'zhong']));
    expect(match('yinhang').marked).toEqual(['银行']);
    expect(match('yinxing').marked).toEqual(['银行']);
    expect(match('chongqing').marked).toEqual(['重庆']);
    expect(match('zhongqing').marked).toEqual(['重庆']);
  });

  it('marks exactly the characters whose readings matched, across punctuation', () => {
    expect(match('qunzhong')).toEqual({ marked: ['群众', '群众'], matched: ['群众'] });
    expect(match('qzzy')).toEqual({ marked: ['群众；重要'], matched: ['群众重要'] });
    expect(match('行zq').marked).toEqual(['行、重庆']);
  });

  it('marks each term and tells which terms occur', () => {
    expect(match('qunzhong gongzuo').marked).toEqual(['群众', '群众工作']);
    expect(match('qunzhong kaohe').marked).toEqual(['群众', '群众']);
    const terms = parsePinyinQuery('qunzhong kaohe') ?? [];
    expect(pinyinMatch(text, terms, readingsOf).found).toEqual([true, false]);
  });
});

describe('pinyin index tokens', () => {
  const text = '提高基层领导干部做群众工作能力，重要的是行动';
  const readings = readingsDictionary([text]);
  const readingsOf = (char: string) => readings.get(char) ?? [];
  const tokens = new Set(sectionTokens(foldText(text).folded, readingsOf).flat());

  it.each([
    'qunzhong',
    'qzgz',
    'lingdaoganbu',
    'tigaojicenglingdaoganbu',
    'tgjcldgbzqzgznl',
    'zhongyao',
    'chongyao',
    'hangdong',
    '群众gz',
    'zhgz',
  ])('a text holding %j holds every token its patterns ask for', (query) => {
    const [term] = parsePinyinQuery(query) ?? [];
    const choices = term?.patterns.map((pattern) => patternTokens(pattern, readingsOf)) ?? [];
    expect(
      choices.some(
        (pattern) => pattern.length > 0 && pattern.every((choice) => choice.tokens.some((token) => tokens.has(token))),
      ),
    ).toBe(true);
  });

  it('fall in shards by a stable hash that spreads them about evenly', () => {
    const shards = 4;
    const perShard = Array.from({ length: shards }, () => 0);
    for (const token of tokens) {
      const shard = shardOf(token, shards);
      expect(shardOf(token, shards)).toBe(shard);
      perShard[shard] = (perShard[shard] ?? 0) + 1;
    }
    for (const count of perShard) expect(count).toBeGreaterThan(tokens.size / shards / 2);
    expect(shardCount(1)).toBe(1);
    expect(shardCount(SHARD_TOKENS + 1)).toBe(2);
  });

  it.each([
    ['zhgz', '做工作'],
    ['zgzh', '做工作'],
    ['chzh', '从做'],
  ])('asks %j for tokens a text lacks whose z, c or s is not zh, ch or sh (%j)', (query, lacking) => {
    const lacked = readingsDictionary([lacking]);
    const lackedTokens = new Set(sectionTokens(lacking, (char) => lacked.get(char) ?? []).flat());
    const [term] = parsePinyinQuery(query) ?? [];
    const [choices = []] = term?.patterns.map((pattern) => patternTokens(pattern, readingsOf)) ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((choice) => choice.tokens.some((token) => lackedTokens.has(token)))).toBe(false);
  });

  it('puts the tokens a one-letter z, c or s asks for in one shard', () => {
    const [term] = parsePinyinQuery('qzgz') ?? [];
    const [choices = []] = term?.patterns.map((pattern) => patternTokens(pattern, readingsOf)) ?? [];
    const [choice] = choices;
    expect(choices).toHaveLength(1);
    expect(choice?.tokens.length).toBeGreaterThan(1);
    expect(new Set(choice?.tokens.map((token) => shardOf(token, 32))).size).toBe(1);
  });

  it.each([
    ['qunzhonggz', '群众工作', '群众做工'],
    ['qunzhongqz', '群众亲自', '群众工作'],
    ['gongzuozh', '工作中', '工作做'],
  ])('decides %j by syllable tokens that share one shard: %j holds one, %j none', (query, holding, lacking) => {
    const both = readingsDictionary([holding, lacking]);
    const readingsOfBoth = (char: string) => both.get(char) ?? [];
    const tokensOf = (text: string) => new Set(sectionTokens(text, readingsOfBoth).flat());
    const [term] = parsePinyinQuery(query) ?? [];
    const [choices = []] = term?.patterns.map((pattern) => patternTokens(pattern, readingsOfBoth)) ?? [];
    const [choice] = choices;
    expect(choices).toHaveLength(1);
    expect(new Set(choice?.tokens.map((token) => shardOf(token, 32))).size).toBe(1);
    expect(choice?.tokens.some((token) => tokensOf(holding).has(token))).toBe(true);
    expect(choice?.tokens.some((token) => tokensOf(lacking).has(token))).toBe(false);
  });

  it.each([
    ['tgjcldgbzqzgzdnl', [0, 10]],
    ['tgjcldgb', [0, 2]],
    ['tgjcld', [0]],
  ])('holds a run of %j initials by its first and last six, one shard each, none for the middle', (query, offsets) => {
    const [term] = parsePinyinQuery(query) ?? [];
    const [choices = []] = term?.patterns.map((pattern) => patternTokens(pattern, readingsOf)) ?? [];
    expect(choices.map((choice) => choice.offset)).toEqual(offsets);
    for (const choice of choices) {
      expect(choice.tokens.every((token) => /^w[a-z]{6}\d*$/.test(token))).toBe(true);
      expect(new Set(choice.tokens.map((token) => shardOf(token, 32))).size).toBe(1);
    }
  });

  it('asks for tokens the text lacks when it lacks the sequence', () => {
    const [term] = parsePinyinQuery('qunzhongkaohe') ?? [];
    const [choices = []] = term?.patterns.map((pattern) => patternTokens(pattern, readingsOf)) ?? [];
    expect(choices.every((choice) => choice.tokens.some((token) => tokens.has(token)))).toBe(false);
  });
});
