import { describe, expect, it } from 'vitest';
import { indexedDifference, IndexedSet, indexKeys } from '../../src/graph/indexed-set.ts';
import { computeVisibility, DEFAULT_FILTER, passesDateAndType } from '../../src/graph/filter.ts';
import type { DocumentFilter } from '../../src/graph/filter.ts';
import type { Corpus } from '../../src/graph/corpus.ts';
import { ROLES } from '../../src/graph/types.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';

const letters = indexKeys(['a', 'b', 'c', 'd']);
const setOf = (...bits: number[]) => new IndexedSet(letters, Uint8Array.from(bits));

describe('graph/indexed-set', () => {
  it('holds the keys whose byte is set, in index order, like a Set', () => {
    const set = setOf(0, 1, 0, 1);
    expect(set.size).toBe(2);
    expect(set.has('b')).toBe(true);
    expect(set.has('a')).toBe(false);
    expect(set.has('zz')).toBe(false);
    expect([...set]).toEqual(['b', 'd']);
    expect([...set.entries()]).toEqual([
      ['b', 'b'],
      ['d', 'd'],
    ]);
    const seen: string[] = [];
    set.forEach((key) => seen.push(key));
    expect(seen).toEqual(['b', 'd']);
    expect(new Set(set)).toEqual(new Set(['b', 'd']));
  });

  it('compares two sets over one index byte by byte, and declines anything else', () => {
    expect(indexedDifference(setOf(1, 1, 0, 0), setOf(0, 1, 1, 0))).toEqual(['a', 'c']);
    expect(indexedDifference(setOf(1, 0, 0, 0), setOf(1, 0, 0, 0))).toEqual([]);
    const other = new IndexedSet(indexKeys(['a', 'b', 'c', 'd']), Uint8Array.from([1, 0, 0, 0]));
    expect(indexedDifference(setOf(1, 0, 0, 0), other)).toBeNull();
    expect(indexedDifference(new Set(['a']), setOf(1, 0, 0, 0))).toBeNull();
    expect(indexedDifference(new Set(['a']), null)).toBeNull();
    expect(indexedDifference(null, null)).toBeNull();
  });

  it('reads null as every key of the index: the view with nothing filtered', () => {
    expect(indexedDifference(null, setOf(1, 0, 0, 1))).toEqual(['b', 'c']);
    expect(indexedDifference(setOf(0, 1, 1, 1), null)).toEqual(['a']);
    expect(indexedDifference(null, setOf(1, 1, 1, 1))).toEqual([]);
  });
});

/** The filter's rules written plainly over the records, to check the indexed version against. */
function referenceVisibility(corpus: Corpus, filter: DocumentFilter) {
  const { graph } = corpus;
  const passes = (person: string): boolean =>
    !graph.hasNode(person) ||
    !filter.hiddenAffiliations.has(graph.getNodeAttribute(person, 'affiliation'));
  const documents = new Set<string>();
  const nodes = new Set<string>();
  for (const doc of corpus.documentList) {
    if (!passesDateAndType(doc, filter)) continue;
    const parties = ROLES.filter((r) => r !== 'mentions').flatMap((r) => doc.roles[r]);
    if (
      !parties.some((ref) => passes(ref.person)) &&
      (parties.length > 0 || filter.hiddenAffiliations.size > 0)
    )
      continue;
    documents.add(doc.id);
    for (const role of ROLES)
      for (const ref of doc.roles[role])
        if (passes(ref.person) && graph.hasNode(ref.person)) nodes.add(ref.person);
  }
  const edges = new Set(
    graph.filterEdges(
      (_e, attrs, source, target) =>
        documents.has(attrs.doc) && nodes.has(source) && nodes.has(target),
    ),
  );
  return { documents, nodes, edges };
}

describe('graph/filter with nothing filtered', () => {
  it('shows the whole corpus without building an index, counts included', () => {
    const corpus = loadRealCorpus();
    const visible = computeVisibility(corpus, DEFAULT_FILTER);
    expect(visible.documents).not.toBeInstanceOf(IndexedSet);
    expect(new Set(visible.documents)).toEqual(new Set(corpus.documents.keys()));
    expect(new Set(visible.nodes)).toEqual(new Set(corpus.graph.nodes()));
    expect(new Set(visible.edges)).toEqual(new Set(corpus.graph.edges()));
    expect(visible.nodes.has('stalin')).toBe(true);
    expect(visible.edges.has('no-such-edge')).toBe(false);
    const undated = corpus.documentList.filter((doc) => doc.date.iso === null).length;
    expect(visible.counts).toEqual({
      documents: corpus.documentList.length,
      totalDocuments: corpus.documentList.length,
      undated,
      undatedShown: undated,
      nodes: corpus.graph.order,
      edges: corpus.graph.size,
    });
    expect(undated).toBeGreaterThan(0);
  });
});

describe('graph/filter on the real corpus: the indexed pass follows the rules', () => {
  const corpus = loadRealCorpus();
  const affiliations = [...new Set(corpus.graph.mapNodes((_n, a) => a.affiliation))].sort();
  const types = [...new Set(corpus.documentList.map((d) => d.type))].sort();
  const filters: [string, Partial<DocumentFilter>][] = [
    ['a year', { start: '1949', end: '1949' }],
    ['an open start, undated hidden', { end: '1949-06', includeUndated: false }],
    ['a hidden affiliation', { hiddenAffiliations: new Set(affiliations.slice(0, 1)) }],
    ['two hidden types and a range', { hiddenTypes: new Set(types.slice(0, 2)), start: '1947-06' }],
    ['everything hidden', { hiddenAffiliations: new Set(affiliations) }],
  ];
  it.each(filters)('%s', (_name, partial) => {
    const filter = { ...DEFAULT_FILTER, ...partial };
    const visible = computeVisibility(corpus, filter);
    const expected = referenceVisibility(corpus, filter);
    expect(new Set(visible.documents)).toEqual(expected.documents);
    expect(new Set(visible.nodes)).toEqual(expected.nodes);
    expect(new Set(visible.edges)).toEqual(expected.edges);
    expect(visible.counts.edges).toBe(expected.edges.size);
    // Each filter hides something, so the comparison is not of two full sets.
    expect(expected.edges.size).toBeLessThan(corpus.graph.size);
  });
});
