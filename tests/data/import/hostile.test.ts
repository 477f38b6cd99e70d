/**
 * Malformed and hostile input: every problem is an error issue naming the file, the line (and
 * column where known) and what was expected; nothing throws; the valid rest still loads when that
 * is safe; and markup in titles and names stays text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sizeText } from '../../../src/data/import/rows.ts';
import { readCsv } from '../../../src/data/io/csv.ts';
import { namedRows } from '../../../src/data/io/tables.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';
import {
  buildFiles,
  buildRead,
  cmifDocument,
  escapeXml,
  letterXml,
  readBytes,
  utf8,
} from '../../helpers/import.ts';
import { tempDir } from '../../helpers/tmp.ts';

const tmp = tempDir('cablegraph-hostile-');
const HEADER = 'id,title\n';
const CORPUS = `${HEADER}a,"Letter, Stalin to Mao Zedong, 1 May 1950"\nb,"Letter, Mao Zedong to Stalin, 2 May 1950"\n`;
const TWO_LETTERS = cmifDocument(
  `${letterXml('1', { name: 'Anna' }, { name: 'Ben' })}\n${letterXml('2', { name: 'Cleo' }, { name: 'Dan' })}`,
);
/** The same without its XML declaration, for a DOCTYPE to go before. */
const BODY = TWO_LETTERS.replace(/^<\?xml[^>]*>\n/, '');
const GRAPH = '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b"}]}';
const DOCTYPE_REFUSED = 'DOCTYPE not allowed: CMIF needs none, and entities are a risk';

