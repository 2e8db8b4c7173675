/**
 * Typography normalisation, only where Chinese text surrounds the mark (clreq §3.1: Chinese
 * text takes full-width punctuation; Latin text keeps its own).
 */

/** Han ideographs, CJK symbols and punctuation, full-width forms, and the quotes/dashes Chinese shares with Latin. */
const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/u;

function isCjk(character: string | undefined): boolean {
  return character !== undefined && cjk.test(character);
}

const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

/** `,:;!?` between Chinese characters (or ending a Chinese line) become `，：；！？`. */
function widenPunctuation(text: string): string {
  return text.replace(/[,:;!?]/g, (mark, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + 1];
    return isCjk(before) && (after === undefined || isCjk(after)) ? (fullWidth[mark] ?? mark) : mark;
  });
}

/** `(…)` whose content is Chinese becomes `（…）`: `(二)` → `（二）`. */
function widenParentheses(text: string): string {
  return text.replace(/\(([^()]*\p{Script=Han}[^()]*)\)/gu, '（$1）');
}

/** Drops spaces (ordinary, no-break, ideographic) that touch Chinese text on either side. */
function dropSpacesBesideCjk(text: string): string {
  return text.replace(/[ \u00a0\u3000]+/g, (spaces, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + spaces.length];
    return isCjk(before) || isCjk(after) ? '' : ' ';
  });
}

export function normaliseTypography(text: string): string {
  return widenPunctuation(widenParentheses(dropSpacesBesideCjk(text)));
}
