import { describe, expect, it } from 'vitest';
import { createReducers, DEFAULT_REDUCER_STYLE, lighten } from '../../src/render/reducers.ts';
import { EMPTY_VIEW } from '../../src/render/view-state.ts';
import type { ViewState } from '../../src/render/view-state.ts';
import { dayNumber } from '../../src/graph/day-window.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';
import { premultiplied } from '../../src/render/premultiply.ts';
import { EDGE_STYLE, emphasisColorFor } from '../../src/formats/scene/style.ts';

const yearWindow = (year: number) => ({
  from: dayNumber(`${year}-01-01`),
  to: dayNumber(`${year}-12-31`),
  undated: true,
});

const corpus = handCorpus([
  handDoc('ab', { senders: ['a'], recipients: ['b'] }, '1947-01-01'),
  handDoc('bc', { senders: ['b'], recipients: ['c'] }, '1950-01-01'),
]);
const { graph } = corpus;
const edge = (doc: string): string => corpus.edgesByDocument.get(doc)?.[0] ?? '';
// Sigma hands each reducer a shallow copy of the attributes, which the reducers may change.
const curved = (key: string) => ({ ...graph.getEdgeAttributes(key), drawAs: 'curvedArrow' });
const node = (key: string) => ({ ...graph.getNodeAttributes(key) });

/** Reducers over a view and overview flag that the test changes between calls. */
function reducersFor(initial: ViewState, edgeCount = graph.size) {
  const current = { view: initial, overview: false, datesOnGpu: false };
  const reducers = createReducers(
    () => current.view,
    edgeCount,
    {},
    {
      overview: () => current.overview,
      datesOnGpu: () => current.datesOnGpu,
    },
  );
  return { ...reducers, current };
}

describe('render/reducers: the emphasis of a hub', () => {
  it('thins the emphasised lines of a hub, so where they gather still shows', () => {
    const alphaOf = (count: number): number => {
      // `count` edges in the focus, ab among them: one reducer call reads the colour.
      const edges = new Set([edge('ab'), ...Array.from({ length: count - 1 }, (_, i) => `x${i}`)]);
      const { edgeReducer } = reducersFor({
        ...EMPTY_VIEW,
        focus: { nodes: new Set(['a', 'b']), edges },
      });
      return Number(
        /([\d.]+)\)$/.exec(edgeReducer(edge('ab'), curved(edge('ab'))).color ?? '')?.[1],
      );
    };
    expect(alphaOf(10)).toBe(0.95);
    expect(alphaOf(600)).toBeLessThan(0.6);
    expect(alphaOf(2_432)).toBeLessThan(alphaOf(600));
    expect(alphaOf(100_000)).toBeGreaterThanOrEqual(0.3);
    // The same colour as the image exports, which take it from the style.
    expect(emphasisColorFor(10)).toBe(EDGE_STYLE.emphasisColor);
  });
});

