/**
 * Tables as Windows and Excel save them: Windows-1252 "CSV", Excel's "Unicode text" (UTF-16 with a
 * byte-order mark, tab-separated), "CSV UTF-8" (with a BOM). Each must build the letters the UTF-8
 * table builds, names and all; Windows-1252 is said once per file, where the first byte is.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  decodeWindows1252,
  firstInvalidUtf8,
} from '../../../src/data/import/decode-text.ts';
import { detectDelimiter } from '../../../src/data/io/csv.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';
import { encodeText, SAVED_ENCODINGS } from '../../helpers/encodings.ts';
import type { SavedEncoding } from '../../helpers/encodings.ts';
import { buildRead, readBytes } from '../../helpers/import.ts';

/** Goethe's letters as a German Excel saves them: semicolons, "Empfänger", umlauts in names. */
const GOETHE = [
  'Absender;Empfänger;Datum;Ort',
  'Johann Wolfgang Goethe;Friedrich Schiller;12.03.1795;Weimar',
  'Friedrich Schiller;Johann Wolfgang Goethe;20.03.1795;Jena',
  'Johann Wolfgang Goethe;Charlotte von Stein;1796-06-01;Weimar',
  'Charlotte von Stein;Johann Wolfgang Goethe;1796-07-02;Kochberg',
  'Johann Wolfgang Goethe;Georg Joachim Göschen;March 1797;Weimar',
  'Friedrich Schiller;Christian Gottfried Körner;c. 1798;Jena',
].join('\r\n');

/** Darwin's letters as Excel's "Unicode text": tabs, and a header with more commas than tabs. */
const DARWIN = [
  'Sender\tRecipient\tDate (day, month, year)',
  'Darwin, Charles\tHooker, J. D.\t1844-01-11',
  'Hooker, J. D.\tDarwin, Charles\t1844-01-29',
  'Darwin, Charles\tLyell, Charles\t1844-03-08',
].join('\r\n');

function build(name: string, text: string, encoding: SavedEncoding) {
  const read = readBytes(name, encodeText(text, encoding));
  const result = buildRead(read);
  return {
    rows: read.rows.length,
    drawn: result.report.totals.inGraph,
    people: result.graph
      .nodes()
      .map((node) => result.graph.getNodeAttribute(node, 'label'))
      .sort(),
    messages: read.log.issues.filter((i) => i.severity !== 'info').map(formatIssue),
  };
}

describe('data/import decode-text: any encoding Windows and Excel save', () => {
  it.each(SAVED_ENCODINGS)("draws 6 of 6 of Goethe's letters saved as %s", (encoding) => {
    const built = build('goethe.csv', GOETHE, encoding);
    expect(built.rows).toBe(6);
    expect(built.drawn).toBe(6);
    expect(built.people).toContain('Georg Joachim Göschen');
    expect(built.people).toContain('Christian Gottfried Körner');
    expect(built.people).toEqual(build('goethe.csv', GOETHE, 'utf-8').people);
  });

  it('says once for the file that it was read as Windows-1252, at the first byte that is not UTF-8', () => {
    const { messages } = build('goethe.csv', GOETHE, 'windows-1252');
    const said = messages.filter((m) => m.includes('Windows-1252'));
    // "Empfänger": the ä is the 14th character of line 1.
    expect(said).toEqual([
      'goethe.csv:1:14: warning: read as Windows-1252: the file is not UTF-8 (the first byte that is not, 0xE4, is here); if letters look wrong, save it as UTF-8',
    ]);
  });

  it.each(['utf-16le', 'utf-16be', 'utf-8-bom'] as const)(
    'reads Excel\'s tab-separated "Unicode text" saved as %s, a header with commas notwithstanding',
    (encoding) => {
      const built = build('darwin.txt', DARWIN, encoding);
      expect(built.drawn).toBe(3);
      expect(built.messages.filter((m) => m.includes('Windows-1252') || m.includes('UTF'))).toEqual(
        [],
      );
    },
  );

  it('finds tabs in the header even when it has as many commas', () => {
    const log = new IssueLog();
    const decoded = decodeText(encodeText(DARWIN, 'utf-16le'), 'darwin.txt', log);
    expect(decoded).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(decoded.text.startsWith('Sender\t')).toBe(true);
    expect(detectDelimiter(decoded.text.split('\r\n')[0] ?? '')).toBe('\t');
    expect(log.issues).toEqual([]);
  });

  it('reads UTF-16 that lost its byte-order mark, and says how it was read', () => {
    const log = new IssueLog();
    const bytes = encodeText(GOETHE, 'utf-16le').subarray(2);
    const decoded = decodeText(bytes, 'goethe.csv', log);
    expect(decoded.text).toBe(GOETHE);
    expect(log.issues.map(formatIssue)).toEqual([
      'goethe.csv: warning: read as UTF-16 LE: the file has no byte-order mark, but every other byte is zero',
    ]);
  });

  it('keeps the byte-order mark out of the text and the first header name', () => {
    const log = new IssueLog();
    for (const encoding of ['utf-8-bom', 'utf-16le', 'utf-16be'] as const) {
      const decoded = decodeText(encodeText(GOETHE, encoding), 'goethe.csv', log);
      expect(decoded.text).toBe(GOETHE);
      expect(decoded.bom).toBe(true);
    }
    expect(log.issues).toEqual([]);
  });

  it('reports bytes that are not UTF-8 in a file whose BOM says UTF-8, by line and column', () => {
    const log = new IssueLog();
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('id,title\n1,Caf'),
      0xe9,
      ...new TextEncoder().encode('\n'),
    ]);
    expect(decodeText(bytes, 'latin1.csv', log).text).toContain('Caf\uFFFD');
    expect(log.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^latin1\.csv:2:6: error: .* not UTF-8/),
    ]);
  });

  it("decodes Windows-1252's own characters, not Latin-1 controls (Node's TextDecoder does)", () => {
    expect(
      decodeWindows1252(new Uint8Array([0x80, 0x84, 0x93, 0x94, 0x96, 0x9c, 0xe4, 0xdf])),
    ).toBe('€„“”–œäß');
  });

  it('finds the first byte that is not UTF-8, overlong forms and surrogates included', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));
    expect(at(0x41, 0xc3, 0xa4, 0x42)).toBe(-1);
    expect(at(0xf0, 0x9f, 0x98, 0x80)).toBe(-1);
    expect(at(0x41, 0xe4, 0x42)).toBe(1);
    expect(at(0xc0, 0x80)).toBe(0);
    expect(at(0xe0, 0x80, 0x80)).toBe(0);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
    expect(at(0x41, 0xc3)).toBe(1);
  });
});
