/**
 * Dates in letter tables as editions write them: the order of day and month decided per column
 * from its values and said once, an undecided column read day-first (or as the user says),
 * undated marks without an error, and every form of the issue's Darwin and Goethe tables read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/data/cli/paths.ts';
import type { LetterTableOptions } from '../../../src/data/import/letters-csv.ts';
import { buildFiles, buildRead, readBytes } from '../../helpers/import.ts';

const TABLES = join(PROJECT_ROOT, 'tests/fixtures/tables');

function build(dates: string[], letters: Partial<LetterTableOptions> = {}) {
  const rows = dates.map((date, i) => `${i + 1},Anna Stein,Karl Berg,"${date}"`);
  const read = readBytes('letters.csv', ['Id,Sender,Recipient,Date', ...rows].join('\n'), {
    letters,
  });
  const result = buildRead(read);
  const dateOf = (id: number) => {
    const date = result.documents.find((d) => d.id === `letters-${id}`)?.date;
    return date && [date.iso, date.end ?? null, date.qualifier ?? null];
  };
  const about = (kind: string) => result.report.issues.filter((i) => i.kind === kind);
  return { ...result, dateOf, about };
}

describe('data/import letter tables: day and month', () => {
  it('reads a column day-first when one value shows it, and says so once', () => {
    const { dateOf, about } = build(['3/4/1795', '24/12/1859', '5/6/1800']);
    expect([dateOf(1), dateOf(3)]).toEqual([
      ['1795-04-03', null, null],
      ['1800-06-05', null, null],
    ]);
    expect(about('date order')).toEqual([
      expect.objectContaining({
        severity: 'info',
        line: 1,
        field: 'Date',
        message: 'dates in "Date" read day-first ("24/12/1859" shows it)',
      }),
    ]);
  });

  it('reads a column month-first when one value shows it', () => {
    const { dateOf } = build(['3/4/1795', '12/31/1796']);
    expect([dateOf(1), dateOf(2)]).toEqual([
      ['1795-03-04', null, null],
      ['1796-12-31', null, null],
    ]);
  });

  it('reads an undecided column day-first, warning once, or as the user says', () => {
    const dayFirst = build(['3/4/1795', '5/6/1800', '1/2/1801']);
    expect(dayFirst.dateOf(1)).toEqual(['1795-04-03', null, null]);
    const warned = dayFirst.about('date order');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning' });
    expect(warned[0]?.message).toMatch(
      /do not show whether the day or the month comes first \(3 such/,
    );
    // The default says it is one, and where to choose the other order.
    expect(warned[0]?.message).toBe(
      'dates in "Date" do not show whether the day or the month comes first (3 such as "3/4/1795" could be either): read day-first, the default; to read them month-first, choose it in the import dialog\'s preview or give --date-order month-first',
    );
    const monthFirst = build(['3/4/1795', '5/6/1800'], { dateOrder: 'month-first' });
    expect(monthFirst.dateOf(1)).toEqual(['1795-03-04', null, null]);
    // The user's choice is said as how the column was read, not warned of.
    expect(monthFirst.about('date order')).toEqual([
      expect.objectContaining({
        severity: 'info',
        message:
          'dates in "Date" do not show whether the day or the month comes first (2 such as "3/4/1795" could be either): read month-first, as chosen for this table',
      }),
    ]);
    const dayFirstChosen = build(['3/4/1795'], { dateOrder: 'day-first' });
    expect(dayFirstChosen.about('date order')[0]?.message).toMatch(/read day-first, as chosen/);
  });

  it("reads a file's dates in the order chosen for that file (the import dialog's choice)", () => {
    const table = 'Id,Sender,Recipient,Date\n1,Anna Stein,Karl Berg,03/04/1844\n';
    const chosen = readBytes('a.csv', table, { files: { 'a.csv': { dateOrder: 'month-first' } } });
    expect(buildRead(chosen).documents[0]?.date.iso).toBe('1844-03-04');
    const other = readBytes('b.csv', table, { files: { 'a.csv': { dateOrder: 'month-first' } } });
    expect(buildRead(other).documents[0]?.date.iso).toBe('1844-04-03');
  });

  it('takes a date whose day and month are the same number for no evidence either way', () => {
    const { about } = build(['5/5/1800', '12/12/1801']);
    expect(about('date order')).toEqual([]);
  });

  it('reads each value of a column that shows both orders as it shows, and warns', () => {
    const { dateOf, about } = build(['31/12/1796', '12/31/1797', '3/4/1795']);
    expect([dateOf(1), dateOf(2), dateOf(3)]).toEqual([
      ['1796-12-31', null, null],
      ['1797-12-31', null, null],
      ['1795-04-03', null, null],
    ]);
    expect(about('date order')[0]).toMatchObject({ severity: 'warning' });
  });

  it('takes undated marks for undated letters, with no error', () => {
    const { documents, report } = build([
      'n.d.',
      'o.D.',
      's.d.',
      'undated',
      'ohne Datum',
      'sans date',
    ]);
    expect(documents.map((d) => d.date.iso)).toEqual([null, null, null, null, null, null]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reads the ends of from/to columns as they are written', () => {
    const read = readBytes(
      'letters.csv',
      'Id,Sender,Recipient,Date from,Date to\n1,Anna Stein,Karl Berg,3. Mai 1799,[Juni 1799]\n',
    );
    const [doc] = buildRead(read).documents;
    expect(doc?.date).toMatchObject({ iso: '1799-05-03', end: '1799-06' });
  });
});

describe('data/import letter tables: the issue’s tables', () => {
  it('reads every date of the Darwin table, each with its qualifier', () => {
    const { documents, errors } = buildFiles(join(TABLES, 'darwin-letters.csv'));
    expect(errors).toEqual([]);
    expect(
      documents.map((d) => [d.date.iso, d.date.end ?? null, d.date.qualifier ?? null]),
    ).toEqual([
      ['1844-01', null, 'inferred'],
      ['1844-01-11', null, null],
      ['1844-01-29', null, null],
      ['1844', null, 'uncertain'],
      ['1845', null, 'circa'],
      ['1857-05-03', '1857-05-05', null],
      ['1858-07-01', null, null],
      [null, null, null],
      ['1859-12-24', null, null],
      ['1843', '1844', null],
      ['1860-05-03', '1860-05-05', null],
      [null, null, null],
    ]);
  });

  it('reads every date of the Goethe table, in German and French', () => {
    const { documents, errors } = buildFiles(join(TABLES, 'goethe-briefe.csv'));
    expect(errors).toEqual([]);
    expect(
      documents.map((d) => [d.date.iso, d.date.end ?? null, d.date.qualifier ?? null]),
    ).toEqual([
      ['1797-03', null, 'inferred'],
      ['1796-12-31', null, null],
      ['1798', null, 'circa'],
      ['1799', null, 'uncertain'],
      ['1798', null, 'circa'],
      ['1799-05-03', '1799-05-05', null],
      [null, null, null],
      ['1795-03-12', null, null],
      ['1797-03', null, null],
      ['1796', null, 'circa'],
      ['1786-06-15', null, null],
      [null, null, null],
    ]);
  });

  it('draws each person of the tables once, under both orders, initials and particles', () => {
    const darwin = buildFiles(join(TABLES, 'darwin-letters.csv'));
    const labels = (r: typeof darwin) =>
      r.graph
        .nodes()
        .map((n) => r.graph.getNodeAttribute(n, 'label'))
        .sort();
    expect(labels(darwin)).toEqual([
      'Asa Gray',
      'Charles Darwin',
      'Charles Darwin and Co.',
      'Emma Darwin',
      'John Murray',
      'Joseph Dalton Hooker',
      'Linnean Society',
      'Lyell, Charles',
      'Ministry of War and Navy',
      'Smith, Elder & Co.',
    ]);
    const goethe = buildFiles(join(TABLES, 'goethe-briefe.csv'));
    expect(labels(goethe)).toEqual([
      'Alexander von Humboldt',
      'Charlotte von Stein',
      "Cotta'sche Buchhandlung",
      'Friedrich Schiller',
      'Johann Wolfgang Goethe',
    ]);
  });
});
