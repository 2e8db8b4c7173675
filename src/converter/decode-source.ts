import { fail } from './diagnostics.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** Guesses BOM-less UTF-16 from the zero bytes that ASCII characters leave in every other position. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  // Too short to tell UTF-16 from binary; Han code units may hold one zero byte (U+4E00 一), ASCII always does.
  if (sample.length < 16) return null;
  const half = sample.length / 2;
  if (oddZeros > half * 0.2 && evenZeros * 4 < oddZeros) return 'utf-16le';
  if (evenZeros > half * 0.2 && oddZeros * 4 < evenZeros) return 'utf-16be';
  return null;
}

function decodeBytes(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    fail(file, lineAt(bytes, nul), 'binary-input', 'contains NUL bytes: this is a binary file, not scraped text');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Scraped Chinese pages are often GBK; GB18030 is its superset and decodes every GBK file.
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  }
}

/** Offset of the first C0 control character other than tab, line feed, vertical tab, form feed and carriage return. */
function findControlCharacter(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return index;
  }
  return -1;
}

/** Turns a scraped file's bytes into text with LF line endings, or fails naming the file and line. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let decoded: string;
  try {
    decoded = decodeBytes(bytes, file);
  } catch (error) {
    if (error instanceof TypeError) fail(file, 0, 'unknown-encoding', 'is neither UTF-8, UTF-16 nor GB18030 text');
    throw error;
  }
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') fail(file, 1, 'empty-input', 'is empty: no text to convert');
  const controlOffset = findControlCharacter(text);
  if (controlOffset !== -1) {
    const line = text.slice(0, controlOffset).split('\n').length;
    fail(file, line, 'binary-input', 'contains control characters: this is a binary file, not scraped text');
  }
  return text;
}
