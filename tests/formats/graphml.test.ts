/**
 * GraphML export: well-formed XML (read with a strict XML parser), typed keys, one <node> per node
 * and one <edge> per document hop, parallel edges with their own ids.
 */
import { elements, parseXml } from '../helpers/xml.ts';
import type { Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/data/build/pipeline.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/data/cli/paths.ts';
import { readCorpus } from '../../src/data/io/read-corpus.ts';
import { IssueLog } from '../../src/data/issues.ts';
import { createCorpus } from '../../src/graph/corpus.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { toGraphml } from '../../src/formats/graphml.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';

/** The data values of a node or edge, by attribute name (through the declared keys). */
function dataOf(root: Element, element: Element): Record<string, string> {
  const names = new Map(
    elements(root, 'key').map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]),
  );
  return Object.fromEntries(
    elements(element, 'data').map((d) => [
      names.get(d.getAttribute('key')) ?? '?',
      d.textContent ?? '',
    ]),
  );
}

let corpus: Corpus;
let root: Element;

beforeAll(() => {
  const log = new IssueLog();
  const built = buildCorpus(readCorpus(DEFAULT_CORPUS_DIR, log), log);
  corpus = createCorpus(built.graph, built.documents);
  root = parseXml(toGraphml(selectForExport(corpus, null)));
});

describe('formats/graphml', () => {
  it('is GraphML with typed keys and a directed graph', () => {
    expect(root.tagName).toBe('graphml');
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const graph = elements(root, 'graph')[0];
    expect(graph?.getAttribute('edgedefault')).toBe('directed');
    const types = Object.fromEntries(
      elements(root, 'key').map((k) => [
        `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`,
        k.getAttribute('attr.type'),
      ]),
    );
    expect(types).toMatchObject({
      'node:label': 'string',
      'node:registered': 'boolean',
      'node:documents': 'int',
      'node:x': 'double',
      'edge:hop': 'int',
      'edge:doc': 'string',
    });
  });

  it('has one <node> per node and one <edge> per edge, with the edge keys as ids', () => {
    const nodes = elements(root, 'node');
    const edges = elements(root, 'edge');
    expect(nodes.map((n) => n.getAttribute('id')).sort()).toEqual(corpus.graph.nodes().sort());
    expect(edges.map((e) => e.getAttribute('id')).sort()).toEqual(corpus.graph.edges().sort());
    const molotovStalin = edges.filter(
      (e) =>
        e.getAttribute('source') === 'molotov' &&
        e.getAttribute('target') === 'stalin' &&
        (dataOf(root, e).date ?? '').startsWith('1947-09'),
    );
    expect(molotovStalin).toHaveLength(2);
  });

  it('carries the node and edge attributes', () => {
    const stalin = elements(root, 'node').find((n) => n.getAttribute('id') === 'stalin');
    const data = stalin ? dataOf(root, stalin) : {};
    const attrs = corpus.graph.getNodeAttributes('stalin');
    expect(data).toMatchObject({
      label: 'Joseph Stalin',
      affiliation: 'USSR',
      registered: 'true',
      documents: '17',
      aliases: attrs.aliases.join('; '),
    });
    expect(Number(data.x)).toBe(attrs.x);
    const edge = elements(root, 'edge').find(
      (e) => e.getAttribute('id') === '1949-10-23-cable-59363/0',
    );
    expect(edge && dataOf(root, edge)).toEqual({
      doc: '1949-10-23-cable-59363',
      kind: 'chain',
      hop: '0',
      fromRole: 'originators',
      toRole: 'senders',
      date: '1949-10-23',
      type: 'cable',
      title: corpus.documents.get('1949-10-23-cable-59363')?.title,
    });
  });

  it('exports only what a filter shows', () => {
    const visibility = computeVisibility(corpus, {
      ...DEFAULT_FILTER,
      start: '1947',
      end: '1947',
      includeUndated: false,
    });
    const filtered = parseXml(toGraphml(selectForExport(corpus, visibility)));
    expect(new Set(elements(filtered, 'node').map((n) => n.getAttribute('id')))).toEqual(
      new Set(visibility.nodes),
    );
    expect(new Set(elements(filtered, 'edge').map((n) => n.getAttribute('id')))).toEqual(
      new Set(visibility.edges),
    );
  });
});
