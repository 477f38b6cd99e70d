/** What an export holds, and the graph JSON export that re-imports with graphology. */
import { placeTableOf } from '../../src/graph/places.ts';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toGraphJson } from '../../src/formats/json.ts';
import { selectForExport } from '../../src/formats/selection.ts';
import { computeVisibility, DEFAULT_FILTER } from '../../src/graph/filter.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

const corpus = handCorpus([
  handDoc('old', { senders: ['a'], recipients: ['b'] }, '1947-03-01'),
  handDoc('relay', { originators: ['a'], senders: ['x'], recipients: ['c'] }, '1948-05-01'),
  handDoc('twin', { senders: ['a'], recipients: ['b'] }, '1948-06-01'),
  handDoc('undated', { senders: ['c'], recipients: ['d'] }, null),
]);
const only1948 = computeVisibility(corpus, {
  ...DEFAULT_FILTER,
  start: '1948',
  end: '1948',
  includeUndated: false,
});

describe('formats/selection', () => {
  it('takes the whole corpus, as a copy, when there is no filter', () => {
    const selection = selectForExport(corpus, null);
    expect(selection.scope).toBe('all');
    expect(selection.documents.map((d) => d.id)).toEqual(['old', 'relay', 'twin', 'undated']);
    expect(selection.graph).not.toBe(corpus.graph);
    expect(selection.graph.edges()).toEqual(corpus.graph.edges());
    selection.graph.dropNode('a');
    selection.graph.setNodeAttribute('b', 'label', 'changed');
    expect(corpus.graph.hasNode('a')).toBe(true);
    expect(corpus.graph.getNodeAttribute('b', 'label')).toBe('b');
  });

  it('takes the visible documents, nodes and edges, in corpus order, without touching the corpus', () => {
    const selection = selectForExport(corpus, only1948);
    expect(selection.scope).toBe('filtered');
    expect(selection.documents.map((d) => d.id)).toEqual(['relay', 'twin']);
    expect(selection.graph.nodes().sort()).toEqual(['a', 'b', 'c', 'x']);
    expect(new Set(selection.graph.edges())).toEqual(new Set(only1948.edges));
    selection.graph.setNodeAttribute('a', 'label', 'changed');
    expect(corpus.graph.getNodeAttribute('a', 'label')).toBe('a');
    expect(corpus.graph.order).toBe(5);
    expect(selection.graph.getAttributes()).toEqual(corpus.graph.getAttributes());
  });
});

describe('formats/json', () => {
  it("is graphology's serialised graph, and imports back unchanged, with the documents beside it", () => {
    const json = toGraphJson(selectForExport(corpus, null));
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(json));
    expect(graph.export()).toEqual(corpus.graph.export());
    const parsed = JSON.parse(json) as { documents: unknown[]; places: unknown };
    expect(Object.keys(parsed).sort()).toEqual([
      'attributes',
      'documents',
      'edges',
      'nodes',
      'options',
      'places',
    ]);
    expect(parsed.documents).toEqual(corpus.documentList);
    // The map's place table of the documents exported, so the corpus opens with its map.
    expect(parsed.places).toEqual(placeTableOf(corpus.places, corpus.documentList));
    // One record a line, as documents.json.
    expect(json.split('\n').filter((line) => line.startsWith('    {"id":'))).toHaveLength(
      corpus.documentList.length,
    );
  });

  it('holds only the filtered part when filtered', () => {
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(toGraphJson(selectForExport(corpus, only1948))));
    expect(new Set(graph.edges())).toEqual(new Set(only1948.edges));
    expect(graph.edges().map((e) => graph.getEdgeAttribute(e, 'doc'))).not.toContain('old');
  });
});