describe('render/reducers: what sigma draws for a view', () => {
  it('hides what the filters hide and leaves the rest as it is', () => {
    const { nodeReducer, edgeReducer } = reducersFor({
      ...EMPTY_VIEW,
      visibleNodes: new Set(['a', 'b']),
      visibleEdges: new Set([edge('ab')]),
    });
    expect(nodeReducer('c', node('c')).hidden).toBe(true);
    expect(nodeReducer('a', node('a')).hidden).toBeUndefined();
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).hidden).toBe(true);
    expect(edgeReducer(edge('ab'), curved(edge('ab'))).type).toBe('curvedArrow');
  });

  it('emphasises a focus and dims the rest', () => {
    const focus = { nodes: new Set(['a', 'b']), edges: new Set([edge('ab')]) };
    const { nodeReducer, edgeReducer } = reducersFor({
      ...EMPTY_VIEW,
      focus,
      highlighted: new Set(['a']),
    });
    const a = nodeReducer('a', node('a'));
    expect(a.highlighted).toBe(true);
    expect(a.forceLabel).toBe(true);
    const c = nodeReducer('c', node('c'));
    expect(c.color).toBe(DEFAULT_REDUCER_STYLE.dimNodeColor);
    expect(c.label).toBeNull();
    expect(edgeReducer(edge('ab'), curved(edge('ab'))).color).toBe(
      premultiplied(DEFAULT_REDUCER_STYLE.emphasisEdgeColor),
    );
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).color).toBe(
      premultiplied(DEFAULT_REDUCER_STYLE.dimEdgeColor),
    );
  });

  it('previews a hovered person lightly: others paler but labelled, edges kept', () => {
    const preview = { nodes: new Set(['b']), edges: new Set([edge('bc')]) };
    const { nodeReducer, edgeReducer } = reducersFor({ ...EMPTY_VIEW, preview });
    const b = nodeReducer('b', node('b'));
    expect(b.forceLabel).toBe(true);
    expect(b.zIndex).toBe(2);
    const a = nodeReducer('a', { ...node('a'), color: '#336699' });
    expect(a.color).toBe(lighten('#336699', 0.6));
    expect(a.label).toBe(graph.getNodeAttribute('a', 'label'));
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).color).toBe(
      premultiplied(DEFAULT_REDUCER_STYLE.emphasisEdgeColor),
    );
    const ab = edgeReducer(edge('ab'), curved(edge('ab')));
    expect(ab.color).toBe(premultiplied(DEFAULT_REDUCER_STYLE.edgeColor));
    expect(ab.hidden).toBeUndefined();
  });

  it('hides dimmed edges instead of drawing them pale on very large networks', () => {
    const focus = { nodes: new Set(['a', 'b']), edges: new Set([edge('ab')]) };
    const { edgeReducer } = reducersFor({ ...EMPTY_VIEW, focus }, 1_000_000);
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).hidden).toBe(true);
    expect(edgeReducer(edge('ab'), curved(edge('ab'))).hidden).toBeUndefined();
  });

  it('draws thin straight lines in the overview, and keeps emphasised edges in full detail', () => {
    const focus = { nodes: new Set(['a', 'b']), edges: new Set([edge('ab')]) };
    const { edgeReducer, current } = reducersFor(EMPTY_VIEW);
    current.overview = true;
    expect(edgeReducer(edge('bc'), curved(edge('bc')))).toMatchObject({
      type: 'line',
      size: DEFAULT_REDUCER_STYLE.overviewEdgeSize,
    });
    current.view = { ...EMPTY_VIEW, focus };
    expect(edgeReducer(edge('ab'), curved(edge('ab')))).toMatchObject({
      type: 'curvedArrow',
      size: DEFAULT_REDUCER_STYLE.emphasisEdgeSize,
    });
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).type).toBe('line');
    current.overview = false;
    current.view = EMPTY_VIEW;
    expect(edgeReducer(edge('bc'), curved(edge('bc')))).toMatchObject({
      type: 'curvedArrow',
      size: DEFAULT_REDUCER_STYLE.edgeSize,
    });
  });

  it('leaves dates to the windowed lines when the GPU applies them, and only then', () => {
    // 1947 only, with bc's type hidden as well: bc fails on more than its date.
    const { edgeReducer, current } = reducersFor({
      ...EMPTY_VIEW,
      visibleEdges: new Set([edge('ab')]),
      edgesAnyDate: new Set([edge('ab')]),
      dayWindow: yearWindow(1947),
    });
    current.overview = true;
    current.datesOnGpu = true;
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).hidden).toBe(true);
    expect(edgeReducer(edge('ab'), curved(edge('ab')))).toMatchObject({ type: 'windowedLine' });
    // 1950 only: bc is out by its date alone, which the program applies, so the reducer keeps it.
    current.view = {
      ...EMPTY_VIEW,
      visibleEdges: new Set([edge('bc')]),
      edgesAnyDate: new Set([edge('ab'), edge('bc')]),
      dayWindow: yearWindow(1950),
    };
    const ab = edgeReducer(edge('ab'), curved(edge('ab')));
    expect(ab.hidden).toBeUndefined();
    expect(ab.type).toBe('windowedLine');
    current.datesOnGpu = false;
    expect(edgeReducer(edge('ab'), curved(edge('ab'))).hidden).toBe(true);
    expect(edgeReducer(edge('bc'), curved(edge('bc'))).type).toBe('line');
  });
});
