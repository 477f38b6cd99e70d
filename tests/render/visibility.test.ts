import { describe, expect, it } from 'vitest';
import { visibilityChanges } from '../../src/render/visibility.ts';
import { EMPTY_VIEW } from '../../src/render/view-state.ts';
import { dayNumber } from '../../src/graph/day-window.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

const yearWindow = (year: number) => ({
  from: dayNumber(`${year}-01-01`),
  to: dayNumber(`${year}-12-31`),
  undated: true,
});

const corpus = handCorpus([
  handDoc('ab', { senders: ['a'], recipients: ['b'] }, '1947-01-01'),
  handDoc('bc', { senders: ['b'], recipients: ['c'] }, '1950-01-01'),
]);
const edge = (doc: string): string => corpus.edgesByDocument.get(doc)?.[0] ?? '';

describe('render/visibility: what a filter change redraws', () => {
  it('is nothing when the visible sets are the same objects', () => {
    expect(visibilityChanges(corpus.graph, EMPTY_VIEW, { ...EMPTY_VIEW })).toBeNull();
  });

  it('is what a filter hides, and what it shows again', () => {
    const only1947 = {
      ...EMPTY_VIEW,
      visibleNodes: new Set(['a', 'b']),
      visibleEdges: new Set([edge('ab')]),
    };
    expect(visibilityChanges(corpus.graph, EMPTY_VIEW, only1947)).toEqual({
      nodes: ['c'],
      edges: [edge('bc')],
    });
    expect(visibilityChanges(corpus.graph, only1947, EMPTY_VIEW)).toEqual({
      nodes: ['c'],
      edges: [edge('bc')],
    });
    const only1950 = {
      ...EMPTY_VIEW,
      visibleNodes: new Set(['b', 'c']),
      visibleEdges: new Set([edge('bc')]),
    };
    expect(visibilityChanges(corpus.graph, only1947, only1950)).toEqual({
      nodes: ['a', 'c'],
      edges: [edge('ab'), edge('bc')],
    });
  });

  it('leaves out edges whose dates alone changed when the GPU applies dates', () => {
    const all = new Set([edge('ab'), edge('bc')]);
    const only1947 = {
      ...EMPTY_VIEW,
      visibleNodes: new Set(['a', 'b']),
      visibleEdges: new Set([edge('ab')]),
      edgesAnyDate: all,
      dayWindow: yearWindow(1947),
    };
    const only1950 = {
      ...only1947,
      visibleNodes: new Set(['b', 'c']),
      visibleEdges: new Set([edge('bc')]),
      dayWindow: yearWindow(1950),
    };
    expect(visibilityChanges(corpus.graph, only1947, only1950, true)).toEqual({
      nodes: ['a', 'c'],
      edges: [],
    });
    expect(visibilityChanges(corpus.graph, only1947, only1950, false)?.edges).toHaveLength(2);
    const withoutBc = { ...only1950, edgesAnyDate: new Set([edge('ab')]) };
    expect(visibilityChanges(corpus.graph, only1950, withoutBc, true)).toEqual({
      nodes: [],
      edges: [edge('bc')],
    });
  });
});