describe('data/import hostile: CSV', () => {
  it('an unclosed quote costs its own record: file, line and column reported, the rest of the file read', () => {
    const path = tmp.write(
      'unclosed.csv',
      `${HEADER}a,"Letter, Stalin to Mao Zedong, 1950"\nb,"Letter, Mao Zedong to Stalin, 1950\nc,"Letter, Kim Il Sung to Stalin, 1950"\nd,"Letter, Stalin to Kim Il Sung\n`,
    );
    const { report, issues } = buildFiles([path]);
    expect(issues).toEqual([
      `${path}:3:3: error: the quoted field opened at line 3, column 3 is not closed properly (a quote at line 4, column 3 is followed by more text; quotes inside a field must be doubled); this record was skipped and reading resumed on the next line`,
      `${path}:5:3: error: the quoted field opened at line 5, column 3 is never closed; this record was skipped and reading resumed on the next line`,
    ]);
    expect(report.records.map((r) => [r.id, r.line])).toEqual([
      ['a', 2],
      ['c', 4],
    ]);
  });

  it('detects ";" in a letter table, and names the header when a corpus CSV has one column', () => {
    const letters = readBytes(
      'letters.csv',
      'sender;addressee;date\nAnna;Ben;1900\nCleo;Dan;1901\n',
    );
    expect(letters.errors).toEqual([]);
    expect(letters.rows.map((r) => r.parties?.senders?.[0]?.name)).toEqual(['Anna', 'Cleo']);
    const colons = readBytes('corpus.csv', 'id:title:date\n1:Letter:1950\n');
    expect(colons.rows).toEqual([]);
    expect(colons.log.issues.map(formatIssue)).toEqual([
      'corpus.csv:1:1: error: missing required column "title"; the header has "id:title:date"',
    ]);
    // Read with the delimiter given (rather than detected), a one-column header gets a hint.
    const log = new IssueLog();
    const table = readCsv('id;title;date\n1;Letter;1950\n', 'forced.csv', log, { delimiter: ',' });
    expect(
      table && namedRows(table, 'forced.csv', log, { required: ['title'], optional: [] }),
    ).toBe(null);
    expect(log.issues.map(formatIssue)).toEqual([
      'forced.csv:1:1: error: missing required column "title"; the header has "id;title;date" (the header has one column: is the delimiter "," right?)',
    ]);
  });

  it('reads past a byte-order mark in every format', () => {
    const csv = readBytes('bom.csv', `\uFEFF${CORPUS}`);
    expect(csv.rows.map((r) => r.get('id'))).toEqual(['a', 'b']);
    const letters = readBytes('bom-letters.csv', '\uFEFFsender,addressee\nAnna,Ben\n');
    expect(letters.rows[0]?.parties?.senders?.[0]?.name).toBe('Anna');
    expect(readBytes('bom.xml', `\uFEFF${TWO_LETTERS}`).rows).toHaveLength(2);
    const json = readBytes('bom.json', `\uFEFF${GRAPH}`);
    expect(json.rows).toHaveLength(1);
    for (const read of [csv, letters, json])
      expect(read.log.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('reads CRLF, LF and CR line endings mixed in one file, counting lines as an editor does', () => {
    const text = `${HEADER.replace('\n', '\r\n')}a,"Letter, A to B, 1950"\nb,"Letter, C\r\nto D"\rc,"Letter, E to F"\r\nd,"unclosed\re,ok\n`;
    const read = readBytes('mixed.csv', text);
    expect(read.rows.map((r) => [r.line, r.get('id'), r.get('title')])).toEqual([
      [2, 'a', 'Letter, A to B, 1950'],
      [3, 'b', 'Letter, C\r\nto D'],
      [5, 'c', 'Letter, E to F'],
      [7, 'e', 'ok'],
    ]);
    expect(read.errors).toEqual([
      expect.objectContaining({ file: 'mixed.csv', line: 6, column: 3 }),
    ]);
    // XML: the same letters on the same lines whatever the line endings.
    const lines = ['\n', '\r\n', '\r'].map((eol) =>
      readBytes('eol.xml', TWO_LETTERS.replace(/\n/g, eol)).rows.map((r) => r.line),
    );
    expect(lines).toEqual([
      [15, 19],
      [15, 19],
      [15, 19],
    ]);
  });

  it('reports a missing required column against the header line, naming what the header has', () => {
    const read = readBytes('documents.csv', 'id,name,date\n1,x,1950\n');
    expect(read.rows).toEqual([]);
    expect(read.log.issues.map(formatIssue)).toEqual([
      'documents.csv:1:1: error: missing required column "title"; the header has "id", "name", "date"',
    ]);
  });

  it('reads bytes that are not UTF-8 (Latin-1 "é") as Windows-1252, saying where the first is', () => {
    const bytes = Uint8Array.from([
      ...utf8(`${HEADER}a,"Letter, Caf`),
      0xe9,
      ...utf8(' to Stalin, 1950"\nb,"Letter, Mao Zedong to Stalin, 1950"\n'),
    ]);
    const read = readBytes('latin1.csv', bytes);
    expect(read.log.issues.map(formatIssue)).toEqual([
      'latin1.csv:2:15: warning: read as Windows-1252: the file is not UTF-8 (the first byte that is not, 0xE9, is here); if letters look wrong, save it as UTF-8',
    ]);
    expect(read.rows.map((r) => r.get('title'))).toEqual([
      'Letter, Café to Stalin, 1950',
      'Letter, Mao Zedong to Stalin, 1950',
    ]);
    const xml = utf8(TWO_LETTERS.replace('Cleo', 'Cl\u0001o'));
    xml[xml.indexOf(1)] = 0xe9;
    const cmif = readBytes('latin1.xml', xml);
    expect(cmif.errors).toEqual([]);
    expect(cmif.log.issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 20, column: 48 }),
    ]);
    expect(cmif.rows.map((r) => r.parties?.senders?.[0]?.name)).toEqual(['Anna', 'Cléo']);
  });
});

