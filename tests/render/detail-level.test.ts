import { describe, expect, it } from 'vitest';
import { createDetailLevel } from '../../src/render/detail-level.ts';
import { prepareDisplayAttributes } from '../../src/render/display.ts';
import { EMPTY_VIEW } from '../../src/render/view-state.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

describe('render/detail-level: straight lines from afar, pairs while nothing is filtered', () => {
  const corpus = handCorpus([
    handDoc('ab1', { senders: ['a'], recipients: ['b'] }),
    handDoc('ab2', { senders: ['a'], recipients: ['b'] }),
    handDoc('bc', { senders: ['b'], recipients: ['c'] }),
  ]);
  const { graph } = corpus;
  prepareDisplayAttributes(graph, 0.45);
  const thresholds = { overviewAbove: 0, layerAbove: 0, detailRatio: 0.35 };

  it('starts from afar and changes level only when the camera crosses the threshold', () => {
    const level = createDetailLevel(graph, thresholds);
    expect(level.windowed).toBe(true);
    expect(level.overview()).toBe(true);
    expect(level.differsAt(0.5)).toBe(false);
    expect(level.differsAt(0.2)).toBe(true);
    level.settleAt(0.2);
    expect(level.overview()).toBe(false);
    expect(level.datesOnGpu()).toBe(false);
  });

  it('draws pairs only from afar and while no filter chooses edges', () => {
    const level = createDetailLevel(graph, thresholds);
    const filtered = { ...EMPTY_VIEW, visibleEdges: new Set(graph.edges()) };
    expect(level.pairsIn(EMPTY_VIEW)).toBe(true);
    expect(level.pairsIn(filtered)).toBe(false);
    expect(level.pairDrawing(EMPTY_VIEW, 1).pairs).toBe(true);
    level.settleAt(0.1);
    expect(level.pairsIn(EMPTY_VIEW)).toBe(false);
  });

  it('has no overview, and no pairs, below its size thresholds', () => {
    const level = createDetailLevel(graph, {
      ...thresholds,
      overviewAbove: 1_000,
      layerAbove: 1_000,
    });
    expect(level.hasOverview).toBe(false);
    expect(level.overview()).toBe(false);
    expect(level.pairsIn(EMPTY_VIEW)).toBe(false);
    const [edge = ''] = corpus.edgesByDocument.get('ab1') ?? [];
    expect(level.drawnAsPair(edge, 1)).toBe(false);
  });
});
