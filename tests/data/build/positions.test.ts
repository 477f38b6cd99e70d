/**
 * Every report entry about a record says where: line and column, so letters of a CMIF file
 * written on one line are told apart; and every reason is worded for what the record is (a CMIF
 * letter or a table row has no title to read its parties from).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/data/cli/paths.ts';
import type { BuildReport } from '../../../src/graph/report.ts';
import { buildFiles, buildRead, cmifDocument, letterXml, readBytes } from '../../helpers/import.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');

/** Entries of a report that concern a place in a file but do not say both line and column. */
function unplaced(report: BuildReport): string[] {
  return [
    ...report.records.filter((r) => !(r.line >= 1 && r.column >= 1)).map((r) => `record ${r.id}`),
    ...report.issues
      .filter(
        (issue) => issue.line !== undefined && !(issue.column !== undefined && issue.column >= 1),
      )
      .map((issue) => `issue ${issue.file}:${issue.line} ${issue.message}`),
  ];
}

describe('data/build positions', () => {
  it('places each letter of a one-line CMIF file by its column, and its issues too', () => {
    const letters = [
      letterXml('1', { name: 'A' }, { name: 'B' }, '1800-01-02'),
      letterXml('2', { name: 'B' }, { name: 'A' }, '1800-01-03'),
      letterXml('3', { name: 'A' }, { name: 'C' }, '1800'),
    ].map((xml) => xml.replace(/\n\s*/g, ''));
    // The third letter's date is prose only: a warning about that letter.
    const oneLine = cmifDocument(letters.join(''))
      .replace(/\n\s*/g, '')
      .replace('<date when="1800"/>', '<date>Frühjahr</date>');
    const { report } = buildRead(readBytes('one-line.xml', oneLine));
    const columns = report.records.map((r) => [r.line, r.column]);
    expect(new Set(report.records.map((r) => r.line))).toEqual(new Set([1]));
    expect(columns.map(([, column]) => column)).toEqual(
      [...columns.map(([, column]) => column)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(new Set(columns.map(([, column]) => column)).size).toBe(3);
    const undatable = report.issues.find((issue) => issue.message.includes('Frühjahr'));
    expect(undatable).toMatchObject({ line: 1, column: report.records[2]?.column });
    expect(oneLine.slice((undatable?.column ?? 0) - 1)).toMatch(/^<correspDesc key="3"/);
  });

  it('places a table row problem at the cell: line and the column where the cell starts', () => {
    const text =
      'id,title,date\na,"Letter, A to B, 1 May 1950",1950\nb,"Letter, B to A",32 May 1950\n';
    const { report } = buildRead(readBytes('rows.csv', text));
    const date = report.issues.find((issue) => issue.field === 'date');
    const column = (text.split('\n')[2] ?? '').indexOf('32 May 1950') + 1;
    expect(column).toBe(20);
    expect(date).toMatchObject({ line: 3, column });
  });

  it.each([
    ['Spener', () => buildFiles(join(FIXTURES, 'cmif/spener-letters.xml'))],
    [
      'Tolkien',
      () =>
        buildFiles(join(FIXTURES, 'csv/tolkien-letters.csv'), {
          letters: { defaultSender: 'J. R. R. Tolkien' },
        }),
    ],
  ])(
    'leaves no entry of the %s report without a line and a column',
    { timeout: 30_000 },
    (_name, build) => {
      expect(unplaced(build().report)).toEqual([]);
    },
  );
});

describe('data/build reasons', () => {
  it('says a CMIF letter names no one it identifies, not that its title could not be read', () => {
    const xml = cmifDocument(letterXml('1', { name: 'Unbekannt' }, { name: 'N.N.' }));
    const { report } = buildRead(readBytes('letters.xml', xml));
    expect(report.records[0]).toMatchObject({
      status: 'unplaced',
      reason:
        'no sender, recipient or participant is named in the CMIF letter; it names only parties not identified: "Unbekannt", "N.N."',
    });
  });

  it('words a table row and a title each for what it is', () => {
    const table = buildRead(readBytes('letters.csv', 'sender,addressee,date\nunknown,,1800\n'));
    expect(table.report.records[0]?.reason).toMatch(
      /^no sender, recipient or participant is named in the table row/,
    );
    const titles = buildRead(
      readBytes('titles.csv', 'id,title\na,"Memorandum on the harvest, 1950"\n'),
    );
    expect(titles.report.records[0]?.reason).toMatch(
      /^no sender, recipient or participant could be read from the title/,
    );
  });
});
