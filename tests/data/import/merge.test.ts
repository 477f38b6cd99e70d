/**
 * Several inputs merge into one corpus: people united by authority id whatever its spelling, or
 * by the registry's names and aliases across formats; ids kept apart by file; and the project's
 * own graph JSON export read back as the same documents with the same roles.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../../src/data/cli/paths.ts';
import { createCorpus } from '../../../src/graph/corpus.ts';
import { toGraphJson } from '../../../src/formats/json.ts';
import { selectForExport } from '../../../src/formats/selection.ts';
import { CHAIN_ROLES } from '../../../src/graph/types.ts';
import type { DocumentRecord } from '../../../src/graph/types.ts';
import { buildFiles, cmifDocument, letterXml } from '../../helpers/import.ts';
import { tempDir } from '../../helpers/tmp.ts';

const GOETHE = '118540238';

describe('data/import merge: people across files', () => {
  it('unites one GND id written with http and with https and a trailing slash, under two names', () => {
    const tmp = tempDir();
    const a = tmp.write(
      'weimar.xml',
      cmifDocument(
        letterXml(
          '1',
          { name: 'Goethe, Johann Wolfgang von', ref: `http://d-nb.info/gnd/${GOETHE}` },
          { name: 'Schiller' },
        ),
        'Weimar letters',
      ),
    );
    const b = tmp.write(
      'jena.xml',
      cmifDocument(
        letterXml(
          '1',
          { name: 'Knebel' },
          { name: 'Johann Wolfgang Goethe', ref: `https://d-nb.info/gnd/${GOETHE}/` },
        ),
        'Jena letters',
      ),
    );
    const { graph, report, documents, errors } = buildFiles([a, b]);
    expect(errors).toEqual([]);
    const goethe = graph.filterNodes((_n, attrs) =>
      (attrs.authority ?? []).some((uri) => uri.includes(GOETHE)),
    );
    expect(goethe).toHaveLength(1);
    const node = goethe[0] ?? '';
    expect(graph.getNodeAttributes(node)).toMatchObject({ sent: 1, received: 1, documents: 2 });
    expect(
      documents.map((d) => [d.roles.senders[0]?.person, d.roles.recipients[0]?.person]),
    ).toEqual([
      [node, 'schiller'],
      ['knebel', node],
    ]);
    expect(report.merged).toEqual([
      {
        person: node,
        label: 'Goethe, Johann Wolfgang von',
        authority: `http://d-nb.info/gnd/${GOETHE}`,
        forms: ['Goethe, Johann Wolfgang von', 'Johann Wolfgang Goethe'],
      },
    ]);
  });

  const viaf = 'http://viaf.org/viaf/24602065';
  const gnd = `http://d-nb.info/gnd/${GOETHE}`;
  const goethe = {
    gnd: ['gnd.xml', { name: 'Goethe', ref: gnd }],
    viaf: ['viaf.xml', { name: 'Johann Wolfgang von Goethe', ref: viaf }],
    both: ['both.xml', { name: 'J. W. v. Goethe', ref: `${viaf} ${gnd}` }],
  } as const;

  it.each([
    ['GND here, both there, VIAF alone elsewhere', ['gnd', 'both', 'viaf']],
    ['GND, then VIAF, and only then a letter giving both', ['gnd', 'viaf', 'both']],
  ] as const)('unites a person across files by any of several ids in one @ref (%s)', (_, order) => {
    const tmp = tempDir();
    const paths = order.map((which, i) => {
      const [file, sender] = goethe[which];
      return tmp.write(file, cmifDocument(letterXml('1', sender, { name: `Reader ${i}` }), file));
    });
    const { graph, documents, errors } = buildFiles(paths);
    expect(errors).toEqual([]);
    const senders = new Set(documents.map((d) => d.roles.senders[0]?.person));
    expect(senders.size).toBe(1);
    const [node = ''] = senders;
    // The ids in the order the corpus first gave them, whichever a letter names first.
    expect(graph.getNodeAttributes(node)).toMatchObject({ sent: 3, authority: [gnd, viaf] });
  });

  it('unites a person without any id by the registry name and alias, across a letter table and CMIF', () => {
    const tmp = tempDir();
    tmp.write(
      'people.csv',
      'id,name,kind,aliases\nanna-amalia,Anna Amalia,person,Herzogin Anna Amalia; Anna Amalia von Braunschweig-Wolfenbüttel\n',
    );
    tmp.write('letters.csv', 'key,sender,addressee,date\n1,Wieland,Herzogin Anna Amalia,1772\n');
    tmp.write(
      'court.xml',
      cmifDocument(
        letterXml('1', { name: 'Anna Amalia von Braunschweig-Wolfenbüttel' }, { name: 'Wieland' }),
      ),
    );
    const { graph, documents, errors } = buildFiles(tmp.dir);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['court-1', 'letters-1']);
    const amalia = documents.flatMap((d) =>
      [...d.roles.senders, ...d.roles.recipients].filter((r) => r.person === 'anna-amalia'),
    );
    expect(amalia.map((r) => [r.asWritten, r.resolvedBy])).toEqual([
      ['Anna Amalia von Braunschweig-Wolfenbüttel', 'registry'],
      ['Herzogin Anna Amalia', 'registry'],
    ]);
    expect(graph.getNodeAttributes('anna-amalia')).toMatchObject({
      registered: true,
      documents: 2,
    });
    // Wieland is in no registry, but the same name in both files is one node too.
    expect(graph.getNodeAttribute('wieland', 'documents')).toBe(2);
  });

  it('keeps ids from different files apart: each file prefixes its own', () => {
    const tmp = tempDir();
    tmp.write('alpha.csv', 'id,sender,addressee\n1,A,B\n2,A,C\n');
    tmp.write('beta.tsv', 'id\tsender\taddressee\n1\tB\tA\n');
    tmp.write('gamma.xml', cmifDocument(letterXml('1', { name: 'C' }, { name: 'A' })));
    tmp.write(
      'delta.json',
      '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"key":"1","source":"a","target":"b"}]}',
    );
    const { report, errors } = buildFiles(tmp.dir);
    expect(errors).toEqual([]);
    expect(report.records.map((r) => [r.id, r.status])).toEqual([
      ['alpha-1', 'graph'],
      ['alpha-2', 'graph'],
      ['beta-1', 'graph'],
      ['delta-1', 'graph'],
      ['gamma-1', 'graph'],
    ]);
  });
});

describe('data/import merge: graph JSON round trip', () => {
  it('opens an exported graph with its documents as the corpus it was, every record', () => {
    const original = buildFiles(DEFAULT_CORPUS_DIR);
    const json = toGraphJson(
      selectForExport(createCorpus(original.graph, original.documents), null),
    );
    // No registry given: none is needed, the people come as they were built.
    const reread = buildFiles(tempDir().write('export.json', json));
    expect(reread.errors).toEqual([]);
    expect(reread.documents).toEqual(original.documents);
    expect(reread.report.corpus.registry).toBe('built');
    expect(reread.report.totals).toMatchObject({ records: 34, attached: 5, rejected: 0 });
  });

  it('re-imports a graph without its documents from its edges: same document ids and roles', () => {
    const original = buildFiles(DEFAULT_CORPUS_DIR);
    expect(original.errors).toEqual([]);
    // A graph as other tools keep it: nodes and edges only.
    const graph = JSON.parse(
      toGraphJson(selectForExport(createCorpus(original.graph, original.documents), null)),
    ) as Record<string, unknown>;
    delete graph.documents;
    const path = tempDir().write('export.json', JSON.stringify(graph));
    const reread = buildFiles(path, { registryDir: DEFAULT_CORPUS_DIR });
    expect(reread.errors).toEqual([]);
    // Edges carry the documents, so what has edges comes back: every document placed in the graph.
    const inGraph = original.documents.filter((d) => d.placement === 'graph');
    expect(inGraph.length).toBeGreaterThan(25);
    const byId = (docs: DocumentRecord[]) => new Map(docs.map((d) => [d.id, d]));
    const back = byId(reread.documents);
    expect([...back.keys()].sort()).toEqual(inGraph.map((d) => d.id).sort());
    const people = (doc: DocumentRecord | undefined, role: (typeof ROLES_COMPARED)[number]) =>
      (doc?.roles[role] ?? []).map((r) => r.person).sort();
    for (const doc of inGraph) {
      for (const role of ROLES_COMPARED)
        expect(people(back.get(doc.id), role), `${doc.id} ${role}`).toEqual(people(doc, role));
      expect(back.get(doc.id)?.date.iso).toBe(doc.date.iso);
      expect(back.get(doc.id)?.type).toBe(doc.type);
    }
    expect(reread.report.totals).toMatchObject({ records: inGraph.length, rejected: 0 });
  });
});

const ROLES_COMPARED = [...CHAIN_ROLES, 'participants'] as const;
