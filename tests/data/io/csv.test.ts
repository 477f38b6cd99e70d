import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/data/io/csv.ts';
import { formatIssue, IssueLog } from '../../../src/data/issues.ts';

function read(text: string) {
  const log = new IssueLog();
  const table = readCsv(text, 'f.csv', log);
  return { table, issues: log.issues.map(formatIssue) };
}

describe('data/io: CSV reading', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, with their start lines', () => {
    const { table, issues } = read('id,title\n1,"A, B"\n2,"say ""hi"""\n3,"two\nlines"\n4,plain\n');
    expect(issues).toEqual([]);
    expect(table?.rows.map((r) => [r.line, ...r.fields])).toEqual([
      [2, '1', 'A, B'],
      [3, '2', 'say "hi"'],
      [4, '3', 'two\nlines'],
      [6, '4', 'plain'],
    ]);
  });

  it('ignores a byte-order mark, mixed line endings and blank lines', () => {
    const { table, issues } = read('\uFEFFid,title\r\n1,a\n\n2,b\r3,c\r\n');
    expect(issues).toEqual([]);
    expect(table?.header).toEqual(['id', 'title']);
    expect(table?.rows.map((r) => r.fields[1])).toEqual(['a', 'b', 'c']);
  });

  it('reports an unclosed quote by line and column and still reads the records after it', () => {
    const { table, issues } = read(
      'id,title,date\n1,ok,1949\n2,"unclosed,1950\n3,next,1951\n4,"quoted ""fine""",1952\n',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^f\.csv:3:3: error: the quoted field opened at line 3, column 3 is not closed properly/,
    );
    expect(table?.rows.map((r) => r.fields[0])).toEqual(['1', '3', '4']);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  it('reports a quote never closed before the end of the file', () => {
    const { table, issues } = read('id,title\n1,ok\n2,"never closed\n');
    expect(issues[0]).toMatch(/f\.csv:3:3: error: .* is never closed/);
    expect(table?.rows).toHaveLength(1);
  });

  it('detects a semicolon or tab delimiter from the header', () => {
    expect(read('id;title\n1;a\n').table?.rows[0]?.fields).toEqual(['1', 'a']);
    expect(read('id\ttitle\n1\ta, b\n').table?.rows[0]?.fields).toEqual(['1', 'a, b']);
  });

  it('reports an empty file instead of crashing', () => {
    expect(read('').issues).toEqual([
      'f.csv: error: the file is empty: expected a header line, then one record per line',
    ]);
    expect(read('\n\n').table).toBeNull();
  });
});
