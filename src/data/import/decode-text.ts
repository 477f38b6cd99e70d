/**
 * The one decoder of the files a user opens: bytes to text, whatever the program that saved them.
 * Historians' tables come from Excel on Windows as often as from anywhere: UTF-8 with or without a
 * byte-order mark, Excel's "Unicode text" (UTF-16 with a BOM, tab-separated), and "CSV" saved in
 * the Windows code page (Windows-1252), where "Empfänger" is not UTF-8 at all. The command line and
 * the import worker both hand this function bytes. Pure: runs in Node and in the browser.
 */
import type { IssueLog } from '../issues.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether the file began with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

/**
 * Windows-1252's bytes 0x80–0x9F (the rest are Latin-1, the code point itself). Written out
 * because Node 20's TextDecoder('windows-1252') decodes them as Latin-1 C1 controls (0x80 as
 * U+0080, not "€"), unlike browsers; the five bytes the code page leaves undefined keep their C1
 * code point, as the WHATWG Encoding Standard maps them.
 */
const HIGH_1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const slice = bytes.subarray(start, start + 8192);
    const codes = new Array<number>(slice.length);
    for (let i = 0; i < slice.length; i++) {
      const byte = slice[i] ?? 0;
      codes[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_1252.charCodeAt(byte - 0x80) : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (-1: none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      continue;
    }
    // Lead byte: the length of its sequence and the range its second byte must fall in
    // (which excludes overlong forms, surrogates and code points past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text in Latin script has a zero in
 * every other byte (the high byte of each character), which UTF-8 and Windows-1252 text never has.
 * Looks at the first 4 KB; needs a zero in at least 40 % of the pairs' one side and none to
 * speak of on the other.
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Line and column (1-based) just past a text. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split(/\r\n?|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Decode a file's bytes: by its byte-order mark when it has one (UTF-8, UTF-16 LE or BE); as
 * UTF-16 when its zero bytes say so; as UTF-8 when the bytes are UTF-8; else as Windows-1252,
 * warned once for the file with where the first byte that is not UTF-8 stands. No row is lost.
 */
export function decodeText(bytes: Uint8Array, file: string, log: IssueLog): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    // A BOM says UTF-8; bytes that are not are still shown (as U+FFFD) and reported.
    return { text: decodeUtf8Reported(bytes.subarray(3), file, log), encoding: 'utf-8', bom: true };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: decodeUtf16(bytes.subarray(2), encoding), encoding, bom: true };
  }
  const utf16 = utf16ByZeros(bytes);
  if (utf16) {
    log.warn(
      file,
      undefined,
      `read as UTF-16 ${utf16 === 'utf-16le' ? 'LE' : 'BE'}: the file has no byte-order mark, but every other byte is zero`,
    );
    return { text: decodeUtf16(bytes, utf16), encoding: utf16, bom: false };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    const invalid = Math.max(firstInvalidUtf8(bytes), 0);
    // Counted in the text as read, as the table's own lines and columns are.
    const { line, column } = endOf(decodeWindows1252(bytes.subarray(0, invalid)));
    const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    log.warn(
      file,
      line,
      `read as Windows-1252: the file is not UTF-8 (the first byte that is not, 0x${byte}, is here); if letters look wrong, save it as UTF-8`,
      { column },
    );
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  // ignoreBOM: the mark was already taken off; a second one is text (U+FEFF), kept as it is.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** UTF-8 the file says it is: bytes that are not are shown as U+FFFD, the first reported. */
function decodeUtf8Reported(bytes: Uint8Array, file: string, log: IssueLog): string {
  const invalid = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (invalid >= 0) {
    const { line, column } = endOf(new TextDecoder('utf-8').decode(bytes.subarray(0, invalid)));
    log.error(
      file,
      line,
      'the file begins with a UTF-8 byte-order mark but has bytes that are not UTF-8, shown as "\uFFFD"; save it as UTF-8 again',
      { column },
    );
  }
  return text;
}
