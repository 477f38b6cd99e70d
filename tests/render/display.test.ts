import { describe, expect, it } from 'vitest';
import { prepareDisplayAttributes } from '../../src/render/display.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

describe('render/display: what the renderer writes on the graph', () => {
  it('gives each edge a program beside the document type, never in its place', () => {
    const corpus = handCorpus([
      handDoc('t1', { senders: ['a'], recipients: ['b'] }, '1950-01-01', 'telegram'),
      handDoc('t2', { senders: ['a'], recipients: ['b'] }, '1950-01-02', 'telegram'),
      handDoc('m', { senders: ['b'], recipients: ['c'] }, '1950-01-03', 'memorandum'),
    ]);
    const { graph } = corpus;
    prepareDisplayAttributes(graph, 0.5);
    const drawn = graph.mapEdges((_edge, attrs) => [
      attrs.type,
      (attrs as { drawAs?: string }).drawAs,
    ]);
    // Exports (CSV, GEXF, GraphML) read `type` as the document's type.
    expect(drawn).toEqual([
      ['telegram', 'curvedArrow'],
      ['telegram', 'curvedArrow'],
      ['memorandum', 'arrow'],
    ]);
  });
});
