import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/converter/blocks.ts';
import { splitClosing } from '../../src/converter/chapters.ts';
import { joinPageBreaks, stripWatermarks } from '../../src/converter/clean-body.ts';
import { correctionNote, correctionsIn } from '../../src/converter/corrections.ts';
import { decodeSource } from '../../src/converter/decode-source.ts';
import { ConversionError } from '../../src/converter/diagnostics.ts';
import { emphasiseDefinitions } from '../../src/converter/emphasis.ts';
import { joinPages } from '../../src/converter/join-pages.ts';
import { detectNumbering, formatHanNumber, parseHanNumber } from '../../src/converter/numbering.ts';
import { detectProfile, xuehuiba } from '../../src/converter/site-profiles.ts';
import { normaliseTypography } from '../../src/converter/typography.ts';

const line = (text: string, at = 1) => ({ file: 'f.txt', line: at, text });

describe('decodeSource', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['UTF-8', utf8('群众工作\n'), '群众工作\n'],
    ['UTF-8 with BOM', utf8('\uFEFF群众工作'), '群众工作'],
    ['CRLF', utf8('一\r\n二\r\n'), '一\n二\n'],
    ['CR', utf8('一\r二'), '一\n二'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x24, 0x7fa4, 0x17, 0x4f].map((b) => b & 0xff)), null],
    ['GB18030', new Uint8Array([0xc8, 0xba, 0xd6, 0xda]), '群众'],
  ])('%s', (_, bytes, expected) => {
    const text = decodeSource(bytes, 'f.txt');
    if (expected !== null) expect(text).toBe(expected);
    else expect(text.length).toBeGreaterThan(0);
  });

  it('reads BOM-less UTF-16LE', () => {
    const bytes = new Uint8Array(Buffer.from('第一段 text\n第二段 text\n', 'utf16le'));
    expect(decodeSource(bytes, 'f.txt')).toBe('第一段 text\n第二段 text\n');
  });

  it.each([
    ['empty', new Uint8Array(), 'f.txt:1: is empty'],
    ['whitespace only', new TextEncoder().encode(' \n\t\u00a0\n'), 'f.txt:1: is empty'],
    ['NUL bytes', new Uint8Array([0x41, 0x0a, 0x42, 0x00]), 'f.txt:2: contains NUL bytes'],
    ['control characters', new TextEncoder().encode('甲\n乙\u0001'), 'f.txt:2: contains control characters'],
  ])('fails on %s, naming file and line', (_, bytes, message) => {
    expect(() => decodeSource(bytes, 'f.txt')).toThrow(ConversionError);
    expect(() => decodeSource(bytes, 'f.txt')).toThrow(message);
  });
});

describe('normaliseTypography', () => {
  it.each([
    ['的领导干部,关键是', '的领导干部，关键是'],
    ['效果;利用', '效果；利用'],
    ['(二)从个体层面', '（二）从个体层面'],
    ['第三,善于', '第三，善于'],
    ['结束了!', '结束了！'],
    ['事业。\u00a0', '事业。'],
    ['中 文', '中文'],
    ['GB18030 编码', 'GB18030编码'],
    ['English, words: (kept)', 'English, words: (kept)'],
    ['see http://a.b:80', 'see http://a.b:80'],
    ['“主”、“仆”颠倒', '“主”、“仆”颠倒'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseTypography(input)).toBe(expected);
  });
});

describe('detectNumbering', () => {
  it.each([
    ['一、总体', 'part', 1, '一、'],
    ['十二、其他', 'part', 12, '十二、'],
    ['（二）从个体', 'section', 2, '（二）'],
    ['4、发挥', 'item', 4, '4、'],
    ['2.另一种', 'item', 2, '2.'],
    ['（1）子项', 'subitem', 1, '（1）'],
    ['③圆圈', 'subitem', 3, '③'],
  ])('%s is %s %i', (text, level, value, label) => {
    expect(detectNumbering(text)).toMatchObject({ level, value, label });
  });

  it.each(['1.5倍的增长', '第三，善于', '基层领导干部', '二十一世纪', '（注）说明'])('%s is not numbered', (text) => {
    expect(detectNumbering(text)).toBeUndefined();
  });

  it.each([1, 9, 10, 11, 20, 99])('Han numbers round-trip: %i', (value) => {
    expect(parseHanNumber(formatHanNumber(value))).toBe(value);
  });
});

