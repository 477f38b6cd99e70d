/**
 * CSV exports: the documents file builds again into the same documents (the corpus format is the
 * export format), and the edge and people tables have a row per edge and per node.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCsv } from '../../src/data/io/csv.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import {
  EDGE_CSV_COLUMNS,
  edgesToCsv,
  PEOPLE_CSV_COLUMNS,
  peopleToCsv,
} from '../../src/formats/csv.ts';
import { DOCUMENT_CSV_COLUMNS, documentsToCsv } from '../../src/formats/documents-csv.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';
import type { DocumentRecord } from '../../src/graph/types.ts';
import { ROLES } from '../../src/graph/types.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';
import { tempDir } from '../helpers/tmp.ts';

function table(text: string): { header: string[]; rows: string[][] } {
  const log = new IssueLog();
  const read = readCsv(text, 'export.csv', log);
  expect(log.issues).toEqual([]);
  return { header: read?.header ?? [], rows: read?.rows.map((r) => r.fields) ?? [] };
}

/** Build a documents CSV with the project's own build step and the default registry. */
function rebuild(csv: string, dir: { write(name: string, content: string): string }) {
  const log = new IssueLog();
  const path = dir.write('documents.csv', csv);
  const built = buildCorpus(readCorpus(path, log, { registryDir: DEFAULT_CORPUS_DIR }), log, {
    layout: false,
  });
  return { documents: built.documents, issues: log.issues };
}

const roleIds = (doc: DocumentRecord | undefined) =>
  Object.fromEntries(ROLES.map((role) => [role, doc?.roles[role].map((ref) => ref.person)]));

let corpus: Corpus;
const tmp = tempDir('cablegraph-csv-');

beforeAll(() => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log, { layout: false });
  corpus = createCorpus(built.graph, built.documents);
});

describe('formats/csv: documents', () => {
  it('writes the columns of data/documents.csv, RFC 4180 with CRLF line ends', () => {
    const csv = documentsToCsv(selectForExport(corpus, null));
    expect(csv.split('\r\n')[0]).toBe(DOCUMENT_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    // No summary of this corpus spans lines, so every line break is a record's CRLF.
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { header, rows } = table(csv);
    expect(header).toEqual([...DOCUMENT_CSV_COLUMNS]);
    expect(rows).toHaveLength(34);
  });

  it('builds again into the same documents, with the same people in the same roles', () => {
    const { documents, issues } = rebuild(documentsToCsv(selectForExport(corpus, null)), tmp);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(corpus.documentList.map((d) => d.id));
    for (const original of corpus.documentList) {
      const again = documents.find((d) => d.id === original.id);
      expect(roleIds(again), original.id).toEqual(roleIds(original));
      expect(again?.date, original.id).toMatchObject({
        iso: original.date.iso,
        precision: original.date.precision,
      });
      expect(again && [again.title, again.type, again.number, again.places, again.notes]).toEqual([
        original.title,
        original.type,
        original.number,
        original.places,
        original.notes,
      ]);
    }
    // The curated No. 20475 keeps its chain, and Filippov is written as the man he was.
    const curated = documents.find((d) => d.id === '1949-11-05-cable-20475');
    expect(roleIds(curated)).toMatchObject({
      originators: ['stalin'],
      senders: ['gromyko'],
      via: ['kovalev'],
      recipients: ['mao-zedong'],
    });
  });

  it('writes only the filtered documents, with their names from the whole corpus', () => {
    const visibility = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      start: '1947',
      end: '1947',
      includeUndated: false,
    });
    const { rows } = table(documentsToCsv(selectForExport(corpus, visibility)));
    expect(rows.map((r) => r[0])).toEqual([...visibility.documents]);
    expect(rows.every((r) => (r[2] ?? '').startsWith('1947'))).toBe(true);
  });
});

