/**
 * Round trips of the real fixtures: each built, exported, imported again and compared with the
 * original record by record, field by field (tests/helpers/round-trip.ts says which two fields a
 * round trip does not keep, and why). CSV and CMIF are read by the same import a user's files go
 * through; graph JSON with its documents opens as the corpus it was.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateBuild } from '../../src/data/build/pipeline.ts';
import type { BuildResult } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR, PROJECT_ROOT } from '../../src/data/cli/paths.ts';
import { readGazetteer } from '../../src/data/io/read-gazetteer.ts';
import { NO_REGISTRY, readRegistryTables } from '../../src/data/io/read-registry.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import { toCmif } from '../../src/formats/cmif.ts';
import { documentsToCsv, PLACE_COLUMNS, readListCell } from '../../src/formats/documents-csv.ts';
import { COORDINATE_COLUMNS } from '../../src/formats/place-coordinates.ts';
import { toGexf } from '../../src/formats/gexf.ts';
import { toGraphml } from '../../src/formats/graphml.ts';
import { toGraphJson } from '../../src/formats/json.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { buildFiles, buildRead, readBytes } from '../helpers/import.ts';
import { letterTable } from '../helpers/letter-arbitraries.ts';
import { graphView, recordDifferences } from '../helpers/round-trip.ts';
import { placeIndex } from '../../src/graph/places.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
/** Generous: the property runs take a few seconds, but the machine may be busy with others. */
const SLOW = 60_000;

const registryOf = (dir: string | undefined) =>
  dir ? readRegistryTables(dir, new IssueLog()) : NO_REGISTRY;

/** The shared fixtures, each as a user opens it. */
const CORPORA: { name: string; build: () => BuildResult; registry?: string }[] = [
  // Read from titles with its registry: given again, the titles are read again the same way.
  {
    name: 'the default corpus (titles)',
    build: () => buildFiles(DEFAULT_CORPUS_DIR),
    registry: DEFAULT_CORPUS_DIR,
  },
  { name: 'Spener (CMIF)', build: () => buildFiles(join(FIXTURES, 'cmif/spener-letters.xml')) },
  {
    name: 'Tolkien (letter table)',
    build: () =>
      buildFiles(join(FIXTURES, 'csv/tolkien-letters.csv'), {
        letters: { defaultSender: 'J. R. R. Tolkien' },
      }),
  },
  // Typed as historians type them: both name orders, initials, several people to a cell, dates
  // with editorial brackets, "?", circa, ranges, day-first numbers and undated marks.
  {
    name: 'Darwin (letter table)',
    build: () => buildFiles(join(FIXTURES, 'tables/darwin-letters.csv')),
  },
  {
    name: 'Goethe (letter table, German)',
    build: () => buildFiles(join(FIXTURES, 'tables/goethe-briefe.csv')),
  },
  {
    name: 'the CMIF examples',
    build: () =>
      buildFiles(
        ['cmif-example01-basic.xml', 'cmif-example02-printed-edition.xml'].map((name) =>
          join(FIXTURES, 'cmif', name),
        ),
      ),
  },
];

