import { fail } from './diagnostics.ts';

/** `JSON.parse`, failing with the file and the line of the syntax error instead of a bare SyntaxError. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as SyntaxError).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const before = position === undefined ? text : text.slice(0, Number(position));
    fail(
      file,
      before.split('\n').length,
      'bad-json',
      `is not valid JSON: ${message.replace(/ in JSON at position.*$/, '')}`,
    );
  }
}