describe('formats/csv: a date range', () => {
  it('is written as an ISO interval and read back as the same range', () => {
    const doc = handDoc('range', { senders: ['anna'], recipients: ['ben'] }, '1680-03');
    const ranged = { ...doc, date: { ...doc.date, end: '1681-05' } };
    const csv = documentsToCsv(selectForExport(handCorpus([ranged]), null));
    expect(table(csv).rows[0]?.[2]).toBe('1680-03/1681-05');
    const { documents } = rebuild(csv, tempDir('cablegraph-csv-range-'));
    expect(documents[0]?.date).toMatchObject({
      iso: '1680-03',
      precision: 'month',
      end: '1681-05',
    });
    expect(roleIds(documents[0])).toMatchObject({ senders: ['anna'], recipients: ['ben'] });
  });

  it('keeps open ranges and qualified dates through a rebuild', () => {
    const base = handDoc('x', { senders: ['anna'], recipients: ['ben'] }, '1795-03');
    const dated = (id: string, qualifier: string) => ({
      ...base,
      id,
      date: { ...base.date, qualifier },
    });
    const docs = [
      dated('not-after', 'not after'),
      dated('not-before', 'not before'),
      dated('circa', 'circa'),
    ];
    const csv = documentsToCsv(selectForExport(handCorpus(docs), null));
    expect(table(csv).rows.map((row) => row[2])).toEqual([
      '../1795-03',
      '1795-03/..',
      'circa 1795-03',
    ]);
    const { documents } = rebuild(csv, tempDir('cablegraph-csv-open-'));
    expect(documents.map((doc) => [doc.id, doc.date.iso, doc.date.qualifier])).toEqual([
      ['not-after', '1795-03', 'not after'],
      ['not-before', '1795-03', 'not before'],
      ['circa', '1795-03', 'circa'],
    ]);
  });
});

describe('formats/csv: edges and people', () => {
  it('has one row per edge, with labels, document and roles', () => {
    const { header, rows } = table(edgesToCsv(selectForExport(corpus, null)));
    expect(header).toEqual([...EDGE_CSV_COLUMNS]);
    expect(rows).toHaveLength(corpus.graph.size);
    const hop = rows.find((r) => r[0] === '1949-10-23-cable-59363/1');
    expect(hop).toEqual([
      '1949-10-23-cable-59363/1',
      'kovalev',
      'Ivan Kovalev',
      'stalin',
      'Joseph Stalin',
      '1949-10-23-cable-59363',
      corpus.documents.get('1949-10-23-cable-59363')?.title,
      '1',
      'senders',
      'recipients',
      'chain',
      '1949-10-23',
      'cable',
    ]);
  });

  it('has one row per node, with counts and position', () => {
    const { header, rows } = table(peopleToCsv(selectForExport(corpus, null)));
    expect(header).toEqual([...PEOPLE_CSV_COLUMNS]);
    expect(rows).toHaveLength(corpus.graph.order);
    const stalin = rows.find((r) => r[0] === 'stalin');
    expect(stalin?.slice(0, 3)).toEqual(['stalin', 'Joseph Stalin', 'person']);
    expect(stalin?.[PEOPLE_CSV_COLUMNS.indexOf('documents')]).toBe('17');
    expect(stalin?.[PEOPLE_CSV_COLUMNS.indexOf('aliases')]).toContain('Filippov');
  });

  it("carries every person's measures as the graph has them", () => {
    const { rows } = table(peopleToCsv(selectForExport(corpus, null)));
    const cell = (row: string[] | undefined, name: (typeof PEOPLE_CSV_COLUMNS)[number]) =>
      row?.[PEOPLE_CSV_COLUMNS.indexOf(name)];
    corpus.graph.forEachNode((node, attrs) => {
      const row = rows.find((r) => r[0] === node);
      for (const name of ['correspondents', 'betweenness', 'community'] as const)
        expect(Number(cell(row, name)), `${node} ${name}`).toBe(attrs[name]);
    });
  });

  it('counts rows of a filtered selection', () => {
    const visibility = computeVisibility(corpus, { ...DEFAULT_FILTER, start: '1950', end: '1950' });
    const selection = selectForExport(corpus, visibility);
    expect(table(edgesToCsv(selection)).rows).toHaveLength(visibility.edges.size);
    expect(table(peopleToCsv(selection)).rows).toHaveLength(visibility.nodes.size);
  });
});