describe('data/import hostile: XML', () => {
  it('stops at XML that is not well-formed, with line and column, keeping the letters before it', () => {
    const read = readBytes(
      'broken.xml',
      TWO_LETTERS.replace('<persName>Dan</persName>', '<persName>Dan</persname>'),
    );
    expect(read.errors).toEqual([
      expect.objectContaining({
        file: 'broken.xml',
        line: 21,
        column: expect.any(Number),
        message: expect.stringMatching(/^not well-formed XML: /),
      }),
    ]);
    expect(read.rows.map((r) => r.get('id'))).toEqual(['broken-1']);
  });

  it('refuses a DOCTYPE and an entity-expansion bomb ("billion laughs"): nothing read', () => {
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    );
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY lol0 "lol">\n${lols.join('\n')}\n]>\n${BODY.replace('Anna', '&lol9;')}`;
    const plain = `<!DOCTYPE TEI>\n${BODY}`;
    for (const [name, text, line] of [
      ['bomb.xml', bomb, 2],
      ['doctype.xml', plain, 1],
    ] as const) {
      const read = readBytes(name, text);
      expect(read.rows).toEqual([]);
      const where = { severity: 'error', file: name, line, column: 1 };
      expect(read.log.issues).toEqual([{ ...where, message: DOCTYPE_REFUSED }]);
      expect(JSON.stringify(read)).not.toMatch(/lollol/);
    }
  });

  it('refuses an external entity without opening the file it names', () => {
    // A file of our own with a marker: if the reader ever opened it, the marker would show.
    const secret = tmp.write('secret.txt', 'MARKER-7f3a9c-do-not-read');
    const passwd = existsSync('/etc/passwd')
      ? readFileSync('/etc/passwd', 'utf8').split('\n')[0]
      : null;
    for (const target of ['file:///etc/passwd', `file://${secret}`, secret]) {
      const entity = `<!DOCTYPE TEI [<!ENTITY x SYSTEM "${target}">]>`;
      const text = `<?xml version="1.0"?>\n${entity}\n${BODY.replace(/Anna|Test letters/g, '&x;')}`;
      const path = tmp.write('xxe.xml', text);
      const { documents, report, issues, graph } = buildFiles([path]);
      expect(documents).toEqual([]);
      expect(issues).toEqual([`${path}:2:1: error: ${DOCTYPE_REFUSED}`]);
      const everything = JSON.stringify({ documents, report, graph: graph.export() });
      expect(everything).not.toContain('MARKER-7f3a9c');
      if (passwd) expect(everything).not.toContain(passwd);
    }
  });
});

