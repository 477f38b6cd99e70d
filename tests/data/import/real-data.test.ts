/**
 * The real fixtures end to end, every letter accounted for: the Tolkien letter index (a letter
 * table with an implicit sender), the Spener correspondence (CMIF, 2,435 letters) and the two CMIF
 * examples merged into one corpus. Counts are checked against the files read independently.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../../src/data/build/pipeline.ts';
import { PROJECT_ROOT } from '../../../src/data/cli/paths.ts';
import { formatIssue } from '../../../src/data/issues.ts';
import { authorityKey } from '../../../src/data/registry/registry.ts';
import { buildFiles } from '../../helpers/import.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const TOLKIEN = join(FIXTURES, 'csv/tolkien-letters.csv');
const SPENER = join(FIXTURES, 'cmif/spener-letters.xml');
const EXAMPLES = ['cmif-example01-basic.xml', 'cmif-example02-printed-edition.xml'].map((name) =>
  join(FIXTURES, 'cmif', name),
);

/** Every record once, and only the records there are. */
function expectAllAccounted(result: BuildResult, ids: string[]): void {
  expect(result.report.records.map((r) => r.id).sort()).toEqual([...ids].sort());
  expect(new Set(ids).size).toBe(ids.length);
  expect(result.report.totals).toMatchObject({
    records: ids.length,
    built: ids.length,
    rejected: 0,
  });
}

/** The nodes whose authority ids include `uri` (whatever its spelling). */
function nodesWithAuthority(result: BuildResult, uri: string): string[] {
  return result.graph.filterNodes((_node, attrs) =>
    (attrs.authority ?? []).some((a) => authorityKey(a) === authorityKey(uri)),
  );
}

