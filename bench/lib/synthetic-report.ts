/**
 * Synthetic source pages N× the size of the real report, for scale benchmarks only (never
 * published): the real page's sentences, permuted by a seeded generator into new sections
 * numbered 一、/ (一) / 1、 the way the scraped source numbers them.
 */

/** What a synthetic report is made of, read from one real source page. */
export interface SourceCorpus {
  /** The page's lines above the body (breadcrumb, title, date, summary, tags). */
  header: string;
  /** The page's lines below the body (pagination, tags, copyright). */
  footer: string;
  /** Every whole sentence of the body, ending in 。！？ */
  sentences: string[];
  /** Heading texts of the body without their numbering. */
  headings: string[];
  /** Han characters in the body: the size of 1×. */
  hanCount: number;
}

const BODY_AFTER = /标签:/;
const FOOTER_FROM = /^上一页/;
// A scraped page break: blank line, then the site's watermark glued to the rest of the sentence.
const PAGE_BREAK = /\n\s*\nwww\.xuehuiba\.com /g;
const NUMBERING = /^(?:\d+、|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
const HAN = /\p{Script=Han}/gu;

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Splits text after each 。！？, keeping only whole sentences. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[。！？]$/.test(sentence) && sentence.length > 1);
}

/** Reads header, footer, sentences and headings from one scraped source page. */
export function readCorpus(sourceText: string): SourceCorpus {
  const lines = sourceText.split('\n');
  const bodyStart = lines.findIndex((line) => BODY_AFTER.test(line)) + 1;
  const footerStart = lines.findIndex((line) => FOOTER_FROM.test(line));
  if (bodyStart === 0 || footerStart < bodyStart) throw new Error('source page: header or footer not found');
  const body = lines.slice(bodyStart, footerStart).join('\n').replace(PAGE_BREAK, '');
  const headings: string[] = [];
  const paragraphs: string[] = [];
  for (const line of body.split('\n')) {
    const numbering = line.match(NUMBERING)?.[0];
    if (numbering === undefined) {
      paragraphs.push(line);
      continue;
    }
    // A numbered line is a heading up to its first 。, and may go on with a paragraph.
    const rest = line.slice(numbering.length);
    const end = rest.indexOf('。');
    headings.push(end === -1 ? rest.trim() : rest.slice(0, end));
    if (end !== -1) paragraphs.push(rest.slice(end + 1));
  }
  return {
    header: lines.slice(0, bodyStart).join('\n'),
    footer: lines.slice(footerStart).join('\n'),
    sentences: paragraphs.flatMap(splitSentences),
    headings: headings.filter((heading) => heading.length > 0),
    hanCount: countHan(body),
  };
}

/** mulberry32: a small seeded generator, so every run makes the same report. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['千', '百', '十', ''];

/** Chinese numeral for 1–9999: 10 → 十, 21 → 二十一, 101 → 一百零一 (a run of zeros reads 零 once). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`chineseNumeral: ${n} is outside 1–9999`);
  let text = '';
  let zeroPending = false;
  String(n)
    .padStart(4, '0')
    .split('')
    .forEach((digit, position) => {
      if (digit === '0') {
        zeroPending = text !== '';
        return;
      }
      text += `${zeroPending ? '零' : ''}${DIGITS[Number(digit)]}${UNITS[position]}`;
      zeroPending = false;
    });
  // 10–19 are written 十, 十一…, not 一十.
  return n >= 10 && n < 20 ? text.slice(1) : text;
}

export interface SyntheticOptions {
  /** Size as a multiple of the real body's Han characters. */
  scale: number;
  seed: number;
}

const CHAPTERS_PER_PART = 3;
const ITEMS_PER_CHAPTER = 5;

/** Body lines of a synthetic report: numbered headings on their own lines, then paragraphs. */
export function syntheticBodyLines(corpus: SourceCorpus, { scale, seed }: SyntheticOptions): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const target = Math.ceil(scale * corpus.hanCount);
  const lines: string[] = [];
  let han = 0;
  const add = (line: string) => {
    lines.push(line);
    han += countHan(line);
  };
  for (let part = 1; han < target; part++) {
    add(`${chineseNumeral(part)}、${pick(corpus.headings)}`);
    for (let chapter = 1; chapter <= CHAPTERS_PER_PART && han < target; chapter++) {
      add(`(${chineseNumeral(chapter)})${pick(corpus.headings)}`);
      for (let item = 1; item <= ITEMS_PER_CHAPTER && han < target; item++) {
        add(`${item}、${pick(corpus.headings)}`);
        const paragraphs = 1 + Math.floor(random() * 2);
        for (let p = 0; p < paragraphs; p++) {
          const sentences = 2 + Math.floor(random() * 5);
          add(Array.from({ length: sentences }, () => pick(corpus.sentences)).join(''));
        }
      }
    }
  }
  return lines;
}

/** The site's pagination line for page `page` of `count`: 上一页 only after page 1, 下一页 only before the last. */
export function paginationLine(page: number, count: number): string {
  const numbers = Array.from({ length: count }, (_, index) => `[${index + 1}]`).join(' ');
  return [page > 1 ? '上一页' : '', numbers, page < count ? '下一页' : ''].filter(Boolean).join(' ');
}

/**
 * The synthetic report as source pages, each about as long as the real page and shaped like it,
 * with a pagination line that agrees with the page's number (the converter checks it).
 */
export function syntheticPages(corpus: SourceCorpus, options: SyntheticOptions): string[] {
  const bodies: string[][] = [];
  let lines: string[] = [];
  let han = 0;
  const flush = () => {
    bodies.push(lines);
    lines = [];
    han = 0;
  };
  for (const line of syntheticBodyLines(corpus, options)) {
    lines.push(line);
    han += countHan(line);
    if (han >= corpus.hanCount) flush();
  }
  if (lines.length > 0) flush();
  return bodies.map((body, index) => {
    const footer = corpus.footer.replace(/^(?:上一页|下一页|\[1\]).*$/m, paginationLine(index + 1, bodies.length));
    return `${corpus.header}\n${body.join('\n')}\n\n${footer}`;
  });
}
