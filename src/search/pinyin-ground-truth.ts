// What a pinyin query must find, decided without the search code (no query parser, tokens or matcher): the
// readings pinyin-pro gives the built section texts, and a brute-force spelling of the query over every
// stretch of each section.
import { pinyin } from 'pinyin-pro';
import { foldText } from './fold-text.ts';
import { readingsDictionary } from './pinyin-readings.ts';
import type { Section } from './section.ts';

/** A section a query must return, with the stretches of folded text (in its text or path) that must be marked. */
export interface PinyinTruth {
  url: string;
  matched: string[];
}

/** Every syllable of at least two letters pinyin-pro reads, less the interjection `ng`/`hng` (they stay initials). */
function librarySyllables(): Set<string> {
  const found = new Set<string>();
  for (let code = 0x3400; code <= 0x9fff; code++) {
    for (const reading of pinyin(String.fromCodePoint(code), {
      toneType: 'none',
      multiple: true,
      type: 'array',
      v: true,
    })) {
      if (/^[a-z]{2,}$/.test(reading) && reading !== 'ng' && reading !== 'hng') found.add(reading);
    }
  }
  return found;
}

/** The spellings one character allows: itself, each reading, each reading's initial (`zh`, `ch`, `sh` or a letter). */
function spellings(char: string, readings: readonly string[]): string[] {
  const initials = readings.map((reading) => /^[zcs]h/.exec(reading)?.[0] ?? reading.charAt(0));
  const firstLetters = readings.map((reading) => reading.charAt(0));
  return [...new Set([char, ...readings, ...initials, ...firstLetters])];
}

/** Fewest units a piece of a query spells: a character, a syllable of the table, or an initial. */
function fewestUnits(piece: string, syllables: Set<string>): number {
  const chars = [...piece];
  const best = new Array<number>(chars.length + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let start = 0; start < end; start++) {
      const unit = chars.slice(start, end).join('');
      const isUnit = end - start === 1 || syllables.has(unit) || ['zh', 'ch', 'sh'].includes(unit);
      if (isUnit) best[end] = Math.min(best[end] ?? 0, (best[start] ?? 0) + 1);
    }
  }
  return best[chars.length] ?? 0;
}

/** Whether `chars` spell `piece`, one spelling per character. */
function spells(piece: string, chars: readonly string[], spellingsOf: (char: string) => string[]): boolean {
  const [first, ...rest] = chars;
  if (first === undefined) return piece === '';
  return spellingsOf(first).some(
    (spelling) => piece.startsWith(spelling) && spells(piece.slice(spelling.length), rest, spellingsOf),
  );
}

interface TruthTerm {
  pieces: string[];
  units: number[];
}

/**
 * The query as pinyin terms, or undefined when it is not pinyin: words split at spaces, single-syllable words
 * joined (`qun zhong`), apostrophes as boundaries; a term that is one letter-initial alone is not pinyin.
 */
function truthTerms(query: string, syllables: Set<string>): TruthTerm[] | undefined {
  const words = query
    .replaceAll('ü', 'v')
    .split(/\s+/)
    .map((word) =>
      word
        .split(/['’]/)
        .map((piece) => foldText(piece).folded)
        .filter(Boolean),
    )
    .filter((pieces) => pieces.length > 0);
  const terms: TruthTerm[] = [];
  let joining = false;
  for (const pieces of words) {
    const oneSyllable = pieces.length === 1 && syllables.has(pieces[0] ?? '');
    const previous = terms.at(-1);
    if (oneSyllable && joining && previous) previous.pieces.push(...pieces);
    else terms.push({ pieces: [...pieces], units: [] });
    joining = oneSyllable;
  }
  for (const term of terms) term.units = term.pieces.map((piece) => fewestUnits(piece, syllables));
  if (!terms.some((term) => /[a-z]/.test(term.pieces.join('')))) return undefined;
  const loneInitial = (term: TruthTerm) => {
    const text = term.pieces.join('');
    return term.units.reduce((sum, count) => sum + count, 0) === 1 && /[a-z]/.test(text) && !syllables.has(text);
  };
  return terms.some(loneInitial) ? undefined : terms;
}

/** Where a term is spelled in a folded text: the matched stretches. */
function termStretches(term: TruthTerm, folded: string, spellingsOf: (char: string) => string[]): string[] {
  const chars = [...folded];
  const length = term.units.reduce((sum, count) => sum + count, 0);
  const found: string[] = [];
  for (let start = 0; start + length <= chars.length; start++) {
    let at = start;
    const ok = term.pieces.every((piece, index) => {
      const count = term.units[index] ?? 0;
      const spelled = spells(piece, chars.slice(at, at + count), spellingsOf);
      at += count;
      return spelled;
    });
    if (ok) found.push(chars.slice(start, start + length).join(''));
  }
  return found;
}

/** Ground truth of pinyin queries over the built sections; `matches` is undefined for a query that is not pinyin. */
export function pinyinGroundTruth(sections: readonly Section[]) {
  const syllables = librarySyllables();
  const readings = readingsDictionary(sections.map((section) => section.text));
  const spellingsOf = (char: string) => spellings(char, readings.get(char) ?? []);
  const folded = sections.map((section) => foldText(section.text).folded);
  return {
    readings,
    matches(query: string): PinyinTruth[] | undefined {
      const terms = truthTerms(query, syllables);
      if (!terms) return undefined;
      return sections.flatMap((section, index) => {
        const perTerm = terms.map((term) => termStretches(term, folded[index] ?? '', spellingsOf));
        if (perTerm.some((stretches) => stretches.length === 0)) return [];
        // The result's path (chapter title › heading) is marked too, term by term.
        const inPath = terms.flatMap((term) => termStretches(term, foldText(section.path).folded, spellingsOf));
        return [{ url: section.url, matched: [...new Set([...perTerm.flat(), ...inPath])] }];
      });
    },
  };
}