describe('data/import real data: Tolkien letters (letter table, implicit sender)', () => {
  type Row = Record<string, string>;
  const rows = Papa.parse<Row>(readFileSync(TOLKIEN, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  let result: ReturnType<typeof buildFiles>;
  beforeAll(() => {
    result = buildFiles([TOLKIEN], { letters: { defaultSender: 'J. R. R. Tolkien' } });
  });
  const docOf = (key: string) => result.documents.find((d) => d.id === `tolkien-letters-${key}`);

  it('accounts for all 508 letters, each under its own key, with no error', () => {
    expect(rows).toHaveLength(508);
    expectAllAccounted(
      result,
      rows.map((row) => `tolkien-letters-${row.key ?? ''}`),
    );
    // One letter gives a date and a range that disagree: the range is used, and the build says so.
    expect(result.log.issues.filter((i) => i.severity !== 'info').map(formatIssue)).toEqual([
      `${relative(process.cwd(), TOLKIEN)}:162:25: warning: field "date": the date "1948-01-25" and the range 1948-01-29/1948-01-31 are both given; the range is used`,
    ]);
    expect(docOf('113')?.date).toMatchObject({ iso: '1948-01-29', end: '1948-01-31' });
    expect(result.log.issues.filter((i) => i.severity === 'info')).toEqual([
      expect.objectContaining({
        severity: 'info',
        line: 1,
        message: expect.stringMatching(
          /^read as a letter table: id←"key", .*recipients←"addressee", recipientIds←"addresseeID"/,
        ),
      }),
    ]);
    // Tolkien wrote every one: one node, with all 508 documents.
    const tolkien = result.graph.filterNodes((_n, attrs) => attrs.label === 'J. R. R. Tolkien');
    expect(tolkien).toHaveLength(1);
    expect(result.graph.getNodeAttributes(tolkien[0] ?? '')).toMatchObject({
      sent: 508,
      documents: 508,
    });
  });

  it('identifies addressees with Wikidata, VIAF or LoC ids by authority, one node per id', () => {
    const identified = rows.filter((row) => row.addresseeID);
    expect(identified.length).toBe(29);
    expect(new Set(identified.map((row) => new URL(row.addresseeID ?? '').host))).toEqual(
      new Set(['www.wikidata.org', 'viaf.org', 'id.loc.gov']),
    );
    for (const row of identified) {
      const ref = docOf(row.key ?? '')?.roles.recipients.find((r) => r.asWritten === row.addressee);
      expect(ref?.resolvedBy, row.key).toBe('authority');
      expect(nodesWithAuthority(result, row.addresseeID ?? '')).toEqual([ref?.person]);
    }
    const edith = nodesWithAuthority(result, 'http://www.wikidata.org/entity/Q82052');
    expect(result.graph.getNodeAttributes(edith[0] ?? '')).toMatchObject({
      label: 'Edith Bratt',
      received: 4,
    });
    const gordon = nodesWithAuthority(result, 'https://viaf.org/viaf/29916417/');
    expect(result.graph.getNodeAttribute(gordon[0] ?? '', 'label')).toBe('E. V. Gordon');
  });

  it('reads from/to and earliest/latest dates as ranges, single dates as dates', () => {
    expect(docOf('11b')?.date).toEqual({
      iso: '1937-02',
      precision: 'month',
      asWritten: '1937-02/1937-03',
      end: '1937-03',
    });
    expect(docOf('18a')?.date).toMatchObject({
      iso: '1937-11-22',
      precision: 'day',
      end: '1937-11-29',
    });
    expect(docOf('131')?.date).toMatchObject({
      iso: '1951-10',
      precision: 'month',
      end: '1951-12-31',
    });
    expect(docOf('306')?.date).toMatchObject({ iso: '1967-08', end: '1968-10' });
    // Earliest and latest the same year: one date, not a range.
    expect(docOf('182')?.date).toEqual({ iso: '1956', precision: 'year', asWritten: '1956/1956' });
    for (const row of rows) {
      const from = row.senderDateFrom || row.senderDateEarliest;
      const to = row.senderDateTo || row.senderDateLatest;
      const date = docOf(row.key ?? '')?.date;
      if (from && to && from !== to) expect(date, row.key).toMatchObject({ iso: from, end: to });
      else if (row.senderDate) expect(date, row.key).toMatchObject({ iso: row.senderDate });
      else if (!from && !to) expect(date?.iso, row.key).toBeNull();
    }
    expect(result.documents.filter((d) => d.date.end).length).toBe(9);
  });

  it('keeps places, see-also links and organisations as the table gives them', () => {
    expect(docOf('1')).toMatchObject({
      places: ['Oxford'],
      url: 'https://www.tolkienguide.com/guide/letters/1',
    });
    const org = docOf('14')?.roles.recipients.map((r) => result.graph.getNodeAttributes(r.person));
    expect(org).toEqual([
      expect.objectContaining({ label: 'George Allen & Unwin Ltd.', kind: 'organisation' }),
    ]);
  });
});

describe('data/import real data: CMIF', () => {
  // Under a full run on the shared machine 6.1 s once, over the default 5 s (2026-12-04).
  it('builds all 2,435 Spener letters; Philipp Jakob Spener is one node, with the most documents', () => {
    const text = readFileSync(SPENER, 'utf8');
    const letters = text.split(/<correspDesc[\s>]/).slice(1);
    expect(letters).toHaveLength(2435);
    const result = buildFiles([SPENER]);
    expect(result.report.records).toHaveLength(2435);
    expect(new Set(result.report.records.map((r) => r.id)).size).toBe(2435);
    expect(result.report.totals).toMatchObject({ built: 2435, rejected: 0, errors: 0 });
    const spener = nodesWithAuthority(result, 'http://d-nb.info/gnd/118616099');
    expect(spener).toHaveLength(1);
    const attrs = result.graph.getNodeAttributes(spener[0] ?? '');
    expect(attrs.label).toBe('Philipp Jakob Spener');
    expect(attrs.documents).toBe(letters.filter((l) => l.includes('gnd/118616099"')).length);
    const most = Math.max(...result.graph.mapNodes((_n, a) => a.documents));
    expect(attrs.documents).toBe(most);
    expect(result.graph.filterNodes((_n, a) => a.label === 'Philipp Jakob Spener')).toEqual(spener);
  }, 60_000);

  it('merges the two CMIF examples in one call: 6 letters, each file with its own ids and credit', () => {
    const result = buildFiles(EXAMPLES);
    const prefixes = ['cmif-example01-basic-', 'cmif-example02-printed-edition-'];
    expect(
      result.report.records.map((r) => [prefixes.find((p) => r.id?.startsWith(p)), r.status]),
    ).toEqual([
      [prefixes[0], 'graph'],
      [prefixes[0], 'graph'],
      [prefixes[0], 'graph'],
      [prefixes[1], 'graph'],
      [prefixes[1], 'graph'],
      [prefixes[1], 'graph'],
    ]);
    // The first file's letters have no key: each is named by its address in the edition.
    const refs = [
      ...readFileSync(EXAMPLES[0] ?? '', 'utf8').matchAll(/<correspDesc ref="[^"]*\/([^/"]+)"/g),
    ];
    expect(refs).toHaveLength(3);
    expect(result.report.records.slice(0, 3).map((r) => r.id)).toEqual(
      refs.map((ref) => `${prefixes[0]}${(ref[1] ?? '').toLowerCase()}`),
    );
    expect(result.report.totals).toMatchObject({ records: 6, built: 6, errors: 0 });
    expect(result.graph.getAttribute('credit')).toMatch(/Weber-Gesamtausgabe.*; .*Soemmerring/);
    // Soemmerring writes in one file's letter and receives in two others: one node.
    const soemmerring = result.graph.filterNodes(
      (_n, a) => a.label === 'Samuel Thomas Soemmerring',
    );
    expect(soemmerring).toHaveLength(1);
    expect(result.graph.getNodeAttribute(soemmerring[0] ?? '', 'documents')).toBe(3);
  });
});
