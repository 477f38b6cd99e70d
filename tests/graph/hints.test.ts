import { describe, expect, it } from 'vitest';
import { startingPoints } from '../../src/graph/hints.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';
import { handCorpus, handDoc } from '../helpers/hand-corpus.ts';

describe('graph/hints: where to start, from the corpus itself', () => {
  it('finds the default corpus’s busiest correspondent, a relayed cable, its channel and an alias', () => {
    const corpus = loadRealCorpus();
    const hints = startingPoints(corpus);
    const most = Math.max(...corpus.graph.mapNodes((_n, a) => a.documents));
    expect(hints.busiest).toMatchObject({ id: 'stalin', documents: most });
    expect(hints.relayed?.chain.length).toBeGreaterThanOrEqual(3);
    expect(hints.channel).toEqual({
      from: hints.relayed?.chain[0],
      to: hints.relayed?.chain.at(-1),
    });
    expect(hints.alias?.label).toBeDefined();
    expect(hints.alias?.label.toLowerCase()).not.toContain(hints.alias?.alias.toLowerCase());
  });

  it('names no relayed document and no channel in letters sent directly', () => {
    const corpus = handCorpus([
      handDoc('d1', { senders: ['a'], recipients: ['b'] }),
      handDoc('d2', { senders: ['a'], recipients: ['c'] }),
    ]);
    const hints = startingPoints(corpus);
    expect(hints.busiest?.id).toBe('a');
    expect(hints.relayed).toBeNull();
    expect(hints.channel).toBeNull();
  });

  it('takes a document through an intermediary as relayed', () => {
    const corpus = handCorpus([handDoc('d1', { senders: ['a'], via: ['m'], recipients: ['b'] })]);
    expect(startingPoints(corpus).relayed?.chain).toEqual(['a', 'm', 'b']);
    expect(startingPoints(corpus).channel).toEqual({ from: 'a', to: 'b' });
  });
});
