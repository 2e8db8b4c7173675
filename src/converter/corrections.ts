import { fail } from './diagnostics.ts';
import { parseJson } from './parse-json.ts';

/** An evident typo of the original, and what the editors take it to mean. The text keeps the typo. */
export interface Correction {
  original: string;
  reading: string;
}

/** Reads `corrections.json`, refusing anything that is not a list of {original, reading}. */
export function parseCorrections(json: string, file: string): Correction[] {
  const data = parseJson(json, file);
  const valid =
    Array.isArray(data) &&
    data.every(
      (entry) => typeof entry?.original === 'string' && entry.original !== '' && typeof entry?.reading === 'string',
    );
  if (!valid) fail(file, 1, 'bad-corrections', 'must be a JSON list of { "original": "…", "reading": "…" }');
  return data as Correction[];
}

/** The corrections whose original occurs in the text. */
export function correctionsIn(text: string, corrections: readonly Correction[]): Correction[] {
  return corrections.filter(({ original }) => text.includes(original));
}

/** The editorial note for a correction; it quotes the original, which the site's marks link to. */
export function correctionNote({ original, reading }: Correction): string {
  return `原文作“${original}”，疑为“${reading}”之误；正文照录原文。`;
}

/** Corrections that match no text: a stale list would silently stop annotating, so it is an error. */
export function assertCorrectionsUsed(
  texts: readonly string[],
  corrections: readonly Correction[],
  file: string,
): void {
  const unused = corrections.find(({ original }) => !texts.some((text) => text.includes(original)));
  if (unused) fail(file, 0, 'unused-correction', `“${unused.original}” occurs nowhere in the report text`);
}
