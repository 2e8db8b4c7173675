import { TRADITIONAL_BITMAP, TRADITIONAL_BITMAP_START, TRADITIONAL_OUTSIDE } from './traditional-chars.ts';

let bitmap: Uint8Array | undefined;

function traditionalBitmap(): Uint8Array {
  bitmap ??= Uint8Array.from(atob(TRADITIONAL_BITMAP), (char) => char.charCodeAt(0));
  return bitmap;
}

/** Whether any character of `text` is one OpenCC would change to simplified: only then is OpenCC loaded. */
export function hasTraditionalChar(text: string): boolean {
  const bits = traditionalBitmap();
  for (const char of text) {
    const offset = (char.codePointAt(0) ?? 0) - TRADITIONAL_BITMAP_START;
    const byte = offset >= 0 ? bits[offset >> 3] : undefined;
    if (byte === undefined ? TRADITIONAL_OUTSIDE.includes(char) : byte & (1 << (offset & 7))) return true;
  }
  return false;
}

/** Traditional → simplified (OpenCC tw→cn), downloading the dictionaries only for text that needs them. */
export async function toSimplified(text: string): Promise<string> {
  if (!hasTraditionalChar(text)) return text;
  const { twToCn } = await import('./opencc-tw-to-cn.ts');
  return twToCn(text);
}
