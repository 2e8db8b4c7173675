/** A line of report text with where it came from, so every later message can name file and line. */
export interface SourceLine {
  file: string;
  /** 1-based line in `file` where the text starts. */
  line: number;
  text: string;
}
