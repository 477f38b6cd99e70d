/**
 * Text saved as other programs save it, for import tests: Windows-1252 (a Windows "CSV"), UTF-16
 * LE or BE with a byte-order mark (Excel's "Unicode text"), UTF-8 with a BOM (Excel's "CSV UTF-8").
 */
import { decodeWindows1252 } from '../../src/data/import/decode-text.ts';

export type SavedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const SAVED_ENCODINGS: readonly SavedEncoding[] = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

/** Windows-1252's byte for each character it has. */
const BYTE_OF_1252 = new Map(
  [...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))].map((char, byte) => [
    char,
    byte,
  ]),
);

/** Can the text be saved in Windows-1252 (every character in the code page)? */
export const fitsWindows1252 = (text: string): boolean =>
  [...text].every((char) => BYTE_OF_1252.has(char));

/** The bytes of a text saved in an encoding; throws for a character Windows-1252 lacks. */
export function encodeText(text: string, encoding: SavedEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === 'windows-1252') {
    return Uint8Array.from([...text], (char) => {
      const byte = BYTE_OF_1252.get(char);
      if (byte === undefined) throw new Error(`"${char}" is not in Windows-1252`);
      return byte;
    });
  }
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  const little = encoding === 'utf-16le';
  view.setUint16(0, 0xfeff, little);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
  return bytes;
}
