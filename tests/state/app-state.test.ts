import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/graph/corpus.ts';
import { DEFAULT_FILTER } from '../../src/graph/filter.ts';
import { createAppState } from '../../src/state/app-state.ts';
import { loadRealCorpus, TINY_DOCUMENT_ID, tinyCorpus } from '../helpers/corpus-fixture.ts';

const DOC_59363 = '1949-10-23-cable-59363';

/** The 1947 documents of the default corpus, by id. */
const DOCUMENTS_1947 = [
  '1947-05-12-cable-121973',
  '1947-09-12-cable-16',
  '1947-09-18-molotov-stalin',
  '1947-09-20-molotov-stalin',
  '1947-10-23-draft-telegram-vyshinsky',
  '1947-10-29-telegram-418',
  '1947-10-29-telegram-293',
];
const UNDATED = ['undated-rhee-oliver-letter', 'undated-kim-pak-stalin-telegram'];

let corpus: Corpus;
beforeAll(() => {
  corpus = loadRealCorpus();
});

/** "source>target" for each edge key. */
const ends = (keys: Iterable<string>): string[] =>
  [...keys].map((e) => `${corpus.graph.source(e)}>${corpus.graph.target(e)}`).sort();

describe('state/app-state: selection', () => {
  it('starts with nothing selected, the default filter and the graph view', () => {
    const state = createAppState(corpus);
    expect(state.selection.value).toBeNull();
    expect(state.filter.value).toEqual(DEFAULT_FILTER);
    expect(state.view.value).toBe('graph');
    expect(state.viewState.value.focus).toBeNull();
    expect(state.viewState.value.visibleNodes).toBeNull();
    expect(state.viewState.value.visibleEdges).toBeNull();
  });

  it('selects a person, a document (with or without an edge) and clears', () => {
    const state = createAppState(corpus);
    state.selectPerson('stalin');
    expect(state.selection.value).toEqual({ kind: 'person', id: 'stalin' });
    state.selectDocument(DOC_59363);
    expect(state.selection.value).toEqual({ kind: 'document', id: DOC_59363, edge: null });
    const edge = corpus.edgesByDocument.get(DOC_59363)?.[1] ?? '';
    state.selectDocument(DOC_59363, edge);
    expect(state.selection.value).toEqual({ kind: 'document', id: DOC_59363, edge });
    state.hovered.value = 'molotov';
    state.clearSelection();
    expect(state.selection.value).toBeNull();
    expect(state.hovered.value).toBeNull();
  });

  it('ignores ids that are not in the corpus and keeps the current selection', () => {
    const state = createAppState(corpus);
    state.selectPerson('molotov');
    state.selectPerson('nobody');
    state.selectDocument('zzz');
    expect(state.selection.value).toEqual({ kind: 'person', id: 'molotov' });
  });
});

describe('state/app-state: filters and visibility', () => {
  it('shows everything by default', () => {
    const { visibility } = createAppState(corpus);
    expect(visibility.value.counts).toMatchObject({
      documents: 34,
      totalDocuments: 34,
      undated: 2,
      undatedShown: 2,
      nodes: corpus.graph.order,
      edges: corpus.graph.size,
    });
  });

  it('setFilter merges a patch; resetFilter restores the default', () => {
    const state = createAppState(corpus);
    state.setFilter({ start: '1947' });
    state.setFilter({ end: '1947-12', includeUndated: false });
    expect(state.filter.value).toMatchObject({
      start: '1947',
      end: '1947-12',
      includeUndated: false,
    });
    expect(state.filter.value.hiddenTypes.size).toBe(0);
    state.resetFilter();
    expect(state.filter.value).toEqual(DEFAULT_FILTER);
    expect(state.visibility.value.counts.documents).toBe(34);
  });

  it('filtering to 1947 without undated documents leaves exactly the 1947 documents', () => {
    const state = createAppState(corpus);
    state.setFilter({ start: '1947', end: '1947', includeUndated: false });
    const shown = [...state.visibility.value.documents];
    expect(shown.sort()).toEqual([...DOCUMENTS_1947].sort());
    for (const id of shown) expect(corpus.documents.get(id)?.date.iso).toMatch(/^1947-/);
    expect(
      corpus.documentList.filter((d) => d.date.iso?.startsWith('1947')).map((d) => d.id),
    ).toEqual(DOCUMENTS_1947);
    expect(state.visibility.value.counts).toMatchObject({
      documents: 7,
      totalDocuments: 34,
      undated: 2,
      undatedShown: 0,
    });
    const nodes = state.visibility.value.nodes;
    expect(nodes.has('meretskov')).toBe(true);
    expect(nodes.has('molotov')).toBe(true);
    expect(nodes.has('mao-zedong')).toBe(false);
    expect(nodes.has('trygve-lie')).toBe(false);
    for (const edge of state.visibility.value.edges)
      expect(DOCUMENTS_1947).toContain(corpus.graph.getEdgeAttribute(edge, 'doc'));
    expect(state.viewState.value.visibleEdges).toBe(state.visibility.value.edges);
  });

  it('keeps undated documents in a date range only while includeUndated is on', () => {
    const state = createAppState(corpus);
    state.setFilter({ start: '1947', end: '1947' });
    expect([...state.visibility.value.documents].sort()).toEqual(
      [...DOCUMENTS_1947, ...UNDATED].sort(),
    );
    expect(state.visibility.value.counts.undatedShown).toBe(2);
    state.setFilter({ includeUndated: false });
    for (const id of UNDATED) expect(state.visibility.value.documents.has(id)).toBe(false);
  });

  it('a month-precision range includes days of that month only', () => {
    const state = createAppState(corpus);
    state.setFilter({ start: '1947-09', end: '1947-09', includeUndated: false });
    expect([...state.visibility.value.documents]).toEqual([
      '1947-09-12-cable-16',
      '1947-09-18-molotov-stalin',
      '1947-09-20-molotov-stalin',
    ]);
  });

  it('hiding a type hides its documents; hiding an affiliation hides its people', () => {
    const state = createAppState(corpus);
    state.setFilter({ hiddenTypes: new Set(['cable']) });
    const cables = corpus.documentList.filter((d) => d.type === 'cable').length;
    expect(state.visibility.value.counts.documents).toBe(34 - cables);
    expect(state.visibility.value.documents.has(DOC_59363)).toBe(false);
    state.resetFilter();
    state.setFilter({ hiddenAffiliations: new Set(['PRC']) });
    const { nodes, edges } = state.visibility.value;
    expect(nodes.has('mao-zedong')).toBe(false);
    expect(nodes.has('zhou-enlai')).toBe(false);
    expect(nodes.has('stalin')).toBe(true);
    expect(ends(edges)).not.toContain('mao-zedong>kovalev');
  });
});

