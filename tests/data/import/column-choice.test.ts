/**
 * The user's choice of columns (the import dialog, `--columns`) over the header's reading: every
 * column as chosen, the others unread, by name or position; the preview the dialog shows, read as
 * the import reads; blank rows skipped and counted, never records.
 */
import { describe, expect, it } from 'vitest';
import { fieldNamed, parseColumnChoice } from '../../../src/data/import/column-choice.ts';
import { mapColumns } from '../../../src/data/import/letters-csv.ts';
import { previewFile } from '../../../src/data/import/preview.ts';
import { readCsv } from '../../../src/data/io/csv.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';
import { encodeText } from '../../helpers/encodings.ts';
import { buildRead, readBytes, utf8 } from '../../helpers/import.ts';

const HEADER = ['Absender', 'Empfänger', 'Datum', 'Ort', 'Bemerkung'];

describe('data/import column-choice: the columns as the user chose them', () => {
  it('overrides the header: a field the name would give is not read unless chosen', () => {
    expect(mapColumns(HEADER)).toEqual({ senders: 0, recipients: 1, date: 2, places: 3, notes: 4 });
    // "Empfänger" is the sender here, "Absender" is left unread, the date is the 3rd column.
    expect(mapColumns(HEADER, { columns: { senders: 'Empfänger', date: 2 } })).toEqual({
      senders: 1,
      date: 2,
    });
    // --map only moves the fields it names; the rest are still read from their names.
    expect(mapColumns(HEADER, { map: { senders: 'Empfänger' } })).toMatchObject({
      senders: 1,
      date: 2,
    });
  });

  it('builds the letters the chosen columns give, and reports a column that is not there', () => {
    const text = 'Wer,An wen,Wann,Absender\nCharles Darwin,J. D. Hooker,1844,Nobody\n';
    const read = readBytes('d.csv', text, {
      letters: { columns: { senders: 'Wer', recipients: 'An wen', date: 'Wann', via: 'Via' } },
    });
    const result = buildRead(read);
    expect(result.report.totals.inGraph).toBe(1);
    expect(result.graph.nodes().sort()).toEqual(['charles-darwin', 'j-d-hooker']);
    expect(read.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^d\.csv:1:1: error: --columns via=Via: there is no column "Via"/),
    ]);
  });

  it("reads fields by their names, the dialog's words and the header names editions use", () => {
    expect(
      ['recipients', 'recipient', 'Empfänger', 'An', 'Wem', 'place received'].map(fieldNamed),
    ).toEqual(['recipients', 'recipients', 'recipients', 'recipients', null, 'recipientPlaces']);
    expect(parseColumnChoice('sender=Absender, recipient=#2,date=Datum')).toEqual({
      columns: { senders: 'Absender', recipients: 1, date: 'Datum' },
      errors: [],
    });
    expect(parseColumnChoice('who=A,sender=').errors).toHaveLength(2);
  });
});

describe('data/import preview: what the dialog shows', () => {
  it("shows the first rows and each column's field, as the import will read them", () => {
    const text = `Wer;Empfänger;Datum\r\n${Array.from({ length: 8 }, (_, i) => `A${i};B${i};179${i}`).join('\r\n')}`;
    const preview = previewFile('b.csv', encodeText(text, 'windows-1252'), {
      choice: {},
      letters: {},
      spreadsheets: null,
    });
    expect(preview).toMatchObject({
      file: 'b.csv',
      kind: 'letters',
      encoding: 'windows-1252',
      header: ['Wer', 'Empfänger', 'Datum'],
      roles: [null, 'recipients', 'date'],
      sheets: [],
      sheet: null,
    });
    expect(preview?.rows).toHaveLength(5);
    expect(preview?.rows[0]).toEqual(['A0', 'B0', '1790']);
    const chosen = previewFile('b.csv', encodeText(text, 'windows-1252'), {
      choice: { columns: { senders: 0, recipients: 1 } },
      letters: {},
      spreadsheets: null,
    });
    expect(chosen?.roles).toEqual(['senders', 'recipients', null]);
  });

  it("says how each column's order of day and month is decided, from all the rows read", () => {
    const rows = ['1,A,B,03/04/1844,12.3.1844', '2,B,A,05/06/1844,31/12/1844'];
    const dated = ['Id,Sender,Recipient,Sent,Received', ...rows, ...rows, ...rows].join('\n');
    const preview = previewFile('d.csv', utf8(dated), {
      choice: {},
      letters: {},
      spreadsheets: null,
    });
    expect(preview?.dateOrders).toEqual([
      null,
      null,
      null,
      {
        order: null,
        shownBy: null,
        conflict: null,
        ambiguous: 6,
        example: '03/04/1844',
      },
      { order: 'day-first', shownBy: '31/12/1844', conflict: null, ambiguous: 0, example: null },
    ]);
  });

  it('has no preview for files that are no table to map, and says when none is recognised', () => {
    const options = { choice: {}, letters: {}, spreadsheets: null };
    expect(previewFile('people.csv', utf8('id,name\na,A\n'), options)).toBeNull();
    expect(previewFile('l.xml', utf8('<TEI/>'), options)).toBeNull();
    expect(previewFile('x.csv', utf8('Wer,Wem\nA,B\n'), options)?.kind).toBe('unknown');
    expect(previewFile('c.csv', utf8('id,title\n1,"Letter, A to B, 1795"\n'), options)?.kind).toBe(
      'corpus',
    );
  });

  it('reads the start of a large table only, cut at a line break', () => {
    const row = 'Goethe;Schiller;1795;Weimar\n';
    const text = `Absender;Empfänger;Datum;Ort\n${row.repeat(20_000)}`;
    for (const encoding of ['utf-8', 'utf-16le', 'utf-16be'] as const) {
      const preview = previewFile('big.csv', encodeText(text, encoding), {
        choice: {},
        letters: {},
        spreadsheets: null,
      });
      expect(preview?.rows).toHaveLength(5);
      expect(preview?.rows[4]).toEqual(['Goethe', 'Schiller', '1795', 'Weimar']);
      expect(preview?.encoding).toBe(encoding);
    }
  });
});

describe('data/import: blank rows', () => {
  it('skips rows with no text (empty lines, lines of delimiters) and counts those between rows', () => {
    const log = new IssueLog();
    const table = readCsv('a,b,c\n1,2,3\n,,\n\n , \n4,5,6\n,,\n\n', 'f.csv', log);
    expect(table?.rows.map((row) => row.line)).toEqual([2, 6]);
    expect(table?.blankRows).toBe(3);
  });

  it('never makes a blank row an unplaced record, and says how many were skipped', () => {
    const read = readBytes('blank.csv', 'Sender,Recipient,Date\nA,B,1795\n,,\n,,\nB,A,1796\n');
    const result = buildRead({ ...read });
    expect(result.report.totals).toMatchObject({ records: 2, inGraph: 2, unplaced: 0 });
    expect(read.blankRows).toBe(2);
    expect(read.log.issues.map(formatIssue)).toContain(
      'blank.csv: info: 2 blank rows (no text in any cell) skipped',
    );
  });
});
