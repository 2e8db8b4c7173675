/** One problem found in the input, located precisely enough to fix it. */
export interface Diagnostic {
  /** The input file, as given on the command line. */
  file: string;
  /** 1-based line in that file; 0 when the problem is the file as a whole. */
  line: number;
  /** Stable id of the rule that found it, e.g. `empty-input`. */
  rule: string;
  message: string;
}

/** Thrown by a stage when the input cannot be converted faithfully. */
export class ConversionError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ConversionError';
    this.diagnostics = diagnostics;
  }
}

/** `file:line: message [rule]`; line 0 when the whole file is at fault. */
export function formatDiagnostic({ file, line, rule, message }: Diagnostic): string {
  return `${file}:${line}: ${message} [${rule}]`;
}

/** Shorthand for a stage that must stop at one problem. */
export function fail(file: string, line: number, rule: string, message: string): never {
  throw new ConversionError([{ file, line, rule, message }]);
}