describe('state/app-state: view state', () => {
  it("a selected person's focus is their ego network", () => {
    const state = createAppState(corpus);
    state.selectPerson('stalin');
    const focus = state.viewState.value.focus;
    expect(focus).not.toBeNull();
    for (const neighbour of ['stalin', 'molotov', 'mao-zedong', 'kovalev', 'shtykov'])
      expect(focus?.nodes.has(neighbour)).toBe(true);
    expect(focus?.nodes.has('trygve-lie')).toBe(false);
    expect(focus?.nodes.has('kim-il')).toBe(false);
    expect(focus?.edges.size).toBe(corpus.graph.degree('stalin'));
    for (const edge of focus?.edges ?? [])
      expect(corpus.graph.extremities(edge)).toContain('stalin');
    expect([...state.viewState.value.highlighted]).toEqual(['stalin']);
  });

  it('the ego network follows the filter: no 1950 correspondents in 1947', () => {
    const state = createAppState(corpus);
    state.selectPerson('stalin');
    state.setFilter({ start: '1947', end: '1947', includeUndated: false });
    const focus = state.viewState.value.focus;
    expect(focus?.nodes.has('molotov')).toBe(true);
    expect(focus?.nodes.has('mao-zedong')).toBe(false);
    for (const edge of focus?.edges ?? [])
      expect(DOCUMENTS_1947).toContain(corpus.graph.getEdgeAttribute(edge, 'doc'));
  });

  it("a selected document's focus is every hop of its chain", () => {
    const state = createAppState(corpus);
    state.selectDocument(DOC_59363);
    const focus = state.viewState.value.focus;
    expect(ends(focus?.edges ?? [])).toEqual(['kovalev>stalin', 'mao-zedong>kovalev']);
    expect([...(focus?.nodes ?? [])].sort()).toEqual(['kovalev', 'mao-zedong', 'stalin']);
    expect(state.viewState.value.highlighted.size).toBe(0);
  });

  it('hover previews an ego network only when nothing is selected', () => {
    const state = createAppState(corpus);
    state.hovered.value = 'molotov';
    expect(state.viewState.value.preview?.nodes.has('stalin')).toBe(true);
    expect(state.viewState.value.highlighted.has('molotov')).toBe(true);
    state.selectDocument(DOC_59363);
    expect(state.viewState.value.preview).toBeNull();
    expect(state.viewState.value.highlighted.has('molotov')).toBe(true);
  });

  it('notices get increasing ids and can be dismissed one by one', () => {
    const state = createAppState(corpus);
    state.notify('first');
    state.notify('second');
    const [a, b] = state.notices.value;
    expect(a?.text).toBe('first');
    expect(b?.id).toBeGreaterThan(a?.id ?? Infinity);
    state.dismissNotice(a?.id ?? -1);
    expect(state.notices.value.map((n) => n.text)).toEqual(['second']);
  });

  it('gives every affiliation of the corpus a colour', () => {
    const state = createAppState(corpus);
    for (const affiliation of ['USSR', 'DPRK', 'PRC', 'ROK', 'USA', 'UN'])
      expect(state.palette.get(affiliation)).toMatch(/^#[0-9A-F]{6}$/i);
  });
});

describe('state/app-state: a corpus of one document', () => {
  it('a person only mentioned has no edges: the ego network is the person alone', () => {
    const state = createAppState(tinyCorpus());
    expect(state.corpus.graph.degree('carol')).toBe(0);
    state.selectPerson('carol');
    const focus = state.viewState.value.focus;
    expect([...(focus?.nodes ?? [])]).toEqual(['carol']);
    expect(focus?.edges.size).toBe(0);
  });

  it('hiding one side keeps the document (the other side is shown) but drops its edge', () => {
    const state = createAppState(tinyCorpus());
    expect(state.visibility.value.counts).toMatchObject({ documents: 1, nodes: 3, edges: 1 });
    state.setFilter({ hiddenAffiliations: new Set(['Northland']) });
    expect([...state.visibility.value.documents]).toEqual([TINY_DOCUMENT_ID]);
    expect(state.visibility.value.nodes.has('alice')).toBe(false);
    expect(state.visibility.value.counts.edges).toBe(0);
    state.setFilter({ start: '1951' });
    expect(state.visibility.value.counts.documents).toBe(0);
  });
});