describe.each(CORPORA)('formats round trip: $name', { timeout: SLOW }, ({ build, registry }) => {
  let original: BuildResult;
  beforeAll(() => {
    // Located as the command line locates them, registry first and then the gazetteer.
    original = locateBuild(build(), readGazetteer());
  }, SLOW);
  const exported = (write: typeof documentsToCsv): string =>
    write(
      selectForExport(
        createCorpus(original.graph, original.documents, original.report.corpus, original.places),
        null,
      ),
    );

  it('CSV: every record comes back with every field', () => {
    const read = readBytes('round-trip.csv', exported(documentsToCsv));
    expect(read.errors).toEqual([]);
    // A CSV has no header for the corpus's name: one collection shared by every record gives it.
    const collections = new Set(original.documents.map((doc) => doc.collection));
    expect(read.meta?.name ?? null).toBe(collections.size === 1 ? [...collections][0] : null);
    expect(recordDifferences(original, buildRead(read, registryOf(registry)))).toEqual([]);
  });

  it("CSV: each place's cells hold the map's coordinates, and the map's places come back", () => {
    const read = readBytes('round-trip.csv', exported(documentsToCsv));
    const { locate } = placeIndex(original.places);
    let located = 0;
    for (const row of read.rows) {
      for (const [role, columns] of Object.entries(COORDINATE_COLUMNS) as [
        keyof typeof COORDINATE_COLUMNS,
        (typeof COORDINATE_COLUMNS)['sent'],
      ][]) {
        const names = readListCell(row.get(PLACE_COLUMNS[role].names));
        const ids = row.get(PLACE_COLUMNS[role].ids).split('; ');
        const slots = (column: string) => {
          const cell = row.get(column);
          return cell === '' ? names.map(() => '') : cell.split(';').map((slot) => slot.trim());
        };
        const points = names.map((name, i) => locate({ name, authority: ids[i] || undefined }));
        located += points.filter(Boolean).length;
        expect(slots(columns.lat), row.get('id')).toEqual(points.map((p) => String(p?.lat ?? '')));
        expect(slots(columns.lon), row.get('id')).toEqual(points.map((p) => String(p?.lon ?? '')));
      }
    }
    expect(located > 0).toBe(original.places.located.length > 0);
    // The coordinates are the registry's and the gazetteer's: found again the same way, they are
    // the same points, and the columns add no field and no warning to the records.
    const back = locateBuild(buildRead(read, registryOf(registry)), readGazetteer());
    expect(back.places).toEqual(original.places);
    expect(read.log.issues.filter((issue) => /place_lat|place_lon/.test(issue.message))).toEqual(
      [],
    );
  });

  it('CMIF: every record comes back with every field', () => {
    const read = readBytes(
      'round-trip.xml',
      exported((s) => toCmif(s, { date: '2025-01-02' })),
    );
    expect(read.errors).toEqual([]);
    // CMIF needs a source for every letter: one without gets the file's (the corpus credit).
    const credit = original.graph.getAttribute('credit') || original.report.corpus.name;
    const adjust = (field: string, value: unknown): unknown =>
      field === 'source' && value === '' ? credit : value;
    expect(recordDifferences(original, buildRead(read, registryOf(registry)), adjust)).toEqual([]);
  });

  it.each([
    [
      'GEXF (Gephi, by graphology-gexf)',
      (text: string) => parseGexf(MultiDirectedGraph, text),
      toGexf,
    ],
    [
      'GraphML (by graphology-graphml)',
      (text: string) => parseGraphml(MultiDirectedGraph, text),
      toGraphml,
    ],
  ] as const)(
    '%s: every person with ids and affiliation, every hop with its document',
    (_name, parse, write) => {
      const back = parse(exported(write));
      expect(graphView(back)).toEqual(graphView(original.graph));
    },
  );

  it('graph JSON: the corpus opens as it was, records and people alike', () => {
    const read = readBytes('round-trip.json', exported(toGraphJson));
    expect(read.errors).toEqual([]);
    const back = buildRead(read);
    expect(back.documents).toEqual(original.documents);
    expect(back.graph.export()).toEqual(original.graph.export());
  });
});

describe('formats round trip: generated letter tables (property)', () => {
  const formats = {
    csv: (text: string) => readBytes('again.csv', text),
    cmif: (text: string) => readBytes('again.xml', text),
    json: (text: string) => readBytes('again.json', text),
  };
  const writers = {
    csv: documentsToCsv,
    cmif: (selection: Parameters<typeof toCmif>[0]) => toCmif(selection, { date: '2025-01-02' }),
    json: toGraphJson,
  };

  it.each(Object.keys(formats) as (keyof typeof formats)[])(
    '%s: any table built, exported and imported gives the same records',
    (format) => {
      fc.assert(
        fc.property(letterTable, (table) => {
          const original = buildRead(readBytes('letters.csv', table));
          const corpus = createCorpus(original.graph, original.documents, {
            name: 'Letters',
            credit: 'Generated',
          });
          const read = formats[format](writers[format](selectForExport(corpus, null)));
          expect(read.errors).toEqual([]);
          // CMIF needs a source for every letter: one without gets the file's (the credit).
          const adjust = (field: string, value: unknown): unknown =>
            format === 'cmif' && field === 'source' && value === '' ? 'Generated' : value;
          expect(recordDifferences(original, buildRead(read), adjust)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    },
    SLOW,
  );
});