describe('data/import hostile: files', () => {
  it('reports a 0-byte file, and a blank one, naming the file', () => {
    const path = tmp.write('empty.csv', '');
    expect(buildFiles([path]).issues).toEqual([`${path}: error: the file is empty (0 bytes)`]);
    expect(readBytes('blank.csv', ' \n\n').log.issues.map(formatIssue)).toEqual([
      'blank.csv: error: the file is empty: expected a header line, then one record per line',
    ]);
    expect(readBytes('blank.xml', '\n').errors).toEqual([
      expect.objectContaining({ line: 1, message: 'the file is empty' }),
    ]);
  });

  it('refuses a file over the size limit with a message giving the limit, reading nothing', () => {
    const big = readBytes('big.csv', CORPUS.repeat(40), { maxBytes: 2048 });
    expect(big.rows).toEqual([]);
    expect(big.log.issues.map(formatIssue)).toEqual([
      `big.csv: error: the file is ${sizeText(CORPUS.length * 40)}; files up to 2 KB can be read. Split it into several files (they merge into one corpus)`,
    ]);
    expect(sizeText(CORPUS.length * 40)).toMatch(/^\d+\.\d KB$/);
    // Sizes that round alike are given in bytes, so the message never reads "2 KB; up to 2 KB".
    const path = tmp.write('just-over.csv', 'x'.repeat(2049));
    expect(buildFiles([path], { maxBytes: 2048 }).issues).toEqual([
      `${path}: error: the file is 2,049 bytes; files up to 2,048 bytes can be read. Split it into several files (they merge into one corpus)`,
    ]);
    const sizes = [0, 1023, 1536, 200 * 1024 ** 2].map(sizeText);
    expect(sizes).toEqual(['0 bytes', '1023 bytes', '1.5 KB', '200 MB']);
  });

  it('refuses a file of an unsupported kind, saying which kinds are', () => {
    const expected =
      'not a supported file: expected CSV or TSV (.csv, .tsv), Excel or OpenDocument (.xlsx, .ods), CMIF XML (.xml) or graphology JSON (.json)';
    for (const [name, content] of [
      ['scan.pdf', utf8('%PDF-1.7\n')],
      ['README', utf8('Just some text\n')],
    ] as const) {
      const read = readBytes(name, content);
      expect(read.rows).toEqual([]);
      expect(read.log.issues).toEqual([{ severity: 'error', file: name, message: expected }]);
    }
    // Without an extension the content decides.
    expect(readBytes('letters', TWO_LETTERS).rows).toHaveLength(2);
    // A zip that is no workbook is reported as one that cannot be read (tests/data/import/sheets).
    const zip = readBytes('letters.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(zip.rows).toEqual([]);
    expect(zip.errors).toHaveLength(1);
  });

  it('reports JSON that is not valid with its line and column, and JSON that is not a graph', () => {
    const bad = readBytes('bad.json', '{\n  "nodes": [],\n  "edges": [,]\n}\n');
    expect(bad.errors).toEqual([
      expect.objectContaining({
        file: 'bad.json',
        line: 3,
        column: 13,
        message: expect.stringMatching(/^not valid JSON: /),
      }),
    ]);
    const cut = readBytes('cut.json', '{\n  "nodes": [\n');
    expect(cut.errors).toEqual([expect.objectContaining({ line: 3, column: 1 })]);
    for (const text of ['{"graph": 1}', '[1, 2]', '"nodes"', '{"nodes": {}, "edges": []}']) {
      const read = readBytes('other.json', text);
      expect(read.rows).toEqual([]);
      expect(read.log.issues.map(formatIssue)).toEqual([
        `other.json:1:1: error: expected a graph in graphology's JSON format: an object with "nodes" and "edges" arrays`,
      ]);
    }
    const text = GRAPH.replace('"edges":[', '"edges":[{"source":"a"},');
    const partly = readBytes('partly.json', text);
    expect(partly.rows).toHaveLength(1);
    // Named by where the edge starts, for a file of thousands on one line.
    const column = text.indexOf('{"source":"a"}') + 1;
    expect(partly.log.issues.map(formatIssue)).toEqual([
      `partly.json:1:${column}: error: edge 1 has no source or target; it was not read`,
    ]);
  });
});

describe('data/import hostile: markup is text', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '<img src=x onerror=alert(1)>';
  const TITLE = `${SCRIPT} & ${IMG} "quoted" & more`;
  const NAME = `${IMG} & ${SCRIPT} Co`;
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const labels = (result: ReturnType<typeof buildRead>): string[] =>
    result.graph.mapNodes((_node, attrs) => attrs.label).sort();

  it('keeps a title and a name verbatim from a letter table', () => {
    const result = buildRead(
      readBytes('xss.csv', `id,sender,addressee,title\n1,${quote(NAME)},Ben,${quote(TITLE)}\n`),
    );
    expect(result.documents[0]?.title).toBe(TITLE);
    expect(labels(result)).toEqual([NAME, 'Ben'].sort());
    expect(result.documents[0]?.roles.senders[0]?.asWritten).toBe(NAME);
  });

  it('keeps a name verbatim from CMIF, where the file escapes it', () => {
    const result = buildRead(
      readBytes(
        'xss.xml',
        cmifDocument(letterXml('1', { name: escapeXml(NAME) }, { name: 'Ben' })),
      ),
    );
    expect(labels(result)).toEqual([NAME, 'Ben'].sort());
    expect(result.documents[0]?.title).toBe(`Letter from ${NAME} to Ben, 1800-01-02`);
  });

  it("keeps a corpus CSV's title verbatim, and a curated name as written", () => {
    const csv = `id,title,senders\n1,${quote(TITLE)},${quote(NAME)}\n`;
    const result = buildRead(readBytes('xss-corpus.csv', csv));
    expect(result.documents[0]?.title).toBe(TITLE);
    expect(result.documents[0]?.roles.senders[0]?.asWritten).toBe(NAME);
  });
});
