/** The report's numbering levels, outermost first: 一、 / （一） / 1、 / （1） or ①. */
const numberingLevels = ['part', 'section', 'item', 'subitem'] as const;
export type NumberingLevel = (typeof numberingLevels)[number];

export interface Numbering {
  level: NumberingLevel;
  /** The number as an integer: （二） → 2. */
  value: number;
  /** The marker as printed, in full-width form: `（二）`, `3、`. */
  label: string;
  /** The text after the marker. */
  rest: string;
}

const hanDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1 … 99 → 一 … 九十九. */
export function formatHanNumber(value: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (value < 10) return digits[value] ?? '';
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : digits[tens]}十${digits[value % 10]}`;
}

/** 一 … 九十九 → 1 … 99. */
export function parseHanNumber(han: string): number | undefined {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(han);
  if (!match || han === '') return undefined;
  const [, tensDigit = '', ten, units = ''] = match;
  if (!ten) return tensDigit && !units ? hanDigits[tensDigit] : undefined;
  return (tensDigit ? (hanDigits[tensDigit] ?? 0) : 1) * 10 + (units ? (hanDigits[units] ?? 0) : 0);
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Pattern {
  level: NumberingLevel;
  regex: RegExp;
  value: (marker: string) => number | undefined;
}

// Order matters: `（一）` before `（1）`, and `1、` must not take `1.5倍`.
const patterns: Pattern[] = [
  { level: 'part', regex: /^([一二三四五六七八九十]{1,3})、/, value: parseHanNumber },
  { level: 'section', regex: /^（([一二三四五六七八九十]{1,3})）/, value: parseHanNumber },
  { level: 'item', regex: /^(\d{1,2})(?:、|[.．](?!\d))/, value: Number },
  { level: 'subitem', regex: /^（(\d{1,2})）/, value: Number },
  { level: 'subitem', regex: new RegExp(`^([${circled}])`, 'u'), value: (mark) => circled.indexOf(mark) + 1 },
];

/** The numbering a line of report text opens with, if any (expects full-width brackets, see typography). */
export function detectNumbering(text: string): Numbering | undefined {
  for (const { level, regex, value } of patterns) {
    const match = regex.exec(text);
    const number = match?.[1] === undefined ? undefined : value(match[1]);
    if (match && number !== undefined && number > 0) {
      return { level, value: number, label: match[0], rest: text.slice(match[0].length) };
    }
  }
  return undefined;
}

export function levelRank(level: NumberingLevel): number {
  return numberingLevels.indexOf(level);
}