describe('readBlocks', () => {
  it('reads a standalone numbered line as a heading', () => {
    expect(readBlocks(line('4、发挥干部考核机制在群众工作中的鞭策作用'))).toMatchObject([
      { kind: 'heading', text: '4、发挥干部考核机制在群众工作中的鞭策作用' },
    ]);
  });

  it('splits a heading sentence from its body', () => {
    expect(
      readBlocks(line('1、从思维和潜意识角度，引导领导干部思想的关注点。思想意识对人的言行有着明确的指向作用。')),
    ).toMatchObject([
      { kind: 'heading', text: '1、从思维和潜意识角度，引导领导干部思想的关注点' },
      { kind: 'paragraph', text: '思想意识对人的言行有着明确的指向作用。' },
    ]);
  });

  it('keeps a long numbered sentence as a paragraph', () => {
    const text = `1、${'很长'.repeat(30)}。后文。`;
    expect(readBlocks(line(text))).toEqual([{ kind: 'paragraph', text, source: line(text) }]);
  });
});

describe('site noise', () => {
  it('strips the inline watermark wherever it appears', () => {
    expect(stripWatermarks('解决[本文由网站www.xuehuiba.com收集整理]要快', xuehuiba.inlineWatermarks)).toBe('解决要快');
  });

  it('rejoins a word split by the page-break prefix, skipping blank lines', () => {
    const joined = joinPageBreaks(
      [line('做群众工', 11), line('www.xuehuiba.com 作的能力。', 13)],
      xuehuiba.pageBreakPrefix,
    );
    expect(joined).toEqual([line('做群众工作的能力。', 11)]);
  });

  it('knows the page by its site, and a foreign text by none', () => {
    expect(detectProfile('来源:http://www.xuehuiba.com')?.id).toBe('xuehuiba');
    expect(detectProfile('一份普通的文本')).toBeUndefined();
  });
});

describe('joinPages', () => {
  it('runs text on across a page that ends mid-sentence', () => {
    expect(joinPages([[line('提高基层领导干部做群众工')], [line('作的能力。')]]).map((l) => l.text)).toEqual([
      '提高基层领导干部做群众工作的能力。',
    ]);
  });

  it('keeps a break after a full stop, or before a numbered heading', () => {
    expect(joinPages([[line('完了。')], [line('接着')]]).map((l) => l.text)).toEqual(['完了。', '接着']);
    expect(joinPages([[line('（一）标题')], [line('4、发挥')]]).map((l) => l.text)).toEqual(['（一）标题', '4、发挥']);
  });
});

describe('emphasiseDefinitions', () => {
  it('emphasises a quoted term that opens a defining sentence', () => {
    expect(emphasiseDefinitions('抓点。“快”主要是指要快。')).toEqual([
      { type: 'text', value: '抓点。' },
      { type: 'strong', children: [{ type: 'text', value: '“快”' }] },
      { type: 'text', value: '主要是指要快。' },
    ]);
  });

  it('leaves quoted words that are not defined', () => {
    expect(emphasiseDefinitions('习惯了“压”和“拖”两个字')).toEqual([{ type: 'text', value: '习惯了“压”和“拖”两个字' }]);
  });
});

describe('splitClosing', () => {
  const heading = (text: string) => ({
    kind: 'heading' as const,
    numbering: detectNumbering(text) ?? expect.fail(`${text} is numbered`),
    text,
    source: line(text),
  });
  const paragraph = (text: string) => ({ kind: 'paragraph' as const, text, source: line(text) });

  it('takes the paragraphs after the last one-paragraph item as the closing', () => {
    const blocks = [
      heading('1、甲'),
      paragraph('a'),
      heading('2、乙'),
      paragraph('b'),
      heading('3、丙'),
      paragraph('c'),
      paragraph('结语'),
    ];
    expect(splitClosing(blocks).closing).toEqual([paragraph('结语')]);
  });

  it('takes nothing when items have several paragraphs', () => {
    const blocks = [
      heading('1、甲'),
      paragraph('a'),
      paragraph('a2'),
      heading('2、乙'),
      paragraph('b'),
      paragraph('c'),
    ];
    expect(splitClosing(blocks).closing).toEqual([]);
  });
});

describe('helpers', () => {
  it('notes a correction only where its original occurs', () => {
    const correction = { original: '矛盾潜优', reading: '矛盾潜伏' };
    expect(correctionsIn('导致矛盾潜优。', [correction])).toEqual([correction]);
    expect(correctionsIn('无关', [correction])).toEqual([]);
    expect(correctionNote(correction)).toBe('原文作“矛盾潜优”，疑为“矛盾潜伏”之误；正文照录原文。');
  });
});
