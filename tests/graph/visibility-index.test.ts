import { describe, expect, it } from 'vitest';
import { visibilityIndexOf, visibilityIndexStep } from '../../src/graph/visibility-index.ts';
import { loadRealCorpus } from '../helpers/corpus-fixture.ts';

describe('graph/visibility-index', () => {
  it('builds in slices that resume where they stopped, to the same index as one build', () => {
    const sliced = loadRealCorpus();
    // A zero budget does one step per call: the build must take several and then report done.
    let calls = 1;
    while (!visibilityIndexStep(sliced)) calls++;
    expect(calls).toBeGreaterThan(3);
    expect(visibilityIndexStep(sliced)).toBe(true);
    const whole = visibilityIndexOf(loadRealCorpus());
    const index = visibilityIndexOf(sliced);
    expect(index).toEqual(whole);
    expect(index.documents.keys).toHaveLength(sliced.documentList.length);
    expect(index.edges.keys).toHaveLength(sliced.graph.size);
    const undated = [...index.firstDay].filter((first, i) => first > (index.lastDay[i] ?? 0));
    expect(undated.length).toBe(sliced.documentList.filter((doc) => doc.date.iso === null).length);
  });

  it('finishes a partly built index when a filter needs it at once', () => {
    const corpus = loadRealCorpus();
    expect(visibilityIndexStep(corpus)).toBe(false);
    const index = visibilityIndexOf(corpus);
    expect(index.nodes.keys).toEqual(corpus.graph.nodes());
    expect(visibilityIndexOf(corpus)).toBe(index);
  });
});
