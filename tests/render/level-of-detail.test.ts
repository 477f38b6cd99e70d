import { describe, expect, it } from 'vitest';
import { labelSizeThreshold, OVERVIEW_LABELS } from '../../src/render/labels.ts';
import { createReducers, pairShades } from '../../src/render/reducers.ts';
import { preparePairLines, prepareDisplayAttributes } from '../../src/render/display.ts';
import { EMPTY_VIEW } from '../../src/render/view-state.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

describe('render/labels: level of detail of labels', () => {
  it('labels the largest people from afar: the radius of the n-th largest', () => {
    const sizes = Array.from({ length: 1000 }, (_, i) => 1 + i / 100);
    const threshold = labelSizeThreshold(sizes, 50);
    expect(sizes.filter((size) => size >= threshold)).toHaveLength(50);
    expect(labelSizeThreshold(sizes)).toBe(labelSizeThreshold(sizes, OVERVIEW_LABELS));
  });

  it('labels more people as the view zooms in (sigma grows the drawn radius by 1/√ratio)', () => {
    const sizes = Array.from({ length: 1000 }, (_, i) => 1 + i / 100);
    const threshold = labelSizeThreshold(sizes, 50);
    const labelled = (ratio: number): number =>
      sizes.filter((size) => size / Math.sqrt(ratio) >= threshold).length;
    expect(labelled(1)).toBe(50);
    expect(labelled(0.5)).toBeGreaterThan(labelled(1));
    expect(labelled(0.1)).toBeGreaterThan(labelled(0.5));
  });

  it('labels everyone when there are no more people than wanted', () => {
    expect(labelSizeThreshold([3, 4, 5], 50)).toBe(0);
  });
});

describe('render/reducers: pair lines from afar', () => {
  const corpus = handCorpus([
    handDoc('ab1', { senders: ['a'], recipients: ['b'] }),
    handDoc('ba1', { senders: ['b'], recipients: ['a'] }),
    handDoc('bc', { senders: ['b'], recipients: ['c'] }),
  ]);
  const { graph } = corpus;
  prepareDisplayAttributes(graph, 0.45);
  const { maxDocuments } = preparePairLines(graph);
  const first = (doc: string): string => corpus.edgesByDocument.get(doc)?.[0] ?? '';
  const level = { overview: true, pairs: true, hovered: null as string | null };
  const { edgeReducer } = createReducers(
    () => EMPTY_VIEW,
    100_000,
    { edgeColor: 'rgba(85, 90, 100, 0.15)' },
    {
      overview: () => level.overview,
      datesOnGpu: () => level.overview,
      hoveredEdge: () => level.hovered,
      pairs: () => level.pairs,
    },
  );
  const reduce = (edge: string) =>
    edgeReducer(edge, { ...graph.getEdgeAttributes(edge) }) as Record<string, unknown>;

  it("marks the line that draws each pair with the pair's width and a shade by weight", () => {
    expect(maxDocuments).toBe(2);
    const ab = reduce(first('ab1'));
    const bc = reduce(first('bc'));
    expect(ab.type).toBe('windowedLine');
    expect(ab.pairWidth).toBe(4);
    expect(bc.pairWidth).toBe(1);
    const shades = pairShades('rgba(85, 90, 100, 0.15)');
    expect(ab.pairColor).toBe(shades.at(-1));
    expect(bc.pairColor).toBe(shades[0]);
    // b → a is drawn by a → b's line: it carries no pair of its own.
    expect(reduce(first('ba1')).pairWidth).toBeUndefined();
  });

  it('shades the busiest pairs darker, from the network line colour up', () => {
    const alphas = pairShades('rgba(85, 90, 100, 0.15)').map((c) =>
      Number(/([\d.]+)\)$/.exec(c)?.[1]),
    );
    expect(alphas[0]).toBe(0.15);
    expect(alphas.at(-1)).toBe(0.75);
    expect([...alphas].sort((x, y) => x - y)).toEqual(alphas);
  });

  it("emphasises a hovered pair as its pair's line, and a hovered document as the document", () => {
    level.hovered = first('ab1');
    const hovered = reduce(first('ab1'));
    expect(hovered.type).toBe('windowedLine');
    expect(hovered.pairWidth).toBe(5);
    level.pairs = false;
    // a → b and b → a curve apart: the document's own program, emphasised.
    expect(reduce(first('ab1')).type).toBe('curvedArrow');
    level.hovered = null;
    level.pairs = true;
  });

  it('draws documents with their own programs once zoomed in', () => {
    level.overview = false;
    expect(reduce(first('ab1')).type).toBe('curvedArrow');
    expect(reduce(first('ab1')).pairColor).toBeUndefined();
    level.overview = true;
  });
});
