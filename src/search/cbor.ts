/** A CBOR value of the kinds Pagefind's index files hold: integers, text strings and arrays. */
export type CborValue = number | string | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;
const text = new TextDecoder();

/** UTF-8 text of `bytes[start..end)`; ASCII, all Pagefind's tokens hold, without TextDecoder's cost per call. */
function textOf(bytes: Uint8Array, start: number, end: number): string {
  let ascii = '';
  for (let at = start; at < end; at++) {
    const byte = bytes[at] ?? 0;
    if (byte > 0x7f) return text.decode(bytes.subarray(start, end));
    ascii += String.fromCharCode(byte);
  }
  return ascii;
}

/**
 * Decodes one CBOR item (RFC 8949) of the kinds Pagefind writes with minicbor: definite-length arrays,
 * text strings and integers below 2^53; anything else (maps, floats, byte strings, tags) throws.
 */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = 2 ** (info - 24);
    const start = at;
    at += size;
    if (info === 24) return view.getUint8(start);
    if (info === 25) return view.getUint16(start);
    if (info === 26) return view.getUint32(start);
    if (info === 27) return Number(view.getBigUint64(start));
    throw new Error(`CBOR: unsupported length ${info} at byte ${start - 1}`);
  };
  const item = (): CborValue => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const value = argument(head & 31);
    if (major === UNSIGNED) return value;
    if (major === NEGATIVE) return -1 - value;
    if (major === TEXT) {
      at += value;
      return textOf(bytes, at - value, at);
    }
    if (major === ARRAY) {
      const items: CborValue[] = new Array(value);
      for (let index = 0; index < value; index++) items[index] = item();
      return items;
    }
    throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the item`);
  return value;
}
