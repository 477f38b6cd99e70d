/**
 * Reading notes and placeholders through a whole build: every record says how its names were
 * read, the guesses are listed in the report to review, and "unknown" never becomes a person.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { readRegistryTables } from '../../../src/data/io/read-registry.ts';
import { IssueLog } from '../../../src/data/issues.ts';
import { isPlaceholder, resolutionNote } from '../../../src/data/build/readings.ts';
import type { CorrespondenceGraph } from '../../../src/graph/build.ts';
import type { DocumentRecord } from '../../../src/graph/types.ts';
import { buildRead, cmifDocument, letterXml, readBytes } from '../../helpers/import.ts';

const realTables = () => readRegistryTables(DEFAULT_CORPUS_DIR, new IssueLog());
const titles = (...rows: string[]): string =>
  `id,title\n${rows.map((title, i) => `d${i + 1},"${title}"`).join('\n')}\n`;
const labelsOf = (graph: CorrespondenceGraph): string[] =>
  graph.mapNodes((_key, attributes) => attributes.label);
const notesOf = (doc: DocumentRecord | undefined): string[] =>
  (doc?.readings ?? []).map((r) => `${r.check ? 'check: ' : ''}${r.text}`);

describe('data/build/readings: how each name was read', () => {
  it('notes a spelling variant as sure and a name one letter off as to check', () => {
    const built = buildRead(
      readBytes(
        'documents.csv',
        titles(
          'Telegram from Molotoff to Vyshinskiy, 3 May 1949',
          'Telegram from Shtytkov to Molotov, 4 May 1949',
        ),
      ),
      realTables(),
    );
    const [first, second] = built.documents;
    expect(notesOf(first)).toEqual([
      '"Molotoff" read as Vyacheslav Molotov (spelling)',
      '"Vyshinskiy" read as Andrei Vyshinsky (spelling)',
    ]);
    expect(notesOf(second)).toEqual([
      'check: "Shtytkov" read as Terentii Shtykov (a near spelling: check)',
    ]);
    expect(built.report.totals.uncertain).toBe(1);
    expect(built.report.uncertain).toEqual([
      {
        id: 'd2',
        title: 'Telegram from Shtytkov to Molotov, 4 May 1949',
        file: 'documents.csv',
        line: 3,
        notes: ['"Shtytkov" read as Terentii Shtykov (a near spelling: check)'],
      },
    ]);
  });

  it('notes an office read as the person who held it on the date', () => {
    const built = buildRead(
      readBytes(
        'documents.csv',
        titles('Telegram from the Soviet Ambassador in Pyongyang to Molotov, 20 September 1950'),
      ),
      realTables(),
    );
    expect(notesOf(built.documents[0]).join('\n')).toMatch(
      /read as .+ \(office holder on 1950-09-20\)/,
    );
  });

  it('says nothing of a name read by its registered form', () => {
    expect(
      resolutionNote({ person: 'stalin', asWritten: 'Stalin', resolvedBy: 'name' }, 'Stalin', {
        iso: null,
        precision: 'none',
        asWritten: null,
      }),
    ).toBeNull();
  });
});

describe('data/build/readings: placeholders are nobody in particular', () => {
  it('knows every spelling of a placeholder and the unknown URI of correspSearch', () => {
    for (const name of ['unknown', 'Unbekannt', 'unbekannt (1)', 'N.N.', 'anonymous', '[?]']) {
      expect(isPlaceholder({ name, asWritten: name }), name).toBe(true);
    }
    expect(
      isPlaceholder({
        name: 'Someone',
        asWritten: 'Someone',
        authority: 'http://correspSearch.net/unknown',
      }),
    ).toBe(true);
    expect(isPlaceholder({ name: 'Nunn', asWritten: 'Nunn' })).toBe(false);
  });

  it('keeps CMIF placeholders on their own letters: no hub joins unrelated letters', () => {
    const xml = cmifDocument(
      [
        letterXml('1', { name: 'Arthur Lang' }, { name: 'unbekannt (1)' }, '1895-01-01'),
        letterXml('2', { name: 'Berta Zell' }, { name: 'Unbekannt' }, '1906-01-01'),
        letterXml(
          '3',
          { name: 'Carl Munk' },
          { name: 'Unknown', ref: 'https://correspSearch.net/unknown' },
          '1911-01-01',
        ),
      ].join('\n'),
    );
    const built = buildRead(readBytes('letters.xml', xml));
    const labels = labelsOf(built.graph);
    expect(labels.filter((label) => /unbekannt|unknown/i.test(label))).toEqual([]);
    expect(built.documents.map((doc) => doc.unidentified)).toEqual([
      [{ role: 'recipients', asWritten: 'unbekannt (1)' }],
      [{ role: 'recipients', asWritten: 'Unbekannt' }],
      [{ role: 'recipients', asWritten: 'Unknown' }],
    ]);
    expect(built.report.totals.unidentified).toBe(3);
    expect(built.documents.map((doc) => notesOf(doc))).toEqual([
      ['"unbekannt (1)" read as an unidentified recipient'],
      ['"Unbekannt" read as an unidentified recipient'],
      ['"Unknown" read as an unidentified recipient'],
    ]);
  });

  it('keeps letter-table placeholders on their own rows', () => {
    const table =
      'sender,addressee,date\nArthur Lang,N.N.,1800\nBerta Zell,anonymous,1801\nunknown,Carl Munk,1802\n';
    const built = buildRead(readBytes('letters.csv', table));
    expect(labelsOf(built.graph).sort()).toEqual(['Arthur Lang', 'Berta Zell', 'Carl Munk']);
    expect(
      built.documents.map((doc) => doc.unidentified?.map((p) => [p.role, p.asWritten])),
    ).toEqual([[['recipients', 'N.N.']], [['recipients', 'anonymous']], [['senders', 'unknown']]]);
  });

  it('keeps placeholders read from titles on their own records', () => {
    const built = buildRead(
      readBytes(
        'documents.csv',
        titles('Letter from Unknown to Dolm Varek, 1950', 'Letter from N.N. to Trebosh, 1951'),
      ),
    );
    expect(labelsOf(built.graph).sort()).toEqual(['Dolm Varek', 'Trebosh']);
    expect(built.documents.map((doc) => doc.unidentified?.[0]?.asWritten)).toEqual([
      'Unknown',
      'N.N.',
    ]);
  });
});

describe('data/build/readings: cover names', () => {
  it('makes the real name the person and keeps the cover name as an alias', () => {
    const built = buildRead(
      readBytes('documents.csv', titles('Letter from Quorvin (Dolm Varek) to Trebosh, 1950')),
    );
    const ids = built.graph.filterNodes((_key, a) => a.label === 'Dolm Varek');
    expect(ids).toHaveLength(1);
    expect(built.graph.getNodeAttribute(ids[0] as string, 'aliases')).toContain('Quorvin');
    expect(labelsOf(built.graph)).not.toContain('Quorvin');
    expect(notesOf(built.documents[0])).toEqual([
      '"Quorvin (Dolm Varek)" read as Dolm Varek, the real name in brackets',
    ]);
  });
});
